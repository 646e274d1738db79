"""Follow-up scheduling: when the next step with a contact is due."""

from __future__ import annotations

from datetime import date, timedelta

from networkjournal.core.relationship import is_conversation
from networkjournal.core.vocabulary import REPLY_KINDS, Direction, InteractionKind


def next_follow_up(
    explicit_dates: list[date],
    last_interaction: date | None,
    cadence_days: int | None,
    next_planned: date | None = None,
) -> date | None:
    """The next date a contact is owed attention.

    The earliest open follow-up date the user set wins; a chat already planned
    is the next step too, and it answers the keep-in-touch cadence (which
    otherwise counts from the last interaction).
    """
    if explicit_dates:
        return min([*explicit_dates, *([next_planned] if next_planned else [])])
    if next_planned is not None:
        return next_planned
    if cadence_days and last_interaction is not None:
        return last_interaction + timedelta(days=cadence_days)
    return None


def is_overdue(due: date | None, today: date) -> bool:
    """A follow-up is overdue once its date has passed."""
    return due is not None and due < today


def answers_follow_ups(kind: str, status: str, direction: str) -> bool:
    """True when logging this interaction answers the follow-ups owed to the contact before
    it: a reply from them (a message, an e-mail), a conversation that happened, or the
    introduction they were asked for."""
    try:
        if is_conversation(kind, status):
            return True
        if status == "done" and InteractionKind(kind) is InteractionKind.INTRODUCTION:
            return True
        return (status == "done" and InteractionKind(kind) in REPLY_KINDS
                and Direction(direction) is Direction.INCOMING)
    except ValueError:
        return False
