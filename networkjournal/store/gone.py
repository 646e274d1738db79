"""Rows that vanished under the user's feet (deleted in another window) as a clear refusal."""

from __future__ import annotations

from typing import TypeVar

from sqlalchemy.orm import Session

from networkjournal.errors import RowGone
from networkjournal.store.models import Base, Contact, Interaction, Opportunity

Row = TypeVar("Row", bound=Base)

_WHAT = {Contact: "contact", Interaction: "chat", Opportunity: "opportunity"}


def get_or_gone(session: Session, model: type[Row], row_id: int) -> Row:
    """The row, or RowGone saying it no longer exists (the change is not made)."""
    row = session.get(model, row_id)
    if row is None:
        what = _WHAT.get(model, "entry")
        raise RowGone(f"this {what} no longer exists (deleted, perhaps in another window); "
                        "the list has been refreshed")
    return row
