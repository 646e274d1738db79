"""Relationship stages move forward with the chat log, never backward on their own."""

import pytest

from networkjournal.core.relationship import advance, is_two_way, stage_implied_by
from networkjournal.core.vocabulary import RelationshipStage as S


@pytest.mark.parametrize(
    ("kind", "status", "direction", "expected"),
    [
        ("connection_request", "done", "outgoing", S.REQUEST_SENT),
        ("connection_request", "planned", "outgoing", None),
        ("message", "done", "outgoing", S.CONNECTED),
        ("message", "done", "incoming", S.CHATTED),  # they replied: a conversation
        ("coffee_chat", "planned", "outgoing", S.CHAT_PLANNED),
        ("coffee_chat", "done", "outgoing", S.CHATTED),
        ("lunch", "done", "outgoing", S.CHATTED),
        ("referral", "done", "outgoing", S.ADVOCATE),
        ("introduction", "done", "outgoing", S.ADVOCATE),
        ("note", "done", "outgoing", None),
        ("thank_you", "done", "outgoing", None),
    ],
)
def test_stage_implied_by_each_kind(kind, status, direction, expected):
    assert stage_implied_by(kind, status, direction) == expected


def test_two_way_needs_a_done_conversation_or_a_reply():
    assert is_two_way("coffee_chat", "done")
    assert not is_two_way("coffee_chat", "planned")
    assert not is_two_way("email", "done", "outgoing")
    assert is_two_way("email", "done", "incoming")
    assert not is_two_way("connection_request", "done", "incoming")


def test_advance_is_forward_only():
    assert advance(S.IDENTIFIED, S.CHATTED) == S.CHATTED
    assert advance(S.ADVOCATE, S.CHATTED) == S.ADVOCATE
    assert advance(S.CHAT_PLANNED, None) == S.CHAT_PLANNED
    assert advance("connected", "request_sent") == S.CONNECTED
