"""A journal on a PostgreSQL server: the driver's extra named, plain URLs, refusals in one line."""

from __future__ import annotations

import subprocess
import sys

import pytest
from sqlalchemy import func, select
from sqlalchemy.engine import make_url

from networkjournal.cli import main
from networkjournal.errors import UserError
from networkjournal.store.journal import open_journal
from networkjournal.store.models import Contact


def test_without_the_driver_a_server_url_names_the_extra_to_install():
    # psycopg made unimportable in a child process: what a plain `pip install .` leaves.
    code = ("import sys; sys.modules['psycopg'] = None; from networkjournal.cli import main; "
            "sys.exit(main(['check', '--db', 'postgresql://me:secret@db.example/journal']))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 3
    assert result.stderr == ("networkjournal: error: a journal on a PostgreSQL server needs "
                             'its driver: pip install "networkjournal[postgres]"\n')


def test_an_unreachable_server_is_one_line(capsys):
    assert main(["check", "--db", "postgresql://me@127.0.0.1:1/journal"]) == 3
    err = capsys.readouterr().err
    assert err.startswith("networkjournal: error: cannot reach the journal's server: ")
    assert "Connection refused" in err and err.count("\n") == 1


def test_a_plain_postgresql_url_means_psycopg_3(server_journal_url):
    plain = make_url(server_journal_url).set(drivername="postgresql").render_as_string(False)
    journal = open_journal(plain)
    try:
        assert journal.engine.dialect.driver == "psycopg"
    finally:
        journal.close()


def test_text_postgresql_cannot_hold_is_refused_in_one_line(journal):
    """U+0000 is kept in a journal file; a server journal refuses it, changing nothing."""
    def add(name: str) -> None:
        with journal.transaction() as session:
            session.add(Contact(first_name="Ana", notes=name))

    if journal.engine.dialect.name == "sqlite":
        add("a\x00b")
        expected = 1
    else:
        with pytest.raises(UserError, match=r"^PostgreSQL cannot keep the character U\+0000"):
            add("a\x00b")
        expected = 0
    with journal.read() as session:
        assert session.scalar(select(func.count()).select_from(Contact)) == expected


def test_names_longer_than_their_column_are_kept_on_either_database(journal, tmp_path):
    """SQLite never enforced VARCHAR lengths: a server journal takes what a file took."""
    from networkjournal.io.readers import open_source
    from networkjournal.store.imports import import_records

    company = "C" * 400
    path = tmp_path / "Connections.csv"
    path.write_text("First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
                    f"Ann,{'L' * 300},https://www.linkedin.com/in/ann,,{company},Eng,"
                    "12 Mar 2024\n", encoding="utf-8")
    source = open_source(path)
    assert import_records(journal, source.records(), format=source.format).added == 1
    with journal.read() as session:
        assert session.scalar(select(Contact.company)) == company


def test_a_password_refusal_worded_otherwise_is_still_said_in_one_line():
    from networkjournal.errors import PasswordNeeded
    from networkjournal.store.server import server_error

    class OperationalError(Exception):
        __module__ = "psycopg"

    refused = server_error(OperationalError('FATAL:  Password authentication failed for user "u"'))
    assert isinstance(refused, PasswordNeeded)
    assert 'Password authentication failed for user "u"' in str(refused)
