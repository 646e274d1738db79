"""Contacts and the chat log in the store: rows, duplicates, stages that follow the log."""

from datetime import date, datetime

from sqlalchemy import select

from networkjournal.core.drafts import ChatDraft, ContactDraft
from networkjournal.ops.transfer import build_demo
from networkjournal.store.chats import (
    delete_chat,
    load_chat_rows,
    log_chat,
    mark_follow_up_done,
    update_chat,
)
from networkjournal.store.contacts import (
    find_duplicates,
    load_contact_rows,
    save_contact,
    set_archived,
)
from networkjournal.store.models import Contact, ContactStageChange


def _contact(journal, **fields):
    fields.setdefault("first_name", "Camille")
    with journal.transaction() as session:
        return save_contact(session, ContactDraft(**fields)).id


def _chat(journal, contact_id, **fields):
    with journal.transaction() as session:
        return log_chat(session, contact_id, ChatDraft(**fields))[0].id


def test_rows_show_last_interaction_and_next_follow_up(journal):
    cid = _contact(journal, last_name="Laurent", company="Qonto", cadence_days=30)
    _chat(journal, cid, kind="coffee_chat", occurred_at=datetime(2026, 3, 2, 9, 0))
    _chat(journal, cid, kind="call", status="planned", occurred_at=datetime(2026, 4, 1, 9, 0))
    [row] = load_contact_rows_of(journal)
    assert row.name == "Camille Laurent"
    assert row.last_interaction == date(2026, 3, 2)  # the planned call is not "last"
    assert row.next_follow_up == date(2026, 4, 1)  # cadence of 30 days from the last chat


def test_an_open_follow_up_date_wins_over_cadence(journal):
    cid = _contact(journal, cadence_days=90)
    iid = _chat(journal, cid, kind="coffee_chat", occurred_at=datetime(2026, 3, 2),
                follow_up_on=date(2026, 3, 9))
    assert load_contact_rows_of(journal)[0].next_follow_up == date(2026, 3, 9)
    with journal.transaction() as session:
        mark_follow_up_done(session, iid, date(2026, 3, 9))
    assert load_contact_rows_of(journal)[0].next_follow_up == date(2026, 5, 31)


def load_contact_rows_of(journal, **kwargs):
    with journal.read() as session:
        return load_contact_rows(session, **kwargs)


def test_archived_contacts_are_hidden_unless_asked(journal):
    cid = _contact(journal)
    with journal.transaction() as session:
        set_archived(session, [cid], True)
    assert load_contact_rows_of(journal) == []
    assert [r.id for r in load_contact_rows_of(journal, include_archived=True)] == [cid]


def test_duplicates_by_email_or_linkedin_profile(journal):
    cid = _contact(journal, email="Camille@Qonto.com",
                   linkedin_url="https://www.linkedin.com/in/camille-l/")
    with journal.read() as session:
        by_email = find_duplicates(session, ContactDraft(email="camille@qonto.com"))
        by_url = find_duplicates(session, ContactDraft(linkedin_url="http://linkedin.com/in/camille-l"))
        other = find_duplicates(session, ContactDraft(linkedin_url="https://linkedin.com/in/camille"))
        itself = find_duplicates(session, ContactDraft(email="camille@qonto.com"), exclude_id=cid)
    assert [c.id for c in by_email] == [cid]
    assert [c.id for c in by_url] == [cid]
    assert other == []  # a profile whose slug is a prefix is another person
    assert itself == []


def test_logging_a_done_coffee_chat_moves_the_stage_forward_and_keeps_history(journal):
    cid = _contact(journal, stage="connected")
    _chat(journal, cid, kind="coffee_chat", status="planned")
    iid = _chat(journal, cid, kind="coffee_chat", status="done")
    with journal.read() as session:
        contact = session.get(Contact, cid)
        assert contact.stage == "chatted"
        history = [(c.stage, c.manual) for c in session.scalars(
            select(ContactStageChange).where(ContactStageChange.contact_id == cid)
            .order_by(ContactStageChange.id))]
    assert history == [("connected", True), ("chat_planned", False), ("chatted", False)]
    # A later connection request never moves the stage back; deleting the chat neither.
    _chat(journal, cid, kind="connection_request")
    with journal.transaction() as session:
        delete_chat(session, iid)
    with journal.read() as session:
        assert session.get(Contact, cid).stage == "chatted"


def test_a_planned_chat_marked_done_advances_the_stage(journal):
    cid = _contact(journal)
    iid = _chat(journal, cid, kind="lunch", status="planned")
    with journal.transaction() as session:
        moved = update_chat(session, iid, ChatDraft(kind="lunch", status="done"))
    assert moved
    with journal.read() as session:
        assert session.get(Contact, cid).stage == "chatted"


def test_chat_rows_newest_first_for_one_contact(journal):
    a, b = _contact(journal, first_name="A"), _contact(journal, first_name="B")
    _chat(journal, a, kind="email", occurred_at=datetime(2026, 1, 1), summary="first")
    _chat(journal, a, kind="call", occurred_at=datetime(2026, 2, 1), summary="second")
    _chat(journal, b, kind="call", occurred_at=datetime(2026, 3, 1), summary="other")
    with journal.read() as session:
        assert [r.summary for r in load_chat_rows(session, a)] == ["second", "first"]
        assert len(load_chat_rows(session)) == 3


def test_demo_journal_is_realistic(journal):
    counts = build_demo(journal, today=date(2026, 11, 25)).result
    assert counts.contacts == 60
    assert counts.interactions > 100
    rows = load_contact_rows_of(journal)
    assert len({r.name for r in rows}) == 60  # no two people with the same name
    assert {r.stage for r in rows} >= {"identified", "request_sent", "chatted", "advocate"}
    assert any(r.next_follow_up for r in rows)
    with journal.read() as session:
        planned = [r for r in load_chat_rows(session) if r.status == "planned"]
    assert planned and all(r.occurred_at.date() >= date(2026, 11, 25) for r in planned)


def test_pickers_tell_namesakes_apart(journal):
    from networkjournal.store.contacts import contact_choices

    a = _contact(journal, first_name="Björn", last_name="Smith", company="Shopify",
                 email="bjorn@shopify.com")
    b = _contact(journal, first_name="Björn", last_name="Smith", company="Shopify")
    c = _contact(journal, first_name="Björn", last_name="Smith", company="Shopify")
    with journal.read() as session:
        labels = dict(contact_choices(session))
    assert len(set(labels.values())) == 3  # a picker maps each label to exactly one person
    assert labels[a] == "Björn Smith — Shopify (bjorn@shopify.com)"
    assert {labels[b], labels[c]} == {f"Björn Smith — Shopify #{b}", f"Björn Smith — Shopify #{c}"}


def test_a_chat_logged_on_the_wrong_person_can_be_moved(journal):
    wrong, right = _contact(journal, first_name="Wrong"), _contact(journal, first_name="Right")
    iid = _chat(journal, wrong, kind="coffee_chat", summary="Coffee")
    with journal.transaction() as session:
        update_chat(session, iid, ChatDraft(kind="coffee_chat", summary="Coffee"), right)
    with journal.read() as session:
        assert [r.summary for r in load_chat_rows(session, right)] == ["Coffee"]
        assert load_chat_rows(session, wrong) == []
        assert session.get(Contact, right).stage == "chatted"


def test_acting_on_a_contact_deleted_elsewhere_is_refused_clearly(journal):
    import pytest

    from networkjournal.errors import RowGone
    from networkjournal.store.contacts import delete_contacts

    cid = _contact(journal)
    with journal.transaction() as session:
        delete_contacts(session, [cid])
    with pytest.raises(RowGone, match="no longer exists"), journal.transaction() as session:
        log_chat(session, cid, ChatDraft(kind="call"))


def test_deleting_a_referrer_keeps_the_opportunity_as_networking(journal):
    from networkjournal.store.contacts import delete_contacts, deletion_effects
    from networkjournal.store.models import Opportunity

    referrer = _contact(journal, first_name="Ugo", last_name="Legrand")
    introduced = _contact(journal, first_name="Léa", introduced_by_id=referrer)
    with journal.transaction() as session:
        session.add(Opportunity(company="Qonto", role="Backend Engineer", channel="referral",
                                referrer_id=referrer))
    with journal.read() as session:
        effects = deletion_effects(session, [referrer])
    assert effects.referred == ["Qonto — Backend Engineer"]
    assert effects.introduced == ["Léa"]
    with journal.transaction() as session:
        delete_contacts(session, [referrer])
    with journal.read() as session:
        opportunity = session.scalars(select(Opportunity)).one()
        assert (opportunity.channel, opportunity.referrer_id) == ("networking", None)
        assert "Referred by Ugo Legrand." in opportunity.notes
        assert session.get(Contact, introduced).introduced_by_id is None


def test_a_contact_with_a_chat_planned_is_not_overdue(journal):
    cid = _contact(journal, cadence_days=30)
    _chat(journal, cid, kind="coffee_chat", occurred_at=datetime(2026, 3, 2))
    _chat(journal, cid, kind="coffee_chat", status="planned", occurred_at=datetime(2026, 5, 20, 9))
    assert load_contact_rows_of(journal)[0].next_follow_up == date(2026, 5, 20)
