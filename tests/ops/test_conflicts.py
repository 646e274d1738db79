"""Saving a contact or an opportunity someone else changed meanwhile: detected, never silent."""

from __future__ import annotations

from dataclasses import replace

import pytest

from networkjournal.core.drafts import ChatDraft, ContactDraft
from networkjournal.errors import EditConflict
from networkjournal.ops.chats import log_chat
from networkjournal.ops.contacts import save_contact
from networkjournal.ops.opportunities import move_opportunities, save_opportunity
from networkjournal.store.conflicts import contact_seen, opportunity_seen
from networkjournal.store.journal import open_journal
from networkjournal.store.models import Contact, Opportunity
from networkjournal.store.opportunities import OpportunityDraft


@pytest.fixture
def other(journal):
    """Another window, or another computer on the same server journal."""
    second = open_journal(journal.url)
    yield second
    second.close()


@pytest.fixture
def ana(journal) -> int:
    return save_contact(journal, ContactDraft(first_name="Ana", company="Alan")).ids[0]


def _contact(journal, contact_id: int) -> Contact:
    with journal.read() as session:
        return session.get(Contact, contact_id)


def test_an_edit_of_a_contact_changed_elsewhere_is_refused_until_the_user_chooses(
        journal, other, ana):
    with journal.read() as session:  # this window's editor opens
        seen = contact_seen(session, ana)
    mine = ContactDraft(first_name="Ana", company="Alan", title="CTO")
    save_contact(other, ContactDraft(first_name="Ana", company="Qonto"), ana)  # the other saves
    with pytest.raises(EditConflict, match=r"^Ana was changed elsewhere"):
        save_contact(journal, mine, ana, seen=seen)
    assert _contact(journal, ana).company == "Qonto"  # theirs, untouched
    save_contact(journal, mine, ana)  # "save mine anyway": no check
    assert (_contact(journal, ana).company, _contact(journal, ana).title) == ("Alan", "CTO")


def test_an_unchanged_contact_saves_and_each_save_needs_a_fresh_stamp(journal, ana):
    with journal.read() as session:
        seen = contact_seen(session, ana)
    save_contact(journal, ContactDraft(first_name="Ana", company="Alan", title="CTO"), ana,
                 seen=seen)
    assert _contact(journal, ana).title == "CTO"
    with pytest.raises(EditConflict):  # the stamp read before that save is now old
        save_contact(journal, ContactDraft(first_name="Ana"), ana, seen=seen)


def test_a_chat_logged_elsewhere_that_moved_the_stage_is_a_change_too(journal, other, ana):
    with journal.read() as session:
        seen = contact_seen(session, ana)
    log_chat(other, ana, ChatDraft(kind="coffee_chat", status="done"))
    assert _contact(journal, ana).stage == "chatted"
    draft = ContactDraft(first_name="Ana", company="Alan", stage="connected")
    with pytest.raises(EditConflict):
        save_contact(journal, draft, ana, seen=seen)
    assert _contact(journal, ana).stage == "chatted"


def test_an_opportunity_moved_elsewhere_is_not_overwritten_by_an_older_editor(journal, other):
    draft = OpportunityDraft(company="Alan", role="Engineer")
    opportunity = save_opportunity(journal, draft, "interested").ids[0]
    with journal.read() as session:
        seen = opportunity_seen(session, opportunity)
    move_opportunities(other, [opportunity], "applied")
    with pytest.raises(EditConflict, match=r"^Alan — Engineer was changed elsewhere"):
        save_opportunity(journal, replace(draft, notes="mine"), "interested", opportunity,
                         seen=seen)
    with journal.read() as session:
        assert session.get(Opportunity, opportunity).stage == "applied"
        assert session.get(Opportunity, opportunity).notes == ""
