"""The connection-note check: LinkedIn's limits and no coffee request in a first note."""

from networkjournal.core.outreach import (
    ASKS_FOR_TIME,
    TOO_LONG,
    TOO_LONG_FOR_FREE,
    check_connection_note,
)


def test_a_short_personal_note_passes():
    note = ("Congratulations on the IPO! I'm a backend engineer following Qonto's payments "
            "work and would love to connect.")
    assert check_connection_note(note).problems == ()


def test_length_limits_of_free_and_premium_accounts():
    assert check_connection_note("x" * 200).problems == ()
    assert check_connection_note("x" * 201).problems == (TOO_LONG_FOR_FREE,)
    assert check_connection_note("x" * 301).problems == (TOO_LONG,)
    assert check_connection_note("  hello  ").length == 5


def test_asking_for_a_coffee_chat_in_the_first_note_is_flagged():
    for ask in ("Could we grab a coffee next week?", "Do you have 15 minutes for a call?",
                "I'd love to pick your brain"):
        assert ASKS_FOR_TIME in check_connection_note(ask).problems, ask
    assert check_connection_note("Loved your talk on Rust at the meetup").problems == ()
