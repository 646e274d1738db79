"""What the user typed for a contact or a chat, and the checks before it is saved."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from networkjournal.core.validation import is_valid_email, is_valid_url
from networkjournal.core.vocabulary import (
    Direction,
    InteractionKind,
    InteractionStatus,
    RelationshipStage,
    Source,
)


@dataclass
class ContactDraft:
    """Every editable field of a contact, as plain values."""

    first_name: str = ""
    last_name: str = ""
    company: str = ""
    title: str = ""
    email: str = ""
    phone: str = ""
    linkedin_url: str = ""
    source: str = Source.OTHER.value
    introduced_by_id: int | None = None
    tags: str = ""
    research_notes: str = ""
    notes: str = ""
    cadence_days: int | None = None
    stage: str = RelationshipStage.IDENTIFIED.value
    connected_on: date | None = None


# Problems are codes, not sentences: the UI words them through tr().
NAME_MISSING = "name_missing"
EMAIL_INVALID = "email_invalid"
URL_INVALID = "url_invalid"


def contact_problems(draft: ContactDraft) -> dict[str, str]:
    """field name -> problem code; empty when the draft can be saved."""
    problems: dict[str, str] = {}
    # A name needs a letter or a digit: spaces or a pasted zero-width character are no name.
    if not any(ch.isalnum() for ch in draft.first_name + draft.last_name):
        problems["first_name"] = NAME_MISSING
    if draft.email.strip() and not is_valid_email(draft.email):
        problems["email"] = EMAIL_INVALID
    if draft.linkedin_url.strip() and not is_valid_url(draft.linkedin_url):
        problems["linkedin_url"] = URL_INVALID
    return problems


CHAT_DONE_IN_FUTURE = "done_in_future"


def chat_problems(draft: ChatDraft, now_utc: datetime) -> list[str]:
    """Problem codes of a chat entry; a chat marked done cannot lie ahead (a day of slack
    for time zones)."""
    if draft.status == InteractionStatus.DONE and draft.occurred_at > now_utc + timedelta(days=1):
        return [CHAT_DONE_IN_FUTURE]
    return []


@dataclass
class ChatDraft:
    """One chat-log entry as the user typed it; ``occurred_at`` is naive UTC."""

    kind: str = InteractionKind.COFFEE_CHAT.value
    status: str = InteractionStatus.DONE.value
    direction: str = Direction.OUTGOING.value
    occurred_at: datetime = field(default_factory=lambda: datetime(2000, 1, 1))
    summary: str = ""
    notes: str = ""
    follow_up_on: date | None = None
