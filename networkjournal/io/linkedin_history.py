"""A LinkedIn archive's Invitations.csv and messages.csv as chat-log entries: who the user is,
each invitation, and each conversation-day."""

from __future__ import annotations

import hashlib
import html
import re
import uuid
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime

from networkjournal.core.outreach import asks_for_time
from networkjournal.core.progress import RowTicker
from networkjournal.core.records import ChatRecord, Rejected
from networkjournal.core.vocabulary import Direction, InteractionKind, InteractionStatus
from networkjournal.io.linkedin_archive import Archive
from networkjournal.io.sniff import csv_rows
from networkjournal.store.bulk import linkedin_key

# What is kept of a message's text (a setting): private notes about real people stay on the
# user's machine either way; some prefer the journal not to hold them at all.
TEXT_WHOLE, TEXT_SUMMARY, TEXT_NONE = "whole", "summary", "none"
TEXT_CHOICES = (TEXT_WHOLE, TEXT_SUMMARY, TEXT_NONE)
SUMMARY_CHARS = 120
NOTES_CHARS = 20_000  # a whole conversation-day kept in one entry, at most
# uids made from what identifies an entry: the same archive, or a newer one, finds them again.
_NAMESPACE = uuid.UUID("6f0e4c1e-3d51-4a4e-9a53-2f3c0b7d9e10")
_PROFILE = re.compile(r"https?://[^\s,;]*linkedin\.com/in/[^\s,;]+", re.IGNORECASE)
_US_DATE = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{2,4}),?\s+(\d{1,2}):(\d{2})\s*([AaPp][Mm])?$")
_DRAFT_FOLDERS = {"draft", "drafts"}


def needs_fixing(text: str) -> bool:
    """Signs of HTML entities or of UTF-8 once read as Latin-1: most text has neither
    (four substring tests run faster than one regular expression here)."""
    return "&" in text or "Ã" in text or "Â" in text or "â€" in text
_NAMESPACE_BYTES = _NAMESPACE.bytes
_OUT, _IN = Direction.OUTGOING, Direction.INCOMING
_DONE = InteractionStatus.DONE.value


def fix_text(text: str) -> str:
    """Repair UTF-8 read as Latin-1 ("RenÃ©" → "René") and HTML entities ("&amp;")."""
    if not needs_fixing(text):
        return text
    if "&" in text:
        text = html.unescape(text)
    if "Ã" in text or "Â" in text or "â€" in text:
        import ftfy  # only for text that needs it: it takes a moment to load

        text = ftfy.fix_text(text)
    return text


def parse_sent_at(text: str) -> datetime | None:
    """"2024-01-15 14:30:00 UTC" or LinkedIn's US short form "10/3/23, 8:21 AM" (naive UTC)."""
    text = text.strip()
    if len(text) == 23 and text.endswith(" UTC"):  # the usual "2024-01-15 14:30:00 UTC"
        try:
            return datetime.fromisoformat(text[:19])
        except ValueError:
            return None
    if not text:
        return None
    try:
        if m := _US_DATE.match(text):
            month, day, year, hour, minute, half = m.groups()
            year_n = int(year) + (2000 if len(year) == 2 else 0)
            hour_n = int(hour)
            if half:  # 12 AM is midnight, 12 PM noon
                hour_n = hour_n % 12 + (12 if half.lower() == "pm" else 0)
            return datetime(year_n, int(month), int(day), hour_n, int(minute))
        value = datetime.fromisoformat(text.removesuffix("UTC").strip())
    except ValueError:
        return None
    if value.tzinfo is not None:
        value = value.astimezone(UTC).replace(tzinfo=None)
    return value


def profiles(cell: str) -> list[str]:
    """The profile URLs in a cell (RECIPIENT PROFILE URLS may hold several)."""
    return _PROFILE.findall(cell or "")


def split_name(full: str) -> tuple[str, str]:
    first, _, last = full.strip().partition(" ")
    return first, last.strip()


@dataclass
class Person:
    """Someone the archive names: their profile and the name it gives them."""

    key: str  # normalised profile URL
    url: str
    name: str


@dataclass
class History:
    """What Invitations.csv and messages.csv hold, read once."""

    me: str = ""  # the user's normalised profile URL
    people: dict[str, Person] = field(default_factory=dict)
    chats: list[ChatRecord] = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)
    notes_sent: int = 0
    notes_asking_time: int = 0
    group_messages_skipped: int = 0
    invitations: int = 0  # connection requests read (either way)
    messages: int = 0  # messages kept, gathered into conversation-days
    message_days: int = 0
    keys: _Keys = field(default_factory=lambda: _Keys())


class _Columns:
    """Column positions by name (LinkedIn renames and adds columns between archives)."""

    def __init__(self, header: tuple[str, ...]) -> None:
        self.index = {name: i for i, name in enumerate(header)}

    def at(self, *names: str) -> int:
        """The position of the first of ``names`` present (past any row when none is)."""
        return next((self.index[n] for n in names if n in self.index), 1 << 30)

    def get(self, row: list[str], *names: str) -> str:
        i = self.at(*names)
        return row[i] if i < len(row) else ""


class _Keys(dict[str, str]):
    """Profile URL → normalised key, each URL worked out once (a few people, many rows)."""

    def __missing__(self, url: str) -> str:
        key = self[url] = linkedin_key(url)  # normalize_linkedin_url, faster for the usual URL
        return key


SAMPLE_ROWS = 5000  # messages read to find the user before reading them all


def find_me(archive: Archive, keys: _Keys | None = None) -> str:
    """The user's profile: the side of the invitations they sent or received, else the
    profile present in (nearly) every conversation. "" when the archive cannot tell."""
    keys = keys if keys is not None else _Keys()
    if "invitations" in archive.members:
        found = archive.detect("invitations")
        cols = _Columns(found.header)
        sides: Counter[str] = Counter()
        with archive.open("invitations") as handle:
            for _line, row in csv_rows(handle, found, "Invitations.csv"):
                outgoing = cols.get(row, "direction").strip().upper() == "OUTGOING"
                mine = cols.get(row, "inviterprofileurl" if outgoing else "inviteeprofileurl")
                if mine.strip():
                    sides[keys[mine.strip()]] += 1
        if sides:  # an invitation names its sides: no need to read the messages
            return sides.most_common(1)[0][0]
    if "messages" in archive.members:
        found = archive.detect("messages")
        cols = _Columns(found.header)
        conv_i = cols.at("conversation id")
        sender_i, to_i = cols.at("sender profile url"), cols.at("recipient profile urls")
        members: dict[str, set[str]] = {}
        with archive.open("messages") as handle:
            for n, (_line, row) in enumerate(csv_rows(handle, found, "messages.csv"), 1):
                if len(row) <= max(conv_i, sender_i, to_i):
                    continue
                conversation = members.setdefault(row[conv_i], set())
                for url in (*profiles(row[sender_i]), *profiles(row[to_i])):
                    conversation.add(keys[url])
                if n == SAMPLE_ROWS and (me := _in_most(members)):
                    return me  # clear from the first rows: no need to read them all
        if me := _in_most(members):
            return me
    return ""


def _in_most(members: dict[str, set[str]]) -> str:
    """The key present in more than half the conversations, else ""."""
    seen = Counter(key for keys in members.values() for key in keys)
    if seen:
        key, count = seen.most_common(1)[0]
        if count * 2 > len(members):
            return key
    return ""


def read_history(archive: Archive, text: str = TEXT_WHOLE,
                 rows: RowTicker | None = None) -> History:
    """Every invitation and conversation-day of the archive, for the user found in it;
    ``rows`` counts the rows read (progress and Cancel)."""
    rows = rows or RowTicker()
    history = History()
    history.me = find_me(archive, history.keys)
    if "invitations" in archive.members:
        _read_invitations(archive, history, text, rows)
    if "messages" in archive.members and history.me:
        # Without knowing which side is the user's, no message can be given a direction.
        _read_messages(archive, history, text, rows)
    return history


def _person(history: History, url: str, name: str) -> Person | None:
    key = history.keys[url.strip()]
    if not key or key == history.me:
        return None
    person = history.people.get(key)
    if person is None:
        person = history.people[key] = Person(key, url.strip(), fix_text(name.strip()))
    elif not person.name and name.strip():
        person.name = fix_text(name.strip())
    return person


def _read_invitations(archive: Archive, history: History, text: str,
                      rows: RowTicker) -> None:
    found = archive.detect("invitations")
    cols = _Columns(found.header)
    with archive.open("invitations") as handle:
        for line, row in csv_rows(handle, found, "Invitations.csv"):
            rows.tick()
            outgoing = cols.get(row, "direction").strip().upper() == "OUTGOING"
            if outgoing:
                person = _person(history, cols.get(row, "inviteeprofileurl"), cols.get(row, "to"))
            else:
                person = _person(history, cols.get(row, "inviterprofileurl"),
                                 cols.get(row, "from"))
            when = parse_sent_at(cols.get(row, "sent at"))
            if person is None or when is None:
                what = "no profile" if person is None else "no date"
                history.rejected.append(Rejected(line, f"Invitations.csv: {what}",
                                                 cols.get(row, "to" if outgoing else "from"),
                                                 "chat"))
                continue
            note = fix_text(cols.get(row, "message")).strip()
            if outgoing and note:
                history.notes_sent += 1
                if asks_for_time(note):
                    history.notes_asking_time += 1
            direction = Direction.OUTGOING if outgoing else Direction.INCOMING
            summary = ("Connection request sent" if outgoing
                       else "Connection request from them")
            history.invitations += 1
            history.chats.append(_record(
                line, f"invitation:{person.key}:{direction.value}:{when.isoformat()}", person,
                InteractionKind.CONNECTION_REQUEST, direction, when,
                *_kept(summary, [note] if note else [], text)))


@dataclass
class _Day:
    """The messages of one conversation-day in one direction, for one person."""

    line: int
    person: Person
    direction: Direction
    first: datetime
    count: int = 0
    texts: list[str] = field(default_factory=list)
    size: int = 0


def _read_messages(archive: Archive, history: History, text: str, rows: RowTicker) -> None:
    found = archive.detect("messages")
    cols = _Columns(found.header)
    conv_i, from_i, sender_i = (cols.at("conversation id"), cols.at("from"),
                                cols.at("sender profile url"))
    to_i, recipients_i, date_i = cols.at("to"), cols.at("recipient profile urls"), cols.at("date")
    content_i, folder_i, draft_i = (cols.at("content"), cols.at("folder"),
                                    cols.at("is message draft"))
    width = len(found.header)
    padding = [""] * (width + 1)
    keys, me = history.keys, history.me
    days: dict[tuple[str, str, str, Direction], _Day] = {}
    with archive.open("messages") as handle:
        for line, row in csv_rows(handle, found, "messages.csv"):
            rows.tick()
            if len(row) <= width:
                row = row + padding[: width + 1 - len(row)]
            folder = row[folder_i].strip().lower() if folder_i < width else ""
            draft = draft_i < width and row[draft_i].strip().lower() in ("true", "yes", "1")
            if folder in _DRAFT_FOLDERS or draft:
                continue  # never sent
            when = parse_sent_at(row[date_i]) if date_i < width else None
            sender = profiles(row[sender_i]) if sender_i < width else []
            if when is None or not sender:
                history.rejected.append(Rejected(line, "messages.csv: no date or no sender",
                                                 cols.get(row, "from"), "chat"))
                continue
            if keys[sender[0]] == me:
                others = [u for u in profiles(row[recipients_i] if recipients_i < width else "")
                          if keys[u] != me]
                if len(others) != 1:
                    # A message to a group was not personal outreach to anyone in it.
                    history.group_messages_skipped += 1
                    continue
                names = row[to_i] if to_i < width else ""
                person = _person(history, others[0], names if "," not in names else "")
                direction = _OUT
            else:
                person = _person(history, sender[0], row[from_i] if from_i < width else "")
                direction = _IN
            if person is None:
                continue
            key = (row[conv_i] if conv_i < width else "", str(when.date()), person.key,
                   direction)
            day = days.get(key)
            if day is None:
                day = days[key] = _Day(line, person, direction, when)
            elif when < day.first:
                day.first = when
            day.count += 1
            history.messages += 1
            content = fix_text(row[content_i]).strip() if content_i < width else ""
            if content and text != TEXT_NONE and day.size < NOTES_CHARS:
                day.texts.append(content)
                day.size += len(content)
    message = InteractionKind.MESSAGE
    history.message_days = len(days)
    while days:  # each day's gathered texts are freed once its entry is made
        (conversation, on, person_key, _direction), day = days.popitem()
        direction = day.direction
        out = direction is _OUT
        label = "Message sent" if out else "Message from them"
        if day.count > 1:
            label = f"{day.count} messages sent" if out else f"{day.count} messages from them"
        history.chats.append(_record(
            day.line, f"message:{conversation}:{on}:{person_key}:{direction.value}", day.person,
            message, direction, day.first, *_kept(label, day.texts, text)))


def _kept(label: str, texts: list[str], text: str) -> tuple[str, str]:
    """(summary, notes) as the setting keeps them."""
    if text == TEXT_NONE or not texts:
        return label, ""
    first_line = texts[0].splitlines()[0].strip() if texts[0].strip() else label
    summary = first_line if len(first_line) <= SUMMARY_CHARS else (
        first_line[:SUMMARY_CHARS - 1].rstrip() + "…")
    if text == TEXT_SUMMARY:
        return summary, ""
    return summary, "\n\n".join(texts)[:NOTES_CHARS]


def _uid(identity: str) -> str:
    """uuid5(_NAMESPACE, identity) as text, without building UUID objects (100,000 of them)."""
    digest = bytearray(hashlib.sha1(_NAMESPACE_BYTES + identity.encode()).digest()[:16])
    digest[6] = (digest[6] & 0x0F) | 0x50  # version 5
    digest[8] = (digest[8] & 0x3F) | 0x80  # RFC 4122 variant
    h = digest.hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def _record(line: int, identity: str, person: Person, kind: InteractionKind,
            direction: Direction, when: datetime, summary: str, notes: str) -> ChatRecord:
    # Positional: 100,000 records are made here (keywords cost a third more).
    return ChatRecord(line, _uid(identity), None, person.name, kind.value, _DONE,
                      direction.value, when, summary, notes, None, None, None, person.url)
