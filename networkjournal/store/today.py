"""The facts the Today list is made from, read in a few small queries (plain values out)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, tzinfo

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from networkjournal.core.today import THANK_YOU_WITHIN_DAYS, TodayFacts
from networkjournal.core.validation import full_name
from networkjournal.core.vocabulary import (
    TWO_WAY_KINDS,
    Direction,
    InteractionKind,
    InteractionStatus,
    RelationshipStage,
)
from networkjournal.store.contacts import load_contact_rows
from networkjournal.store.models import Contact, Interaction, Setting
from networkjournal.store.opportunities import board_rows, get_stale_days

SNOOZE_PREFIX = "snooze:"  # settings rows: "snooze:<item key>" -> the ISO day it comes back
_DONE = InteractionStatus.DONE.value
_CONVERSATIONS = [kind.value for kind in TWO_WAY_KINDS]


def today_facts(session: Session, today: date, tz: tzinfo | None = None) -> TodayFacts:
    """Everything ``core.today.due_items`` needs for ``today`` (local days in ``tz``)."""

    def local_day(at: datetime) -> date:
        return at.replace(tzinfo=UTC).astimezone(tz).date()

    # The end of today, local, as the naive UTC the journal stores.
    day_end = datetime.combine(today + timedelta(days=1), time())
    day_end = day_end.replace(tzinfo=tz) if tz is not None else day_end.astimezone()
    end_utc = day_end.astimezone(UTC).replace(tzinfo=None)
    active = Contact.archived.is_(False)
    people = (Interaction.id, Interaction.contact_id, Contact.first_name, Contact.last_name)
    facts = TodayFacts()
    for iid, cid, first, last, day in session.execute(
        select(*people, Interaction.follow_up_on).join(Contact)
        .where(active, Interaction.follow_up_on <= today,
               Interaction.follow_up_done_on.is_(None))
    ):
        if day is not None:  # (the query asks for one; the type does not know)
            facts.follow_ups.append((iid, cid, full_name(first, last), day))
    for iid, cid, first, last, at in session.execute(
        select(*people, Interaction.occurred_at).join(Contact)
        .where(active, Interaction.status == InteractionStatus.PLANNED.value,
               Interaction.occurred_at < end_utc)
    ):
        facts.planned.append((iid, cid, full_name(first, last), local_day(at)))
    since = end_utc - timedelta(days=THANK_YOU_WITHIN_DAYS + 2)
    held = dict(session.execute(
        select(Interaction.contact_id, func.max(Interaction.occurred_at))
        .where(Interaction.status == _DONE, Interaction.kind.in_(_CONVERSATIONS),
               Interaction.occurred_at >= since, Interaction.occurred_at < end_utc)
        .group_by(Interaction.contact_id)
    ).all())
    if held:
        thanked = dict(session.execute(
            select(Interaction.contact_id, func.max(Interaction.occurred_at))
            .where(Interaction.status == _DONE,
                   Interaction.kind == InteractionKind.THANK_YOU.value,
                   Interaction.contact_id.in_(list(held)))
            .group_by(Interaction.contact_id)
        ).all())
        names = _names(session, list(held))
        for cid, at in held.items():
            if cid in names:
                last_thanks = thanked.get(cid)
                facts.held.append((cid, names[cid], local_day(at),
                                   local_day(last_thanks) if last_thanks else None))
    with_follow_up = {cid for _i, cid, _n, _d in facts.follow_ups}
    paced = list(session.scalars(select(Contact.id).where(active,
                                                         Contact.cadence_days.is_not(None))))
    if paced:
        for row in load_contact_rows(session, ids=paced):
            due = row.next_follow_up
            if due is not None and due <= today and row.id not in with_follow_up:
                facts.cadence.append((row.id, row.name, due))
    # Each waiting contact's newest sent request (portable SQL: every selected column is
    # grouped or aggregated; the request itself is found by its contact and date).
    sent = (Interaction.kind == InteractionKind.CONNECTION_REQUEST.value) & (
        Interaction.direction == Direction.OUTGOING.value) & (Interaction.status == _DONE)
    newest = (
        select(Interaction.contact_id, func.max(Interaction.occurred_at).label("sent_at"))
        .join(Contact)
        .where(active, Contact.stage == RelationshipStage.REQUEST_SENT.value, sent)
        .group_by(Interaction.contact_id)
        .subquery()
    )
    waiting = (
        select(func.max(Interaction.id), Interaction.contact_id, Contact.first_name,
               Contact.last_name, newest.c.sent_at)
        .join(newest, (newest.c.contact_id == Interaction.contact_id)
              & (newest.c.sent_at == Interaction.occurred_at))
        .join(Contact, Contact.id == Interaction.contact_id)
        .where(sent)
        .group_by(Interaction.contact_id, Contact.first_name, Contact.last_name,
                  newest.c.sent_at)
    )
    for iid, cid, first, last, at in session.execute(waiting):
        facts.requests.append((iid, cid, full_name(first, last), local_day(at)))
    for card in board_rows(session, today, get_stale_days(session)):
        if card.stale:
            label = f"{card.company} — {card.role}" if card.role else card.company
            facts.stale.append((card.id, label, local_day(card.since)))
    for key, value in session.execute(
        select(Setting.key, Setting.value).where(Setting.key.startswith(SNOOZE_PREFIX))
    ):
        try:
            facts.snoozed[key[len(SNOOZE_PREFIX):]] = date.fromisoformat(value)
        except ValueError:
            continue
    return facts


def forget_expired_snoozes(session: Session, today: date) -> None:
    """Snoozes whose day has come are kept no longer (one settings row each, else forever)."""
    session.execute(delete(Setting).where(Setting.key.startswith(SNOOZE_PREFIX),
                                          Setting.value <= today.isoformat()))


def _names(session: Session, ids: list[int]) -> dict[int, str]:
    """Names of the active contacts among ``ids``."""
    return {cid: full_name(first, last) for cid, first, last in session.execute(
        select(Contact.id, Contact.first_name, Contact.last_name)
        .where(Contact.id.in_(ids), Contact.archived.is_(False)))}
