"""The chat log in the store: log, edit, delete interactions; stages follow the log."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from networkjournal.core.clock import utcnow
from networkjournal.core.drafts import ChatDraft
from networkjournal.core.followups import answers_follow_ups
from networkjournal.core.relationship import stage_implied_by
from networkjournal.core.validation import full_name
from networkjournal.core.vocabulary import InteractionKind, InteractionStatus
from networkjournal.gc_pause import gc_paused
from networkjournal.store.bulk import fetch_rows
from networkjournal.store.driver_values import DayOf, as_datetime
from networkjournal.store.gone import get_or_gone
from networkjournal.store.models import Contact, Interaction
from networkjournal.store.relationships import advance_stage


@dataclass(slots=True)
class ChatRow:
    """One line of the chat-log timeline."""

    id: int
    uid: str
    contact_id: int
    contact_name: str
    company: str
    kind: str
    status: str
    direction: str
    occurred_at: datetime  # naive UTC
    summary: str
    notes: str
    follow_up_on: date | None
    follow_up_done_on: date | None


def load_chat_rows(session: Session, contact_id: int | None = None, *,
                   contact_ids: Iterable[int] | None = None) -> list[ChatRow]:
    """The timeline, newest first, for one contact, some (``contact_ids``), or all."""
    query = (
        select(
            Interaction.id,
            Interaction.uid,
            Interaction.contact_id,
            Contact.first_name,
            Contact.last_name,
            Contact.company,
            Interaction.kind,
            Interaction.status,
            Interaction.direction,
            Interaction.occurred_at,
            Interaction.summary,
            Interaction.notes,
            Interaction.follow_up_on,
            Interaction.follow_up_done_on,
        )
        .join(Contact, Contact.id == Interaction.contact_id)
        .order_by(Interaction.occurred_at.desc(), Interaction.id.desc())
    )
    if contact_id is not None:
        query = query.where(Interaction.contact_id == contact_id)
    if contact_ids is not None:
        query = query.where(Interaction.contact_id.in_(list(contact_ids)))
    # Driver rows and C-speed date parsing: 20,000 entries read in half the time.
    day = DayOf()
    with gc_paused():
        return [
            ChatRow(iid, uid, cid, full_name(first, last), company, kind, status, direction,
                    as_datetime(occurred), summary, notes, day[follow],  # type: ignore[arg-type]
                    day[done])
            for (iid, uid, cid, first, last, company, kind, status, direction, occurred,
                 summary, notes, follow, done) in fetch_rows(session, query)
        ]


def draft_of(interaction: Interaction) -> ChatDraft:
    fields = ChatDraft.__dataclass_fields__
    return ChatDraft(**{name: getattr(interaction, name) for name in fields})


def _apply(interaction: Interaction, draft: ChatDraft) -> None:
    for name in ChatDraft.__dataclass_fields__:
        setattr(interaction, name, getattr(draft, name))
    interaction.summary = interaction.summary.strip()


def log_chat(session: Session, contact_id: int, draft: ChatDraft) -> tuple[Interaction, bool]:
    """Add an interaction; returns it and whether the contact's stage moved forward."""
    contact = get_or_gone(session, Contact, contact_id)
    interaction = Interaction(contact=contact)
    _apply(interaction, draft)
    session.add(interaction)
    moved = advance_stage(
        session,
        contact,
        stage_implied_by(draft.kind, draft.status, draft.direction),
        _stage_date(draft),
    )
    session.flush()
    _close_answered_follow_ups(session, interaction)
    return interaction, moved


def _close_answered_follow_ups(session: Session, answer: Interaction) -> None:
    """A reply or a chat that happened closes the follow-ups owed to the contact before it."""
    if not answers_follow_ups(answer.kind, answer.status, answer.direction):
        return
    session.execute(
        update(Interaction)
        .where(Interaction.contact_id == answer.contact_id, Interaction.id != answer.id,
               Interaction.follow_up_on.is_not(None), Interaction.follow_up_done_on.is_(None),
               Interaction.occurred_at < answer.occurred_at)
        # The day it was answered, on this computer's calendar (the journal keeps UTC).
        .values(follow_up_done_on=answer.occurred_at.replace(tzinfo=UTC).astimezone().date())
    )


def update_chat(
    session: Session, interaction_id: int, draft: ChatDraft, contact_id: int | None = None
) -> bool:
    """Edit an interaction (e.g. a planned chat now done, or logged on the wrong person);
    True when the contact's stage moved forward."""
    interaction = get_or_gone(session, Interaction, interaction_id)
    if contact_id is not None and contact_id != interaction.contact_id:
        interaction.contact = get_or_gone(session, Contact, contact_id)
    _apply(interaction, draft)
    moved = advance_stage(
        session,
        interaction.contact,
        stage_implied_by(draft.kind, draft.status, draft.direction),
        _stage_date(draft),
    )
    session.flush()
    _close_answered_follow_ups(session, interaction)  # a planned chat now done answers too
    return moved


def _stage_date(draft: ChatDraft) -> datetime:
    """A done chat moved the relationship when it happened (a chat logged late is dated
    right); planning one moves it now, not on the future date."""
    now = utcnow()
    return min(draft.occurred_at, now) if draft.status == InteractionStatus.DONE else now


def delete_chat(session: Session, interaction_id: int) -> None:
    """Remove an interaction; the stage stays where it is (stages never move back on their own)."""
    session.delete(get_or_gone(session, Interaction, interaction_id))


def mark_follow_up_done(session: Session, interaction_id: int, on: date) -> None:
    get_or_gone(session, Interaction, interaction_id).follow_up_done_on = on


def chat_draft(session: Session, interaction_id: int) -> tuple[ChatDraft, int]:
    """The editable fields of a logged entry and whom it is with (RowGone when deleted)."""
    interaction = get_or_gone(session, Interaction, interaction_id)
    return draft_of(interaction), interaction.contact_id


@dataclass(frozen=True, slots=True)
class CalendarEntry:
    """A planned chat or an open follow-up, as the calendar export needs it."""

    uid: str
    kind: str
    status: str
    occurred_at: datetime
    summary: str
    notes: str
    follow_up_on: date | None
    follow_up_done_on: date | None
    name: str


def calendar_entries(session: Session) -> list[CalendarEntry]:
    """Planned chats and entries with an open follow-up, oldest first."""
    query = (
        select(Interaction.uid, Interaction.kind, Interaction.status, Interaction.occurred_at,
               Interaction.summary, Interaction.notes, Interaction.follow_up_on,
               Interaction.follow_up_done_on, Contact.first_name, Contact.last_name)
        .join(Contact, Interaction.contact_id == Contact.id)
        .where(
            (Interaction.status == InteractionStatus.PLANNED.value)
            | (Interaction.follow_up_on.is_not(None) & Interaction.follow_up_done_on.is_(None))
        )
        .order_by(Interaction.occurred_at)
    )
    return [CalendarEntry(*row[:8], full_name(row[8], row[9])) for row in session.execute(query)]


def same_note_sent(session: Session, text: str, exclude_contact_id: int | None) -> int:
    """How many other people were already sent this very connection note."""
    note = text.strip()
    if not note:
        return 0
    query = select(func.count(func.distinct(Interaction.contact_id))).where(
        Interaction.kind == InteractionKind.CONNECTION_REQUEST.value,
        Interaction.notes == note)
    if exclude_contact_id is not None:
        query = query.where(Interaction.contact_id != exclude_contact_id)
    return session.scalar(query) or 0
