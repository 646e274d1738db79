"""`networkjournal migrate-to`: a journal file to a server and back, every row, checked."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from sqlalchemy import select

from networkjournal.cli import main
from networkjournal.errors import UserError
from networkjournal.ops.migrate import migrate_to
from networkjournal.ops.transfer import build_demo
from networkjournal.store.journal import open_journal
from networkjournal.store.journal_copy import table_checks
from networkjournal.store.models import Contact, ContactStageChange, Opportunity


@pytest.fixture
def sample(journal):
    build_demo(journal)
    # Someone introduced by a person entered after them: the link is made once both are in.
    with journal.transaction() as session:
        first, last = session.scalars(select(Contact).order_by(Contact.id)).all()[::59]
        first.introduced_by_id = last.id
    return journal


@pytest.fixture
def other_side(backend, tmp_path, request) -> str:
    """A new journal on the other kind of database: the server for a file, and back."""
    if backend == "postgresql":
        return f"sqlite:///{tmp_path / 'copy.sqlite'}"
    return request.getfixturevalue("server_journal_url")


def _picture(url: str) -> dict:
    """What a user would check: people with their uids, links and stage history."""
    journal = open_journal(url, read_only=True)
    try:
        with journal.read() as s:
            people = {c.id: c for c in s.scalars(select(Contact))}
            return {
                "contacts": sorted(
                    (c.uid, c.full_name, c.stage, c.updated_at,
                     people[c.introduced_by_id].uid if c.introduced_by_id else None)
                    for c in people.values()),
                "history": sorted((people[h.contact_id].uid, h.stage, h.changed_at, h.manual)
                                  for h in s.scalars(select(ContactStageChange))),
                "opportunities": sorted((o.uid, o.stage, o.referrer.uid if o.referrer else None)
                                        for o in s.scalars(select(Opportunity))),
            }
    finally:
        journal.close()


def checks(url: str):
    """Every table's count and checksum in the journal at ``url``."""
    journal = open_journal(url, read_only=True)
    try:
        with journal.engine.connect() as conn:
            return table_checks(conn)
    finally:
        journal.close()


def _file_digest(url: str) -> str | None:
    path = Path(url.removeprefix("sqlite:///"))
    return hashlib.sha256(path.read_bytes()).hexdigest() if url.startswith("sqlite") else None


def test_a_journal_goes_to_the_other_database_and_back_whole(sample, other_side, tmp_path):
    before = _file_digest(sample.url)
    done = migrate_to(sample.url, other_side)
    assert done.rows("contacts") == 60 and done.rows("opportunities") == 25
    assert _file_digest(sample.url) == before  # the source is never changed
    assert _picture(other_side) == _picture(sample.url)
    assert checks(other_side) == checks(sample.url) == done.checks
    back = f"sqlite:///{tmp_path / 'back.sqlite'}"
    migrate_to(other_side, back)
    assert checks(back) == done.checks
    # New rows on the copy get new ids: a server's sequences were moved past the copied ones.
    copy = open_journal(other_side)
    try:
        with copy.transaction() as session:
            session.add(Contact(first_name="Nouvelle"))
        with copy.read() as session:
            assert session.scalar(select(Contact.id).where(Contact.first_name == "Nouvelle")) \
                == 61
    finally:
        copy.close()


def test_the_command_line_says_what_it_copied(sample, other_side, capsys):
    db = sample.url
    assert main(["migrate-to", other_side, "--db", db]) == 0
    out = capsys.readouterr().out
    assert "60 contacts, 163 chats, 25 opportunities" in out
    assert "count and checksum match" in out
    # A second time the target is not empty: one line, exit 3, the target unchanged.
    before = checks(other_side)
    assert main(["migrate-to", other_side, "--db", db]) == 3
    err = capsys.readouterr().err
    assert err.startswith("networkjournal: error: the target already holds a journal")
    assert err.count("\n") == 1
    assert checks(other_side) == before


def test_a_journal_file_to_another_file(tmp_path):
    source = f"sqlite:///{tmp_path / 'a.sqlite'}"
    journal = open_journal(source)
    build_demo(journal)
    journal.close()
    target = f"sqlite:///{tmp_path / 'b.sqlite'}"
    assert migrate_to(source, target).checks == checks(source)


def test_a_copy_the_server_refuses_leaves_the_target_empty(journal, other_side):
    """U+0000 is kept in a journal file, not on a server: the copy stops, nothing stays."""
    if journal.engine.dialect.name != "sqlite":
        pytest.skip("a text only a journal file holds")
    build_demo(journal)
    with journal.transaction() as session:
        session.add(Contact(first_name="Zoé", notes="a\x00b"))
    with pytest.raises(UserError, match="U\\+0000"):
        migrate_to(journal.url, other_side)
    assert all(check.rows == 0 for check in checks(other_side))


def test_a_target_that_is_not_a_journal_is_refused_untouched(journal, tmp_path):
    build_demo(journal)
    foreign = tmp_path / "foreign.sqlite"
    import sqlite3

    with sqlite3.connect(foreign) as db:
        db.execute("CREATE TABLE mine (x)")
    with pytest.raises(UserError, match="not a Network Journal"):
        migrate_to(journal.url, f"sqlite:///{foreign}")
    with sqlite3.connect(foreign) as db:
        assert [r[0] for r in db.execute("SELECT name FROM sqlite_master")] == ["mine"]
