"""Stages that tell the truth, through the operations the window calls."""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import select

from networkjournal.core.drafts import ChatDraft, ContactDraft
from networkjournal.errors import UserError
from networkjournal.ops import chats, contacts
from networkjournal.ops.undo import undo
from networkjournal.store.models import Contact, Interaction


def stage_of(journal, contact_id):
    with journal.read() as s:
        return s.get(Contact, contact_id).stage


def entries(journal, contact_id):
    with journal.read() as s:
        return [(i.kind, i.direction, i.summary) for i in s.scalars(
            select(Interaction).where(Interaction.contact_id == contact_id)
            .order_by(Interaction.id))]


def test_a_yes_to_a_coffee_is_connected_and_the_coffee_itself_is_chatted(journal):
    ana = contacts.save_contact(journal, ContactDraft(first_name="Ana")).ids[0]
    yes = chats.log_chat(journal, ana, ChatDraft(kind="message", direction="incoming",
                                                 occurred_at=datetime(2026, 3, 2, 9)))
    assert yes.result == "connected" and stage_of(journal, ana) == "connected"
    chats.log_chat(journal, ana, ChatDraft(kind="coffee_chat", status="planned",
                                           occurred_at=datetime(2026, 3, 9, 9)))
    assert stage_of(journal, ana) == "chat_planned"
    held = chats.log_chat(journal, ana, ChatDraft(kind="coffee_chat",
                                                  occurred_at=datetime(2026, 3, 9, 9)))
    assert held.result == "chatted"


def test_mark_accepted_logs_the_acceptance_and_connects_in_one_step(journal):
    ana = contacts.save_contact(journal, ContactDraft(first_name="Ana")).ids[0]
    request = chats.log_chat(journal, ana, ChatDraft(kind="connection_request",
                                                     occurred_at=datetime(2026, 3, 2, 9)))
    assert stage_of(journal, ana) == "request_sent"
    accepted = chats.mark_accepted(journal, request.ids[0])
    assert accepted.result == "connected" and stage_of(journal, ana) == "connected"
    assert entries(journal, ana)[-1] == ("connection_request", "incoming",
                                         "Accepted the connection request")
    undo(journal, accepted)  # one step back: the acceptance and the stage
    assert stage_of(journal, ana) == "request_sent" and len(entries(journal, ana)) == 1
    with pytest.raises(UserError, match="connection request you sent"):
        chats.mark_accepted(journal, chats.log_chat(journal, ana, ChatDraft(
            kind="message", occurred_at=datetime(2026, 3, 3, 9))).ids[0])


def test_phone_contacts_and_colleagues_start_connected(journal):
    from networkjournal.core.relationship import starting_stage

    friend = contacts.save_contact(journal, ContactDraft(
        first_name="Léa", source="phone", stage=starting_stage("phone"))).ids[0]
    assert stage_of(journal, friend) == "connected"


def test_naming_an_introducer_credits_them_and_undo_takes_it_all_back(journal):
    friend = contacts.save_contact(journal, ContactDraft(first_name="Léa", source="phone",
                                                         stage="connected")).ids[0]
    saved = contacts.save_contact(journal, ContactDraft(first_name="Hugo", last_name="Petit",
                                                        introduced_by_id=friend))
    hugo = saved.ids[0]
    assert stage_of(journal, friend) == "advocate"  # an introduction made: an advocate
    assert entries(journal, friend) == [("introduction", "outgoing",
                                         "Introduced you to Hugo Petit")]
    assert saved.contact_ids == {hugo, friend}
    # Saving him again does not credit her twice.
    contacts.save_contact(journal, ContactDraft(first_name="Hugo", last_name="Petit",
                                                introduced_by_id=friend), hugo)
    assert len(entries(journal, friend)) == 1


def test_undo_of_a_new_contact_with_an_introducer(journal):
    friend = contacts.save_contact(journal, ContactDraft(first_name="Léa", source="phone",
                                                         stage="connected")).ids[0]
    saved = contacts.save_contact(journal, ContactDraft(first_name="Hugo",
                                                        introduced_by_id=friend))
    undo(journal, saved)
    with journal.read() as s:
        assert s.get(Contact, saved.ids[0]) is None
    assert stage_of(journal, friend) == "connected" and entries(journal, friend) == []


def follow_ups(journal, contact_id):
    with journal.read() as s:
        return [(i.summary, i.follow_up_done_on) for i in s.scalars(
            select(Interaction).where(Interaction.contact_id == contact_id,
                                      Interaction.follow_up_on.is_not(None))
            .order_by(Interaction.id))]


def test_a_reply_or_a_chat_closes_the_follow_ups_it_answered(journal):
    from datetime import date

    ana = contacts.save_contact(journal, ContactDraft(first_name="Ana")).ids[0]
    chats.log_chat(journal, ana, ChatDraft(kind="message", summary="hello",
                                           occurred_at=datetime(2026, 3, 2, 9),
                                           follow_up_on=date(2026, 3, 9)))
    chats.log_chat(journal, ana, ChatDraft(kind="message", summary="nudge",
                                           occurred_at=datetime(2026, 3, 3, 9)))  # mine
    assert follow_ups(journal, ana) == [("hello", None)]  # my own message answers nothing
    reply = chats.log_chat(journal, ana, ChatDraft(kind="message", direction="incoming",
                                                   occurred_at=datetime(2026, 3, 5, 18)))
    assert follow_ups(journal, ana) == [("hello", date(2026, 3, 5))]
    undo(journal, reply)  # undone with the reply
    assert follow_ups(journal, ana) == [("hello", None)]
    planned = chats.log_chat(journal, ana, ChatDraft(
        kind="coffee_chat", status="planned", summary="coffee",
        occurred_at=datetime(2026, 3, 12, 9), follow_up_on=date(2026, 3, 20)))
    assert follow_ups(journal, ana) == [("hello", None), ("coffee", None)]  # not yet held
    chats.update_chat(journal, planned.ids[0], ChatDraft(
        kind="coffee_chat", summary="coffee", occurred_at=datetime(2026, 3, 12, 9),
        follow_up_on=date(2026, 3, 20)))
    # The chat held answers what was owed before it, not its own next step.
    assert follow_ups(journal, ana) == [("hello", date(2026, 3, 12)), ("coffee", None)]
