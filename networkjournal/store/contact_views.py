"""One contact as plain values for the GUI: the details card and the editor's draft."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from networkjournal.core.drafts import ContactDraft
from networkjournal.store.contacts import draft_of
from networkjournal.store.gone import get_or_gone
from networkjournal.store.models import Contact, Interaction
from networkjournal.store.opportunities import (
    OpportunityRow,
    get_stale_days,
    rows_for_company,
    rows_for_contact,
)


@dataclass(frozen=True)
class ContactCard:
    """What the details panel shows of one person."""

    id: int
    name: str
    title: str
    company: str
    stage: str
    source: str
    introducer: str
    email: str
    phone: str
    linkedin_url: str
    research_notes: str
    notes: str


def contact_card(session: Session, contact_id: int) -> ContactCard | None:
    """The contact's card, or None when it no longer exists."""
    contact = session.get(Contact, contact_id)
    if contact is None:
        return None
    return ContactCard(
        contact.id, contact.full_name, contact.title, contact.company, contact.stage,
        contact.source, contact.introduced_by.full_name if contact.introduced_by else "",
        contact.email, contact.phone, contact.linkedin_url, contact.research_notes,
        contact.notes,
    )


def contact_draft(session: Session, contact_id: int) -> ContactDraft:
    """The editable fields of a stored contact (RowGone when it was deleted)."""
    return draft_of(get_or_gone(session, Contact, contact_id))


def duplicate_names(session: Session, draft: ContactDraft,
                    exclude_id: int | None = None) -> list[tuple[str, str]]:
    """(name, company) of contacts with the same email or LinkedIn profile as ``draft``."""
    from networkjournal.store.contacts import find_duplicates

    return [(c.full_name, c.company) for c in find_duplicates(session, draft, exclude_id)]


def contact_opportunities(
    session: Session, contact_id: int, today: date
) -> tuple[str, list[tuple[OpportunityRow, bool]]]:
    """The contact's company and their opportunities (row, referred by them); ("", [])
    when the contact no longer exists."""
    contact = session.get(Contact, contact_id)
    if contact is None:
        return "", []
    return contact.company, rows_for_contact(session, contact_id, today, get_stale_days(session))


def contact_name(session: Session, contact_id: int) -> str:
    """The contact's full name (RowGone when deleted): an archived one is still pickable."""
    return get_or_gone(session, Contact, contact_id).full_name


def existing_name(session: Session, contact_id: int) -> str | None:
    """The contact's full name, or None when it no longer exists."""
    contact = session.get(Contact, contact_id)
    return None if contact is None else contact.full_name


@dataclass(frozen=True)
class Brief:
    """What to read before a chat with someone."""

    card: ContactCard
    connected_on: date | None
    history: list[tuple[datetime, str, str, str]]  # (when, kind, status, summary), oldest first
    chat_notes: list[str]  # notes of their entries (the questions already asked are there)
    opportunities: list[OpportunityRow]  # at their company


def contact_brief(session: Session, contact_id: int, today: date) -> Brief | None:
    """The brief for a chat with ``contact_id``, or None when they no longer exist."""
    card = contact_card(session, contact_id)
    contact = session.get(Contact, contact_id)
    if card is None or contact is None:
        return None
    entries = session.execute(
        select(Interaction.occurred_at, Interaction.kind, Interaction.status,
               Interaction.summary, Interaction.notes)
        .where(Interaction.contact_id == contact_id)
        .order_by(Interaction.occurred_at, Interaction.id)).all()
    history = [(at, kind, status, summary) for at, kind, status, summary, _notes in entries]
    notes = [entry_notes for *_rest, entry_notes in entries if entry_notes]
    opportunities = (rows_for_company(session, card.company, today, get_stale_days(session))
                     if card.company else [])
    return Brief(card, contact.connected_on, history, notes, opportunities)


def contact_notes(session: Session, contact_id: int) -> list[str]:
    """The notes of every entry of the contact's chat log (questions asked are there)."""
    return [notes for notes in session.scalars(
        select(Interaction.notes).where(Interaction.contact_id == contact_id)) if notes]
