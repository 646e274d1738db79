"""Plain records that parsers yield and the store's import writes (no SQL, no Qt)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

# A stage history entry: (stage, when, set by hand).
StageStep = tuple[str, datetime, bool]


@dataclass(slots=True)
class ContactRecord:
    """One person read from a file.

    ``None`` means "the file does not say" (keep what the journal has);
    ``""`` from our own CSV means "empty" (clear it). Foreign formats give
    ``None`` for blank cells so a sparse export never wipes known facts.
    """

    line: int
    first_name: str | None = None
    last_name: str | None = None
    uid: str | None = None
    company: str | None = None
    title: str | None = None
    email: str | None = None
    phone: str | None = None
    linkedin_url: str | None = None
    source: str | None = None
    stage: str | None = None
    introduced_by: str | None = None
    introduced_by_uid: str | None = None
    connected_on: date | None = None
    tags: str | None = None
    notes: str | None = None
    research_notes: str | None = None
    cadence_days: int | None = None
    archived: bool | None = None
    created_at: datetime | None = None
    stage_history: list[StageStep] | None = None
    # Further emails/phones from the file: only used to find the person again.
    other_emails: tuple[str, ...] | list[str] = ()
    other_phones: tuple[str, ...] | list[str] = ()
    # Our own CSV is the journal itself: it may clear fields and rebuild history.
    authoritative: bool = False

    @property
    def full_name(self) -> str:
        return f"{self.first_name or ''} {self.last_name or ''}".strip()


@dataclass(slots=True)
class ChatRecord:
    """One chat-log entry read from our own chats.csv."""

    line: int
    uid: str | None
    contact_uid: str | None
    contact_name: str
    kind: str
    status: str
    direction: str
    occurred_at: datetime
    summary: str
    notes: str
    follow_up_on: date | None
    follow_up_done_on: date | None
    created_at: datetime | None = None


@dataclass(slots=True)
class OpportunityRecord:
    """One opportunity read from our own pipeline.csv."""

    line: int
    uid: str | None
    company: str
    role: str
    channel: str
    stage: str
    referrer_uid: str | None
    referrer_name: str
    applied_on: date | None
    url: str
    notes: str
    stage_history: list[tuple[str, datetime]] | None = None
    created_at: datetime | None = None


@dataclass(slots=True)
class Rejected:
    """A row the import did not take, with the line the user can look up."""

    line: int
    reason: str
    name: str = ""
    kind: str = "contact"
