"""`networkjournal backup` and `restore`, and the automatic backups: before an import, once a
day, the last ten kept; a restore checks the file first and keeps the journal it replaces."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
from datetime import date, timedelta
from pathlib import Path

import pytest

from networkjournal.cli import main
from networkjournal.store.backups import (
    KEEP_BACKUPS,
    backup_folder,
    daily_backup,
    list_backups,
    take_backup,
)
from networkjournal.store.journal import open_journal
from networkjournal.store.schema_version import SCHEMA_HEAD

OLD_JOURNAL = Path(__file__).resolve().parents[1] / "data" / "journal-0.1.0.sqlite"
LINKEDIN = Path(__file__).resolve().parents[1] / "data" / "linkedin_connections.csv"


def _count(path: Path, table: str = "contacts") -> int:
    with sqlite3.connect(path) as conn:
        found = conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    conn.close()
    return found


def _state(path: Path) -> dict[str, int]:
    return {t: _count(path, t) for t in ("contacts", "interactions", "opportunities")}


def _execute(path: Path, *statements: str) -> Path:
    with sqlite3.connect(path) as conn:
        for statement in statements:
            conn.execute(statement)
    conn.close()
    return path


def _forget_contacts(path: Path, below: int) -> None:
    """Delete contacts as a user would (their chats go with them)."""
    _execute(path, "PRAGMA foreign_keys=ON", f"DELETE FROM contacts WHERE id < {below}")


@pytest.fixture(scope="module")
def sample(tmp_path_factory) -> Path:
    """The sample journal, made once for the module (each test works on its own copy)."""
    from networkjournal.ops.transfer import build_demo

    path = tmp_path_factory.mktemp("sample") / "journal.sqlite"
    journal = open_journal(f"sqlite:///{path}")
    build_demo(journal)
    journal.close()
    return path


@pytest.fixture
def db(tmp_path, sample) -> Path:
    path = tmp_path / "journal.sqlite"
    shutil.copyfile(sample, path)
    return path


def _one_line_error(capsys) -> str:
    err = capsys.readouterr().err
    assert err.startswith("networkjournal: error: ") and err.count("\n") == 1, err
    return err


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_backup_goes_owner_only_into_the_journal_s_backup_folder(db, capsys):
    assert main(["backup", "--db", str(db)]) == 0
    [backup] = list_backups(backup_folder(db))
    assert str(backup) in capsys.readouterr().out
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    for folder in (backup.parent, backup.parent.parent):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert _state(backup) == _state(db)


def test_backup_to_a_chosen_file_then_restore_it(db, tmp_path, capsys):
    out = tmp_path / "usb" / "journal-copy.sqlite"
    out.parent.mkdir()
    before = _state(db)
    assert main(["backup", "--db", str(db), "--out", str(out)]) == 0
    _forget_contacts(db, 30)
    changed = _state(db)
    assert changed["contacts"] < before["contacts"]
    capsys.readouterr()
    assert main(["restore", "--db", str(db), str(out)]) == 0
    said = capsys.readouterr().out
    assert _state(db) == before
    assert main(["check", "--db", str(db)]) == 0
    # The journal it replaced is kept, as a backup one could restore in turn.
    [kept] = [p for p in list_backups(backup_folder(db)) if "before-restore" in p.name]
    assert str(kept) in said and _state(kept) == changed


def _damaged(tmp_path: Path, db: Path) -> Path:
    bad = tmp_path / "damaged.sqlite"
    shutil.copyfile(take_backup(db, "test"), bad)
    with bad.open("r+b") as handle:  # a page in the middle overwritten
        handle.seek(4096 * 10)
        handle.write(b"\x0d\xff" * 2048)
    return bad


def _foreign(tmp_path: Path, db: Path) -> Path:
    return _execute(tmp_path / "recipes.sqlite", "CREATE TABLE recipes (name TEXT)")


def _newer(tmp_path: Path, db: Path) -> Path:
    path = tmp_path / "newer.sqlite"
    shutil.copyfile(take_backup(db, "test"), path)
    return _execute(path, "UPDATE alembic_version SET version_num = '9999_future'")


def _garbage(tmp_path: Path, db: Path) -> Path:
    path = tmp_path / "photo.sqlite"
    path.write_bytes(b"\xff\xd8\xff\xe0" * 1000)
    return path


def _missing(tmp_path: Path, db: Path) -> Path:
    return tmp_path / "no-such-backup.sqlite"


@pytest.mark.parametrize(("make", "why"), [
    (_damaged, "damaged"), (_foreign, "not a Network Journal"), (_newer, "newer version"),
    (_garbage, "not a journal"), (_missing, "no such file")])
def test_a_bad_backup_is_refused_in_one_line_and_the_journal_is_unchanged(
        db, tmp_path, capsys, make, why):
    bad = make(tmp_path, db)
    backups_before = list_backups(backup_folder(db))
    journal_bytes = db.read_bytes()
    assert main(["restore", "--db", str(db), str(bad)]) == 3
    err = _one_line_error(capsys)
    assert why in err and "the journal was not changed" in err
    assert db.read_bytes() == journal_bytes
    assert list_backups(backup_folder(db)) == backups_before  # refused before anything


def test_a_backup_from_an_older_version_is_restored_and_upgraded(db, capsys):
    assert main(["restore", "--db", str(db), str(OLD_JOURNAL)]) == 0
    assert _count(db) == _count(OLD_JOURNAL)
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == \
            SCHEMA_HEAD
    conn.close()


def test_restore_onto_a_new_computer_creates_the_journal(db, tmp_path, capsys):
    fresh = tmp_path / "new-computer" / "journal.sqlite"
    assert main(["restore", "--db", str(fresh), str(db)]) == 0
    assert "kept as" not in capsys.readouterr().out  # nothing was there to keep
    assert _state(fresh) == _state(db)
    if os.name == "posix":
        assert stat.S_IMODE(fresh.stat().st_mode) == 0o600


def test_an_unreachable_server_journal_is_not_backed_up(capsys):
    assert main(["backup", "--db", "postgresql://me@127.0.0.1:1/journal"]) == 3
    assert "cannot reach the journal's server" in _one_line_error(capsys)


def test_an_import_backs_the_journal_up_first_a_dry_run_does_not(db, capsys):
    before = _state(db)
    assert main(["import", "--dry-run", "--db", str(db), str(LINKEDIN)]) == 0
    assert list_backups(backup_folder(db)) == []
    assert main(["import", "--db", str(db), str(LINKEDIN)]) == 0
    assert _state(db)["contacts"] > before["contacts"]
    [backup] = list_backups(backup_folder(db))
    assert "before-import" in backup.name and _state(backup) == before


def test_the_last_ten_backups_are_kept(db):
    taken = [take_backup(db, f"n{n}") for n in range(KEEP_BACKUPS + 3)]
    assert list_backups(backup_folder(db)) == taken[-KEEP_BACKUPS:]


def test_one_automatic_backup_a_day(db):
    journal = open_journal(f"sqlite:///{db}")
    try:
        first = daily_backup(journal)
        assert first is not None and "daily" in first.name
        assert daily_backup(journal) is None  # the same day: one is enough
        assert daily_backup(journal, today=date.today() + timedelta(days=1)) is not None
    finally:
        journal.close()
    assert len(list_backups(backup_folder(db))) == 2


def test_opening_the_window_takes_the_day_s_backup(db):
    from networkjournal.app import _open_and_load
    from networkjournal.core.progress import NO_PROGRESS

    journal, _ = _open_and_load(f"sqlite:///{db}", NO_PROGRESS)
    journal.close()
    [backup] = list_backups(backup_folder(db))
    assert "daily" in backup.name and _state(backup) == _state(db)


def test_an_import_into_a_new_empty_journal_takes_no_backup(tmp_path, capsys):
    new = tmp_path / "new.sqlite"
    assert main(["import", "--db", str(new), str(LINKEDIN)]) == 0
    assert list_backups(backup_folder(new)) == []  # nothing to lose, no slot used up
