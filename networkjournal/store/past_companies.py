"""Companies contacts worked at before: kept when a contact's company changes."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from networkjournal.core.pipeline import company_key
from networkjournal.store.models import PastCompany


def left_company(contact_id: int, old: str, new: str, on: date) -> dict[str, Any] | None:
    """The row saying a contact left ``old`` (None when it is not a move: no company
    before, or the same company spelled another way)."""
    old = old.strip()
    if not old or company_key(old) == company_key(new):
        return None
    return {"contact_id": contact_id, "company": old[:300], "left_on": on}


def add_past_companies(session: Session, rows: Iterable[dict[str, Any]]) -> None:
    rows = list(rows)
    if rows:
        session.execute(insert(PastCompany), rows)


def past_companies_by_contact(session: Session,
                              contact_ids: Iterable[int] | None = None) -> dict[int, list[str]]:
    """Each contact's past companies, oldest first (all contacts when ``contact_ids`` is None)."""
    query = select(PastCompany.contact_id, PastCompany.company).order_by(
        PastCompany.left_on, PastCompany.id)
    if contact_ids is not None:
        query = query.where(PastCompany.contact_id.in_(list(contact_ids)))
    found: dict[int, list[str]] = defaultdict(list)
    for contact_id, company in session.execute(query):
        if company not in found[contact_id]:
            found[contact_id].append(company)
    return dict(found)
