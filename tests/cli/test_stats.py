"""`networkjournal stats`: the chart panel's numbers on the command line."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from itertools import pairwise

import pytest

from networkjournal.cli import main
from networkjournal.core.metrics import Goals
from networkjournal.ops.settings import save_goals
from networkjournal.store.models import (
    Contact,
    Interaction,
    Opportunity,
    OpportunityStageChange,
)


@pytest.fixture
def filled(journal):
    """One contact chatted twice in the week of 2026-03-02 and another wrote back, one had
    lunch two weeks later;
    a referral that went straight to interviewing, a cold application."""
    with journal.transaction() as s:
        people = [Contact(first_name=n) for n in ("Ana", "Ben", "Chloé", "Dana")]
        s.add_all(people)
        s.flush()
        ana, ben, chloe, _dana = people
        s.add_all([
            Interaction(contact_id=ana.id, kind="coffee_chat",
                        occurred_at=datetime(2026, 3, 2, 9)),
            Interaction(contact_id=ana.id, kind="call", occurred_at=datetime(2026, 3, 4, 9)),
            Interaction(contact_id=ben.id, kind="message", direction="incoming",
                        occurred_at=datetime(2026, 3, 6, 9)),
            # Sunday 23:30 UTC: Monday 2026-03-16 in Paris, still 2026-03-15 in UTC.
            Interaction(contact_id=chloe.id, kind="lunch",
                        occurred_at=datetime(2026, 3, 15, 23, 30)),
        ])
        referral = Opportunity(company="Alan", channel="referral", stage="interviewing")
        cold = Opportunity(company="Qonto", channel="cold_application", stage="applied",
                           applied_on=date(2026, 3, 3))
        s.add_all([referral, cold])
        s.flush()
        s.add_all([
            OpportunityStageChange(opportunity_id=referral.id, stage="interested",
                                   changed_at=datetime(2026, 3, 2, 9)),
            OpportunityStageChange(opportunity_id=referral.id, stage="interviewing",
                                   changed_at=datetime(2026, 3, 10, 9)),
        ])
    return journal


def run_json(capsys, journal_db, *extra: str) -> dict:
    assert main(["stats", "--db", str(journal_db), "--json", *extra]) == 0
    return json.loads(capsys.readouterr().out)


def test_json_has_totals_interviews_and_weekly_counts(capsys, filled, journal_db):
    data = run_json(capsys, journal_db, "--timezone", "UTC")
    assert data["contacts"] == 4
    # Ana once despite two chats, Chloé's lunch; Ben only wrote back (reachable, not a
    # relationship built); Dana never.
    assert data["relationships_built"] == 2
    assert data["applications_sent"] == 2  # the referral skipped "applied" and still counts
    assert data["interviews"] == {"via_relationship": 1, "via_cold": 0}
    assert data["channel_groups"]["via_cold"] == {"sent": 1, "interviewed": 0, "rate": 0.0}
    weekly = data["weekly"]
    assert weekly[:3] == [
        {"week_start": "2026-03-02", "applications_sent": 1, "relationships_built": 1,
         "new_contacts_reached": 0, "chats_held": 2, "follow_ups_done": 0},
        {"week_start": "2026-03-09", "applications_sent": 1, "relationships_built": 1,
         "new_contacts_reached": 0, "chats_held": 1, "follow_ups_done": 0},
        {"week_start": "2026-03-16", "applications_sent": 0, "relationships_built": 0,
         "new_contacts_reached": 0, "chats_held": 0, "follow_ups_done": 0},
    ]
    # Every Monday up to this week, quiet weeks as zeros, never cumulative.
    this_monday = datetime.now(UTC).date() - timedelta(days=datetime.now(UTC).weekday())
    assert weekly[-1]["week_start"] == this_monday.isoformat()
    starts = [date.fromisoformat(w["week_start"]) for w in weekly]
    assert all(b - a == timedelta(weeks=1) for a, b in pairwise(starts))
    assert all(s.weekday() == 0 for s in starts)
    assert sum(w["relationships_built"] for w in weekly) == 2


def test_weeks_follow_the_time_zone(capsys, filled, journal_db):
    paris = run_json(capsys, journal_db, "--timezone", "Europe/Paris")["weekly"]
    assert paris[2]["week_start"] == "2026-03-16" and paris[2]["relationships_built"] == 1
    assert paris[1]["relationships_built"] == 0


def test_goals_appear_in_the_json(capsys, filled, journal_db):
    save_goals(filled, Goals(new_contacts=7, chats=3, follow_ups=1))
    data = run_json(capsys, journal_db, "--timezone", "UTC")
    assert data["goals"] == {"new_contacts": 7, "chats": 3, "follow_ups": 1}


def test_table_without_json(capsys, filled, journal_db):
    assert main(["stats", "--db", str(journal_db), "--timezone", "UTC"]) == 0
    out = capsys.readouterr().out
    assert "Relationships built:  2" in out
    assert "Applications sent:    2" in out
    assert "1 of 1 reached an interview (100%)" in out
    assert "2026-03-09" in out and "Week (Mon)" in out


def test_empty_journal(capsys, journal, journal_db):
    data = run_json(capsys, journal_db)
    assert data["contacts"] == 0 and data["weekly"] == []
    assert data["interviews"] == {"via_relationship": 0, "via_cold": 0}
    assert main(["stats", "--db", str(journal_db)]) == 0
    assert "No activity yet" in capsys.readouterr().out


def test_unknown_time_zone_is_refused_in_one_line(capsys, journal, journal_db):
    assert main(["stats", "--db", str(journal_db), "--timezone", "Mars/Olympus"]) == 3
    err = capsys.readouterr().err
    assert err.startswith("networkjournal: error: unknown time zone 'Mars/Olympus'")
    assert len(err.strip().splitlines()) == 1
