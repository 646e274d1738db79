"""Load the charts' plain records from a journal in five set-based queries; weekly goals."""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime

from sqlalchemy import String, func, literal, select
from sqlalchemy.orm import Session

from networkjournal.core.metrics import (
    Goals,
    InteractionRecord,
    JournalRecords,
    OpportunityRecord,
)
from networkjournal.core.vocabulary import InteractionStatus
from networkjournal.gc_pause import gc_paused
from networkjournal.store.models import (
    Contact,
    Interaction,
    Opportunity,
    OpportunityStageChange,
)
from networkjournal.store.settings import get_int_setting, set_setting

GOAL_KEYS = {
    "new_contacts": "goals.new_contacts",
    "chats": "goals.chats",
    "follow_ups": "goals.follow_ups",
}


def load_records(session: Session) -> JournalRecords:
    """Everything the metrics read, as plain records (no ORM objects: cheap, thread-safe)."""
    with gc_paused():
        return _load_records(session)


def _load_records(session: Session) -> JournalRecords:
    conn = session.connection()  # Core rows: the ORM's per-row bookkeeping is not needed here
    contacts = conn.scalar(select(func.count()).select_from(Contact)) or 0
    done = InteractionStatus.DONE.value
    # Columns in the record's order, status as a constant: each row becomes a
    # record without a Python-level constructor call (20,000 of them per redraw).
    make = tuple.__new__
    interactions = [
        make(InteractionRecord, row)
        for row in conn.execute(
            select(
                Interaction.contact_id,
                Interaction.kind,
                literal(done, String).label("status"),
                Interaction.direction,
                Interaction.occurred_at,
                Interaction.follow_up_done_on,
            ).where(Interaction.status == done, Interaction.occurred_at.is_not(None))
        ).all()
    ]
    # Planned entries matter only for a follow-up done on them: few, fetched apart.
    interactions += [
        InteractionRecord(contact_id, kind, status, direction, at, done_on)
        for contact_id, kind, status, direction, at, done_on in conn.execute(
            select(
                Interaction.contact_id,
                Interaction.kind,
                Interaction.status,
                Interaction.direction,
                Interaction.occurred_at,
                Interaction.follow_up_done_on,
            ).where(
                Interaction.status != done,
                Interaction.follow_up_done_on.is_not(None),
                Interaction.occurred_at.is_not(None),
            )
        ).all()
    ]
    history: defaultdict[int, list[tuple[str, datetime]]] = defaultdict(list)
    for opp_id, stage, changed_at in conn.execute(
        select(
            OpportunityStageChange.opportunity_id,
            OpportunityStageChange.stage,
            OpportunityStageChange.changed_at,
        ).order_by(
            OpportunityStageChange.opportunity_id,
            OpportunityStageChange.changed_at,
            OpportunityStageChange.id,
        )
    ).all():
        history[opp_id].append((stage, changed_at))
    opportunities = [
        OpportunityRecord(channel, stage, applied_on, tuple(history.get(opp_id, ())),
                          created_at)
        for opp_id, channel, stage, applied_on, created_at in conn.execute(
            select(
                Opportunity.id,
                Opportunity.channel,
                Opportunity.stage,
                Opportunity.applied_on,
                Opportunity.created_at,
            )
        ).all()
    ]
    return JournalRecords(contacts, interactions, opportunities)


def load_goals(session: Session) -> Goals:
    """The weekly goals; defaults (Goals()) where the journal has none or a bad value."""
    defaults = Goals()
    return Goals(
        **{
            name: max(0, get_int_setting(session, key, getattr(defaults, name)))
            for name, key in GOAL_KEYS.items()
        }
    )


def store_goals(session: Session, goals: Goals) -> None:
    """Write the weekly goals (part of the caller's unit of work)."""
    for name, key in GOAL_KEYS.items():
        set_setting(session, key, max(0, int(getattr(goals, name))))


def chart_data(session: Session) -> tuple[JournalRecords, Goals]:
    """Everything the chart panel draws from, in one read."""
    return load_records(session), load_goals(session)
