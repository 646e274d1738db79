"""The wins log: good news kept with its date, newest first."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from networkjournal.store.models import Win


@dataclass(frozen=True)
class WinRow:
    id: int
    happened_on: date
    text: str


def recent_wins(session: Session, limit: int = 200) -> list[WinRow]:
    """The newest ``limit`` wins, newest first (the order they were noted breaks ties)."""
    rows = session.execute(select(Win.id, Win.happened_on, Win.text)
                           .order_by(Win.happened_on.desc(), Win.id.desc()).limit(limit))
    return [WinRow(*row) for row in rows]


def add_win_row(session: Session, happened_on: date, text: str, uid: str) -> int:
    win = Win(happened_on=happened_on, text=text, uid=uid)
    session.add(win)
    session.flush()
    return win.id
