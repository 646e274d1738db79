"""Operations on the journal's settings: weekly goals, stale days, imported message text."""

from __future__ import annotations

from networkjournal.core.changes import Action, Changes, Kind
from networkjournal.core.metrics import Goals
from networkjournal.errors import UserError
from networkjournal.io.linkedin_history import TEXT_CHOICES, TEXT_WHOLE
from networkjournal.store.journal import Journal
from networkjournal.store.metrics_query import store_goals
from networkjournal.store.opportunities import set_stale_days as store_stale_days
from networkjournal.store.settings import get_setting, set_setting


def save_goals(journal: Journal, goals: Goals) -> Changes:
    with journal.transaction() as session:
        store_goals(session, goals)
    return Changes(Action.SETTINGS, frozenset({Kind.SETTINGS}))


def set_stale_days(journal: Journal, days: int) -> Changes:
    with journal.transaction() as session:
        store_stale_days(session, days)
    # Stale marks are drawn on the cards: the boards reload.
    return Changes(Action.SETTINGS, frozenset({Kind.SETTINGS, Kind.OPPORTUNITIES}))


MESSAGE_TEXT = "import/message_text"  # whole, summary or none


def message_text(journal: Journal) -> str:
    """What an imported LinkedIn message keeps of its text (whole unless the user chose)."""
    with journal.read() as session:
        value = get_setting(session, MESSAGE_TEXT, TEXT_WHOLE)
    return value if value in TEXT_CHOICES else TEXT_WHOLE


def set_message_text(journal: Journal, value: str) -> Changes:
    if value not in TEXT_CHOICES:
        raise UserError(f"message text is one of {', '.join(TEXT_CHOICES)}, not {value!r}")
    with journal.transaction() as session:
        set_setting(session, MESSAGE_TEXT, value)
    return Changes(Action.SETTINGS, frozenset({Kind.SETTINGS}))
