"""The charts' numbers, on hand-computed cases (core.metrics: no Qt, no SQL)."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, date, datetime, timedelta
from itertools import pairwise
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from networkjournal.core.metrics import (
    VIA_COLD,
    VIA_RELATIONSHIP,
    GroupCount,
    InteractionRecord,
    JournalRecords,
    OpportunityRecord,
    RangePreset,
    application_date,
    compute_stats,
    extract_events,
    preset_range,
    summarize,
    week_start,
    weeks_between,
)

PARIS = ZoneInfo("Europe/Paris")
NEW_YORK = ZoneInfo("America/New_York")


def chat(contact: int, at: datetime, kind: str = "coffee_chat", status: str = "done",
         direction: str = "outgoing", follow_up_done_on: date | None = None) -> InteractionRecord:
    return InteractionRecord(contact, kind, status, direction, at, follow_up_done_on)


def opp(channel: str, stage: str, applied_on: date | None = None,
        history: tuple[tuple[str, datetime], ...] = (), created: datetime | None = None):
    return OpportunityRecord(channel, stage, applied_on, history, created)


def stats_of(interactions=(), opportunities=(), tz=UTC, first=None, last=None, contacts=0):
    records = JournalRecords(contacts, list(interactions), list(opportunities))
    return compute_stats(records, tz, first, last)


def test_empty_journal_has_no_weeks_and_zero_totals():
    stats = stats_of()
    assert stats.weeks == []
    assert stats.relationships_built == [] and stats.applications_sent == []
    assert stats.interviews == {VIA_RELATIONSHIP: GroupCount(0, 0), VIA_COLD: GroupCount(0, 0)}
    assert stats.interviews[VIA_RELATIONSHIP].rate is None
    assert stats.is_empty


def test_empty_journal_over_a_range_gives_zero_weeks_not_gaps():
    stats = stats_of(first=date(2026, 3, 2), last=date(2026, 3, 16))
    assert stats.weeks == [date(2026, 3, 2), date(2026, 3, 9), date(2026, 3, 16)]
    assert stats.applications_sent == [0, 0, 0]
    assert stats.is_empty


def test_one_week_counts_relationships_applications_and_activity():
    # Week of Monday 2026-03-02: two contacts chatted, one application, one request.
    interactions = [
        chat(1, datetime(2026, 3, 2, 10)),
        chat(2, datetime(2026, 3, 4, 18), kind="call"),
        chat(3, datetime(2026, 3, 5, 9), kind="connection_request"),
    ]
    opportunities = [opp("cold_application", "applied", applied_on=date(2026, 3, 6))]
    stats = stats_of(interactions, opportunities, contacts=3)
    assert stats.weeks == [date(2026, 3, 2)]
    assert stats.relationships_built == [2]
    assert stats.applications_sent == [1]
    assert stats.new_contacts_reached == [1]  # the request; the chats were not outreach
    assert stats.chats_held == [2]
    assert stats.contacts == 3
    assert not stats.is_empty


def test_weeks_without_activity_are_zeros_not_gaps():
    interactions = [chat(1, datetime(2026, 3, 3, 12)), chat(2, datetime(2026, 3, 24, 12))]
    stats = stats_of(interactions)
    assert stats.weeks == [date(2026, 3, 2), date(2026, 3, 9), date(2026, 3, 16),
                           date(2026, 3, 23)]
    assert stats.relationships_built == [1, 0, 0, 1]
    assert stats.cumulative_relationships == [1, 1, 1, 2]
    assert stats.applications_sent == [0, 0, 0, 0]


def test_a_contact_with_several_chats_is_one_relationship_dated_by_the_first():
    interactions = [
        chat(7, datetime(2026, 3, 18, 12), kind="lunch"),
        chat(7, datetime(2026, 3, 4, 12)),  # the first, listed out of order
        chat(7, datetime(2026, 3, 11, 12), kind="call"),
    ]
    stats = stats_of(interactions)
    assert stats.relationships_built == [1, 0, 0]
    assert stats.chats_held == [1, 1, 1]  # every chat held still counts as activity
    assert sum(stats.relationships_built) == 1


def test_only_a_real_conversation_builds_a_relationship():
    interactions = [
        chat(1, datetime(2026, 3, 2, 9), status="planned"),  # planned coffee chat
        chat(2, datetime(2026, 3, 2, 9), kind="message"),  # outgoing message: no reply
        chat(3, datetime(2026, 3, 2, 9), kind="note"),
        chat(4, datetime(2026, 3, 3, 9), kind="email", direction="incoming"),  # a "yes": reachable
        chat(5, datetime(2026, 3, 4, 9), kind="call"),  # a conversation that happened
    ]
    stats = stats_of(interactions)
    assert stats.relationships_built == [1]
    assert stats.chats_held == [1]
    assert stats.new_contacts_reached == [1]  # contact 2's message (a call is not outreach)


def test_new_contact_reached_only_on_the_first_outgoing_interaction():
    interactions = [
        chat(1, datetime(2026, 3, 2, 9), kind="connection_request"),
        chat(1, datetime(2026, 3, 10, 9), kind="message"),  # already reached
        chat(2, datetime(2026, 3, 3, 9)),  # met first at a coffee chat...
        chat(2, datetime(2026, 3, 11, 9), kind="email"),  # ...so this email is not new
        chat(3, datetime(2026, 3, 4, 9), kind="message", direction="incoming"),
        chat(3, datetime(2026, 3, 12, 9), kind="message"),  # they wrote first: still new
    ]
    assert stats_of(interactions).new_contacts_reached == [1, 1]


def test_follow_ups_done_count_in_the_week_they_were_done():
    interactions = [
        chat(1, datetime(2026, 3, 2, 9), follow_up_done_on=date(2026, 3, 15)),  # a Sunday
        chat(2, datetime(2026, 3, 2, 9), status="planned", kind="call",
             follow_up_done_on=date(2026, 3, 16)),
    ]
    stats = stats_of(interactions)
    assert stats.weeks == [date(2026, 3, 2), date(2026, 3, 9), date(2026, 3, 16)]
    assert stats.follow_ups_done == [0, 1, 1]


def test_an_opportunity_that_skipped_applied_is_still_an_application():
    history = (("interested", datetime(2026, 3, 2, 9)),
               ("interviewing", datetime(2026, 3, 11, 9)))
    referral = opp("referral", "interviewing", history=history)
    assert application_date(referral, UTC) == date(2026, 3, 11)
    stats = stats_of(opportunities=[referral])
    assert stats.weeks == [date(2026, 3, 9)]
    assert stats.applications_sent == [1]
    assert stats.interviews[VIA_RELATIONSHIP] == GroupCount(sent=1, interviewed=1)


def test_applied_on_wins_over_the_history_and_interested_is_not_sent():
    history = (("applied", datetime(2026, 3, 20, 9)),)
    opportunities = [
        opp("cold_application", "applied", applied_on=date(2026, 3, 3), history=history),
        opp("cold_application", "interested", history=(("interested", datetime(2026, 3, 3)),)),
        opp("networking", "withdrawn", history=(("interested", datetime(2026, 3, 3)),
                                                ("withdrawn", datetime(2026, 3, 4)))),
    ]
    stats = stats_of(opportunities=opportunities)
    assert stats.weeks == [date(2026, 3, 2)]
    assert stats.applications_sent == [1]


def test_interviews_per_channel_group_with_rates():
    t = datetime(2026, 3, 3, 9)
    opportunities = [
        opp("referral", "offer", history=(("applied", t), ("interviewing", t), ("offer", t))),
        opp("networking", "rejected", history=(("applied", t), ("interviewing", t),
                                              ("rejected", t))),  # closed after interviews
        opp("networking", "screening", history=(("applied", t), ("screening", t))),
        opp("cold_application", "ghosted", history=(("applied", t), ("ghosted", t))),
        opp("cold_application", "rejected", history=(("applied", t), ("rejected", t))),
        opp("cold_application", "applied", history=(("applied", t),)),
        opp("recruiter", "interviewing", history=(("screening", t), ("interviewing", t))),
    ]
    stats = stats_of(opportunities=opportunities)
    assert stats.interviews[VIA_RELATIONSHIP] == GroupCount(sent=3, interviewed=2)
    assert stats.interviews[VIA_COLD] == GroupCount(sent=4, interviewed=1)
    assert stats.interviews[VIA_RELATIONSHIP].rate == pytest.approx(2 / 3)
    assert stats.interviews[VIA_COLD].rate == pytest.approx(1 / 4)
    assert stats.by_channel["recruiter"] == GroupCount(1, 1)
    assert stats.by_channel["cold_application"] == GroupCount(3, 0)


def test_a_paris_monday_just_after_midnight_is_in_monday_s_week():
    # 2026-03-08 23:30 UTC is Monday 2026-03-09 00:30 in Paris (UTC+1 in March).
    late_sunday_utc = datetime(2026, 3, 8, 23, 30)
    interactions = [chat(1, late_sunday_utc)]
    assert stats_of(interactions, tz=PARIS).weeks == [date(2026, 3, 9)]
    assert stats_of(interactions, tz=UTC).weeks == [date(2026, 3, 2)]


def test_a_new_york_sunday_evening_stays_in_the_week_before():
    # 2026-03-09 01:30 UTC (a Monday in UTC) is Sunday 2026-03-08 21:30 in New York.
    interactions = [chat(1, datetime(2026, 3, 9, 1, 30))]
    assert stats_of(interactions, tz=NEW_YORK).weeks == [date(2026, 3, 2)]
    assert stats_of(interactions, tz=UTC).weeks == [date(2026, 3, 9)]


def test_week_edges_follow_daylight_saving_time():
    # Paris moves to UTC+2 on 2026-03-29: Monday 2026-03-30 starts at 22:00 UTC Sunday.
    interactions = [
        chat(1, datetime(2026, 3, 29, 21, 59)),  # Sunday 23:59 in Paris
        chat(2, datetime(2026, 3, 29, 22, 0)),  # Monday 00:00 in Paris
        chat(3, datetime(2026, 3, 1, 23, 0)),  # Monday 2026-03-02 00:00 (UTC+1)
        chat(4, datetime(2026, 3, 1, 22, 59)),  # Sunday 2026-03-01 23:59
    ]
    stats = stats_of(interactions, tz=PARIS)
    assert stats.weeks[0] == date(2026, 2, 23)
    assert stats.weeks[-1] == date(2026, 3, 30)
    assert stats.relationships_built == [1, 1, 0, 0, 1, 1]


def test_application_dated_by_history_uses_local_time():
    # Applied on Sunday 23:30 UTC = Monday 00:30 Paris: that Monday's week.
    record = opp("referral", "applied", history=(("applied", datetime(2026, 3, 8, 23, 30)),))
    assert application_date(record, PARIS) == date(2026, 3, 9)
    assert application_date(record, UTC) == date(2026, 3, 8)


def test_range_slices_the_series_and_the_interview_counts():
    t1, t2 = datetime(2026, 3, 3, 9), datetime(2026, 4, 7, 9)
    events = extract_events(JournalRecords(
        0,
        [chat(1, t1), chat(2, t2)],
        [opp("referral", "interviewing", history=(("applied", t1), ("interviewing", t1))),
         opp("cold_application", "applied", history=(("applied", t2),))],
    ), UTC)
    april = summarize(events, date(2026, 4, 6), date(2026, 4, 12))
    assert april.weeks == [date(2026, 4, 6)]
    assert april.relationships_built == [1]
    assert april.interviews[VIA_RELATIONSHIP] == GroupCount(0, 0)
    assert april.interviews[VIA_COLD] == GroupCount(1, 0)
    assert events.first_week() == date(2026, 3, 2)
    assert events.last_week() == date(2026, 4, 6)


def test_unknown_vocabulary_is_ignored_not_fatal():
    interactions = [chat(1, datetime(2026, 3, 3), kind="telepathy")]
    stats = stats_of(interactions, opportunities=[opp("carrier_pigeon", "applied",
                                                      applied_on=date(2026, 3, 3))])
    assert stats.relationships_built == [0]
    assert stats.applications_sent == [1]  # still an application, in no channel group
    assert stats.interviews[VIA_COLD].sent == 0


def test_weeks_and_presets():
    assert week_start(date(2026, 3, 8)) == date(2026, 3, 2)  # Sunday -> its Monday
    assert week_start(date(2026, 3, 9)) == date(2026, 3, 9)
    assert weeks_between(date(2026, 3, 10), date(2026, 3, 1)) == []
    today = date(2026, 3, 12)  # a Thursday
    assert preset_range(RangePreset.WEEKS_4, today, None) == (date(2026, 2, 16),
                                                               date(2026, 3, 9))
    assert preset_range(RangePreset.MONTHS_3, today, None)[0] == date(2025, 12, 15)  # 13 weeks
    assert len(weeks_between(*preset_range(RangePreset.MONTHS_12, today, None))) == 52
    assert preset_range(RangePreset.ALL, today, date(2025, 6, 4)) == (date(2025, 6, 2),
                                                                       date(2026, 3, 9))
    assert preset_range(RangePreset.ALL, today, None) == (date(2026, 3, 9), date(2026, 3, 9))


KINDS = ["coffee_chat", "call", "message", "email", "connection_request", "note", "lunch"]


@settings(max_examples=60, deadline=None)
@given(
    entries=st.lists(
        st.tuples(
            st.integers(1, 6),
            st.sampled_from(KINDS),
            st.sampled_from(["done", "planned"]),
            st.sampled_from(["outgoing", "incoming"]),
            st.datetimes(min_value=datetime(2025, 1, 1), max_value=datetime(2026, 12, 31)),
        ),
        max_size=40,
    ),
    zone=st.sampled_from(["UTC", "Europe/Paris", "America/New_York", "Asia/Kolkata",
                          "Pacific/Auckland"]),
)
def test_weekly_series_are_gapless_mondays_and_add_up(entries, zone):
    interactions = [chat(c, at, kind=k, status=s, direction=d) for c, k, s, d, at in entries]
    tz = ZoneInfo(zone)
    stats = stats_of(interactions, tz=tz)
    assert all(w.weekday() == 0 for w in stats.weeks)
    assert all((b - a).days == 7 for a, b in pairwise(stats.weeks))
    two_way = [(c, at) for c, k, s, d, at in entries
               if s == "done" and k in ("coffee_chat", "call", "lunch")]
    assert sum(stats.relationships_built) == len({c for c, _ in two_way})
    assert sum(stats.chats_held) == len(two_way)
    # Each chat is counted in the week of its local date, nowhere else.
    expected = Counter(week_start(at.replace(tzinfo=UTC).astimezone(tz).date())
                       for _c, at in two_way)
    counted = {week: n for week, n in zip(stats.weeks, stats.chats_held, strict=True) if n}
    assert counted == dict(expected)


def test_the_goal_streak_counts_full_weeks_met_up_to_last_week():
    from networkjournal.core.goals import goal_streak
    from networkjournal.core.metrics import Goals, Stats

    weeks = [date(2026, 11, 2) + timedelta(weeks=n) for n in range(5)]  # Nov 2 .. Nov 30
    stats = Stats(weeks=weeks, relationships_built=[0] * 5, applications_sent=[0] * 5,
                  new_contacts_reached=[5, 1, 5, 6, 0], chats_held=[2, 2, 2, 3, 0],
                  follow_ups_done=[3, 3, 3, 4, 0], interviews={}, by_channel={})
    goals = Goals(new_contacts=5, chats=2, follow_ups=3)
    # The current week (Nov 30) has nothing yet: it does not break the streak.
    assert goal_streak(stats, goals, this_week=date(2026, 11, 30)) == 2  # Nov 16 and 23
    assert goal_streak(stats, goals, this_week=date(2026, 11, 16)) == 0  # Nov 9 missed
    assert goal_streak(stats, Goals(0, 0, 0), this_week=date(2026, 11, 30)) == 0
    assert goal_streak(stats, Goals(1, 0, 0), this_week=date(2026, 11, 30)) == 4


def test_a_run_of_weeks_is_under_way_only_when_it_ends_with_this_week():
    from networkjournal.core.goals import week_under_way

    this_week = date(2026, 11, 30)
    assert week_under_way([date(2026, 11, 23), this_week], this_week)
    assert not week_under_way([date(2026, 11, 16), date(2026, 11, 23)], this_week)
    assert not week_under_way([], this_week)
