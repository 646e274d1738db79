"""An edit of a contact or opportunity someone else changed since it was read, found at save.

Every change to those rows stamps ``updated_at`` (the ORM's onupdate, and the imports set
it); the editor keeps the stamp it read and the save compares it under a row lock, so a
second window or a second computer on a server journal cannot be silently overwritten.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from networkjournal.errors import EditConflict
from networkjournal.store.gone import get_or_gone
from networkjournal.store.models import Contact, Opportunity


def contact_seen(session: Session, contact_id: int) -> datetime | None:
    """The stamp an editor keeps while it edits this contact."""
    return session.scalar(select(Contact.updated_at).where(Contact.id == contact_id))


def opportunity_seen(session: Session, opportunity_id: int) -> datetime | None:
    return session.scalar(select(Opportunity.updated_at).where(Opportunity.id == opportunity_id))


def refuse_if_changed(session: Session, model: type[Contact] | type[Opportunity], row_id: int,
                      seen: datetime | None) -> None:
    """EditConflict when the row changed since ``seen`` (None: save whatever it holds).

    The row stays locked until the transaction ends (FOR UPDATE on a server; a journal
    file's writer already holds the only write lock).
    """
    if seen is None:
        return
    row = get_or_gone(session, model, row_id)
    session.refresh(row, with_for_update=True)
    if row.updated_at != seen:
        what = row.full_name if isinstance(row, Contact) else f"{row.company} — {row.role}"
        raise EditConflict(f"{what.strip(' —')} was changed elsewhere (another window or "
                           "computer) since you opened it")
