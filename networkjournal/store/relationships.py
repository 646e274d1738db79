"""Relationship stages in the store: move a contact and keep the dated history."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from networkjournal.core.clock import utcnow
from networkjournal.core.relationship import advance
from networkjournal.core.vocabulary import RelationshipStage
from networkjournal.store.models import Contact, ContactStageChange


def set_stage(
    session: Session,
    contact: Contact,
    stage: RelationshipStage | str,
    *,
    manual: bool,
    when: datetime | None = None,
) -> bool:
    """Put ``contact`` at ``stage`` (any direction) and record it; False if already there."""
    stage = RelationshipStage(stage)
    if contact.stage == stage.value:
        return False
    contact.stage = stage.value
    session.add(
        ContactStageChange(
            contact=contact, stage=stage.value, changed_at=when or utcnow(), manual=manual
        )
    )
    return True


def advance_stage(
    session: Session,
    contact: Contact,
    implied: RelationshipStage | str | None,
    when: datetime | None = None,
) -> bool:
    """Move forward to ``implied`` if it is ahead (never backward); True when it moved."""
    new = advance(contact.stage, implied)
    return set_stage(session, contact, new, manual=False, when=when)
