"""How an operation records its rows before and after, so its Changes can undo it."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy.orm import Session

from networkjournal.store import undo
from networkjournal.store.journal import Journal


@dataclass
class Unit:
    """One unit of work in progress: its session and, once it ends, its undo record."""

    session: Session
    record: undo.UndoRecord | None = None


@contextmanager
def recorded(journal: Journal, scopes: Sequence[undo.Scope]) -> Iterator[Unit]:
    """A transaction that reads ``scopes`` before and after its work (for Undo)."""
    with journal.transaction() as session:
        before = undo.take(session, scopes)
        unit = Unit(session)
        yield unit
        unit.record = undo.after(session, before)
