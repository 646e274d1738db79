"""The records a LinkedIn archive gives the import: its connections, the people only its
history names, then that history (invitations and conversation-days)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from networkjournal.core.progress import NO_PROGRESS, Progress, RowTicker
from networkjournal.core.records import (
    FILES_IGNORED,
    GROUP_MESSAGES_LEFT_OUT,
    HISTORY_READ,
    NO_OWN_PROFILE,
    NOTES_ASKING_TIME,
    ChatRecord,
    ContactRecord,
    Rejected,
    Remark,
)
from networkjournal.core.vocabulary import Source
from networkjournal.io.linkedin import parse_rows
from networkjournal.io.linkedin_archive import open_archive
from networkjournal.io.linkedin_history import (
    TEXT_WHOLE,
    fix_text,
    needs_fixing,
    read_history,
    split_name,
)
from networkjournal.io.sniff import Detected, csv_rows
from networkjournal.store.bulk import linkedin_key


def parse(path: Path, found: Detected, text: str = TEXT_WHOLE,
          progress: Progress = NO_PROGRESS,
          total: int = 0) -> Iterator[ContactRecord | ChatRecord | Rejected | Remark]:
    """Every record of the archive at ``path``; ``text`` says what is kept of messages.
    Rows read are reported to ``progress`` against ``total`` (which Cancel interrupts)."""
    archive = open_archive(path)
    rows = RowTicker(progress, total)
    connected: set[str] = set()
    if "connections" in archive.members:
        header = archive.detect("connections")
        with archive.open("connections") as handle:
            for record in parse_rows(csv_rows(handle, header, "Connections.csv"), header):
                rows.tick()
                if isinstance(record, ContactRecord):
                    _repair_names(record)
                    connected.add(linkedin_key(record.linkedin_url))
                yield record
    history = read_history(archive, text, rows)
    for person in history.people.values():
        if person.key not in connected:  # known from the archive's history only
            first, last = split_name(person.name)
            yield ContactRecord(line=0, first_name=first, last_name=last,
                                linkedin_url=person.url, source=Source.LINKEDIN_ARCHIVE.value)
    yield from history.chats
    yield from history.rejected
    if history.invitations or history.message_days:
        yield Remark(HISTORY_READ, history.invitations, history.message_days,
                     (str(history.messages),))
    if history.notes_sent:
        yield Remark(NOTES_ASKING_TIME, history.notes_asking_time, history.notes_sent)
    if history.group_messages_skipped:
        yield Remark(GROUP_MESSAGES_LEFT_OUT, history.group_messages_skipped)
    if archive.ignored:
        yield Remark(FILES_IGNORED, names=tuple(archive.ignored))
    if not history.me and "messages" in archive.members:
        yield Remark(NO_OWN_PROFILE)


def _repair_names(record: ContactRecord) -> None:
    if not needs_fixing(f"{record.first_name}{record.last_name}{record.company}"
                        f"{record.title}"):
        return  # the usual case: one search, not four
    for name in ("first_name", "last_name", "company", "title"):
        value = getattr(record, name)
        if value:
            setattr(record, name, fix_text(value))
