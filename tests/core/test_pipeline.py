"""Opportunity stage rules: order, what is forward, what closes, staleness, application date."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from networkjournal.core.pipeline import (
    BOARD_OPEN,
    BOARD_ORDER,
    CLOSED_STAGES,
    OPEN_TRACK,
    application_date,
    company_key,
    counts_as_application,
    days_in_stage,
    is_closed,
    is_forward,
    is_stale,
    track_rank,
)
from networkjournal.core.vocabulary import OpportunityStage as S


def test_track_order_and_board_columns():
    assert OPEN_TRACK == (S.INTERESTED, S.APPLIED, S.SCREENING, S.INTERVIEWING, S.OFFER, S.ACCEPTED)
    assert BOARD_OPEN == (S.INTERESTED, S.APPLIED, S.SCREENING, S.INTERVIEWING, S.OFFER)
    assert set(BOARD_ORDER) == set(S) and len(BOARD_ORDER) == len(S)
    assert BOARD_ORDER[len(BOARD_OPEN):] == CLOSED_STAGES


@pytest.mark.parametrize("stage", ["accepted", "rejected", "withdrawn", "ghosted"])
def test_outcomes_close_an_opportunity(stage):
    assert is_closed(stage)


@pytest.mark.parametrize("stage", ["interested", "applied", "screening", "interviewing", "offer"])
def test_open_stages_are_not_closed(stage):
    assert not is_closed(stage)


def test_unknown_stage_is_refused():
    with pytest.raises(ValueError):
        is_closed("lost")


@pytest.mark.parametrize(
    ("old", "new", "forward"),
    [
        (S.INTERESTED, S.APPLIED, True),
        (S.APPLIED, S.INTERVIEWING, True),  # a skip is still forward
        (S.OFFER, S.ACCEPTED, True),
        (S.SCREENING, S.APPLIED, False),  # back
        (S.APPLIED, S.APPLIED, False),
        (S.INTERVIEWING, S.REJECTED, False),  # losing is never forward
        (S.APPLIED, S.GHOSTED, False),
        (S.GHOSTED, S.INTERVIEWING, False),  # a reopening, not a forward step
        (S.ACCEPTED, S.WITHDRAWN, False),
    ],
)
def test_what_counts_as_forward(old, new, forward):
    assert is_forward(old, new) is forward


def test_track_rank():
    assert track_rank("interested") == 0
    assert track_rank("accepted") == 5
    assert track_rank("rejected") is None


def test_application_counts_from_applied_on():
    assert [counts_as_application(s) for s in S] == [
        False, True, True, True, True, True, False, False, False
    ]


def test_application_date_set_on_first_reach_only():
    when = datetime(2026, 3, 4, 22, 30)
    assert application_date(None, S.INTERESTED, when) is None
    assert application_date(None, S.APPLIED, when) == date(2026, 3, 4)
    # A skip straight to screening is an application too.
    assert application_date(None, S.SCREENING, when) == date(2026, 3, 4)
    # Already set (by the rule or by the user): never moved.
    assert application_date(date(2026, 1, 2), S.OFFER, when) == date(2026, 1, 2)
    # Rejected from interested: no application was ever sent.
    assert application_date(None, S.REJECTED, when) is None
    assert application_date(None, S.APPLIED, date(2026, 5, 6)) == date(2026, 5, 6)


def test_days_in_stage():
    today = date(2026, 11, 20)
    assert days_in_stage(datetime(2026, 11, 20, 23, 0), today) == 0
    assert days_in_stage(datetime(2026, 11, 1, 8, 0), today) == 19
    assert days_in_stage(date(2026, 12, 1), today) == 0  # a date in the future is not negative


def test_stale_only_while_waiting_on_the_company():
    today = date(2026, 11, 22)
    old = datetime(2026, 11, 1)  # 21 days ago
    assert is_stale(S.APPLIED, old, today, 21)
    assert not is_stale(S.APPLIED, old, today, 22)
    assert is_stale(S.INTERVIEWING, old, today, 10)
    assert not is_stale(S.INTERESTED, old, today, 10)  # waits on the user, not on them
    assert not is_stale(S.GHOSTED, old, today, 10)
    assert not is_stale(S.REJECTED, old, today, 10)
    assert not is_stale(S.APPLIED, old, today, 0)  # 0 turns the marking off


def test_company_key_folds_case_accents_and_spaces():
    assert company_key("Société  Générale ") == company_key("societe generale")
    assert company_key("") == ""
    assert company_key("Stripe") != company_key("Stripes")
