"""Planned chats and open follow-ups as an iCalendar (.ics) file for the user's calendar."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, timedelta
from pathlib import Path

from icalendar import Calendar, Event

from networkjournal import __version__
from networkjournal.core.clock import utcnow
from networkjournal.core.progress import NO_PROGRESS, Progress
from networkjournal.core.vocabulary import InteractionKind, InteractionStatus
from networkjournal.durable import private_part, publish
from networkjournal.errors import UserError
from networkjournal.store.chats import calendar_entries
from networkjournal.store.journal import Journal

# Calendar text is data, not UI: it stays in English like the rest of the file.
KIND_TITLES = {
    InteractionKind.COFFEE_CHAT: "Coffee chat",
    InteractionKind.CALL: "Call",
    InteractionKind.LUNCH: "Lunch",
    InteractionKind.MEETING: "Meeting",
    InteractionKind.MESSAGE: "Message",
    InteractionKind.EMAIL: "Email",
    InteractionKind.CONNECTION_REQUEST: "Connection request",
    InteractionKind.INTRODUCTION: "Introduction",
    InteractionKind.REFERRAL: "Referral",
    InteractionKind.THANK_YOU: "Thank-you",
    InteractionKind.NOTE: "Note",
}
DURATION = {InteractionKind.LUNCH: 90, InteractionKind.CALL: 30}


@dataclass
class IcsResult:
    path: Path
    events: int

    def line(self) -> str:
        return f"exported {self.events} calendar events to {self.path}"


def build_calendar(journal: Journal) -> tuple[Calendar, int]:
    cal = Calendar()
    cal.add("prodid", f"-//Network Journal {__version__}//EN")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", "Network Journal")
    stamp = utcnow().replace(tzinfo=UTC)
    count = 0
    with journal.read() as session:
        entries = calendar_entries(session)
    for chat in entries:
        name = chat.name
        kind = InteractionKind(chat.kind)
        details = "\n\n".join(t for t in (chat.summary, chat.notes) if t)
        if chat.status == InteractionStatus.PLANNED.value:
            event = Event()
            event.add("uid", f"{chat.uid}@networkjournal")
            event.add("dtstamp", stamp)
            start = chat.occurred_at.replace(tzinfo=UTC)
            event.add("dtstart", start)
            event.add("dtend", start + timedelta(minutes=DURATION.get(kind, 60)))
            event.add("summary", f"{KIND_TITLES[kind]} with {name}")
            if details:
                event.add("description", details)
            cal.add_component(event)
            count += 1
        if chat.follow_up_on is not None and chat.follow_up_done_on is None:
            event = Event()
            event.add("uid", f"follow-up-{chat.uid}@networkjournal")
            event.add("dtstamp", stamp)
            event.add("dtstart", chat.follow_up_on)
            event.add("dtend", chat.follow_up_on + timedelta(days=1))
            event.add("summary", f"Follow up with {name}")
            event.add("description", f"After: {KIND_TITLES[kind].lower()}. {details}".strip())
            event.add("transp", "TRANSPARENT")
            cal.add_component(event)
            count += 1
    return cal, count


def export_ics(journal: Journal, path: Path, progress: Progress = NO_PROGRESS) -> IcsResult:
    """Write the calendar to ``path`` (atomically)."""
    progress.report(0, 0, "")
    cal, count = build_calendar(journal)
    path = Path(path)
    tmp = path.with_name(f".{path.name}.part")
    try:
        tmp = private_part(path)
        tmp.write_bytes(cal.to_ical())
        publish(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise UserError(f"cannot write {path}: {exc.strerror or exc}") from None
    return IcsResult(path, count)
