"""The user's own coffee-chat questions, kept in the journal's settings (one row each)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from networkjournal.store.models import Setting

QUESTION_PREFIX = "question:"


def own_questions(session: Session) -> list[str]:
    """The questions the user added, oldest first (keys start with the time of adding)."""
    rows = session.execute(select(Setting.value)
                           .where(Setting.key.startswith(QUESTION_PREFIX, autoescape=True))
                           .order_by(Setting.key))
    return [value for (value,) in rows]
