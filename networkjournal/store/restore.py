"""Restoring a journal from a backup: the file is checked first, the journal it replaces kept."""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from networkjournal.errors import UserError
from networkjournal.store import cipher
from networkjournal.store.backups import backup_folder, copy_journal, take_backup
from networkjournal.store.pg_tools import is_archive


@dataclass(frozen=True)
class Restored:
    revision: str  # the schema of the backup restored
    kept: Path | None  # where the journal it replaced was kept (None: there was none)


def refusal(path: Path, why: str) -> UserError:
    return UserError(f"{path} cannot be restored: {why}; the journal was not changed")


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    from networkjournal.store.journal import alembic_config

    return {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def check_backup(path: Path, key: bytes | None = None) -> str:
    """The schema revision of a journal file fit to restore; anything else is refused.

    Sound pages (integrity_check), no row pointing at nothing, and a schema revision this
    version knows: older ones are upgraded after the restore, a newer one is refused. An
    encrypted file is read with ``key`` (else the one this run or the keychain holds).
    """
    if not path.is_file():
        raise refusal(path, "there is no such file")
    if is_archive(path):
        raise refusal(path, "it is a pg_dump archive of a journal on a PostgreSQL server: "
                      "restore it onto that kind of journal (--db postgresql://…)")
    if not cipher.looks_like_sqlite(path):
        raise refusal(path, "it is not a journal (not an SQLite database)")
    try:
        conn = cipher.connect(path, cipher.key_for_file(path, key), read_only=True)
        try:
            pages = conn.execute("PRAGMA integrity_check").fetchall()
            if pages != [("ok",)]:
                raise refusal(path, f"it is damaged ({pages[0][0]})")
            tables = {name for (name,) in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'")}
            if not {"alembic_version", "contacts"} <= tables:
                raise refusal(path, "it is not a Network Journal (no journal tables)")
            found = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            if conn.execute("PRAGMA foreign_key_check").fetchone() is not None:
                raise refusal(path, "some of its rows point at rows that are missing")
        finally:
            conn.close()
    except cipher.database_errors() as exc:
        raise refusal(path, f"it cannot be read ({exc})") from None
    revision = found[0] if found else None
    if revision not in known_revisions():
        raise refusal(path, f"its schema ({revision}) is from a newer version of "
                      "Network Journal or none at all")
    return str(revision)


def _keep_current(journal_path: Path) -> Path | None:
    """Back up the journal about to be replaced; a damaged one is kept as its raw file."""
    if not journal_path.exists() or journal_path.stat().st_size == 0:
        return None
    try:
        return take_backup(journal_path, "before-restore")
    except cipher.database_errors():
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
    present = journal_path.exists() and journal_path.stat().st_size > 0
    journal_key = cipher.key_for_file(journal_path) if present else None
    backup_key = (cipher.key_for_file(backup, journal_key)
                  if backup.is_file() and cipher.is_encrypted(backup) else None)
    revision = check_backup(backup, backup_key)
    if journal_path.exists() and journal_path.resolve() == backup.resolve():
        raise refusal(backup, "it is the journal itself")
    if present and (journal_key is None) != (backup_key is None):
        raise refusal(backup, "it is encrypted and the journal is not" if backup_key else
                      "the journal is encrypted and this file is not: encrypt the file "
                      "first, or decrypt the journal")
    kept = _keep_current(journal_path)
    if not journal_path.exists():
        journal_path.parent.mkdir(parents=True, exist_ok=True)
        os.close(os.open(journal_path, os.O_CREAT | os.O_WRONLY, 0o600))
    src = cipher.connect(backup, backup_key, read_only=True)
    dst = None
    try:
        dst = cipher.connect(journal_path, backup_key, timeout=5)
        src.backup(dst)
    except cipher.database_errors(cipher.WrongKey):
        if kept is None or not kept.name.endswith(".damaged"):
            raise
        # Too damaged to be written into (it was kept whole above): replace the file itself.
        if dst is not None:
            dst.close()
            dst = None
        for extra in ("-wal", "-shm"):
            Path(f"{journal_path}{extra}").unlink(missing_ok=True)
        copy_journal(backup, journal_path, backup_key)
    finally:
        src.close()
        if dst is not None:
            dst.close()
    cipher.note_key(journal_path, backup_key)
    if backup_key is not None and journal_key is None:  # a new journal takes the backup's key
        from networkjournal.journal_keys import keep, passphrase_for

        passphrase = passphrase_for(backup)
        if passphrase is not None:
            keep(journal_path, passphrase)
    return Restored(revision, kept)
