"""Our own CSV files (contacts, chats, pipeline): columns, formula neutralisation, reading.

Exports are RFC 4180 (CRLF) in UTF-8 with a BOM so Excel shows accents.
A cell a spreadsheet would run as a formula gets a leading apostrophe;
reading our own files takes exactly one apostrophe off again.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path

from networkjournal.core.cells import restore
from networkjournal.core.records import (
    ChatRecord,
    ContactRecord,
    OpportunityRecord,
    Rejected,
    StageStep,
)
from networkjournal.core.vocabulary import (
    Channel,
    Direction,
    InteractionKind,
    InteractionStatus,
    OpportunityStage,
    RelationshipStage,
    Source,
)
from networkjournal.io.sniff import Detected, csv_rows, open_text

CONTACT_COLUMNS = (
    "uid", "first_name", "last_name", "company", "title", "email", "phone", "linkedin_url",
    "source", "stage", "introduced_by", "connected_on", "tags", "next_follow_up", "notes",
    "research_notes", "cadence_days", "archived", "introduced_by_uid", "stage_history",
    "created_at",
)  # fmt: skip
CHAT_COLUMNS = (
    "uid", "contact_uid", "contact_name", "kind", "status", "date", "summary", "notes",
    "follow_up_on", "direction", "follow_up_done_on", "created_at",
)  # fmt: skip
PIPELINE_COLUMNS = (
    "uid", "company", "role", "channel", "stage", "referrer_uid", "referrer_name",
    "applied_on", "url", "notes", "stage_history", "created_at",
)  # fmt: skip
FILE_NAMES = {"contacts": "contacts.csv", "chats": "chats.csv", "pipeline": "pipeline.csv"}

CSV_ENCODING = "utf-8-sig"
LINE_END = "\r\n"

class _RowError(ValueError):
    """A cell that cannot be read; the row is rejected with this reason."""


def _parse_date(text: str, column: str) -> date | None:
    text = text.strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        raise _RowError(f"{column} {text!r} is not a date (YYYY-MM-DD)") from None


def _parse_datetime(text: str, column: str) -> datetime | None:
    text = text.strip()
    if not text:
        return None
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        raise _RowError(f"{column} {text!r} is not a date and time (ISO 8601)") from None
    if value.tzinfo is not None:  # the journal keeps naive UTC
        from datetime import UTC

        value = value.astimezone(UTC).replace(tzinfo=None)
    return value


def _parse_history(
    text: str, allowed: type[StrEnum], column: str = "stage_history"
) -> list[StageStep]:
    steps: list[StageStep] = []
    for part in text.split(";"):
        part = part.strip()
        if not part:
            continue
        stage, _, rest = part.partition("@")
        when_text, _, flag = rest.partition("@")
        _check(stage, allowed, column)
        when = _parse_datetime(when_text, column)
        if when is None:
            raise _RowError(f"{column} entry {part!r} has no date")
        steps.append((stage, when, flag.strip() == "manual"))
    return steps


def _check(value: str, allowed: type[StrEnum], column: str) -> str:
    try:
        return allowed(value.strip()).value
    except ValueError:
        choices = ", ".join(m.value for m in allowed)
        raise _RowError(f"{column} {value!r} is not one of: {choices}") from None


def _bool(text: str, column: str) -> bool:
    lowered = text.strip().lower()
    if lowered in ("1", "true", "yes", "y", "x"):
        return True
    if lowered in ("", "0", "false", "no", "n"):
        return False
    raise _RowError(f"{column} {text!r} is not true or false")


def _int(text: str, column: str) -> int | None:
    text = text.strip()
    if not text:
        return None
    try:
        return int(text)
    except ValueError:
        raise _RowError(f"{column} {text!r} is not a whole number") from None


class _Row:
    """A data row seen through the header: missing columns read as None."""

    __slots__ = ("cells", "column")

    def __init__(self, column: dict[str, int], cells: list[str]) -> None:
        self.column = column
        self.cells = cells

    def get(self, name: str) -> str | None:
        i = self.column.get(name)
        if i is None:
            return None
        return restore(self.cells[i]) if i < len(self.cells) else ""

    def text(self, name: str) -> str:
        return self.get(name) or ""


def _contact(row: _Row, line: int) -> ContactRecord | Rejected:
    first, last = row.get("first_name"), row.get("last_name")
    if not (first or "").strip() and not (last or "").strip():
        return Rejected(line, "no name")
    source = row.get("source")
    stage = row.get("stage")
    cadence = row.get("cadence_days")
    archived = row.get("archived")
    history = row.get("stage_history")
    connected = row.get("connected_on")
    created = row.get("created_at")
    return ContactRecord(
        line=line,
        uid=(row.get("uid") or "").strip() or None,
        first_name=first or "",
        last_name=last or "",
        company=row.get("company"),
        title=row.get("title"),
        email=row.get("email"),
        phone=row.get("phone"),
        linkedin_url=row.get("linkedin_url"),
        source=_check(source, Source, "source") if source and source.strip() else None,
        stage=_check(stage, RelationshipStage, "stage") if stage and stage.strip() else None,
        introduced_by=row.get("introduced_by"),
        introduced_by_uid=(row.get("introduced_by_uid") or "").strip() or None,
        connected_on=_parse_date(connected, "connected_on") if connected is not None else None,
        tags=row.get("tags"),
        notes=row.get("notes"),
        research_notes=row.get("research_notes"),
        cadence_days=_int(cadence, "cadence_days") if cadence is not None else None,
        archived=_bool(archived, "archived") if archived is not None else None,
        created_at=_parse_datetime(created, "created_at") if created else None,
        stage_history=_parse_history(history, RelationshipStage) if history is not None else None,
        authoritative=True,
    )


def _chat(row: _Row, line: int) -> ChatRecord | Rejected:
    when = _parse_datetime(row.text("date"), "date")
    if when is None:
        return Rejected(line, "no date", kind="chat")
    direction = row.text("direction").strip()
    return ChatRecord(
        line=line,
        uid=row.text("uid").strip() or None,
        contact_uid=row.text("contact_uid").strip() or None,
        contact_name=row.text("contact_name"),
        kind=_check(row.text("kind"), InteractionKind, "kind"),
        status=_check(row.text("status") or "done", InteractionStatus, "status"),
        direction=_check(direction, Direction, "direction") if direction else "outgoing",
        occurred_at=when,
        summary=row.text("summary"),
        notes=row.text("notes"),
        follow_up_on=_parse_date(row.text("follow_up_on"), "follow_up_on"),
        follow_up_done_on=_parse_date(row.text("follow_up_done_on"), "follow_up_done_on"),
        created_at=_parse_datetime(row.text("created_at"), "created_at"),
    )


def _opportunity(row: _Row, line: int) -> OpportunityRecord | Rejected:
    company = row.text("company")
    if not company.strip():
        return Rejected(line, "no company", kind="opportunity")
    history = row.get("stage_history")  # an empty cell is an empty history; no column, none
    steps = _parse_history(history, OpportunityStage) if history is not None else None
    return OpportunityRecord(
        line=line,
        uid=row.text("uid").strip() or None,
        company=company,
        role=row.text("role"),
        channel=_check(row.text("channel") or "networking", Channel, "channel"),
        stage=_check(row.text("stage") or "interested", OpportunityStage, "stage"),
        referrer_uid=row.text("referrer_uid").strip() or None,
        referrer_name=row.text("referrer_name"),
        applied_on=_parse_date(row.text("applied_on"), "applied_on"),
        url=row.text("url"),
        notes=row.text("notes"),
        stage_history=[(s, w) for s, w, _m in steps] if steps is not None else None,
        created_at=_parse_datetime(row.text("created_at"), "created_at"),
    )


_READERS = {"contacts": _contact, "chats": _chat, "pipeline": _opportunity}


def parse(
    path: Path, found: Detected
) -> Iterator[ContactRecord | ChatRecord | OpportunityRecord | Rejected]:
    """Records of one of our CSV files (which one is in ``found.kind``)."""
    column: dict[str, int] = {}
    for i, name in enumerate(found.header):
        column.setdefault(name, i)
    read = _READERS[found.kind]
    kind = {"contacts": "contact", "chats": "chat", "pipeline": "opportunity"}[found.kind]
    with open_text(path, found.encoding) as handle:
        for line, cells in csv_rows(handle, found, path.name):
            try:
                yield read(_Row(column, cells), line)
            except _RowError as exc:
                yield Rejected(line, str(exc), kind=kind)
