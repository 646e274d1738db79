"""What is due today: follow-ups, chats to hold or to close, thank-yous owed, people to keep
in touch with, connection requests left unanswered, stale opportunities.

Pure rules over plain facts the store reads (``TodayFacts``); every date is a local day.
An item snoozed until a later day is left out until then.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum

THANK_YOU_WITHIN_DAYS = 14  # a thank-you owed for a chat older than this is moot
PENDING_REQUEST_DAYS = 14  # a connection request unanswered this long deserves a look


class Due(StrEnum):
    """Kinds of item, in the order a day's list shows them when due the same day."""

    CLOSE_CHAT = "close_chat"  # a planned chat whose day has passed: did it happen?
    CHAT_TODAY = "chat_today"
    FOLLOW_UP = "follow_up"
    THANK_YOU = "thank_you"
    KEEP_IN_TOUCH = "keep_in_touch"
    PENDING_REQUEST = "pending_request"
    STALE = "stale"


ORDER = {kind: n for n, kind in enumerate(Due)}


@dataclass(frozen=True, slots=True)
class DueItem:
    kind: Due
    day: date  # when it became due
    name: str  # the contact, or "Company — role" for an opportunity
    contact_id: int | None = None
    interaction_id: int | None = None
    opportunity_id: int | None = None

    @property
    def key(self) -> str:
        """What a snooze is remembered by (a planned chat by one name, today or past)."""
        target = self.interaction_id or self.opportunity_id or self.contact_id
        kind = "planned" if self.kind in (Due.CHAT_TODAY, Due.CLOSE_CHAT) else self.kind.value
        return f"{kind}:{target}"

    def overdue(self, today: date) -> bool:
        return self.day < today


@dataclass
class TodayFacts:
    """Plain facts read from the journal (days already local)."""

    # (interaction id, contact id, name, follow-up day)
    follow_ups: list[tuple[int, int, str, date]] = field(default_factory=list)
    # (interaction id, contact id, name, day of the planned chat)
    planned: list[tuple[int, int, str, date]] = field(default_factory=list)
    # (contact id, name, day of their last chat held, day of the last thank-you or None)
    held: list[tuple[int, str, date, date | None]] = field(default_factory=list)
    # (contact id, name, day the keep-in-touch cadence comes due)
    cadence: list[tuple[int, str, date]] = field(default_factory=list)
    # (interaction id, contact id, name, day the request was sent), still unanswered
    requests: list[tuple[int, int, str, date]] = field(default_factory=list)
    # (opportunity id, "Company — role", day it went stale)
    stale: list[tuple[int, str, date]] = field(default_factory=list)
    snoozed: dict[str, date] = field(default_factory=dict)  # item key -> hidden until


def due_items(facts: TodayFacts, today: date) -> list[DueItem]:
    """Everything due on or before ``today``, oldest first, snoozed items left out."""
    items: list[DueItem] = []
    for interaction_id, contact_id, name, day in facts.follow_ups:
        if day <= today:
            items.append(DueItem(Due.FOLLOW_UP, day, name, contact_id, interaction_id))
    for interaction_id, contact_id, name, day in facts.planned:
        if day <= today:
            kind = Due.CHAT_TODAY if day == today else Due.CLOSE_CHAT
            items.append(DueItem(kind, day, name, contact_id, interaction_id))
    for contact_id, name, held_on, thanked_on in facts.held:
        owed = held_on + timedelta(days=1)  # proposed for the day after the chat
        recent = today - held_on <= timedelta(days=THANK_YOU_WITHIN_DAYS)
        if owed <= today and recent and (thanked_on is None or thanked_on < held_on):
            items.append(DueItem(Due.THANK_YOU, owed, name, contact_id))
    for contact_id, name, day in facts.cadence:
        if day <= today:
            items.append(DueItem(Due.KEEP_IN_TOUCH, day, name, contact_id))
    for interaction_id, contact_id, name, sent in facts.requests:
        due = sent + timedelta(days=PENDING_REQUEST_DAYS)
        if due <= today:
            items.append(DueItem(Due.PENDING_REQUEST, due, name, contact_id, interaction_id))
    for opportunity_id, label, since in facts.stale:
        items.append(DueItem(Due.STALE, min(since, today), label, opportunity_id=opportunity_id))
    visible = [item for item in items if facts.snoozed.get(item.key, today) <= today]
    visible.sort(key=lambda item: (item.day, ORDER[item.kind], item.name.casefold()))
    return visible


DAY_STARTS_AT = 8  # local hour: a day's reminder never arrives in the middle of the night


def should_remind(last_reminded: date | None, now: datetime, due: int) -> bool:
    """True when the day's reminder is owed: something is due, the day has started, and no
    reminder was shown yet today (restarting the app does not repeat it)."""
    return due > 0 and now.hour >= DAY_STARTS_AT and last_reminded != now.date()
