"""A whole journal copied into another database (a file ↔ a server), checked table by table."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    Connection,
    Row,
    Table,
    bindparam,
    delete,
    func,
    insert,
    select,
    update,
)

from networkjournal.errors import UserError
from networkjournal.store.models import Base

BATCH = 2000  # rows per INSERT round trip: memory stays small on a 30,000-contact journal


@dataclass(frozen=True)
class TableCheck:
    """A table's row count and the checksum of its rows, computed alike on any database."""

    table: str
    rows: int
    checksum: str


def journal_tables() -> list[Table]:
    """Every table of the journal, each after the tables it points at."""
    return list(Base.metadata.sorted_tables)


def _as_text(value: object) -> str | None:
    """A stored value as text, the same whichever driver read it (bool before int)."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="microseconds")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _rows(conn: Connection, table: Table) -> Iterator[Row[Any]]:
    """The table's rows in primary-key order: by SQL for integer keys, in Python for text
    keys (a server's collation may sort text unlike SQLite's byte order)."""
    key = list(table.primary_key.columns)
    integer_key = all(column.type.python_type is int for column in key)
    query = select(table).order_by(*key) if integer_key else select(table)
    result = conn.execution_options(yield_per=BATCH).execute(query)
    if integer_key:
        yield from result
        return
    positions = [list(table.columns).index(column) for column in key]
    yield from sorted(result, key=lambda row: [row[i] for i in positions])


def table_checks(conn: Connection) -> list[TableCheck]:
    """Count and SHA-256 of every table's rows, each row as JSON of its values as text."""
    checks = []
    for table in journal_tables():
        digest, count = hashlib.sha256(), 0
        for row in _rows(conn, table):
            digest.update(json.dumps([_as_text(v) for v in row], ensure_ascii=False).encode())
            digest.update(b"\n")
            count += 1
        checks.append(TableCheck(table.name, count, digest.hexdigest()))
    return checks


def rows_held(conn: Connection) -> int:
    """How many rows the journal's tables hold in all (0: an empty journal)."""
    return sum(conn.scalar(select(func.count()).select_from(t)) or 0 for t in journal_tables())


def copy_rows(source: Connection, target: Connection) -> None:
    """Every row of every table, ids and uids as they are, from ``source`` into ``target``.

    A column pointing into its own table (who introduced whom) is filled once every row is
    in: an introducer may come after the person introduced. That update sets the columns
    the models stamp on update (updated_at) to their copied values too.
    """
    for table in journal_tables():
        own = [fk.parent.name for fk in table.foreign_keys if fk.column.table is table]
        stamped = [column.name for column in table.columns if column.onupdate is not None]
        (key,) = table.primary_key.columns  # every journal table has a one-column key
        later: list[dict[str, Any]] = []
        batch: list[dict[str, Any]] = []
        for row in _rows(source, table):
            values = dict(row._mapping)
            if own and any(values[name] is not None for name in own):
                later.append({"_key": values[key.name],
                              **{name: values[name] for name in own + stamped}})
                values.update(dict.fromkeys(own, None))
            batch.append(values)
            if len(batch) >= BATCH:
                target.execute(insert(table), batch)
                batch = []
        if batch:
            target.execute(insert(table), batch)
        if later:
            target.execute(update(table).where(key == bindparam("_key"))
                           .values({name: bindparam(name) for name in own + stamped}), later)
    if target.dialect.name == "postgresql":
        _advance_sequences(target)


def empty_tables(conn: Connection) -> None:
    """Delete every row of the journal (a restore puts a backup's in their place)."""
    for table in reversed(journal_tables()):
        conn.execute(delete(table))


def _advance_sequences(conn: Connection) -> None:
    """PostgreSQL's id sequences start past the ids copied in (else the next insert collides)."""
    for table in journal_tables():
        (key,) = table.primary_key.columns
        if key.type.python_type is not int:
            continue
        highest = select(func.coalesce(func.max(key), 0)).scalar_subquery()
        conn.execute(select(func.setval(func.pg_get_serial_sequence(table.name, key.name),
                                        highest + 1, False)))


def verify(expected: list[TableCheck], target: Connection) -> list[TableCheck]:
    """The target's checks, refused (the caller's transaction rolls back) unless they match."""
    found = table_checks(target)
    wrong = [f"{a.table} ({a.rows} rows, {b.rows} copied)"
             for a, b in zip(expected, found, strict=True) if a != b]
    if wrong:
        raise UserError(f"the copy differs from the journal in {', '.join(wrong)}; "
                        "nothing was written to the target")
    return found
