"""One line of the contacts table as plain data, made from the values a query returns.

Kept free of SQLAlchemy: the first screenful at start-up is read with sqlite3 alone
(``store/first_screen.py``) and must build the very same rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from networkjournal.core.followups import next_follow_up
from networkjournal.core.validation import fold, full_name
from networkjournal.store.driver_values import DayOf


@dataclass(slots=True)
class ContactRow:
    """One line of the contacts table: plain data, safe to hand to the UI thread."""

    id: int
    name: str
    company: str
    title: str
    source: str
    stage: str
    last_interaction: date | None
    next_follow_up: date | None
    archived: bool
    search_text: str  # folded name/company/title/email/tags/notes, for search as you type


class ContactRowMaker:
    """Builds ContactRows from (id, first, last, company, title, email, source, stage,
    archived, notes, tags, cadence, last done chat, next open follow-up, next planned chat).

    Companies, titles, stages and dates repeat across thousands of people: one shared
    object per value keeps 30,000 rows in a fraction of the memory.
    """

    def __init__(self) -> None:
        self._share: dict[Any, Any] = {}
        self._day = DayOf()

    def __call__(self, cid: int, first: str, last: str, company: str, title: str, email: str,
                 source: str, stage: str, archived: object, notes: str, tags: str,
                 cadence: int | None, last_at: object, due: object,
                 planned_at: object) -> ContactRow:
        one, day = self._share.setdefault, self._day
        name = full_name(first, last)
        last_day = day[last_at]
        due_day = day[due]
        next_due = next_follow_up([due_day] if due_day else [], last_day, cadence,
                                  day[planned_at])
        return ContactRow(
            cid, name, one(company, company), one(title, title), one(source, source),
            one(stage, stage), last_day, one(next_due, next_due), bool(archived),
            fold(" ".join((name, company, title, email, tags, notes))),
        )
