"""A journal moved to another database (file ↔ server), and a server journal's rows replaced
by a journal file's (its portable backup)."""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import inspect
from sqlalchemy.exc import DBAPIError

from networkjournal.core.progress import NO_PROGRESS, Progress
from networkjournal.errors import UserError
from networkjournal.paths import sqlite_url
from networkjournal.store.environment import environment_error
from networkjournal.store.journal import Journal, make_engine, open_journal, sqlite_path
from networkjournal.store.journal_copy import (
    TableCheck,
    copy_rows,
    empty_tables,
    rows_held,
    table_checks,
    verify,
)
from networkjournal.store.schema_version import SCHEMA_HEAD


@dataclass(frozen=True)
class Migrated:
    """What a migration copied: each table's rows and checksum, the same on both sides."""

    checks: list[TableCheck]

    def rows(self, table: str) -> int:
        return next(check.rows for check in self.checks if check.table == table)


def migrate_to(source_url: str, target_url: str) -> Migrated:
    """Copy the journal at ``source_url`` into the new or empty one at ``target_url``.

    The source is only read (never created, upgraded or changed). Every row goes in in
    one transaction on the target, whose counts and checksums must equal the source's
    before it commits: a failure or a difference leaves the target without any of them.
    """
    if source_url == target_url:
        raise UserError("the target is the journal itself: name another database")
    source = open_journal(source_url, read_only=True)
    try:
        _refuse_unless_empty(target_url)
        target = open_journal(target_url)
        try:
            return Migrated(_copy(source, target))
        finally:
            target.close()
    finally:
        source.close()


def restore_server(journal_url: str, backup: Path,
                   progress: Progress = NO_PROGRESS) -> Migrated:
    """Replace every row of a server journal by a backup file's, in one transaction.

    The file is checked first (sound, a journal this version knows); an older one is
    upgraded in a copy, never in place. A failure leaves the server journal as it was.
    ``progress`` can stop it until the rows are being replaced (its final step)."""
    from networkjournal.store.restore import check_backup

    revision = check_backup(backup)
    with tempfile.TemporaryDirectory() as folder:
        if revision != SCHEMA_HEAD:
            upgraded = Path(folder) / "upgraded.sqlite"
            shutil.copyfile(backup, upgraded)
            open_journal(sqlite_url(upgraded)).close()
            backup = upgraded
        source = open_journal(sqlite_url(backup), read_only=True)
        try:
            target = open_journal(journal_url)
            try:
                progress.final_step()
                return Migrated(_copy(source, target, replace=True))
            finally:
                target.close()
        finally:
            source.close()


def _copy(source: Journal, target: Journal, *, replace: bool = False) -> list[TableCheck]:
    with source.engine.connect() as reading:
        if reading.dialect.name == "postgresql":  # one snapshot for every table read
            reading = reading.execution_options(isolation_level="REPEATABLE READ")
        with reading.begin():
            expected = table_checks(reading)
            with target.transaction() as session:
                writing = session.connection()
                if replace:
                    empty_tables(writing)
                elif rows_held(writing):  # filled by someone else since the check
                    raise UserError("the target journal is not empty: nothing was copied")
                copy_rows(reading, writing)
                return verify(expected, writing)


def _refuse_unless_empty(url: str) -> None:
    """Refuse, changing nothing, a target holding anything but an empty journal."""
    path = sqlite_path(url)
    if path is not None and (not path.exists() or path.stat().st_size == 0):
        return  # a new journal file
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            if not inspect(conn).get_table_names():
                return  # an empty database: a new journal
    except DBAPIError as exc:
        raise (environment_error(exc, str(path or "")) or exc) from None
    finally:
        engine.dispose()
    existing = open_journal(url, read_only=True)  # refuses, untouched, anything not at head
    try:
        with existing.engine.connect() as conn:
            held = rows_held(conn)
    finally:
        existing.close()
    if held:
        raise UserError(f"the target already holds a journal ({held} rows): migrate-to copies "
                        "into a new or empty one only; nothing was changed")
