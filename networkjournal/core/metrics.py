"""Charts' numbers: relationships built against applications sent, week by week.

Pure functions over plain records (no Qt, no SQL). Stored datetimes are naive
UTC; every count is placed in the user's LOCAL week (Monday to Sunday), so a
chat at 00:30 on a Paris Monday belongs to that Monday's week even though it
was still Sunday in UTC.

Definitions (the design card's vocabulary):

- relationship built: a contact with at least one real conversation that happened — a
  done coffee chat, call, meeting or lunch (``relationship.is_conversation``); counted
  once, in the week of the first one. A written reply is not one.
- application sent: an opportunity whose stage reached "applied" or later; dated
  by ``applied_on`` when set, else by the first stage change at applied-or-later
  (so one that went straight from "interested" to "interviewing" still counts),
  else by its creation. "rejected" and "ghosted" imply an application;
  "withdrawn" alone does not (the user may withdraw before applying).
- reached an interview: "interviewing", "offer" or "accepted" is the current
  stage or appears in the stage history (a rejection after interviews counts).
- channel groups: via_relationship = referral + networking;
  via_cold = cold application + recruiter (a recruiter's call is not something
  the user's network produced). ``by_channel`` keeps the four channels apart.
- new contact reached: the week of a contact's first done OUTGOING interaction,
  when that interaction is a connection request, message or email.
- chat held: every done conversation (coffee chat, call, meeting, lunch; several per
  contact count).
- follow-up done: an interaction whose ``follow_up_done_on`` falls in the week.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from enum import StrEnum
from itertools import accumulate
from typing import NamedTuple

from networkjournal.core.relationship import is_conversation
from networkjournal.core.vocabulary import (
    Channel,
    Direction,
    InteractionKind,
    InteractionStatus,
    OpportunityStage,
)

APPLIED_OR_LATER: frozenset[str] = frozenset(
    s.value
    for s in (
        OpportunityStage.APPLIED,
        OpportunityStage.SCREENING,
        OpportunityStage.INTERVIEWING,
        OpportunityStage.OFFER,
        OpportunityStage.ACCEPTED,
        OpportunityStage.REJECTED,
        OpportunityStage.GHOSTED,
    )
)
INTERVIEW_OR_LATER: frozenset[str] = frozenset(
    s.value
    for s in (OpportunityStage.INTERVIEWING, OpportunityStage.OFFER, OpportunityStage.ACCEPTED)
)
OUTREACH_KINDS: frozenset[str] = frozenset(
    k.value for k in (InteractionKind.CONNECTION_REQUEST, InteractionKind.MESSAGE,
                      InteractionKind.EMAIL)
)
VIA_RELATIONSHIP = "via_relationship"
VIA_COLD = "via_cold"
CHANNEL_GROUP: dict[str, str] = {
    Channel.REFERRAL.value: VIA_RELATIONSHIP,
    Channel.NETWORKING.value: VIA_RELATIONSHIP,
    Channel.COLD_APPLICATION.value: VIA_COLD,
    Channel.RECRUITER.value: VIA_COLD,
}


# ------------------------------------------------------------------ records
class InteractionRecord(NamedTuple):
    """The fields of one chat-log entry the metrics read.

    Named tuples, not dataclasses: tens of thousands are built per redraw and a
    tuple is several times cheaper to create.
    """

    contact_id: int
    kind: str
    status: str
    direction: str
    occurred_at_utc: datetime  # naive UTC, as stored
    follow_up_done_on: date | None = None


class OpportunityRecord(NamedTuple):
    """The fields of one opportunity the metrics read; history is (stage, naive UTC) in order."""

    channel: str
    stage: str
    applied_on: date | None = None
    history: tuple[tuple[str, datetime], ...] = ()
    created_at_utc: datetime | None = None


@dataclass
class JournalRecords:
    """Everything the charts need, loaded from a journal in a few queries."""

    contacts: int = 0
    interactions: list[InteractionRecord] = field(default_factory=list)
    opportunities: list[OpportunityRecord] = field(default_factory=list)


@dataclass(frozen=True)
class Goals:
    """The user's weekly goals (journal settings goals.*)."""

    new_contacts: int = 5
    chats: int = 2
    follow_ups: int = 3


# ------------------------------------------------------------------- weeks
def local_date(utc_naive: datetime, tz: tzinfo | None) -> date:
    """The calendar date of a stored naive-UTC datetime in ``tz`` (None: the system's zone)."""
    return utc_naive.replace(tzinfo=UTC).astimezone(tz).date()


def week_start(day: date) -> date:
    """The Monday of ``day``'s week."""
    return day - timedelta(days=day.weekday())


def weeks_between(first: date, last: date) -> list[date]:
    """Every Monday from ``first``'s week to ``last``'s week, inclusive (empty if reversed)."""
    monday, end = week_start(first), week_start(last)
    count = (end - monday).days // 7 + 1
    return [monday + timedelta(weeks=n) for n in range(max(count, 0))]


class RangePreset(StrEnum):
    """The date ranges the chart panel offers."""

    WEEKS_4 = "4w"
    MONTHS_3 = "3m"
    MONTHS_12 = "12m"
    ALL = "all"
    CUSTOM = "custom"


_PRESET_WEEKS = {RangePreset.WEEKS_4: 4, RangePreset.MONTHS_3: 13, RangePreset.MONTHS_12: 52}


def preset_range(
    preset: RangePreset | str, today: date, first_day: date | None
) -> tuple[date, date]:
    """(first Monday, last Monday) for a preset; "all" starts at the journal's first activity."""
    preset = RangePreset(preset)
    end = week_start(today)
    if preset in _PRESET_WEEKS:
        return end - timedelta(weeks=_PRESET_WEEKS[preset] - 1), end
    start = week_start(first_day) if first_day is not None else end
    return min(start, end), end


# ------------------------------------------------------------------ events
@dataclass(frozen=True, slots=True)
class Application:
    """One application sent: its local week, channel and whether it reached an interview."""

    week: date
    channel: str
    interviewed: bool


@dataclass
class Events:
    """Counts per local Monday, range-independent (a range change only re-slices these)."""

    contacts: int = 0
    relationships: Counter[date] = field(default_factory=Counter)
    applications: list[Application] = field(default_factory=list)
    reached: Counter[date] = field(default_factory=Counter)
    chats: Counter[date] = field(default_factory=Counter)
    follow_ups: Counter[date] = field(default_factory=Counter)

    def _active_weeks(self, pick) -> list[date]:  # type: ignore[no-untyped-def]
        weeks = [
            pick(c) for c in (self.relationships, self.reached, self.chats, self.follow_ups) if c
        ]
        if self.applications:
            weeks.append(pick(a.week for a in self.applications))
        return weeks

    def first_week(self) -> date | None:
        """The earliest Monday with any activity, or None for an empty journal."""
        return min(self._active_weeks(min), default=None)

    def last_week(self) -> date | None:
        """The latest Monday with any activity, or None for an empty journal."""
        return max(self._active_weeks(max), default=None)


def application_date(opportunity: OpportunityRecord, tz: tzinfo | None) -> date | None:
    """The local date an opportunity's application was sent, or None if it never was."""
    if opportunity.applied_on is not None:
        return opportunity.applied_on  # a calendar date the user typed: already local
    for stage, changed_at in sorted(opportunity.history, key=lambda h: h[1]):
        if stage in APPLIED_OR_LATER:
            return local_date(changed_at, tz)
    if opportunity.stage in APPLIED_OR_LATER and opportunity.created_at_utc is not None:
        return local_date(opportunity.created_at_utc, tz)
    return None


def reached_interview(opportunity: OpportunityRecord) -> bool:
    """True when the opportunity is or has been at interviewing or later."""
    return opportunity.stage in INTERVIEW_OR_LATER or any(
        stage in INTERVIEW_OR_LATER for stage, _ in opportunity.history
    )


def _utc_naive(day: date, tz: tzinfo | None) -> datetime:
    """The naive-UTC instant of local midnight starting ``day``."""
    local = datetime.combine(day, time())
    local = local.replace(tzinfo=tz) if tz is not None else local.astimezone()
    return local.astimezone(UTC).replace(tzinfo=None)


def count_by_week(instants: list[datetime], tz: tzinfo | None) -> Counter[date]:
    """How many naive-UTC instants fall in each local week (Monday -> count).

    Converting tens of thousands of datetimes to local time is the slow part of
    the metrics; instead the instants are sorted once and each week's local
    Monday midnight, converted on its own (so DST-correct), is bisected in.
    """
    counts: Counter[date] = Counter()
    if not instants:
        return counts
    instants = sorted(instants)
    mondays = weeks_between(local_date(instants[0], tz), local_date(instants[-1], tz))
    mondays.append(mondays[-1] + timedelta(weeks=1))
    edges = [_utc_naive(monday, tz) for monday in mondays]
    for monday, start, end in zip(mondays, edges, edges[1:], strict=False):
        n = bisect_left(instants, end) - bisect_left(instants, start)
        if n:
            counts[monday] = n
    return counts


def extract_events(records: JournalRecords, tz: tzinfo | None = None) -> Events:
    """Place every relationship built, application and activity in its local week."""
    two_way_of: dict[str, bool] = {}
    first_two_way: dict[int, datetime] = {}
    first_outgoing: dict[int, tuple[datetime, str]] = {}
    chats: list[datetime] = []
    follow_ups: Counter[date] = Counter()
    done = InteractionStatus.DONE.value
    outgoing = Direction.OUTGOING.value
    # Tuple unpacking and local names: this loop runs once per chat-log entry.
    for contact_id, kind, status, direction, at, follow_up_done_on in records.interactions:
        if follow_up_done_on is not None:
            follow_ups[week_start(follow_up_done_on)] += 1
        if status != done:
            continue
        two_way = two_way_of.get(kind)
        if two_way is None:
            try:
                two_way = is_conversation(kind, status)
            except ValueError:  # a kind this version does not know
                two_way = False
            two_way_of[kind] = two_way
        if two_way:
            chats.append(at)
            seen = first_two_way.get(contact_id)
            if seen is None or at < seen:
                first_two_way[contact_id] = at
        if direction == outgoing:
            first = first_outgoing.get(contact_id)
            if first is None or at < first[0]:
                first_outgoing[contact_id] = (at, kind)
    events = Events(
        contacts=records.contacts,
        relationships=count_by_week(list(first_two_way.values()), tz),
        reached=count_by_week(
            [at for at, kind in first_outgoing.values() if kind in OUTREACH_KINDS], tz),
        chats=count_by_week(chats, tz),
        follow_ups=follow_ups,
    )
    for opp in records.opportunities:
        day = application_date(opp, tz)
        if day is not None:
            events.applications.append(Application(week_start(day), opp.channel,
                                                   reached_interview(opp)))
    return events


# ------------------------------------------------------------------- stats
@dataclass(frozen=True)
class GroupCount:
    """Applications sent through a channel (group) and how many reached an interview."""

    sent: int = 0
    interviewed: int = 0

    @property
    def rate(self) -> float | None:
        """Share of applications that reached an interview; None when none was sent."""
        return self.interviewed / self.sent if self.sent else None


@dataclass
class Stats:
    """The numbers of the chart panel and of `networkjournal stats` for one range of weeks."""

    weeks: list[date]
    relationships_built: list[int]
    applications_sent: list[int]
    new_contacts_reached: list[int]
    chats_held: list[int]
    follow_ups_done: list[int]
    interviews: dict[str, GroupCount]
    by_channel: dict[str, GroupCount]
    contacts: int = 0

    @property
    def cumulative_relationships(self) -> list[int]:
        return list(accumulate(self.relationships_built))

    @property
    def is_empty(self) -> bool:
        """True when nothing happened in the range (the panel shows its empty state)."""
        return not any(
            any(series)
            for series in (self.relationships_built, self.applications_sent,
                           self.new_contacts_reached, self.chats_held, self.follow_ups_done)
        )


def _group_counts(apps: Iterable[Application], key) -> dict[str, GroupCount]:  # type: ignore[no-untyped-def]
    sent: Counter[str] = Counter()
    interviewed: Counter[str] = Counter()
    for app in apps:
        name = key(app)
        if name is None:
            continue
        sent[name] += 1
        interviewed[name] += app.interviewed
    return {name: GroupCount(sent[name], interviewed[name]) for name in sent}


def _series(counter: Counter[date], weeks: Sequence[date]) -> list[int]:
    return [counter.get(week, 0) for week in weeks]


def summarize(events: Events, first: date | None = None, last: date | None = None) -> Stats:
    """Weekly series from ``first``'s week to ``last``'s week (defaults: all activity).

    Weeks without activity are zeros, never gaps; an empty journal gives no weeks.
    """
    if first is None:
        first = events.first_week()
    if last is None:
        last = events.last_week()
    weeks = weeks_between(first, last) if first is not None and last is not None else []
    in_range = set(weeks)
    apps = [a for a in events.applications if a.week in in_range]
    app_weeks = Counter(a.week for a in apps)
    groups = _group_counts(apps, lambda a: CHANNEL_GROUP.get(a.channel))
    interviews = {name: groups.get(name, GroupCount()) for name in (VIA_RELATIONSHIP, VIA_COLD)}
    return Stats(
        weeks=weeks,
        relationships_built=_series(events.relationships, weeks),
        applications_sent=_series(app_weeks, weeks),
        new_contacts_reached=_series(events.reached, weeks),
        chats_held=_series(events.chats, weeks),
        follow_ups_done=_series(events.follow_ups, weeks),
        interviews=interviews,
        by_channel=_group_counts(apps, lambda a: a.channel),
        contacts=events.contacts,
    )


def compute_stats(
    records: JournalRecords,
    tz: tzinfo | None = None,
    first: date | None = None,
    last: date | None = None,
) -> Stats:
    """extract_events + summarize in one call (the CLI's whole computation)."""
    return summarize(extract_events(records, tz), first, last)
