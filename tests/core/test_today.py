"""What is due today, from plain facts: each kind, the boundaries, snoozes, the order."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from networkjournal.core.today import Due, TodayFacts, due_items

TODAY = date(2026, 12, 1)


def kinds(facts: TodayFacts) -> list[tuple[Due, str]]:
    return [(item.kind, item.name) for item in due_items(facts, TODAY)]


@pytest.mark.parametrize(
    ("day", "due"),
    [(date(2026, 11, 20), True), (TODAY, True), (date(2026, 12, 2), False)],
)
def test_follow_ups_are_due_on_their_day_and_after(day, due):
    facts = TodayFacts(follow_ups=[(1, 10, "Ana", day)])
    assert kinds(facts) == ([(Due.FOLLOW_UP, "Ana")] if due else [])


@pytest.mark.parametrize(
    ("day", "expected"),
    [(date(2026, 11, 30), [Due.CLOSE_CHAT]), (TODAY, [Due.CHAT_TODAY]),
     (date(2026, 12, 3), [])],
)
def test_a_planned_chat_today_or_past_asks_to_be_held_or_closed(day, expected):
    facts = TodayFacts(planned=[(1, 10, "Ana", day)])
    assert [k for k, _ in kinds(facts)] == expected


@pytest.mark.parametrize(
    ("held", "thanked", "due"),
    [
        (date(2026, 11, 30), None, True),  # yesterday's chat: a thank-you today
        (TODAY, None, False),  # proposed for tomorrow
        (date(2026, 11, 28), date(2026, 11, 29), False),  # already thanked
        (date(2026, 11, 28), date(2026, 11, 1), True),  # an older thank-you does not count
        (date(2026, 11, 10), None, False),  # three weeks ago: moot
    ],
)
def test_a_thank_you_is_owed_the_day_after_a_chat(held, thanked, due):
    facts = TodayFacts(held=[(10, "Ana", held, thanked)])
    assert kinds(facts) == ([(Due.THANK_YOU, "Ana")] if due else [])


def test_cadence_requests_and_stale_opportunities():
    facts = TodayFacts(
        cadence=[(10, "Ana", date(2026, 11, 29)), (11, "Ben", date(2026, 12, 5))],
        requests=[(1, 12, "Chloé", date(2026, 11, 10)), (2, 13, "Dana", date(2026, 11, 25))],
        stale=[(5, "Qonto — SRE", date(2026, 11, 2))],
    )
    # Oldest first: stale since 2 Nov, Chloé's request unanswered since 10 Nov (due 24 Nov),
    # Ana's keep-in-touch due 29 Nov; Ben's and Dana's are not due yet.
    assert kinds(facts) == [(Due.STALE, "Qonto — SRE"), (Due.PENDING_REQUEST, "Chloé"),
                            (Due.KEEP_IN_TOUCH, "Ana")]


def test_a_snoozed_item_waits_until_its_day():
    facts = TodayFacts(follow_ups=[(1, 10, "Ana", date(2026, 11, 20))],
                       snoozed={"follow_up:1": date(2026, 12, 8)})
    assert kinds(facts) == []
    facts.snoozed["follow_up:1"] = TODAY  # until today: back on the list
    assert kinds(facts) == [(Due.FOLLOW_UP, "Ana")]


def test_same_day_items_follow_the_kind_order_then_the_name():
    facts = TodayFacts(follow_ups=[(1, 10, "Zoë", TODAY), (2, 11, "Ana", TODAY)],
                       planned=[(3, 12, "Léa", TODAY)])
    assert kinds(facts) == [(Due.CHAT_TODAY, "Léa"), (Due.FOLLOW_UP, "Ana"),
                            (Due.FOLLOW_UP, "Zoë")]


def test_a_snoozed_planned_chat_stays_snoozed_when_its_day_has_passed():
    week = date(2026, 12, 8)
    facts = TodayFacts(planned=[(1, 10, "Ana", TODAY)], snoozed={"planned:1": week})
    assert kinds(facts) == []
    # The next day the chat is one to close, still under the same snooze.
    assert due_items(facts, date(2026, 12, 2)) == []
    assert [i.kind for i in due_items(facts, week)] == [Due.CLOSE_CHAT]


@pytest.mark.parametrize(("last", "now", "due", "expected"), [
    (None, datetime(2026, 12, 1, 9, 0), 3, True),
    (date(2026, 11, 30), datetime(2026, 12, 1, 8, 0), 1, True),  # the day starts at 8
    (date(2026, 11, 30), datetime(2026, 12, 1, 7, 59), 1, False),  # not in the night
    (date(2026, 12, 1), datetime(2026, 12, 1, 15, 0), 4, False),  # once a day, restarts too
    (None, datetime(2026, 12, 1, 9, 0), 0, False),  # nothing due: no message
])
def test_the_days_reminder_comes_once_a_day_in_the_morning(last, now, due, expected):
    from networkjournal.core.today import should_remind

    assert should_remind(last, now, due) is expected
