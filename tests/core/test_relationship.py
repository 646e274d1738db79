"""Relationship stages tell the truth: a real conversation builds a relationship, a written
reply only shows the person is reachable; stages move forward, never backward on their own."""

import pytest

from networkjournal.core.relationship import (
    advance,
    is_conversation,
    stage_implied_by,
    stage_rank,
    starting_stage,
)
from networkjournal.core.vocabulary import RelationshipStage as S


@pytest.mark.parametrize(
    ("kind", "status", "direction", "expected"),
    [
        ("connection_request", "done", "outgoing", S.REQUEST_SENT),
        ("connection_request", "done", "incoming", S.CONNECTED),  # theirs, or ours accepted
        ("connection_request", "planned", "outgoing", None),
        ("message", "done", "outgoing", S.CONNECTED),
        ("message", "done", "incoming", S.CONNECTED),  # a "yes" to a coffee: not a chat yet
        ("email", "done", "incoming", S.CONNECTED),
        ("message", "planned", "incoming", None),
        ("coffee_chat", "planned", "outgoing", S.CHAT_PLANNED),
        ("coffee_chat", "done", "outgoing", S.CHATTED),
        ("call", "done", "incoming", S.CHATTED),
        ("meeting", "done", "outgoing", S.CHATTED),
        ("lunch", "done", "outgoing", S.CHATTED),
        ("referral", "done", "outgoing", S.ADVOCATE),
        ("introduction", "done", "outgoing", S.ADVOCATE),
        ("note", "done", "outgoing", None),
        ("thank_you", "done", "outgoing", None),
    ],
)
def test_stage_implied_by_each_kind(kind, status, direction, expected):
    assert stage_implied_by(kind, status, direction) == expected


@pytest.mark.parametrize(
    ("kind", "status", "built"),
    [
        ("coffee_chat", "done", True), ("call", "done", True), ("meeting", "done", True),
        ("lunch", "done", True), ("coffee_chat", "planned", False), ("message", "done", False),
        ("email", "done", False), ("connection_request", "done", False),
        ("introduction", "done", False), ("note", "done", False),
    ],
)
def test_a_relationship_is_built_by_a_real_conversation_only(kind, status, built):
    assert is_conversation(kind, status) is built


@pytest.mark.parametrize(
    ("source", "stage"),
    [("phone", S.CONNECTED), ("colleague", S.CONNECTED), ("linkedin_1st", S.IDENTIFIED),
     ("linkedin_2nd", S.IDENTIFIED), ("introduction", S.IDENTIFIED), ("event", S.IDENTIFIED),
     ("other", S.IDENTIFIED), ("no such source", S.IDENTIFIED)],
)
def test_people_the_user_already_knows_start_connected(source, stage):
    assert starting_stage(source) == stage


def test_advance_is_forward_only():
    assert advance(S.IDENTIFIED, S.CHATTED) == S.CHATTED
    assert advance(S.ADVOCATE, S.CHATTED) == S.ADVOCATE
    assert advance(S.CHAT_PLANNED, None) == S.CHAT_PLANNED
    assert advance("connected", "request_sent") == S.CONNECTED


@pytest.mark.parametrize(
    ("kind", "status", "direction", "answers"),
    [("message", "done", "incoming", True), ("email", "done", "incoming", True),
     ("coffee_chat", "done", "outgoing", True), ("call", "done", "incoming", True),
     ("message", "done", "outgoing", False), ("coffee_chat", "planned", "outgoing", False),
     ("connection_request", "done", "incoming", False), ("note", "done", "outgoing", False),
     ("no such kind", "done", "incoming", False)],
)
def test_what_answers_the_follow_ups_owed(kind, status, direction, answers):
    from networkjournal.core.followups import answers_follow_ups

    assert answers_follow_ups(kind, status, direction) is answers


@pytest.mark.parametrize(
    ("stage", "kind", "status"),
    [("identified", "connection_request", "done"), ("request_sent", "message", "done"),
     ("connected", "coffee_chat", "planned"), ("chat_planned", "coffee_chat", "done"),
     ("chatted", "thank_you", "done"), ("advocate", "message", "done")],
)
def test_the_next_step_the_chat_dialog_proposes(stage, kind, status):
    from networkjournal.core.relationship import next_step

    assert tuple(v.value for v in next_step(stage)) == (kind, status)


def test_stage_rank_is_the_order_of_the_stages_by_member_or_by_text():
    ranks = [stage_rank(stage) for stage in S]
    assert ranks == list(range(len(S)))
    assert [stage_rank(stage.value) for stage in S] == ranks
    assert stage_rank("chatted") > stage_rank("connected") > stage_rank("identified")
    with pytest.raises(ValueError):
        stage_rank("best friends")
