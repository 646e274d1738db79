"""Opportunity stage rules: the open track, closed outcomes, forward moves, staleness."""

from __future__ import annotations

from datetime import date, datetime

from networkjournal.core.validation import fold
from networkjournal.core.vocabulary import OpportunityStage

S = OpportunityStage

# The track a successful application walks, in order; "accepted" ends it.
OPEN_TRACK: tuple[OpportunityStage, ...] = (
    S.INTERESTED,
    S.APPLIED,
    S.SCREENING,
    S.INTERVIEWING,
    S.OFFER,
    S.ACCEPTED,
)
# Outcomes that end an opportunity. "accepted" is on the track *and* closed.
CLOSED_STAGES: tuple[OpportunityStage, ...] = (S.ACCEPTED, S.REJECTED, S.WITHDRAWN, S.GHOSTED)
# Columns of the board: the stages still moving, then the closed outcomes.
BOARD_OPEN: tuple[OpportunityStage, ...] = tuple(s for s in OPEN_TRACK if s not in CLOSED_STAGES)
BOARD_ORDER: tuple[OpportunityStage, ...] = BOARD_OPEN + CLOSED_STAGES
# Stages where the user waits on the company: only there can silence mean "ghosted".
# An "interested" card waits on the user, so it is never stale.
WAITING_STAGES: frozenset[OpportunityStage] = frozenset(
    {S.APPLIED, S.SCREENING, S.INTERVIEWING, S.OFFER}
)
DEFAULT_STALE_DAYS = 21
STALE_DAYS_SETTING = "pipeline.stale_days"


def is_closed(stage: OpportunityStage | str) -> bool:
    """True for accepted, rejected, withdrawn and ghosted."""
    return S(stage) in CLOSED_STAGES


def track_rank(stage: OpportunityStage | str) -> int | None:
    """Position on the open track (0 = interested), None for rejected/withdrawn/ghosted."""
    stage = S(stage)
    return OPEN_TRACK.index(stage) if stage in OPEN_TRACK else None


def is_forward(old: OpportunityStage | str, new: OpportunityStage | str) -> bool:
    """A step further along the track (skips count: applied -> interviewing is forward).

    Losing (rejected, withdrawn, ghosted) is never forward; coming back from a
    loss onto the track is a reopening, not a forward move either.
    """
    old_rank, new_rank = track_rank(old), track_rank(new)
    return old_rank is not None and new_rank is not None and new_rank > old_rank


def counts_as_application(stage: OpportunityStage | str) -> bool:
    """The stage shows an application was sent: applied or any later stage on the track."""
    rank = track_rank(stage)
    return rank is not None and rank >= OPEN_TRACK.index(S.APPLIED)


def application_date(
    applied_on: date | None, new_stage: OpportunityStage | str, when: datetime | date
) -> date | None:
    """The application date after moving to ``new_stage`` at ``when``.

    Set the first time the card reaches applied or later (a skip straight to
    screening included); never moved afterwards, so the user's own date stays.
    """
    if applied_on is not None or not counts_as_application(new_stage):
        return applied_on
    return when.date() if isinstance(when, datetime) else when


def days_in_stage(since: datetime | date, today: date) -> int:
    """Whole days since the last stage change (0 on the day itself, never negative)."""
    day = since.date() if isinstance(since, datetime) else since
    return max(0, (today - day).days)


def is_stale(
    stage: OpportunityStage | str, since: datetime | date, today: date, stale_days: int
) -> bool:
    """No movement for ``stale_days`` days while waiting on the company."""
    # A StrEnum member equals its value: a plain stored string is found in the set as is.
    if stale_days <= 0 or stage not in WAITING_STAGES:
        return False
    return days_in_stage(since, today) >= stale_days



def company_key(name: str | None) -> str:
    """One key per company however it was typed ("Société  Générale" = "societe generale")."""
    return " ".join(fold(name).split())
