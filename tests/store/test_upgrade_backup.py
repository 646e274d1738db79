"""The backup taken before an upgrade: complete or absent, owner-only, never one per attempt;
a file that is not a journal is refused untouched."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from networkjournal.errors import UserError
from networkjournal.store.backups import backup_folder, list_backups
from networkjournal.store.journal import open_journal
from networkjournal.store.schema_version import SCHEMA_HEAD

OLD_JOURNAL = Path(__file__).resolve().parents[1] / "data" / "journal-0.1.0.sqlite"

# Opens the journal with a file-size limit of half the journal: the backup's writes hit it and
# the kernel kills the process (SIGXFSZ) in the middle of the copy, as a power cut would.
OPEN_WITH_LIMIT = """
import resource, sys
from pathlib import Path
from networkjournal.paths import sqlite_url
from networkjournal.store.journal import open_journal
limit = int(sys.argv[2])
resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
open_journal(sqlite_url(Path(sys.argv[1])))
"""


def _files(*folders: Path) -> list[str]:
    return sorted(str(p.relative_to(f)) for f in folders for p in f.rglob("*") if p.is_file())


def _revision(path: Path) -> str:
    with sqlite3.connect(path) as conn:
        found = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    conn.close()
    return found


@pytest.mark.skipif(os.name != "posix", reason="file-size limits are POSIX")
def test_interrupted_upgrades_leave_no_backup_that_looks_good(tmp_path):
    folder = tmp_path / "journals"
    folder.mkdir()
    path = folder / "journal.sqlite"
    shutil.copyfile(OLD_JOURNAL, path)
    old = _revision(path)
    assert old != SCHEMA_HEAD
    backups = backup_folder(path)
    for _ in range(2):
        killed = subprocess.run(
            [sys.executable, "-c", OPEN_WITH_LIMIT, str(path), str(path.stat().st_size // 2)],
            capture_output=True, timeout=60)
        assert killed.returncode != 0  # killed during the copy
        # Whatever the interrupted copies left, nothing is named like a backup.
        assert not [p for p in _files(folder, backups)
                    if p.endswith((".bak", ".sqlite")) and p != "journal.sqlite"]
    assert _revision(path) == old  # the journal itself is untouched
    upgraded = open_journal(f"sqlite:///{path}")
    upgraded.close()
    assert _revision(path) == SCHEMA_HEAD
    # One upgrade, one backup: complete, owner-only, and no leftover of the killed attempts.
    [backup] = list_backups(backups)
    assert upgraded.backup_path == backup
    assert _revision(backup) == old
    with sqlite3.connect(backup) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    conn.close()
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    assert [p for p in _files(backups) if not p.startswith(".lock")] == [backup.name]
    assert _files(folder) == ["journal.sqlite"]  # nothing left beside the journal


def _journal_mode(path: Path) -> str:
    with sqlite3.connect(path) as conn:
        mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
    conn.close()
    return mode


def test_a_foreign_database_is_refused_before_being_switched_to_wal(tmp_path):
    path = tmp_path / "recipes.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(UserError, match="not a Network Journal"):
        open_journal(f"sqlite:///{path}")
    assert path.read_bytes() == before
    assert _journal_mode(path) == "delete"
    assert not Path(f"{path}-wal").exists()


def test_a_journal_from_a_newer_version_is_refused_before_being_switched_to_wal(journal_path):
    open_journal(f"sqlite:///{journal_path}").close()
    with sqlite3.connect(journal_path) as conn:
        conn.execute("PRAGMA journal_mode=DELETE")
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    conn.close()
    with pytest.raises(UserError, match="newer version"):
        open_journal(f"sqlite:///{journal_path}")
    assert _journal_mode(journal_path) == "delete"


def test_a_new_journal_is_in_wal_mode(journal, journal_path):
    assert _journal_mode(journal_path) == "wal"
