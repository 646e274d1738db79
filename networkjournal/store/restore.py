"""Restoring a journal from a backup: the file is checked first, the journal it replaces kept."""

from __future__ import annotations

import os
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from networkjournal.errors import UserError
from networkjournal.store.backups import backup_folder, copy_journal, take_backup


@dataclass(frozen=True)
class Restored:
    revision: str  # the schema of the backup restored
    kept: Path | None  # where the journal it replaced was kept (None: there was none)


def _refuse(path: Path, why: str) -> UserError:
    return UserError(f"{path} cannot be restored: {why}; the journal was not changed")


def _known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    from networkjournal.store.journal import alembic_config

    return {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def _open_read_only(path: Path) -> sqlite3.Connection:
    """``path`` opened so that nothing can write to it (nor create it)."""
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)


def check_backup(path: Path) -> str:
    """The schema revision of a journal file fit to restore; anything else is refused.

    Sound pages (integrity_check), no row pointing at nothing, and a schema revision this
    version knows: older ones are upgraded after the restore, a newer one is refused.
    """
    if not path.is_file():
        raise _refuse(path, "there is no such file")
    with path.open("rb") as handle:
        if handle.read(16) != b"SQLite format 3\x00":
            raise _refuse(path, "it is not a journal (not an SQLite database)")
    try:
        conn = _open_read_only(path)
        try:
            pages = conn.execute("PRAGMA integrity_check").fetchall()
            if pages != [("ok",)]:
                raise _refuse(path, f"it is damaged ({pages[0][0]})")
            tables = {name for (name,) in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'")}
            if not {"alembic_version", "contacts"} <= tables:
                raise _refuse(path, "it is not a Network Journal (no journal tables)")
            found = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            if conn.execute("PRAGMA foreign_key_check").fetchone() is not None:
                raise _refuse(path, "some of its rows point at rows that are missing")
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise _refuse(path, f"it cannot be read ({exc})") from None
    revision = found[0] if found else None
    if revision not in _known_revisions():
        raise _refuse(path, f"its schema ({revision}) is from a newer version of "
                      "Network Journal or none at all")
    return str(revision)


def _keep_current(journal_path: Path) -> Path | None:
    """Back up the journal about to be replaced; a damaged one is kept as its raw file."""
    if not journal_path.exists() or journal_path.stat().st_size == 0:
        return None
    try:
        return take_backup(journal_path, "before-restore")
    except sqlite3.DatabaseError:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        kept = backup_folder(journal_path) / f"{stamp}-before-restore.damaged"
        for extra in ("", "-wal"):  # what it held, as it was: it cannot be read to be copied
            if Path(f"{journal_path}{extra}").exists():
                shutil.copyfile(f"{journal_path}{extra}", f"{kept}{extra}")
                os.chmod(f"{kept}{extra}", 0o600)
        return kept


def restore_journal(journal_path: Path, backup: Path) -> Restored:
    """Replace the journal at ``journal_path`` by the checked ``backup``.

    The backup API writes it into the journal in one transaction of the journal's own
    (its WAL stays coherent, and an interrupted restore rolls back), never a file copy.
    """
    revision = check_backup(backup)
    if journal_path.exists() and journal_path.resolve() == backup.resolve():
        raise _refuse(backup, "it is the journal itself")
    kept = _keep_current(journal_path)
    if not journal_path.exists():
        journal_path.parent.mkdir(parents=True, exist_ok=True)
        os.close(os.open(journal_path, os.O_CREAT | os.O_WRONLY, 0o600))
    src = _open_read_only(backup)
    dst = sqlite3.connect(str(journal_path), timeout=5)
    try:
        src.backup(dst)
    except sqlite3.DatabaseError:
        if kept is None or not kept.name.endswith(".damaged"):
            raise
        # Too damaged to be written into (it was kept whole above): replace the file itself.
        dst.close()
        for extra in ("-wal", "-shm"):
            Path(f"{journal_path}{extra}").unlink(missing_ok=True)
        copy_journal(backup, journal_path)
    finally:
        src.close()
        dst.close()
    return Restored(revision, kept)
