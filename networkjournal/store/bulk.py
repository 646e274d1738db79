"""Fast paths for large imports: bulk inserts at DBAPI speed and cheap match-key normal forms.

Each function gives exactly what the general code would (tests compare them);
they exist because a 30,000-row import calls them 30,000 times.
"""

from __future__ import annotations

import os
import re
import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from functools import lru_cache
from operator import itemgetter
from typing import Any

from sqlalchemy import Dialect, Select, Table, insert
from sqlalchemy.orm import Session

from networkjournal.core.validation import fold as _fold
from networkjournal.core.validation import normalize_linkedin_url as _normalize_url

_USUAL = "https://www.linkedin.com/"  # what LinkedIn's own export writes
_PREFIXES = ("https://www.linkedin.com/", "http://www.linkedin.com/", "https://linkedin.com/",
             "http://linkedin.com/", "www.linkedin.com/", "linkedin.com/")  # fmt: skip
# urlsplit would cut these off or strip them: leave such URLs to it.
_PLAIN_PATH = re.compile(r"^[^?#;\s\x00-\x1f\x7f]*$")
_MEMO_LIMIT = 50_000
# The RFC 9562 variant (binary 10xx) from a random hex digit: its two low bits kept.
_VARIANT = {digit: "89ab"[int(digit, 16) & 3] for digit in "0123456789abcdef"}


def linkedin_key(text: str | None) -> str:
    """normalize_linkedin_url, without urlsplit for the usual profile URL.

    A value urlsplit refuses ('[' reads as a broken IPv6 host) is kept lower-cased
    instead of failing the whole import.
    """
    if not text:
        return ""
    if text.startswith(_USUAL):  # the usual case, without lower-casing the scheme and host
        rest = text[len(_USUAL) - 1 :]
        if _PLAIN_PATH.match(rest):  # no whitespace: nothing to strip either
            return "linkedin.com" + rest.rstrip("/").lower()
    stripped = text.strip()
    lowered = stripped.lower()
    if lowered.startswith(_PREFIXES):
        rest = stripped[lowered.index("linkedin.com/") + len("linkedin.com") :]
        if _PLAIN_PATH.match(rest):
            return "linkedin.com" + rest.rstrip("/").lower()
    try:
        return _normalize_url(stripped)
    except ValueError:
        return lowered


class Folder:
    """fold() with a memo (companies repeat) and an ASCII shortcut (no accents to strip)."""

    def __init__(self) -> None:
        self._memo: dict[str, str] = {}

    def __call__(self, text: str | None) -> str:
        if not text:
            return ""
        if text.isascii():
            return text.casefold()
        found = self._memo.get(text)
        if found is None:
            found = self._memo[text] = _fold(text)
            if len(self._memo) > _MEMO_LIMIT:  # names rarely repeat; keep the memo bounded
                self._memo.clear()
        return found


class UidMaker:
    """Time-ordered UUIDs (version 7, RFC 9562) for rows made by the thousand.

    A random uuid4 lands anywhere in the uid index: 30,000 of them touch pages all over
    it, and the import's inserts took half again as long as with uids in order. A
    version-7 uid starts with the millisecond it was made and a counter, so the uids of
    one import follow each other at the end of the index. Still a standard UUID, unique
    (62 random bits each), and no new information: the row keeps its creation time anyway.
    """

    def __init__(self) -> None:
        self._millis = 0
        self._counter = 0
        self._pending: list[str] = []

    def next(self) -> str:
        if not self._pending:
            self._pending = self._batch(256)
        return self._pending.pop()

    def _batch(self, count: int) -> list[str]:
        millis = max(time.time_ns() // 1_000_000, self._millis)
        counter = self._counter
        if millis != self._millis:
            counter = -1  # a new millisecond: its first uid counts 0
        # 15 random hex digits (60 bits) per uid, plus 2 in the variant digit: 62 bits.
        random_hex = os.urandom(8 * count).hex()
        made = []
        head = ""
        for n in range(count):
            counter += 1
            if counter > 0xFFF:  # 4,096 uids in this millisecond: on to the next one
                millis, counter, head = millis + 1, 0, ""
            if not head:
                stamp = f"{millis:012x}"
                head = f"{stamp[:8]}-{stamp[8:]}-7"
            tail = random_hex[16 * n : 16 * n + 16]
            made.append(f"{head}{counter:03x}-{_VARIANT[tail[0]]}{tail[1:4]}-{tail[4:]}")
        self._millis, self._counter = millis, counter
        made.reverse()  # popped from the end: handed out in increasing order
        return made


def bulk_insert(session: Session, table: Table, rows: Iterable[dict]) -> None:
    """INSERT rows given as dicts (all with the same keys); see bulk_insert_rows."""
    rows = list(rows)
    if rows:
        keys = tuple(rows[0])
        getter = itemgetter(*keys)
        values = [getter(r) for r in rows] if len(keys) > 1 else [(getter(r),) for r in rows]
        bulk_insert_rows(session, table, keys, values)


def bulk_insert_rows(
    session: Session,
    table: Table,
    columns: Sequence[str],
    rows: Iterable[Sequence],
    converted: dict[str, dict] | None = None,
) -> None:
    """INSERT many rows (tuples in ``columns`` order) with one DBAPI executemany.

    The statement is compiled for the session's dialect (portable SQL) and each
    value goes through its column type's bind processor, as SQLAlchemy would;
    skipping SQLAlchemy's per-row parameter bookkeeping makes big imports ~2x faster.
    Dates and timestamps repeat: each distinct value is converted once, column by
    column, and ``converted`` (column key -> {value: bound value}) keeps those
    conversions across calls of one import.
    """
    rows = list(rows)
    if not rows:
        return
    conn = session.connection()
    plan = _insert_plan(table, tuple(columns), conn.dialect)
    sql, order, reorder, processors, positional, as_given = plan
    if as_given:
        conn.exec_driver_sql(sql, [tuple(row) for row in rows])
        return
    # Column by column: zip(*rows) transposes at C speed.
    by_column = list(zip(*rows, strict=True))
    values: list[Sequence] = []
    for name, index, proc in zip(order, reorder, processors, strict=True):
        column = by_column[index]
        if proc is None:
            values.append(column)
            continue
        memo = {} if converted is None else converted.setdefault(f"{table.name}.{name}", {})
        for value in set(column).difference(memo):
            memo[value] = None if value is None else proc(value)
        values.append(list(map(memo.__getitem__, column)))
        if len(memo) > _MEMO_LIMIT:  # distinct timestamps (our own CSV): stay bounded
            memo.clear()
    if positional:
        params: list = list(zip(*values, strict=True))
    else:
        params = [dict(zip(order, row, strict=True)) for row in zip(*values, strict=True)]
    conn.exec_driver_sql(sql, params)


@lru_cache(maxsize=64)
def _insert_plan(table: Table, columns: tuple[str, ...], dialect: Dialect) -> tuple:
    """The INSERT of ``columns`` compiled for ``dialect``, once per import rather than per
    batch: (SQL, parameter order, each one's index in a row, bind processors, positional?,
    rows usable as given?)."""
    compiled = insert(table).compile(dialect=dialect, column_keys=list(columns))
    position = {name: i for i, name in enumerate(columns)}
    positional = bool(compiled.positional)
    order = list(compiled.positiontup or []) if positional else list(columns)
    reorder = [position[name] for name in order]
    # dialect_impl: the generic DateTime has no processor; SQLite's own type has.
    processors = [table.c[name].type.dialect_impl(dialect).bind_processor(dialect)
                  for name in order]
    as_given = positional and reorder == list(range(len(columns))) and not any(processors)
    return str(compiled), order, reorder, processors, positional, as_given


def fetch_rows(session: Session, query: Select, size: int = 2000) -> Iterator[tuple]:
    """Rows of ``query`` straight from the DBAPI cursor, in batches.

    The query is compiled for the session's dialect (portable SQL); skipping
    SQLAlchemy's Row objects and type processing roughly halves the cost of
    reading 30,000 rows. Values come back as the driver gives them (SQLite:
    dates as text, booleans as 0/1).
    """
    conn = session.connection()
    # render_postcompile: an IN (...) of a list becomes its parameters, as execute() does.
    compiled = query.compile(dialect=conn.dialect, compile_kwargs={"render_postcompile": True})
    # .params builds the whole mapping anew at each access: read it once (an IN of 500
    # ids read it 500 times, a quarter of reading the rows back).
    by_name = compiled.params
    params: Sequence[Any] | Mapping[str, Any] = by_name
    if compiled.positional:
        params = tuple(by_name[name] for name in compiled.positiontup or ())
    cursor = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.execute(str(compiled), params)
        while batch := cursor.fetchmany(size):
            yield from batch
    finally:
        cursor.close()
