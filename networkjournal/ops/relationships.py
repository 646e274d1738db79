"""Operations on relationship stages: a contact moved by hand on the relationship board."""

from __future__ import annotations

from collections.abc import Sequence

from networkjournal.core.changes import Action, Changes, Kind
from networkjournal.ops._record import recorded
from networkjournal.store import undo
from networkjournal.store.journal import Journal
from networkjournal.store.models import Contact
from networkjournal.store.relationships import set_stage


def move_contacts(journal: Journal, ids: Sequence[int], stage: str) -> Changes:
    """Put contacts at ``stage`` by hand, each move kept in their history (one transaction)."""
    scopes = [undo.scope("contacts", "id", ids),
              undo.scope("contact_stage_changes", "contact_id", ids)]
    with recorded(journal, scopes) as unit:
        moved = []
        for contact_id in ids:
            contact = unit.session.get(Contact, contact_id)
            if contact is not None and set_stage(unit.session, contact, stage, manual=True):
                moved.append(contact_id)
    return Changes(Action.MOVE_RELATIONSHIP, frozenset({Kind.CONTACTS}), tuple(moved),
                   len(moved), undo=unit.record, contact_ids=frozenset(ids))
