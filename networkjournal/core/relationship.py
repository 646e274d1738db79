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
)


def stage_rank(stage: RelationshipStage | str) -> int:
    """Position of a stage in the relationship order (0 = identified)."""
    return RELATIONSHIP_ORDER.index(RelationshipStage(stage))


def is_two_way(
    kind: InteractionKind | str,
    status: InteractionStatus | str,
    direction: Direction | str = Direction.OUTGOING,
) -> bool:
    """True when the interaction is a done conversation in both directions.

    That is the design card's "relationship built": a coffee chat, call,
    meeting or lunch that happened, or a message/email the contact sent.
    """
    if InteractionStatus(status) is not InteractionStatus.DONE:
        return False
    kind = InteractionKind(kind)
    if kind in TWO_WAY_KINDS:
        return True
    return kind in REPLY_KINDS and Direction(direction) is Direction.INCOMING


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
    if is_two_way(kind, status, direction):
        return RelationshipStage.CHATTED
    if kind in TWO_WAY_KINDS:  # planned conversation
        return RelationshipStage.CHAT_PLANNED
    if kind is InteractionKind.CONNECTION_REQUEST and done:
        return RelationshipStage.REQUEST_SENT
    if kind in REPLY_KINDS and done:
        # Writing to someone means the user can reach them: connected.
        return RelationshipStage.CONNECTED
    return None


def advance(
    current: RelationshipStage | str, implied: RelationshipStage | str | None
) -> RelationshipStage:
    """The new stage after an interaction: forward only, never backward on its own."""
    current = RelationshipStage(current)
    if implied is None:
        return current
    implied = RelationshipStage(implied)
    return implied if stage_rank(implied) > stage_rank(current) else current
