"""Opportunities and companies in the store: history, application date, refusals, board rows."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import func, select

from networkjournal.errors import UserError
from networkjournal.store.companies import company_detail, list_companies
from networkjournal.store.models import Contact, Opportunity, OpportunityStageChange
from networkjournal.store.opportunities import (
    OpportunityDraft,
    board_rows,
    create_opportunity,
    delete_opportunity,
    get_opportunity,
    get_stale_days,
    move_stage,
    rows_for_contact,
    set_stale_days,
    stage_history,
    update_opportunity,
)

DAY1 = datetime(2026, 10, 1, 9, 0)
DAY2 = datetime(2026, 10, 8, 9, 0)
DAY3 = datetime(2026, 10, 20, 9, 0)


def add_contact(session, first, last="", company="", stage="identified", introduced_by=None):
    contact = Contact(first_name=first, last_name=last, company=company, stage=stage,
                      introduced_by=introduced_by)
    session.add(contact)
    session.flush()
    return contact


def test_create_records_first_stage_and_history(journal):
    with journal.transaction() as s:
        opp = create_opportunity(s, OpportunityDraft("  Stripe ", "Backend engineer"), when=DAY1)
        opp_id = opp.id
    with journal.read() as s:
        opp = get_opportunity(s, opp_id)
        assert (opp.company, opp.stage, opp.applied_on) == ("Stripe", "interested", None)
        assert stage_history(s, opp_id) == [("interested", DAY1)]


def test_move_stage_keeps_history_and_sets_application_date_once(journal):
    with journal.transaction() as s:
        opp_id = create_opportunity(s, OpportunityDraft("Alan"), when=DAY1).id
    with journal.transaction() as s:
        opp = get_opportunity(s, opp_id)
        assert move_stage(s, opp, "applied", DAY2)
        assert not move_stage(s, opp, "applied", DAY3)  # already there: nothing recorded
    with journal.transaction() as s:
        opp = get_opportunity(s, opp_id)
        move_stage(s, opp, "interested", DAY3)  # moved back: the application was still sent
        move_stage(s, opp, "interviewing", DAY3)
    with journal.read() as s:
        opp = get_opportunity(s, opp_id)
        assert opp.applied_on == date(2026, 10, 8)
        assert [stage for stage, _ in stage_history(s, opp_id)] == [
            "interested", "applied", "interested", "interviewing"
        ]


def test_skip_straight_to_screening_sets_application_date(journal):
    with journal.transaction() as s:
        opp = create_opportunity(s, OpportunityDraft("Qonto"), when=DAY1)
        move_stage(s, opp, "screening", DAY2)
        assert opp.applied_on == date(2026, 10, 8)
        created_applied = create_opportunity(s, OpportunityDraft("Malt"), "applied", DAY3)
        assert created_applied.applied_on == date(2026, 10, 20)


def test_referral_requires_a_referrer_and_nothing_is_written(journal):
    with pytest.raises(UserError, match="referrer"), journal.transaction() as s:
        create_opportunity(s, OpportunityDraft("Datadog", channel="referral"))
    with journal.read() as s:
        assert s.scalar(select(func.count()).select_from(Opportunity)) == 0
        assert s.scalar(select(func.count()).select_from(OpportunityStageChange)) == 0


@pytest.mark.parametrize(
    ("draft", "message"),
    [
        (OpportunityDraft("   "), "company"),
        (OpportunityDraft("A", channel="carrier pigeon"), "channel"),
        (OpportunityDraft("A", url="not a link at all"), "web link"),
        (OpportunityDraft("A", referrer_id=999), "referrer"),
    ],
)
def test_bad_input_is_refused(journal, draft, message):
    with pytest.raises(UserError, match=message), journal.transaction() as s:
        create_opportunity(s, draft)


def test_update_and_delete(journal):
    with journal.transaction() as s:
        ana = add_contact(s, "Ana", "Lopez", "Stripe")
        opp_id = create_opportunity(s, OpportunityDraft("Stripe"), when=DAY1).id
        move_stage(s, get_opportunity(s, opp_id), "applied", DAY2)
    with journal.transaction() as s:
        draft = OpportunityDraft("Stripe", "SRE", "stripe.com/jobs/1", "referral", ana.id,
                                 date(2026, 9, 30), "ask Ana")
        update_opportunity(s, opp_id, draft)
    with journal.read() as s:
        opp = get_opportunity(s, opp_id)
        assert (opp.url, opp.channel, opp.referrer_id) == ("https://stripe.com/jobs/1", "referral",
                                                           ana.id)
        assert opp.applied_on == date(2026, 9, 30)  # the user's correction stays
    with journal.transaction() as s:
        delete_opportunity(s, opp_id)
    with journal.read() as s:
        assert s.get(Opportunity, opp_id) is None
        assert stage_history(s, opp_id) == []


def test_board_rows_days_in_stage_staleness_and_referrer(journal):
    with journal.transaction() as s:
        ana = add_contact(s, "Ana", "Lopez")
        draft = OpportunityDraft("Stripe", channel="referral", referrer_id=ana.id)
        a = create_opportunity(s, draft, when=DAY1)
        move_stage(s, a, "applied", DAY2)
        create_opportunity(s, OpportunityDraft("Alan"), when=DAY1)
    with journal.read() as s:
        rows = {row.company: row for row in board_rows(s, date(2026, 10, 29), 21)}
    assert rows["Stripe"].referrer_name == "Ana Lopez"
    assert rows["Stripe"].stage == "applied"
    assert rows["Stripe"].days_in_stage == 21
    assert rows["Stripe"].stale
    assert rows["Alan"].days_in_stage == 28
    assert not rows["Alan"].stale  # interested: waiting on the user


def test_stale_days_setting(journal):
    with journal.read() as s:
        assert get_stale_days(s) == 21
    with journal.transaction() as s:
        set_stale_days(s, 14)
    with journal.read() as s:
        assert get_stale_days(s) == 14
    with pytest.raises(UserError), journal.transaction() as s:
        set_stale_days(s, 0)


def test_rows_for_contact_as_referrer_and_at_their_company(journal):
    with journal.transaction() as s:
        ana = add_contact(s, "Ana", company="Société Générale")
        create_opportunity(s, OpportunityDraft("Alan", channel="referral", referrer_id=ana.id))
        create_opportunity(s, OpportunityDraft("societe generale", "Quant"))
        create_opportunity(s, OpportunityDraft("Criteo"))
    with journal.read() as s:
        found = rows_for_contact(s, ana.id, date(2026, 11, 1), 21)
    assert sorted((row.company, referred) for row, referred in found) == [
        ("Alan", True), ("societe generale", False)
    ]


def test_companies_merge_spellings_and_find_introducers(journal):
    with journal.transaction() as s:
        zoe = add_contact(s, "Zoë", "Martin", "Qonto", stage="advocate")
        add_contact(s, "Hugo", "Petit", "Société Générale", stage="chatted")
        add_contact(s, "Léa", "Simon", "societe generale", introduced_by=zoe)
        add_contact(s, "Old", "Friend", "Société Générale").archived = True
        opp = create_opportunity(s, OpportunityDraft("Societe Generale", "Analyst"))
        move_stage(s, opp, "rejected")
        create_opportunity(s, OpportunityDraft("Criteo"))
    with journal.read() as s:
        companies = {c.name: c for c in list_companies(s)}
        assert set(companies) == {"Qonto", "Société Générale", "Criteo"}
        sg = companies["Société Générale"]
        assert (sg.contacts, sg.warm, sg.opportunities, sg.open_opportunities) == (2, 1, 1, 0)
        assert next(iter(companies)) == "Criteo"  # open opportunities first
        detail = company_detail(s, "Société Générale", date(2026, 11, 1), 21)
    assert sorted(p.name for p in detail.contacts) == ["Hugo Petit", "Léa Simon"]
    assert [o.role for o in detail.opportunities] == ["Analyst"]
    introducers = [(i.name, i.works_there, i.introduced_to) for i in detail.introducers]
    assert introducers == [
        ("Zoë Martin", False, ("Léa Simon",)),  # advocate: the closest way in
        ("Hugo Petit", True, ()),
        ("Léa Simon", True, ()),
    ]


def test_demo_opportunities_cover_every_stage_and_channel(journal):
    import random

    from networkjournal.core.pipeline import counts_as_application
    from networkjournal.core.vocabulary import Channel, OpportunityStage
    from networkjournal.store.demo_pipeline import add_demo_opportunities

    today = date(2026, 11, 20)
    with journal.transaction() as s:
        people = [add_contact(s, f"P{n}", company=["Alan", "Qonto", "Malt"][n % 3])
                  for n in range(9)]
        count = add_demo_opportunities(s, people, random.Random(3), today)
    with journal.read() as s:
        opportunities = s.scalars(select(Opportunity)).all()
        assert count == len(opportunities) >= 20
        assert {o.stage for o in opportunities} == {stage.value for stage in OpportunityStage}
        assert {o.channel for o in opportunities} == {channel.value for channel in Channel}
        for o in opportunities:
            history = stage_history(s, o.id)
            stamps = [when for _, when in history]
            assert stamps == sorted(stamps) and stamps[-1].date() <= today
            assert history[-1][0] == o.stage
            reached = any(counts_as_application(stage) for stage, _ in history)
            assert (o.applied_on is not None) == reached
            assert o.channel != "referral" or o.referrer_id is not None
        stale = [r for r in board_rows(s, today, 21) if r.stale]
        assert stale  # the sample shows the stale marking too


def test_who_could_introduce_you_puts_people_you_know_first(journal):
    """At the same stage, a phone contact or a colleague ranks before a LinkedIn
    acquaintance: the method starts from the people the user already knows."""
    from datetime import date

    from networkjournal.store.companies import company_detail
    from networkjournal.store.models import Contact

    with journal.transaction() as s:
        s.add_all([
            Contact(first_name="Alice", company="Alan", stage="connected",
                    source="linkedin_1st"),
            Contact(first_name="Zoé", company="Alan", stage="connected", source="phone"),
            Contact(first_name="Bob", company="Alan", stage="chatted", source="linkedin_2nd"),
        ])
    with journal.read() as s:
        detail = company_detail(s, "Alan", date(2026, 12, 1), 21)
    assert [i.name for i in detail.introducers] == ["Bob", "Zoé", "Alice"]
