"""Weekly goals kept up: the streak of weeks in a row every goal was met."""

from __future__ import annotations

from datetime import date, timedelta

from networkjournal.core.metrics import Goals, Stats


def week_under_way(weeks: list[date], this_week: date) -> bool:
    """True when a run of weeks ends with the current week: its counts are "so far", and a
    chart must not draw them as a drop."""
    return bool(weeks) and weeks[-1] == this_week


def goal_streak(stats: Stats, goals: Goals, this_week: date) -> int:
    """Weeks in a row, ending with last week, in which every weekly goal was met (the
    current week is still under way and never breaks a streak)."""
    targets = (goals.new_contacts, goals.chats, goals.follow_ups)
    if not any(targets):
        return 0  # no goals set: nothing to keep up
    weekly = zip(stats.weeks, stats.new_contacts_reached, stats.chats_held,
                 stats.follow_ups_done, strict=True)
    met = {week: all(done >= goal for done, goal in zip(counts, targets, strict=True))
           for week, *counts in weekly}
    streak, week = 0, this_week - timedelta(weeks=1)
    while met.get(week):
        streak += 1
        week -= timedelta(weeks=1)
    return streak
