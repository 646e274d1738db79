"""Undo as data: the rows a unit of work may touch, read before and after it, put back exactly.

An operation names its *scopes* (a table and the values of one of its columns: "contacts
whose id is 7", "chats whose contact_id is 7"); the rows in those scopes are read as plain
dicts before the change and again after it. Undoing checks that the journal still holds
the "after" rows (nothing changed them since), deletes the rows the operation made and
writes back the rows it changed or deleted, with their ids and uids: links, stage history
and exports stay exactly as they were. Plain SQL on the mapped tables: portable.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table, delete, insert, select, update
from sqlalchemy.orm import Session

from networkjournal.errors import UserError
from networkjournal.store.models import Base

CHUNK = 500  # values per IN (...): well under every database's parameter limit

Row = dict[str, Any]


@dataclass(frozen=True)
class Scope:
    """The rows of ``table`` whose ``column`` holds one of ``values``."""

    table: str
    column: str
    values: tuple[Any, ...]


@dataclass(frozen=True)
class Snapshot:
    """Every row of some scopes as plain dicts, keyed by table, then primary key.

    ``rows`` also holds, by key, rows that were in the scopes when the first snapshot
    was taken and have left them since (a contact whose introducer was deleted): a key
    missing from a later snapshot means the row was deleted, not that it moved.
    """

    scopes: tuple[Scope, ...]
    rows: dict[str, dict[Any, Row]]

    def keys(self) -> dict[str, set[Any]]:
        return {name: set(rows) for name, rows in self.rows.items()}


@dataclass(frozen=True)
class UndoRecord:
    """The rows before and after one unit of work; swapped, it is the redo."""

    before: Snapshot
    after: Snapshot

    def reversed(self) -> UndoRecord:
        return UndoRecord(self.after, self.before)


def scope(table: str, column: str, values: Iterable[Any]) -> Scope:
    return Scope(table, column, tuple(sorted(set(values))))


def dependents(table: str, ids: Iterable[int]) -> list[Scope]:
    """The rows of ``table`` with these ids and every row pointing at them by a foreign key."""
    values = tuple(sorted(set(ids)))
    scopes = [Scope(table, _pk(_table(table)), values)]
    for other in Base.metadata.sorted_tables:
        for fk in other.foreign_keys:
            if fk.column.table.name == table:
                scopes.append(Scope(other.name, fk.parent.name, values))
    return scopes


def take(session: Session, scopes: Sequence[Scope],
         keys: dict[str, set[Any]] | None = None) -> Snapshot:
    """Read every row in ``scopes`` and the rows of ``keys`` (flushing pending changes first)."""
    session.flush()
    rows: dict[str, dict[Any, Row]] = {}
    wanted = [(sc.table, sc.column, sc.values) for sc in scopes]
    for name, pks in (keys or {}).items():
        wanted.append((name, _pk(_table(name)), tuple(sorted(pks))))
    for name, column, values in wanted:
        table = _table(name)
        pk = _pk(table)
        found = rows.setdefault(name, {})
        for start in range(0, len(values), CHUNK):
            query = select(table).where(table.c[column].in_(values[start:start + CHUNK]))
            for row in session.execute(query).mappings():
                found[row[pk]] = dict(row)
    return Snapshot(tuple(scopes), rows)


def after(session: Session, before: Snapshot) -> UndoRecord:
    """The record of a unit of work whose rows were ``before`` when it began."""
    return UndoRecord(before, take(session, before.scopes, before.keys()))


def extended(before: Snapshot, scopes: Sequence[Scope]) -> Snapshot:
    """``before`` with more scopes whose rows the unit of work made (none were there)."""
    return Snapshot(before.scopes + tuple(scopes), before.rows)


def created(session: Session, scopes: Sequence[Scope]) -> UndoRecord:
    """The record of a unit of work that made the rows in ``scopes`` (none were there before)."""
    return UndoRecord(Snapshot(tuple(scopes), {}), take(session, scopes))


def restore(session: Session, record: UndoRecord) -> None:
    """Put the journal back to ``record.before``; refused when the rows changed since."""
    keys = record.after.keys()
    for name, pks in record.before.keys().items():
        keys.setdefault(name, set()).update(pks)
    now = take(session, record.after.scopes, keys)
    if _rows(now) != _rows(record.after):
        raise UserError("this can no longer be undone: the same entries were changed since")
    order = [t for t in Base.metadata.sorted_tables if t.name in now.rows]
    # Rows to bring back are inserted parents first, then changed rows are written back
    # (children move to their old parent before anything is deleted: a delete cascades),
    # then what the operation made is deleted, children first.
    relink: list[tuple[Table, Row]] = []
    for table in order:
        relink += _insert_missing(session, table, record.before.rows.get(table.name, {}),
                                  now.rows[table.name])
    for table in order:
        _update_changed(session, table, record.before.rows.get(table.name, {}),
                        now.rows[table.name])
    for table, row in relink:
        # The whole row, not just the link: a partial UPDATE would let the model's
        # onupdate (updated_at) change the row, and the redo would find it "changed since".
        pk = _pk(table)
        session.execute(update(table).where(table.c[pk] == row[pk]).values(row))
    for table in reversed(order):
        made = sorted(set(now.rows[table.name]) - set(record.before.rows.get(table.name, {})))
        pk = _pk(table)
        for start in range(0, len(made), CHUNK):
            session.execute(delete(table).where(table.c[pk].in_(made[start:start + CHUNK])))
    session.flush()
    session.expire_all()  # the ORM must not keep the values it read before


def _self_links(table: Table) -> list[str]:
    """Columns pointing at the same table (a contact's introducer)."""
    return [fk.parent.name for fk in table.foreign_keys if fk.column.table is table]


def _insert_missing(session: Session, table: Table, before: dict[Any, Row],
                    now: dict[Any, Row]) -> list[tuple[Table, Row]]:
    """Insert the rows the operation deleted; those linking to their own table are
    inserted unlinked (the row they point at may come later) and returned to relink."""
    links = _self_links(table)
    relink = []
    for key, row in before.items():
        if key in now:
            continue
        values = dict(row)
        if any(values.get(name) is not None for name in links):
            relink.append((table, row))
            values.update(dict.fromkeys(links))
        session.execute(insert(table).values(values))
    return relink


def _update_changed(session: Session, table: Table, before: dict[Any, Row],
                    now: dict[Any, Row]) -> None:
    pk = _pk(table)
    for key, row in before.items():
        if key in now and row != now[key]:
            session.execute(update(table).where(table.c[pk] == key).values(row))


def _rows(snapshot: Snapshot) -> dict[str, dict[Any, Row]]:
    return {name: rows for name, rows in snapshot.rows.items() if rows}


def _table(name: str) -> Table:
    return Base.metadata.tables[name]


def _pk(table: Table) -> str:
    (column,) = table.primary_key.columns
    return column.name
