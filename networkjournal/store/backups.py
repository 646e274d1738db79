"""Backups of a journal: SQLite's online backup API, owner-only, complete or absent, rotated."""

from __future__ import annotations

import hashlib
import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from networkjournal.durable import fsync_dir, publish
from networkjournal.errors import UserError
from networkjournal.paths import backups_dir, default_journal_path, private_dir
from networkjournal.store import cipher

if TYPE_CHECKING:
    from networkjournal.store.journal import Journal

KEEP_BACKUPS = 10  # automatic backups kept per journal unless it says (the oldest go first)
BACKUPS_KEPT = "backup/keep"  # the journal's setting for it (Edit ▸ Settings)
SUFFIX = ".sqlite"
PART = ".part"  # a copy being written; never named like a finished backup


def backup_folder(journal_path: Path) -> Path:
    """The owner-only folder of one journal's backups, under the data folder.

    The default journal's is "backups/journal"; a journal elsewhere (--db) gets its own,
    named after the file and its place, so two journals never rotate each other's copies.
    """
    resolved = journal_path.resolve()
    if resolved == default_journal_path().resolve():
        name = journal_path.stem
    else:
        name = f"{journal_path.stem}-{hashlib.sha256(str(resolved).encode()).hexdigest()[:8]}"
    return private_dir(backups_dir() / name)


def list_backups(folder: Path) -> list[Path]:
    """The finished backups in ``folder``, oldest first (their names start with the time)."""
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.glob(f"*{SUFFIX}") if not p.name.startswith("."))


def copy_journal(source: Path, target: Path, key: bytes | None = None) -> Path:
    """A consistent copy of a live journal (the backup API reads what is still in its WAL).

    Written owner-only under a hidden temporary name, flushed to the disk, then renamed:
    an interrupted copy never sits under a name that looks like a good backup. The copy of
    an encrypted journal is encrypted with the same key (``key``, else the journal's).
    """
    part = target.with_name(f".{target.name}{PART}")
    fd = os.open(part, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
    os.close(fd)
    try:
        key = cipher.key_for_file(source, key)
        src = cipher.connect(source, key)
        dst = cipher.connect(part, key)
        try:
            with dst:
                src.backup(dst)
        finally:
            src.close()
            dst.close()
        publish(part, target)
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    return target


@contextmanager
def _folder_lock(folder: Path) -> Iterator[None]:
    """One backup at a time in a folder: while it is held, any temporary file there was left
    by a program that died (a lock dies with its process)."""
    fd = os.open(folder / ".lock", os.O_CREAT | os.O_RDWR, 0o600)
    try:
        try:
            import fcntl
        except ImportError:  # Windows: a file still being written cannot be deleted anyway
            pass
        else:
            fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)


def _remove_abandoned(folder: Path) -> None:
    for stale in folder.glob(f".*{PART}*"):  # the copy and SQLite's journal beside it
        with suppress(OSError):
            stale.unlink()


def take_backup(journal_path: Path, reason: str, keep: int | None = None) -> Path:
    """Copy the journal into its backup folder, named by the time and ``reason``; keep the
    last ``keep`` backups (default: the journal's own setting). Returns the new backup's path."""
    keep = keep if keep is not None else backups_kept(journal_path)
    folder = backup_folder(journal_path)
    with _folder_lock(folder):
        _remove_abandoned(folder)
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        target = copy_journal(journal_path, folder / f"{stamp}-{reason}{SUFFIX}")
        for old in list_backups(folder)[:-keep]:
            old.unlink(missing_ok=True)
        fsync_dir(folder)
    return target


def backups_kept(journal_path: Path) -> int:
    """The journal's own "backups kept" (read from the file: every caller, the command line
    and an upgrade included, rotates by it); KEEP_BACKUPS when unset or unreadable."""
    try:
        # Read-only: never creates a file where there was none.
        connection = cipher.connect(journal_path, cipher.key_for_file(journal_path),
                                    read_only=True)
        try:
            row = connection.execute("SELECT value FROM settings WHERE key = ?",
                                     (BACKUPS_KEPT,)).fetchone()
        finally:
            connection.close()
        return max(1, int(row[0])) if row else KEEP_BACKUPS
    except cipher.database_errors(UserError, ValueError, TypeError):  # no table yet, no key
        return KEEP_BACKUPS


def daily_backup(journal: Journal, today: date | None = None) -> Path | None:
    """The day's backup while the app is used, unless one was taken today (any reason
    counts). A backup that fails is logged: it must not keep the journal from opening."""
    path = journal.path
    if path is None or not path.exists():
        return None
    today = today or date.today()
    try:
        if any(date.fromtimestamp(p.stat().st_mtime) == today
               for p in list_backups(backup_folder(path))):
            return None
        return take_backup(path, "daily")
    except cipher.database_errors(OSError, UserError):
        logging.getLogger(__name__).warning("the day's backup failed", exc_info=True)
        return None


def backup_before(journal: Journal, reason: str) -> Path | None:
    """The automatic backup before a change that cannot be undone (an import, a restore);
    None for a server journal. A backup that cannot be written stops the change."""
    path = journal.path
    if path is None or not path.exists():
        return None
    try:
        return take_backup(path, reason)
    except cipher.database_errors(OSError) as exc:
        raise UserError(f"the journal could not be backed up first ({exc}); "
                        "nothing was changed") from None


def rewrite_backups(journal_path: Path, source_key: bytes | None,
                    target_key: bytes | None) -> int:
    """The journal's backups encrypted (or decrypted) as the journal just was, each in one swap;
    a backup the key does not open (another journal's) is left as it is. Returns how many."""
    folder = backup_folder(journal_path)
    done = 0
    with _folder_lock(folder):
        for backup in list_backups(folder):
            if cipher.is_encrypted(backup) == (target_key is not None):
                continue
            try:
                cipher.rewrite(backup, source_key, target_key)
                done += 1
            except cipher.database_errors(cipher.WrongKey):
                logging.getLogger(__name__).warning("backup %s left as it was", backup.name)
    return done
