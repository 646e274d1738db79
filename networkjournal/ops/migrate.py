"""Moving a journal to another database (a file ↔ a server): one transaction, then checked."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import inspect
from sqlalchemy.exc import DBAPIError

from networkjournal.errors import UserError
from networkjournal.store.environment import environment_error
from networkjournal.store.journal import Journal, make_engine, open_journal, sqlite_path
from networkjournal.store.journal_copy import TableCheck, copy_rows, rows_held, table_checks, verify


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


def _copy(source: Journal, target: Journal) -> list[TableCheck]:
    with source.engine.connect() as reading:
        if reading.dialect.name == "postgresql":  # one snapshot for every table read
            reading = reading.execution_options(isolation_level="REPEATABLE READ")
        with reading.begin():
            expected = table_checks(reading)
            with target.transaction() as session:
                writing = session.connection()
                if rows_held(writing):  # filled by someone else since the check
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
