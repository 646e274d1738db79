"""Contacts as relationship-board cards: their stage and since when they have been there."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from networkjournal.store.models import Contact, ContactStageChange


@dataclass(frozen=True, slots=True)
class RelationshipRow:
    id: int
    first_name: str
    last_name: str
    company: str
    title: str
    source: str
    stage: str
    since: datetime  # last stage change, or when the contact was added (naive UTC)

    @property
    def name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


def relationship_rows(session: Session, ids: Iterable[int] | None = None) -> list[RelationshipRow]:
    """Every active contact (or only ``ids``) with the date of their last stage change.

    Newest change first. Kept lean (no per-row computing): a journal can hold 30,000 contacts.
    """
    # The newest entry (by id) set the current stage; its date may be older than an
    # earlier entry's when a chat was logged after the fact.
    newest = (
        select(func.max(ContactStageChange.id).label("id"))
        .group_by(ContactStageChange.contact_id)
        .subquery()
    )
    last_change = (
        select(
            ContactStageChange.contact_id.label("contact_id"),
            ContactStageChange.changed_at.label("since"),
        )
        .join(newest, newest.c.id == ContactStageChange.id)
        .subquery()
    )
    query = (
        select(
            Contact.id,
            Contact.first_name,
            Contact.last_name,
            Contact.company,
            Contact.title,
            Contact.source,
            Contact.stage,
            func.coalesce(last_change.c.since, Contact.created_at).label("since"),
        )
        .outerjoin(last_change, last_change.c.contact_id == Contact.id)
        .where(Contact.archived.is_(False))
        .order_by(func.coalesce(last_change.c.since, Contact.created_at).desc(),
                  Contact.id.desc())
    )
    if ids is not None:
        query = query.where(Contact.id.in_(list(ids)))
    return [RelationshipRow(*row) for row in session.execute(query)]
