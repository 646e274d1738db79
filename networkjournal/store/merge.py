"""Merge two contacts into one (one transaction): nothing the user logged is lost."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import CursorResult, update
from sqlalchemy.orm import Session

from networkjournal.core.clock import utcnow
from networkjournal.core.relationship import stage_rank
from networkjournal.core.validation import split_tags
from networkjournal.errors import UserError
from networkjournal.store.models import (
    Contact,
    ContactStageChange,
    Interaction,
    Opportunity,
    PastCompany,
)

_FILL = ("first_name", "last_name", "company", "title", "email", "phone", "linkedin_url",
         "research_notes", "notes")  # fmt: skip


@dataclass
class MergeResult:
    kept_id: int
    kept_name: str
    removed_name: str
    interactions: int
    opportunities: int


def merge_into(session: Session, keep: Contact, drop: Contact) -> MergeResult:
    """Move everything of ``drop`` onto ``keep`` and delete ``drop``.

    Chats, stage history, opportunities it referred and contacts it introduced
    move; blank fields of ``keep`` are filled from ``drop``; tags are united;
    the stage is the furthest of the two; notes of both are kept.
    """
    if keep.id == drop.id:
        raise UserError("choose two different contacts to merge")
    # Session.execute is typed to return Result; for an UPDATE it is a CursorResult (rowcount).
    moved = cast(CursorResult[Any], session.execute(
        update(Interaction).where(Interaction.contact_id == drop.id).values(contact_id=keep.id)
    )).rowcount
    session.execute(
        update(ContactStageChange)
        .where(ContactStageChange.contact_id == drop.id)
        .values(contact_id=keep.id)
    )
    session.execute(
        update(PastCompany).where(PastCompany.contact_id == drop.id).values(contact_id=keep.id)
    )
    referred = cast(CursorResult[Any], session.execute(
        update(Opportunity).where(Opportunity.referrer_id == drop.id).values(referrer_id=keep.id)
    )).rowcount
    session.execute(
        update(Contact)
        .where(Contact.introduced_by_id == drop.id, Contact.id != keep.id)
        .values(introduced_by_id=keep.id)
    )
    for name in _FILL:
        mine, theirs = getattr(keep, name), getattr(drop, name)
        if not mine and theirs:
            setattr(keep, name, theirs)
        elif name in ("notes", "research_notes") and theirs and theirs not in mine:
            setattr(keep, name, f"{mine}\n\n{theirs}")
    keep.tags = ", ".join(split_tags(f"{keep.tags}, {drop.tags}"))
    if keep.introduced_by_id == drop.id:
        keep.introduced_by_id = None
    if keep.introduced_by_id is None and drop.introduced_by_id not in (None, keep.id):
        keep.introduced_by_id = drop.introduced_by_id
    if drop.connected_on and (keep.connected_on is None or drop.connected_on < keep.connected_on):
        keep.connected_on = drop.connected_on
    if keep.cadence_days is None:
        keep.cadence_days = drop.cadence_days
    if stage_rank(drop.stage) > stage_rank(keep.stage):
        keep.stage = drop.stage  # the history that got it there moved with it
    keep.updated_at = utcnow()
    result = MergeResult(keep.id, keep.full_name, drop.full_name, moved or 0, referred or 0)
    session.flush()
    # The rows moved by bulk UPDATE: forget stale collections so the delete cascades nothing.
    session.expire(keep, ["interactions", "stage_changes"])
    session.expire(drop, ["interactions", "stage_changes"])
    session.delete(drop)
    session.flush()
    return result
