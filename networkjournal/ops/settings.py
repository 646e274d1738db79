"""Operations on the journal's settings: weekly goals, days before a card is stale."""

from __future__ import annotations

from networkjournal.core.changes import Action, Changes, Kind
from networkjournal.core.metrics import Goals
from networkjournal.store.journal import Journal
from networkjournal.store.metrics_query import store_goals
from networkjournal.store.opportunities import set_stale_days as store_stale_days


def save_goals(journal: Journal, goals: Goals) -> Changes:
    with journal.transaction() as session:
        store_goals(session, goals)
    return Changes(Action.SETTINGS, frozenset({Kind.SETTINGS}))


def set_stale_days(journal: Journal, days: int) -> Changes:
    with journal.transaction() as session:
        store_stale_days(session, days)
    # Stale marks are drawn on the cards: the boards reload.
    return Changes(Action.SETTINGS, frozenset({Kind.SETTINGS, Kind.OPPORTUNITIES}))
