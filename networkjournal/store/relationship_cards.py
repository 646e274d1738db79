"""Contacts as relationship-board cards: their stage and since when they have been there."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from operator import attrgetter

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from networkjournal.core.validation import full_name
from networkjournal.gc_pause import gc_paused
from networkjournal.store.bulk import fetch_rows
from networkjournal.store.driver_values import as_datetime
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
        return full_name(self.first_name, self.last_name)


def relationship_query(ids: Iterable[int] | None = None) -> Select:
    """The statement behind :func:`relationship_rows` (tests read its query plan).

    The newest entry (by id) set the current stage; its date may be older than an
    earlier entry's when a chat was logged after the fact. It is looked up per contact
    through the index on (contact_id, id): one index probe each. Joining a grouped
    "newest change per contact" subquery instead made SQLite scan that subquery once
    per contact (quadratic: over 30 s for 30,000 imported contacts).
    """
    newest_change = (
        select(ContactStageChange.changed_at)
        .where(ContactStageChange.contact_id == Contact.id)
        .order_by(ContactStageChange.id.desc())
        .limit(1)
        .scalar_subquery()
    )
    since = func.coalesce(newest_change, Contact.created_at).label("since")
    query = (
        select(
            Contact.id,
            Contact.first_name,
            Contact.last_name,
            Contact.company,
            Contact.title,
            Contact.source,
            Contact.stage,
            since,
        )
        .where(Contact.archived.is_(False))
    )  # no ORDER BY: sorting 30,000 rows of text in SQL cost more than the query (see below)
    if ids is not None:
        query = query.where(Contact.id.in_(list(ids)))
    return query


def relationship_rows(session: Session, ids: Iterable[int] | None = None) -> list[RelationshipRow]:
    """Every active contact (or only ``ids``) with the date of their last stage change.

    Newest change first. Kept lean (no per-row computing): a journal can hold 30,000 contacts.
    """
    # Driver rows, not ORM rows, and C-speed dates: SQLAlchemy's per-row and per-date
    # processing cost more than the query itself. Sorted here: Python orders references,
    # SQLite's sorter copies every row (70 ms of 180 for 30,000 contacts).
    with gc_paused():
        rows = [RelationshipRow(cid, first, last, company, title, source, stage,
                                as_datetime(since))  # type: ignore[arg-type]
                for cid, first, last, company, title, source, stage, since
                in fetch_rows(session, relationship_query(ids))]
    rows.sort(key=attrgetter("since", "id"), reverse=True)
    return rows
