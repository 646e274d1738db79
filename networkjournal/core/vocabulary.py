"""The product's vocabulary: sources, interaction kinds, stages and channels.

Values are stable strings stored in the journal and written to CSV; labels
for people live in the UI (through ``tr()``), not here.
"""

from __future__ import annotations

from enum import StrEnum


class Source(StrEnum):
    """How the user knows a contact."""

    PHONE = "phone"
    LINKEDIN_1ST = "linkedin_1st"
    LINKEDIN_2ND = "linkedin_2nd"
    INTRODUCTION = "introduction"
    EVENT = "event"
    COLLEAGUE = "colleague"
    ALUMNI = "alumni"
    LINKEDIN_ARCHIVE = "linkedin_archive"  # named only by messages or invitations
    OTHER = "other"


class InteractionKind(StrEnum):
    """What kind of entry a chat-log line is."""

    CONNECTION_REQUEST = "connection_request"
    MESSAGE = "message"
    EMAIL = "email"
    CALL = "call"
    COFFEE_CHAT = "coffee_chat"
    LUNCH = "lunch"
    MEETING = "meeting"
    INTRODUCTION = "introduction"
    REFERRAL = "referral"
    THANK_YOU = "thank_you"
    NOTE = "note"


class InteractionStatus(StrEnum):
    """Whether an interaction is still planned or has happened."""

    PLANNED = "planned"
    DONE = "done"


class Direction(StrEnum):
    """Who spoke first: the user (outgoing) or the contact (incoming, i.e. a reply)."""

    OUTGOING = "outgoing"
    INCOMING = "incoming"


class RelationshipStage(StrEnum):
    """Where a relationship stands, in order."""

    IDENTIFIED = "identified"
    REQUEST_SENT = "request_sent"
    CONNECTED = "connected"
    CHAT_PLANNED = "chat_planned"
    CHATTED = "chatted"
    ADVOCATE = "advocate"


class Channel(StrEnum):
    """How an opportunity reached the user."""

    REFERRAL = "referral"
    NETWORKING = "networking"
    RECRUITER = "recruiter"
    COLD_APPLICATION = "cold_application"


class OpportunityStage(StrEnum):
    """Where an opportunity stands: an open track, then closed outcomes."""

    INTERESTED = "interested"
    APPLIED = "applied"
    SCREENING = "screening"
    INTERVIEWING = "interviewing"
    OFFER = "offer"
    ACCEPTED = "accepted"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"
    GHOSTED = "ghosted"


RELATIONSHIP_ORDER: tuple[RelationshipStage, ...] = tuple(RelationshipStage)

# Conversations in both directions: the user and the contact actually talked.
TWO_WAY_KINDS: frozenset[InteractionKind] = frozenset(
    {
        InteractionKind.COFFEE_CHAT,
        InteractionKind.CALL,
        InteractionKind.MEETING,
        InteractionKind.LUNCH,
    }
)
# Written kinds that count as a conversation when the contact wrote back.
REPLY_KINDS: frozenset[InteractionKind] = frozenset(
    {InteractionKind.MESSAGE, InteractionKind.EMAIL}
)
