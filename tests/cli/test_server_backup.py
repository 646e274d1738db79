"""`backup` and `restore` of a journal on a PostgreSQL server: a pg_dump archive when pg_dump is
on the PATH, else a journal file; either read back whole."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
from pathlib import Path

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


needs_pg_dump = pytest.mark.skipif(shutil.which("pg_dump") is None or
                                   shutil.which("pg_restore") is None,
                                   reason="PostgreSQL's client programs are not on the PATH")


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


def _goes_wrong_then_restores(server, backup: Path, before, capsys) -> None:
    """The journal changes after the backup; `restore` puts it back, every table."""
    with server.transaction() as session:
        for contact in session.scalars(select(Contact).limit(10)):
            session.delete(contact)
        session.add(Contact(first_name="Added after the backup"))
    assert main(["restore", "--db", server.url, str(backup)]) == 0
    assert "every table checked" in capsys.readouterr().out
    assert _checks(server.url) == before
    with server.transaction() as session:  # ids go on after the restored ones
        session.add(Contact(first_name="Next"))
    with server.read() as session:
        assert session.scalar(select(Contact.id).where(Contact.first_name == "Next")) == 61


def test_a_server_journal_backs_up_to_a_file_and_restores_from_it(server, tmp_path, capsys):
    before = _checks(server.url)
    out = tmp_path / "server-backup.sqlite"  # the name asks for a journal file
    assert main(["backup", "--db", server.url, "--out", str(out)]) == 0
    assert capsys.readouterr().out.startswith(f"backup written: {out} (a journal file; ")
    assert _checks(f"sqlite:///{out}") == before  # every table, readable as a journal file
    _goes_wrong_then_restores(server, out, before, capsys)


@needs_pg_dump
def test_a_pg_dump_archive_restores_every_table(server, tmp_path, capsys):
    before = _checks(server.url)
    out = tmp_path / "server.dump"
    assert main(["backup", "--db", server.url, "--out", str(out)]) == 0
    said = capsys.readouterr().out
    assert said.startswith(f"backup written: {out} (a pg_dump archive; ")
    assert said.rstrip().endswith("rows, every table checked)")
    assert out.read_bytes()[:5] == b"PGDMP" and out.stat().st_mode & 0o777 == 0o600
    assert _leftovers(tmp_path) == []
    _goes_wrong_then_restores(server, out, before, capsys)  # sequences come back too


@needs_pg_dump
def test_without_out_the_backup_is_an_archive_in_the_data_folder(server, tmp_path, capsys):
    assert main(["backup", "--db", server.url]) == 0
    out = capsys.readouterr().out
    written = out.removeprefix("backup written: ").split(" (")[0]
    assert str(tmp_path / "home") in written and written.endswith("-by-hand.dump")
    assert "(a pg_dump archive; " in out


def test_without_pg_dump_on_the_path_the_backup_is_a_journal_file(server, tmp_path, capsys,
                                                                 monkeypatch):
    before = _checks(server.url)
    (tmp_path / "bin").mkdir()
    monkeypatch.setenv("PATH", str(tmp_path / "bin"))
    out = tmp_path / "server.dump"
    assert main(["backup", "--db", server.url, "--out", str(out)]) == 0
    assert capsys.readouterr().out.startswith(
        f"backup written: {out} (a journal file, since pg_dump is not on the PATH; ")
    assert _checks(f"sqlite:///{out}") == before
    assert _leftovers(tmp_path) == []
    assert main(["restore", "--db", server.url, str(out)]) == 0  # read back by its contents
    assert _checks(server.url) == before


# Stand-ins for a pg_dump that fails: one an older client refusing a newer server (after
# writing part of a file), one whose archive is cut short though it says it succeeded.
_REFUSING = """#!/bin/sh
for a; do case $a in --file=*) echo PGDMP-partial > "${a#--file=}";; esac; done
echo "pg_dump: error: aborting because of server version mismatch" >&2
echo "pg_dump: detail: server version: 17.2; pg_dump version: 15.18" >&2
exit 1
"""
_CUT_SHORT = """#!/bin/sh
for a; do case $a in --file=*) f="${a#--file=}";; esac; done
%s "$@" || exit 1
head -c 3000 "$f" > "$f.cut" && mv "$f.cut" "$f"
"""


@needs_pg_dump
@pytest.mark.parametrize("script, said", [
    (_REFUSING, "pg_dump failed (pg_dump: error: aborting because of server version mismatch "
                "pg_dump: detail: server version: 17.2; pg_dump version: 15.18)"),
    (_CUT_SHORT % shutil.which("pg_dump"), "pg_dump failed (pg_restore: error: "),
], ids=["refused", "cut-short"])
def test_a_failing_pg_dump_leaves_a_journal_file_and_says_why(server, tmp_path, capsys,
                                                               monkeypatch, script, said):
    before = _checks(server.url)
    bin_folder = tmp_path / "bin"
    bin_folder.mkdir()
    (bin_folder / "pg_dump").write_text(script)
    (bin_folder / "pg_dump").chmod(0o755)
    (bin_folder / "pg_restore").symlink_to(shutil.which("pg_restore"))
    monkeypatch.setenv("PATH", f"{bin_folder}{os.pathsep}{os.environ['PATH']}")
    out = tmp_path / "server.dump"
    assert main(["backup", "--db", server.url, "--out", str(out)]) == 0
    captured = capsys.readouterr()
    assert captured.err == "" and captured.out.count("\n") == 1
    assert captured.out.startswith(f"backup written: {out} (a journal file, since {said}")
    assert _checks(f"sqlite:///{out}") == before  # no part of the archive under the name
    assert _leftovers(tmp_path) == []


def _one_line_refusal(capsys) -> str:
    err = capsys.readouterr().err
    assert err.startswith("networkjournal: error: ") and err.count("\n") == 1
    assert "Traceback" not in err
    return err


def _refused_unchanged(url: str, backup: Path, capsys, *words: str) -> None:
    """`restore` refuses ``backup`` in one line saying ``words``; the journal is as it was."""
    before = _checks(url)
    assert main(["restore", "--db", url, str(backup)]) == 3
    err = _one_line_refusal(capsys)
    assert all(word in err for word in words), err
    assert _checks(url) == before


@pytest.fixture
def archive(server, tmp_path, capsys) -> Path:
    if shutil.which("pg_dump") is None:
        pytest.skip("pg_dump is not on the PATH")
    out = tmp_path / "server.dump"
    assert main(["backup", "--db", server.url, "--out", str(out)]) == 0
    capsys.readouterr()
    return out


def test_a_pg_dump_archive_is_refused_onto_a_journal_file(archive, tmp_path, capsys):
    journal_file = tmp_path / "journal.sqlite"
    assert main(["demo", "--db", str(journal_file)]) == 0
    files = {path: hashlib.sha256(path.read_bytes()).digest() for path in (journal_file, archive)}
    assert main(["restore", "--db", str(journal_file), str(archive)]) == 3
    assert "is a pg_dump archive of a journal on a PostgreSQL server" in _one_line_refusal(capsys)
    assert {path: hashlib.sha256(path.read_bytes()).digest() for path in files} == files


def test_a_pg_dump_archive_without_pg_restore_is_refused(server, archive, tmp_path, capsys,
                                                        monkeypatch):
    (tmp_path / "bin").mkdir()
    monkeypatch.setenv("PATH", str(tmp_path / "bin"))
    _refused_unchanged(server.url, archive, capsys,
                       "pg_restore, which reads it, is not on the PATH")


def test_a_cut_short_archive_is_refused(server, archive, capsys):
    archive.write_bytes(archive.read_bytes()[:3000])
    _refused_unchanged(server.url, archive, capsys, "pg_restore cannot read it")


def test_an_archive_pg_restore_cannot_apply_changes_nothing(server, archive, capsys):
    """pg_restore runs in one transaction: a table it cannot replace (a view of the user's
    depends on it) rolls every table back."""
    with server.engine.begin() as conn:
        conn.exec_driver_sql("CREATE VIEW my_people AS SELECT first_name FROM contacts")
    with server.transaction() as session:
        session.add(Contact(first_name="Added after the backup"))
    _refused_unchanged(server.url, archive, capsys, "pg_restore refused",
                       "the journal was not changed")


def test_an_archive_of_another_schema_is_refused(server, archive, server_schemas, capsys):
    other = open_journal(server_schemas())
    other.close()
    _refused_unchanged(other.url, archive, capsys, "pg_restore cannot rename it")


def test_a_damaged_backup_is_refused_and_the_server_journal_left_as_it_was(server, tmp_path,
                                                                         capsys):
    bad = tmp_path / "bad.sqlite"
    with sqlite3.connect(bad) as db:
        db.execute("CREATE TABLE mine (x)")
    _refused_unchanged(server.url, bad, capsys, "cannot be restored")


def test_an_older_backup_is_upgraded_in_a_copy_then_restored(server, tmp_path, capsys):
    old = tmp_path / "old.sqlite"
    shutil.copyfile(Path(__file__).resolve().parents[1] / "data" / "journal-0.1.0.sqlite", old)
    untouched = old.read_bytes()
    assert main(["restore", "--db", server.url, str(old)]) == 0
    assert old.read_bytes() == untouched
    with sqlite3.connect(old) as db:
        uids = {row[0] for row in db.execute("SELECT uid FROM contacts")}
    with server.read() as session:
        assert set(session.scalars(select(Contact.uid))) == uids


@needs_pg_dump
def test_back_up_now_in_the_window_takes_the_same_path(server, tmp_path):
    from networkjournal.ops.backups import back_up_now

    written, why_a_file = back_up_now(server)
    assert why_a_file == ""
    assert written.name.endswith("-by-hand.dump") and written.read_bytes()[:5] == b"PGDMP"


def _rows(server, query: str) -> list:
    with server.engine.connect() as conn:
        return sorted(conn.exec_driver_sql(query).fetchall())


def test_another_programs_table_in_the_journals_schema_is_left_alone(server, tmp_path, capsys):
    """A journal in a schema it shares (``public`` of a database another program uses too):
    its archive holds the journal's tables only, and a restore leaves the others' alone."""
    if shutil.which("pg_dump") is None:
        pytest.skip("pg_dump is not on the PATH")
    from networkjournal.store.pg_archive import read_archive

    with server.engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE other_app (x int)")
        conn.exec_driver_sql("INSERT INTO other_app VALUES (1)")
    rows = sum(check.rows for check in _checks(server.url))
    out = tmp_path / "server.dump"
    assert main(["backup", "--db", server.url, "--out", str(out)]) == 0
    assert f"(a pg_dump archive; {rows} rows, " in capsys.readouterr().out
    assert "other_app" not in read_archive(shutil.which("pg_restore"), out).tables
    with server.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE other_app SET x = 2")
        conn.exec_driver_sql("INSERT INTO other_app VALUES (3)")
    _goes_wrong_then_restores(server, out, _checks(server.url), capsys)
    assert _rows(server, "SELECT x FROM other_app") == [(2,), (3,)]


def test_an_archive_of_an_older_schema_is_refused(server, server_schemas, tmp_path, capsys):
    """pg_restore cannot put an older schema's tables in place of this version's: refused in
    one line that says what to do instead, the journal untouched."""
    if shutil.which("pg_dump") is None:
        pytest.skip("pg_dump is not on the PATH")
    from alembic import command
    from sqlalchemy import create_engine

    from networkjournal.store.journal import alembic_config
    from networkjournal.store.pg_tools import run_tool

    url = server_schemas()
    engine = create_engine(url)
    with engine.begin() as conn:
        config = alembic_config()
        config.attributes["connection"] = conn
        command.upgrade(config, "0004")
        conn.exec_driver_sql(
            "INSERT INTO contacts (uid, first_name, last_name, company, title, email, phone, "
            "linkedin_url, source, tags, research_notes, notes, stage, archived, created_at, "
            "updated_at) VALUES ('u1', 'Old', '', '', '', '', '', '', 'other', '', '', '', "
            "'identified', false, now(), now())")
        schema = conn.exec_driver_sql("SELECT current_schema()").scalar()
    engine.dispose()
    old = tmp_path / "old.dump"  # as that version wrote it: its whole schema
    run_tool(shutil.which("pg_dump"), ["--format=custom", f"--schema={schema}", f"--file={old}"],
             url)
    open_journal(url).close()  # the journal is at this version's schema now
    _refused_unchanged(url, old, capsys, "(0004) is from an older version",
                       "restore a journal-file backup")


def test_an_archive_removed_after_its_check_restores_what_was_checked(server, archive, capsys,
                                                                     monkeypatch):
    from networkjournal.store import pg_archive

    before = _checks(server.url)
    read = pg_archive.read_archive

    def read_then_remove(pg_restore, path):
        checked = read(pg_restore, path)
        archive.unlink()  # the file goes (or is replaced) while the restore runs
        return checked

    monkeypatch.setattr(pg_archive, "read_archive", read_then_remove)
    with server.transaction() as session:
        session.add(Contact(first_name="Added after the backup"))
    assert main(["restore", "--db", server.url, str(archive)]) == 0
    assert "every table checked" in capsys.readouterr().out
    assert _checks(server.url) == before


def test_a_restore_another_clients_transaction_holds_up_is_refused(server, archive, capsys,
                                                                   monkeypatch):
    """pg_restore waits a while for the tables, then gives up: refused, nothing changed
    (rather than waiting for as long as the other client's transaction lasts)."""
    import threading

    from networkjournal.store import pg_archive

    monkeypatch.setattr(pg_archive, "LOCK_WAIT", 0.5)
    with server.engine.connect() as holder:
        holder.begin()
        holder.exec_driver_sql("SELECT 1 FROM contacts LIMIT 1")  # holds contacts
        ends = threading.Timer(15, holder.rollback)  # without a timeout: it waits till then
        ends.start()
        try:
            _refused_unchanged(server.url, archive, capsys, "another client's transaction "
                               "holds the journal's tables", "the journal was not changed")
        finally:
            ends.cancel()
