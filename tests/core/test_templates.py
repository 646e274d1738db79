"""Outreach templates: rendered for a contact, placeholders left visible, first notes that
follow the method (short, no request for time)."""

import pytest

from networkjournal.core.outreach import FREE_LIMIT, asks_for_time, check_connection_note
from networkjournal.core.templates import BUILT_IN, placeholders_left, render


def test_render_fills_what_it_knows_and_leaves_the_rest():
    text = render("Hi {first_name}, {hook} I'm {my_name}.", {"first_name": "Ana",
                                                             "my_name": "  "})
    assert text == "Hi Ana, {hook} I'm {my_name}."
    assert placeholders_left(text) == ["hook", "my_name"]
    assert placeholders_left(render(text, {"hook": "Congrats on the launch!",
                                           "my_name": "Léa"})) == []


def test_every_template_exists_in_english_and_french():
    keys = {(t.key, t.language) for t in BUILT_IN}
    for key in {t.key for t in BUILT_IN}:
        assert {(key, "en"), (key, "fr")} <= keys


@pytest.mark.parametrize("template", [t for t in BUILT_IN if t.key == "connection_note"],
                         ids=lambda t: t.language)
def test_a_filled_connection_note_follows_the_method(template):
    note = render(template.text, {"first_name": "Ana", "company": "Qonto", "my_name": "Léa",
                                  "hook": "Congrats on the launch!"})
    assert not asks_for_time(note)
    assert len(note) <= FREE_LIMIT  # fits a free account's note
    assert check_connection_note(note).problems == ()


def test_the_coffee_request_comes_after_acceptance_and_does_ask():
    [request] = [t for t in BUILT_IN if t.key == "coffee_request" and t.language == "en"]
    assert request.kind == "message" and asks_for_time(request.text)


def test_asks_left_unanswered_come_back_in_a_week_notes_and_thanks_do_not():
    days = {t.key: t.follow_up_days for t in BUILT_IN}
    assert days["ask_introduction"] == days["coffee_request"] == 7
    assert days["connection_note"] is None and days["thank_you"] is None


def test_the_introduction_asked_for_answers_the_follow_up():
    from networkjournal.core.followups import answers_follow_ups

    assert answers_follow_ups("introduction", "done", "outgoing")
    assert not answers_follow_ups("introduction", "planned", "outgoing")
    assert not answers_follow_ups("message", "done", "outgoing")
