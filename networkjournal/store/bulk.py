"""Fast paths for large imports: bulk inserts at DBAPI speed and cheap match-key normal forms.

Each function gives exactly what the general code would (tests compare them);
they exist because a 30,000-row import calls them 30,000 times.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from operator import itemgetter

from sqlalchemy import Table, insert
from sqlalchemy.orm import Session

from networkjournal.core.validation import fold as _fold
from networkjournal.core.validation import normalize_linkedin_url as _normalize_url

_PREFIXES = ("https://www.linkedin.com/", "http://www.linkedin.com/", "https://linkedin.com/",
             "http://linkedin.com/", "www.linkedin.com/", "linkedin.com/")  # fmt: skip
# urlsplit would cut these off or strip them: leave such URLs to it.
_PLAIN_PATH = re.compile(r"^[^?#;\s\x00-\x1f\x7f]*$")


def linkedin_key(text: str | None) -> str:
    """normalize_linkedin_url, without urlsplit for the usual profile URL.

    A value urlsplit refuses ('[' reads as a broken IPv6 host) is kept lower-cased
    instead of failing the whole import.
    """
    if not text:
        return ""
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
            if len(self._memo) > 50_000:  # names rarely repeat; keep the memo bounded
                self._memo.clear()
        return found


def bulk_insert(session: Session, table: Table, rows: Iterable[dict]) -> None:
    """INSERT many rows with one DBAPI executemany.

    The statement is compiled for the session's dialect (portable SQL) and each
    value goes through its column type's bind processor, as SQLAlchemy would;
    skipping SQLAlchemy's per-row parameter bookkeeping makes big imports ~2x faster.
    """
    rows = list(rows)
    if not rows:
        return
    conn = session.connection()
    dialect = conn.dialect
    keys = list(rows[0])
    compiled = insert(table).compile(dialect=dialect, column_keys=keys)
    procs = [(k, table.c[k].type.bind_processor(dialect)) for k in keys]
    order = list(compiled.positiontup or []) if compiled.positional else keys
    by_key = dict(procs)
    getter = itemgetter(*order)
    convert = [(i, by_key[k]) for i, k in enumerate(order) if by_key[k] is not None]
    params: list = []
    for row in rows:
        values = getter(row)
        if len(order) == 1:
            values = (values,)
        if convert:
            values = list(values)
            for i, proc in convert:
                values[i] = proc(values[i])
        params.append(
            tuple(values) if compiled.positional else dict(zip(order, values, strict=True))
        )
    conn.exec_driver_sql(str(compiled), params)
