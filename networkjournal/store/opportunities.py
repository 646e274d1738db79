"""Opportunities in the store: create, edit, move along the stages with history, board rows."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from networkjournal.core.clock import utcnow
from networkjournal.core.pipeline import (
    DEFAULT_STALE_DAYS,
    STALE_DAYS_SETTING,
    application_date,
    company_key,
    days_in_stage,
    is_stale,
)
from networkjournal.core.validation import full_name, is_valid_url
from networkjournal.core.vocabulary import Channel, OpportunityStage
from networkjournal.errors import UserError
from networkjournal.store.models import Contact, Opportunity, OpportunityStageChange
from networkjournal.store.settings import get_int_setting, set_setting


@dataclass
class OpportunityDraft:
    """What the user edits on an opportunity (the stage moves through ``move_stage``)."""

    company: str
    role: str = ""
    url: str = ""
    channel: str = Channel.NETWORKING.value
    referrer_id: int | None = None
    applied_on: date | None = None
    notes: str = ""


@dataclass(frozen=True, slots=True)
class OpportunityRow:
    """One card of the board, as plain data."""

    id: int
    company: str
    role: str
    channel: str
    referrer_id: int | None
    referrer_name: str
    stage: str
    applied_on: date | None
    since: datetime  # when it reached its current stage (naive UTC)
    days_in_stage: int
    stale: bool


def _clean(session: Session, draft: OpportunityDraft) -> OpportunityDraft:
    """The draft with trimmed text, or UserError saying what is wrong."""
    company = " ".join(draft.company.split())
    if not company:
        raise UserError("an opportunity needs a company")
    try:
        channel = Channel(draft.channel)
    except ValueError:
        raise UserError(f"unknown channel {draft.channel!r}") from None
    url = draft.url.strip()
    if url and "://" not in url:
        url = "https://" + url
    if url and not is_valid_url(url):
        raise UserError(f"{draft.url.strip()!r} is not a web link")
    if draft.referrer_id is not None and session.get(Contact, draft.referrer_id) is None:
        raise UserError("the referrer is not in the journal")
    if channel is Channel.REFERRAL and draft.referrer_id is None:
        raise UserError("a referral needs a referrer: pick the contact who referred you")
    return OpportunityDraft(
        company=company,
        role=draft.role.strip(),
        url=url,
        channel=channel.value,
        referrer_id=draft.referrer_id,
        applied_on=draft.applied_on,
        notes=draft.notes.strip(),
    )


def get_opportunity(session: Session, opportunity_id: int) -> Opportunity:
    opportunity = session.get(Opportunity, opportunity_id)
    if opportunity is None:
        raise UserError(f"opportunity {opportunity_id} is not in the journal (deleted?)")
    return opportunity


def move_stage(
    session: Session,
    opportunity: Opportunity,
    stage: OpportunityStage | str,
    when: datetime | None = None,
) -> bool:
    """Put the opportunity at ``stage`` and record the change; False if it was already there.

    The application date is set the first time it reaches applied or later.
    """
    stage = OpportunityStage(stage)
    if opportunity.stage == stage.value:
        return False
    when = when or utcnow()
    opportunity.stage = stage.value
    opportunity.applied_on = application_date(opportunity.applied_on, stage, when)
    session.add(OpportunityStageChange(opportunity=opportunity, stage=stage.value, changed_at=when))
    return True


def create_opportunity(
    session: Session,
    draft: OpportunityDraft,
    stage: OpportunityStage | str = OpportunityStage.INTERESTED,
    when: datetime | None = None,
) -> Opportunity:
    """A new opportunity at ``stage``; its history starts with that stage."""
    clean = _clean(session, draft)
    stage = OpportunityStage(stage)
    when = when or utcnow()
    opportunity = Opportunity(
        company=clean.company,
        role=clean.role,
        url=clean.url,
        channel=clean.channel,
        referrer_id=clean.referrer_id,
        stage=stage.value,
        applied_on=application_date(clean.applied_on, stage, when),
        notes=clean.notes,
        created_at=when,
        updated_at=when,
    )
    session.add(opportunity)
    session.add(OpportunityStageChange(opportunity=opportunity, stage=stage.value, changed_at=when))
    session.flush()
    return opportunity


def update_opportunity(
    session: Session, opportunity_id: int, draft: OpportunityDraft
) -> Opportunity:
    """Save the user's edits (the applied date included: the user may correct it)."""
    opportunity = get_opportunity(session, opportunity_id)
    clean = _clean(session, draft)
    for name in OpportunityDraft.__dataclass_fields__:
        setattr(opportunity, name, getattr(clean, name))
    return opportunity


def draft_of(opportunity: Opportunity) -> OpportunityDraft:
    """The editable fields of a stored opportunity."""
    return OpportunityDraft(
        **{name: getattr(opportunity, name) for name in OpportunityDraft.__dataclass_fields__}
    )


def delete_opportunity(session: Session, opportunity_id: int) -> None:
    """Delete an opportunity; its stage history goes with it (ON DELETE CASCADE)."""
    session.execute(delete(Opportunity).where(Opportunity.id == opportunity_id))


def stage_history(session: Session, opportunity_id: int) -> list[tuple[str, datetime]]:
    """(stage, changed_at) of every change, oldest first."""
    query = (
        select(OpportunityStageChange.stage, OpportunityStageChange.changed_at)
        .where(OpportunityStageChange.opportunity_id == opportunity_id)
        .order_by(OpportunityStageChange.changed_at, OpportunityStageChange.id)
    )
    return [(row.stage, row.changed_at) for row in session.execute(query)]


def get_stale_days(session: Session) -> int:
    return max(1, get_int_setting(session, STALE_DAYS_SETTING, DEFAULT_STALE_DAYS))


def set_stale_days(session: Session, days: int) -> None:
    if days < 1:
        raise UserError("stale days must be at least 1")
    set_setting(session, STALE_DAYS_SETTING, days)


def board_rows(
    session: Session,
    today: date,
    stale_days: int,
    ids: Iterable[int] | None = None,
) -> list[OpportunityRow]:
    """Every opportunity (or only ``ids``) as a board card, with days in stage and staleness."""
    wanted = list(ids) if ids is not None else None
    changes = select(
        OpportunityStageChange.opportunity_id.label("opportunity_id"),
        func.max(OpportunityStageChange.changed_at).label("since"),
    ).group_by(OpportunityStageChange.opportunity_id)
    if wanted is not None:  # one card after a move: do not aggregate the whole history
        changes = changes.where(OpportunityStageChange.opportunity_id.in_(wanted))
    last_change = changes.subquery()
    query = (
        select(
            Opportunity.id,
            Opportunity.company,
            Opportunity.role,
            Opportunity.channel,
            Opportunity.referrer_id,
            Contact.first_name,
            Contact.last_name,
            Opportunity.stage,
            Opportunity.applied_on,
            func.coalesce(last_change.c.since, Opportunity.created_at).label("since"),
        )
        .outerjoin(Contact, Contact.id == Opportunity.referrer_id)
        .outerjoin(last_change, last_change.c.opportunity_id == Opportunity.id)
        .order_by(Opportunity.id)
    )
    if wanted is not None:
        query = query.where(Opportunity.id.in_(wanted))
    rows = []
    # Tuple unpacking rather than attribute access: this loop runs for every card.
    for (
        opportunity_id,
        company,
        role,
        channel,
        referrer_id,
        first,
        last,
        stage,
        applied_on,
        since,
    ) in session.execute(query):
        rows.append(
            OpportunityRow(
                opportunity_id,
                company,
                role,
                channel,
                referrer_id,
                full_name(first, last) if referrer_id is not None else "",
                stage,
                applied_on,
                since,
                days_in_stage(since, today),
                is_stale(stage, since, today, stale_days),
            )
        )
    return rows


def rows_for_company(
    session: Session, company: str, today: date, stale_days: int
) -> list[OpportunityRow]:
    """Opportunities at ``company`` however its name was typed (case, accents, spaces)."""
    key = company_key(company)
    if not key:
        return []
    pairs = session.execute(select(Opportunity.id, Opportunity.company)).all()
    ids = [row.id for row in pairs if company_key(row.company) == key]
    return board_rows(session, today, stale_days, ids) if ids else []


def rows_for_contact(
    session: Session, contact_id: int, today: date, stale_days: int
) -> list[tuple[OpportunityRow, bool]]:
    """(row, referred_by_them) for opportunities they referred and those at their company."""
    contact = session.get(Contact, contact_id)
    if contact is None:
        return []
    referred = set(
        session.scalars(select(Opportunity.id).where(Opportunity.referrer_id == contact_id))
    )
    rows = {row.id: row for row in board_rows(session, today, stale_days, referred)}
    for row in rows_for_company(session, contact.company, today, stale_days):
        rows.setdefault(row.id, row)
    ordered = sorted(rows.values(), key=lambda row: row.since, reverse=True)
    return [(row, row.id in referred) for row in ordered]


def opportunity_form(
    session: Session, opportunity_id: int
) -> tuple[OpportunityDraft, str, list[tuple[str, datetime]]]:
    """What the editor shows: the editable fields, the stage and the stage history."""
    opportunity = get_opportunity(session, opportunity_id)
    return draft_of(opportunity), opportunity.stage, stage_history(session, opportunity_id)
