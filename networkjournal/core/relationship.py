"""Relationship stages: their order and how logged interactions move them forward."""

from __future__ import annotations

from networkjournal.core.vocabulary import (
    RELATIONSHIP_ORDER,
    REPLY_KINDS,
    TWO_WAY_KINDS,
    Direction,
    InteractionKind,
    InteractionStatus,
    RelationshipStage,
    Source,
)

# People the user already knows: a phone contact, a colleague.
KNOWN_SOURCES = frozenset({Source.PHONE, Source.COLLEAGUE})


# A stage's place by its value (a StrEnum member hashes as its text): a dict lookup,
# where building the member and searching the order cost a re-import 40 ms.
_RANK: dict[str, int] = {stage: rank for rank, stage in enumerate(RELATIONSHIP_ORDER)}


def stage_rank(stage: RelationshipStage | str) -> int:
    """Position of a stage in the relationship order (0 = identified)."""
    rank = _RANK.get(stage)
    if rank is None:
        raise ValueError(f"{stage!r} is not a relationship stage")
    return rank


def is_conversation(kind: InteractionKind | str, status: InteractionStatus | str) -> bool:
    """True for a real conversation that happened: a done coffee chat, call, meeting or lunch.

    That is the design card's "relationship built". A written reply is not one: it shows
    the person can be reached (connected), not that the user and they have talked.
    """
    return (InteractionStatus(status) is InteractionStatus.DONE
            and InteractionKind(kind) in TWO_WAY_KINDS)


def stage_implied_by(
    kind: InteractionKind | str,
    status: InteractionStatus | str,
    direction: Direction | str = Direction.OUTGOING,
) -> RelationshipStage | None:
    """The stage an interaction shows the relationship has at least reached."""
    kind = InteractionKind(kind)
    status = InteractionStatus(status)
    done = status is InteractionStatus.DONE
    if kind in (InteractionKind.REFERRAL, InteractionKind.INTRODUCTION) and done:
        # They referred the user or introduced them onward: an advocate.
        return RelationshipStage.ADVOCATE
    if is_conversation(kind, status):
        return RelationshipStage.CHATTED
    if kind in TWO_WAY_KINDS:  # planned conversation
        return RelationshipStage.CHAT_PLANNED
    if kind is InteractionKind.CONNECTION_REQUEST and done:
        # Sent: waiting for them. Theirs, or ours accepted: connected.
        if Direction(direction) is Direction.INCOMING:
            return RelationshipStage.CONNECTED
        return RelationshipStage.REQUEST_SENT
    if kind in REPLY_KINDS and done:
        # A message either way means the user can reach them: connected, never further.
        return RelationshipStage.CONNECTED
    return None


def starting_stage(source: Source | str) -> RelationshipStage:
    """Where a new contact starts: people the user already knows (the phone's address
    book, colleagues) can be reached at once; everyone else is yet to be contacted."""
    try:
        known = Source(source) in KNOWN_SOURCES
    except ValueError:
        known = False
    return RelationshipStage.CONNECTED if known else RelationshipStage.IDENTIFIED


def advance(
    current: RelationshipStage | str, implied: RelationshipStage | str | None
) -> RelationshipStage:
    """The new stage after an interaction: forward only, never backward on its own."""
    current = RelationshipStage(current)
    if implied is None:
        return current
    implied = RelationshipStage(implied)
    return implied if stage_rank(implied) > stage_rank(current) else current


def next_step(stage: RelationshipStage | str) -> tuple[InteractionKind, InteractionStatus]:
    """What the user most likely logs next with someone at ``stage`` (the chat dialog's
    defaults): a connection note to a stranger, a planned coffee with a connection, the
    chat itself once planned, a message otherwise."""
    steps = {
        RelationshipStage.IDENTIFIED: (InteractionKind.CONNECTION_REQUEST,
                                       InteractionStatus.DONE),
        RelationshipStage.CONNECTED: (InteractionKind.COFFEE_CHAT, InteractionStatus.PLANNED),
        RelationshipStage.CHAT_PLANNED: (InteractionKind.COFFEE_CHAT, InteractionStatus.DONE),
        RelationshipStage.CHATTED: (InteractionKind.THANK_YOU, InteractionStatus.DONE),
    }
    try:
        return steps.get(RelationshipStage(stage),
                         (InteractionKind.MESSAGE, InteractionStatus.DONE))
    except ValueError:
        return InteractionKind.MESSAGE, InteractionStatus.DONE
