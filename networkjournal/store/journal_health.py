"""How sound a journal is: SQLite's integrity and foreign-key checks, worded for a person."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from networkjournal.errors import JournalDamaged
from networkjournal.store.environment import environment_error

if TYPE_CHECKING:
    from networkjournal.store.journal import Journal


def integrity_problems(journal: Journal) -> list[str]:
    """What `networkjournal check` reports: [] when the journal is sound."""
    problems: list[str] = []
    from networkjournal.store.journal import _current_revision, head_revision

    current, _ = _current_revision(journal.engine)
    with journal.engine.connect() as conn:
        if current != head_revision():
            problems.append(f"schema is {current}, expected {head_revision()}")
        if journal.engine.dialect.name == "sqlite":
            result = conn.execute(text("PRAGMA integrity_check")).scalars().all()
            if result != ["ok"]:
                problems.extend(f"integrity: {row}" for row in result)
            for row in conn.execute(text("PRAGMA foreign_key_check")).all():
                problems.append(f"foreign key: table {row[0]} row {row[1]} -> {row[2]}")
    return problems


def refuse_damaged(journal: Journal) -> None:
    """SQLite's quick check of every page (tens of milliseconds): damage anywhere is found
    when the window opens, not on the click that would reach it. JournalDamaged if any."""
    if journal.engine.dialect.name != "sqlite":
        return
    with journal.engine.connect() as conn:
        try:
            result = conn.execute(text("PRAGMA quick_check")).scalars().all()
        except DBAPIError as exc:
            raise (environment_error(exc, str(journal.path or "")) or exc) from None
    if result != ["ok"]:
        raise JournalDamaged(f"the journal file {journal.path} is damaged ({result[0]}); "
                             "nothing was changed, restore a copy you trust")
