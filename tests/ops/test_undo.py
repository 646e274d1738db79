"""Every undoable operation is taken back exactly (every table, every column) and redone."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import select

from networkjournal.core.changes import Action, Kind
from networkjournal.core.drafts import ChatDraft, ContactDraft
from networkjournal.errors import UserError
from networkjournal.ops import chats, contacts, opportunities, relationships
from networkjournal.ops.transfer import build_demo
from networkjournal.ops.undo import undo
from networkjournal.store.models import Base, Contact, Interaction, Opportunity
from networkjournal.store.opportunities import OpportunityDraft


def dump(journal) -> dict[str, list[tuple]]:
    """Every row of every table, in key order: what "exactly as before" means."""
    with journal.read() as session:
        return {
            table.name: [tuple(row) for row in session.execute(
                select(table).order_by(*table.primary_key.columns))]
            for table in Base.metadata.sorted_tables
        }


@pytest.fixture
def filled(journal):
    build_demo(journal, seed=3, today=date(2026, 6, 1))
    return journal


def ids_of(journal, model, where=None, limit=3) -> list[int]:
    query = select(model.id).order_by(model.id)
    if where is not None:
        query = query.where(where)
    with journal.read() as session:
        return list(session.scalars(query.limit(limit)))


def referrer_with_introductions(journal) -> int:
    """A contact who referred an opportunity: deleting them touches other rows too."""
    with journal.read() as session:
        return session.scalars(select(Opportunity.referrer_id)
                               .where(Opportunity.referrer_id.is_not(None))).first()


def check_round_trip(journal, changes, before):
    after = dump(journal)
    assert after != before  # the operation did change something
    assert changes.undo is not None
    taken_back = undo(journal, changes)
    assert dump(journal) == before
    assert taken_back.action is Action.UNDO and taken_back.result is changes.action
    redone = undo(journal, taken_back)
    assert dump(journal) == after
    assert redone.action is Action.REDO
    return after


def test_delete_contacts_comes_back_with_chats_history_referrals_and_introductions(filled):
    referrer = referrer_with_introductions(filled)
    others = ids_of(filled, Contact, Contact.id != referrer, limit=2)
    before = dump(filled)
    changes = contacts.delete_contacts(filled, [referrer, *others])
    assert changes.kinds == {Kind.CONTACTS, Kind.CHATS, Kind.OPPORTUNITIES}
    with filled.read() as session:
        assert session.get(Contact, referrer) is None
    check_round_trip(filled, changes, before)


def test_archive_and_unarchive(filled):
    ids = ids_of(filled, Contact)
    before = dump(filled)
    check_round_trip(filled, contacts.set_archived(filled, ids, True), before)


def test_new_and_edited_contact(filled):
    before = dump(filled)
    made = contacts.save_contact(filled, ContactDraft(first_name="Zoé", stage="connected"))
    check_round_trip(filled, made, before)
    undo(filled, undo(filled, made))  # back to before the new contact
    [cid] = ids_of(filled, Contact, limit=1)
    before = dump(filled)
    edited = contacts.save_contact(filled, ContactDraft(first_name="Renamed", stage="advocate"),
                                   cid)
    check_round_trip(filled, edited, before)


def test_move_on_the_relationship_board(filled):
    ids = ids_of(filled, Contact, Contact.stage == "identified")
    before = dump(filled)
    changes = relationships.move_contacts(filled, ids, "chatted")
    assert changes.ids == tuple(ids)
    check_round_trip(filled, changes, before)


def test_move_an_opportunity_card_sets_and_unsets_the_application_date(filled):
    ids = ids_of(filled, Opportunity, Opportunity.stage == "interested")
    before = dump(filled)
    check_round_trip(filled, opportunities.move_opportunities(filled, ids, "interviewing"), before)


def test_log_edit_and_delete_a_chat(filled):
    [cid] = ids_of(filled, Contact, Contact.stage == "identified", limit=1)
    before = dump(filled)
    logged = chats.log_chat(filled, cid, ChatDraft(kind="coffee_chat",
                                                   occurred_at=datetime(2026, 5, 2, 9)))
    assert logged.result == "chatted"  # the stage it moved to
    check_round_trip(filled, logged, before)
    [chat] = ids_of(filled, Interaction, limit=1)
    before = dump(filled)
    check_round_trip(filled, chats.update_chat(filled, chat, ChatDraft(
        kind="lunch", occurred_at=datetime(2026, 5, 3, 12)), cid), before)
    before = dump(filled)
    check_round_trip(filled, chats.mark_follow_up_done(filled, chat, date(2026, 6, 1)), before)
    before = dump(filled)
    check_round_trip(filled, chats.delete_chat(filled, chat), before)


def test_merge_and_opportunity_edits(filled):
    keep, drop = ids_of(filled, Contact, limit=2)
    before = dump(filled)
    check_round_trip(filled, contacts.merge_contacts(filled, keep, drop), before)
    [opp] = ids_of(filled, Opportunity, limit=1)
    before = dump(filled)
    check_round_trip(filled, opportunities.delete_opportunity(filled, opp), before)
    before = dump(filled)
    made = opportunities.save_opportunity(filled, OpportunityDraft("Qonto"), "applied")
    check_round_trip(filled, made, before)


def test_undo_is_refused_when_the_same_rows_changed_since(filled):
    ids = ids_of(filled, Contact, limit=1)
    changes = contacts.set_archived(filled, ids, True)
    contacts.set_archived(filled, ids, False)  # someone changed them back meanwhile
    now = dump(filled)
    with pytest.raises(UserError, match="can no longer be undone"):
        undo(filled, changes)
    assert dump(filled) == now


def test_undo_and_redo_are_exact_with_introducers(journal):
    """A contact brought back by Undo with its introducer is written back whole: the redo
    then finds it exactly as the operation left it."""
    alice = contacts.save_contact(journal, ContactDraft(first_name="Alice")).ids[0]
    bob = contacts.save_contact(journal, ContactDraft(first_name="Bob",
                                                      introduced_by_id=alice)).ids[0]
    carol = contacts.save_contact(journal, ContactDraft(first_name="Carol",
                                                        introduced_by_id=bob)).ids[0]
    before = dump(journal)
    deleted = contacts.delete_contacts(journal, [bob])
    after = dump(journal)
    back = undo(journal, deleted)
    assert dump(journal) == before  # Bob, with his introducer, and Carol's link to him
    undo(journal, back)  # redo
    assert dump(journal) == after
    before = dump(journal)
    made = contacts.save_contact(journal, ContactDraft(first_name="Dan",
                                                       introduced_by_id=carol))
    check_round_trip(journal, made, before)
