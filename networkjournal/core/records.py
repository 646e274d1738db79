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
    """One chat-log entry read from our own chats.csv or a LinkedIn archive."""

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
    # A LinkedIn archive names people by their profile: the contact is found by it.
    contact_url: str | None = None


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


@dataclass(frozen=True, slots=True)
class Remark:
    """Something a reader noticed that the import summary should say (not a row): a kind,
    its numbers and names, worded by the CLI here and by the GUI in the user's language."""

    kind: str  # one of REMARKS
    count: int = 0
    total: int = 0
    names: tuple[str, ...] = ()

    @property
    def text(self) -> str:
        n = self.count
        if self.kind == NOTES_ASKING_TIME:
            return f"{n} of your {self.total} connection notes asked for a coffee or a call"
        if self.kind == GROUP_MESSAGES_LEFT_OUT:
            return (f"{n} message{'' if n == 1 else 's'} you sent to groups "
                    f"{'was' if n == 1 else 'were'} left out (not personal outreach)")
        if self.kind == HISTORY_READ:
            return (f"into the chat log: {self.count} connection requests, {self.total} "
                    f"conversation-days of messages ({self.names[0]} messages)")
        if self.kind == FILES_IGNORED:
            shown = ", ".join(self.names[:6]) + (", …" if len(self.names) > 6 else "")
            return f"ignored: {shown}"
        return "your own profile could not be found in the archive: messages were left out"


NOTES_ASKING_TIME = "notes_asking_time"
GROUP_MESSAGES_LEFT_OUT = "group_messages_left_out"
FILES_IGNORED = "files_ignored"
NO_OWN_PROFILE = "no_own_profile"
HISTORY_READ = "history_read"  # count: requests, total: conversation-days, names: (messages,)
