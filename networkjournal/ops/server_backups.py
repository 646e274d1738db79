"""A server journal's backups: a pg_dump archive when pg_dump is on the PATH, else a journal
file; and `restore` of either kind."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from networkjournal.core.progress import NO_PROGRESS, Progress
from networkjournal.durable import private_part, publish
from networkjournal.errors import UserError
from networkjournal.ops.migrate import migrate_to, restore_server
from networkjournal.paths import data_dir, private_dir, sqlite_url
from networkjournal.store.pg_archive import dump_journal, restore_archive
from networkjournal.store.pg_tools import ToolFailed, find_tool, is_archive

ARCHIVE_SUFFIX = ".dump"  # pg_dump's custom format: read back by pg_restore only
JOURNAL_FILE_SUFFIX = ".sqlite"  # a journal file: the app opens it, `restore` reads it back


@dataclass(frozen=True)
class ServerBackup:
    path: Path
    archive: bool  # a pg_dump archive (else a journal file)
    rows: int
    why_a_file: str = ""  # why a journal file was written rather than an archive

    def describe(self) -> str:
        kind = "a pg_dump archive" if self.archive else "a journal file"
        why = f", since {self.why_a_file}" if self.why_a_file else ""
        return f"{kind}{why}; {self.rows} rows, every table checked"


def server_backup_folder() -> Path:
    """Where a server journal's backups go when no file is named (the data folder's)."""
    return private_dir(data_dir() / "backups" / "server")


def _new_name(suffix: str) -> Path:
    return server_backup_folder() / f"{datetime.now():%Y%m%d-%H%M%S-%f}-by-hand{suffix}"


def back_up_server(url: str, out: Path | None = None) -> ServerBackup:
    """Back the server journal at ``url`` up to ``out`` (by default a new file in the data
    folder's backups/server). A name ending in .sqlite asks for a journal file; otherwise it
    is a pg_dump archive, or a journal file when pg_dump is missing or fails (said why)."""
    if out is not None:
        out = out.expanduser().resolve()
        if out.exists():
            raise UserError(f"{out} already exists: name a new file")
        if not out.parent.is_dir():
            raise UserError(f"{out.parent} is not a folder: name a file in one")
    pg_dump = find_tool("pg_dump")
    wants_file = out is not None and out.suffix.lower() == JOURNAL_FILE_SUFFIX
    why = ""
    if pg_dump is None and not wants_file:
        why = "pg_dump is not on the PATH"
    elif pg_dump is not None and not wants_file:
        target = out or _new_name(ARCHIVE_SUFFIX)
        pg_restore = find_tool("pg_restore", beside=pg_dump)
        try:
            if pg_restore is None:
                raise ToolFailed("pg_restore, which checks its archive, is not on the PATH")
            archive = dump_journal(url, target, pg_dump, pg_restore)
            return ServerBackup(target, True, archive.rows)
        except ToolFailed as exc:
            why = f"pg_dump failed ({exc})"
    target = out or _new_name(JOURNAL_FILE_SUFFIX)
    return ServerBackup(target, False, _journal_file(url, target), why)


def _journal_file(url: str, target: Path) -> int:
    """The portable backup: every table copied into a journal file and checked, written under
    a hidden owner-only name and renamed once complete. Returns the rows copied."""
    part = private_part(target)
    try:
        copied = migrate_to(url, sqlite_url(part))
        publish(part, target)
    except BaseException:
        for leftover in (part, Path(f"{part}-wal"), Path(f"{part}-shm")):
            leftover.unlink(missing_ok=True)
        raise
    return sum(check.rows for check in copied.checks)


def restore_server_backup(url: str, backup: Path, progress: Progress = NO_PROGRESS) -> int:
    """Put a backup of either kind in place of the server journal's rows, checked table by
    table; a file refused leaves the journal as it was. Returns the rows restored.
    ``progress`` can stop it until the rows are being replaced, not after."""
    if not is_archive(backup):
        return sum(check.rows for check in restore_server(url, backup, progress).checks)
    pg_restore = find_tool("pg_restore")
    if pg_restore is None:
        raise UserError(f"{backup} is a pg_dump archive and pg_restore, which reads it, is not "
                        "on the PATH: install PostgreSQL's client programs; the journal was "
                        "not changed")
    return restore_archive(url, backup, pg_restore, progress).rows
