"""`backup` and `restore` of a journal on a PostgreSQL server: a journal file, read back whole."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import select

from networkjournal.cli import main
from networkjournal.ops.transfer import build_demo
from networkjournal.store.journal import open_journal
from networkjournal.store.models import Contact
from tests.ops.test_migrate import checks as _checks


@pytest.fixture
def server(server_journal_url):
    journal = open_journal(server_journal_url)
    build_demo(journal)
    yield journal
    journal.close()


def test_a_server_journal_backs_up_to_a_file_and_restores_from_it(server, tmp_path, capsys):
    before = _checks(server.url)
    out = tmp_path / "server-backup.sqlite"
    assert main(["backup", "--db", server.url, "--out", str(out)]) == 0
    assert capsys.readouterr().out.startswith(f"backup written: {out} (")
    assert _checks(f"sqlite:///{out}") == before  # every table, readable as a journal file
    with server.transaction() as session:  # then the day goes wrong
        for contact in session.scalars(select(Contact).limit(10)):
            session.delete(contact)
        session.add(Contact(first_name="Added after the backup"))
    assert main(["restore", "--db", server.url, str(out)]) == 0
    assert "every table checked" in capsys.readouterr().out
    assert _checks(server.url) == before
    with server.transaction() as session:  # ids go on after the restored ones
        session.add(Contact(first_name="Next"))
    with server.read() as session:
        assert session.scalar(select(Contact.id).where(Contact.first_name == "Next")) == 61


def test_without_out_the_backup_goes_into_the_data_folder(server, tmp_path, capsys):
    assert main(["backup", "--db", server.url]) == 0
    written = capsys.readouterr().out.removeprefix("backup written: ").split(" (")[0]
    assert str(tmp_path / "home") in written and written.endswith("-by-hand.sqlite")


def test_a_damaged_backup_is_refused_and_the_server_journal_left_as_it_was(server, tmp_path,
                                                                         capsys):
    before = _checks(server.url)
    bad = tmp_path / "bad.sqlite"
    with sqlite3.connect(bad) as db:
        db.execute("CREATE TABLE mine (x)")
    assert main(["restore", "--db", server.url, str(bad)]) == 3
    err = capsys.readouterr().err
    assert err.startswith("networkjournal: error: ") and err.count("\n") == 1
    assert _checks(server.url) == before


def test_an_older_backup_is_upgraded_in_a_copy_then_restored(server, tmp_path, capsys):
    import shutil
    from pathlib import Path

    old = tmp_path / "old.sqlite"
    shutil.copyfile(Path(__file__).resolve().parents[1] / "data" / "journal-0.1.0.sqlite", old)
    untouched = old.read_bytes()
    assert main(["restore", "--db", server.url, str(old)]) == 0
    assert old.read_bytes() == untouched
    with sqlite3.connect(old) as db:
        uids = {row[0] for row in db.execute("SELECT uid FROM contacts")}
    with server.read() as session:
        assert set(session.scalars(select(Contact.uid))) == uids
