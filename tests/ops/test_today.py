"""The Today list over a journal: what it shows, Done and Snooze through the operations."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from networkjournal.core.drafts import ChatDraft, ContactDraft
from networkjournal.core.today import Due, due_items
from networkjournal.ops import chats, contacts, today
from networkjournal.ops.undo import undo
from networkjournal.store.today import today_facts

TODAY = datetime.now(UTC).date()


def items(journal):
    with journal.read() as session:
        facts = today_facts(session, TODAY, UTC)
    return due_items(facts, TODAY)


def at(days: int, hour: int = 9) -> datetime:
    return datetime.combine(TODAY + timedelta(days=days), datetime.min.time()).replace(hour=hour)


def person(journal, name, **fields):
    return contacts.save_contact(journal, ContactDraft(first_name=name, **fields)).ids[0]


def test_the_list_a_day_brings_and_what_done_does(journal):
    ana, ben, chloe, dana = (person(journal, n) for n in ("Ana", "Ben", "Chloé", "Dana"))
    chats.log_chat(journal, ana, ChatDraft(kind="message", occurred_at=at(-10),
                                           follow_up_on=TODAY - timedelta(days=2)))
    chats.log_chat(journal, ben, ChatDraft(kind="coffee_chat", status="planned",
                                           occurred_at=at(-1)))
    chats.log_chat(journal, chloe, ChatDraft(kind="call", occurred_at=at(-1)))
    chats.log_chat(journal, dana, ChatDraft(kind="connection_request", occurred_at=at(-20)))
    person(journal, "Eve", cadence_days=30)  # never written to: nothing to keep up yet
    shown = {(i.kind, i.name) for i in items(journal)}
    assert shown == {(Due.FOLLOW_UP, "Ana"), (Due.CLOSE_CHAT, "Ben"),
                     (Due.THANK_YOU, "Chloé"), (Due.PENDING_REQUEST, "Dana")}
    for item in items(journal):
        today.mark_done(journal, item, TODAY)
    # Each one done: the follow-up, the request accepted, the thank-you sent... and Ben's
    # chat, held yesterday, now owes him a thank-you.
    assert [(i.kind, i.name) for i in items(journal)] == [(Due.THANK_YOU, "Ben")]
    today.mark_done(journal, items(journal)[0], TODAY)
    assert items(journal) == []


def test_snooze_hides_an_item_until_its_day_and_undo_brings_it_back(journal):
    ana = person(journal, "Ana")
    chats.log_chat(journal, ana, ChatDraft(kind="message", occurred_at=at(-10),
                                           follow_up_on=TODAY))
    [item] = items(journal)
    snoozed = today.snooze(journal, item, TODAY + timedelta(days=7))
    assert items(journal) == []
    with journal.read() as session:
        facts = today_facts(session, TODAY, UTC)
    assert [i.name for i in due_items(facts, TODAY + timedelta(days=7))] == ["Ana"]
    undo(journal, snoozed)
    assert [i.name for i in items(journal)] == ["Ana"]


def test_a_planned_chat_that_will_not_happen_is_cancelled(journal):
    ben = person(journal, "Ben")
    chats.log_chat(journal, ben, ChatDraft(kind="coffee_chat", status="planned",
                                           occurred_at=at(-2)))
    [item] = items(journal)
    assert item.kind is Due.CLOSE_CHAT and item.day == TODAY - timedelta(days=2)
    today.cancel_planned(journal, item)
    assert items(journal) == []


def test_a_planned_chat_is_rescheduled_only_to_a_moment_to_come(journal):
    import pytest

    from networkjournal.errors import UserError

    ben = person(journal, "Ben")
    chats.log_chat(journal, ben, ChatDraft(kind="coffee_chat", status="planned",
                                           occurred_at=at(-2)))
    [item] = items(journal)
    with pytest.raises(UserError, match="still to come"):
        today.reschedule(journal, item, at(-1))
    assert items(journal) == [item]  # refused: nothing changed
    moved = today.reschedule(journal, item, at(4, hour=15))
    assert items(journal) == []
    undo(journal, moved)
    assert items(journal) == [item]


def test_stale_opportunities_and_keep_in_touch_are_listed(journal):
    from networkjournal.ops.opportunities import save_opportunity
    from networkjournal.store.opportunities import OpportunityDraft

    save_opportunity(journal, OpportunityDraft("Qonto", "SRE"), "applied")
    with journal.transaction() as s:  # applied 30 days ago, no news since
        from networkjournal.store.models import Opportunity, OpportunityStageChange

        s.query(OpportunityStageChange).update({"changed_at": at(-30)})
        s.query(Opportunity).update({"applied_on": date.today() - timedelta(days=30)})
    ana = person(journal, "Ana", cadence_days=14)
    chats.log_chat(journal, ana, ChatDraft(kind="coffee_chat", occurred_at=at(-40)))
    kinds = {(i.kind, i.name) for i in items(journal)}
    assert (Due.STALE, "Qonto — SRE") in kinds and (Due.KEEP_IN_TOUCH, "Ana") in kinds


def test_an_introduction_asked_comes_back_until_it_is_made(journal):
    zoe = person(journal, "Zoë", source="phone")
    chats.log_chat(journal, zoe, ChatDraft(kind="message", occurred_at=at(-9),
                                           summary="Asked for an introduction",
                                           follow_up_on=TODAY - timedelta(days=2)))
    assert [(i.kind, i.name) for i in items(journal)] == [(Due.FOLLOW_UP, "Zoë")]
    # Zoë introduces the user to Léa: naming her as Léa's introducer logs the introduction,
    # which answers the ask.
    person(journal, "Léa", introduced_by_id=zoe)
    assert items(journal) == []


def test_a_snooze_whose_day_has_come_is_not_kept_forever(journal):
    from sqlalchemy import select

    from networkjournal.store.models import Setting

    ana, ben = person(journal, "Ana"), person(journal, "Ben")
    for who in (ana, ben):
        chats.log_chat(journal, who, ChatDraft(kind="message", occurred_at=at(-9),
                                               follow_up_on=at(-2).date()))
    first, second = items(journal)
    today.snooze(journal, first, TODAY)  # comes back this morning: hides nothing now
    today.snooze(journal, second, TODAY + timedelta(days=3))
    with journal.read() as s:
        keys = s.scalars(select(Setting.key).where(Setting.key.startswith("snooze:"))).all()
    assert keys == [f"snooze:{second.key}"]
    assert items(journal) == [first]
