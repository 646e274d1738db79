"""The wins log: good news noted with its date, newest first, refused when empty or in the
future, deleted, and both undoable."""

from datetime import date, timedelta

import pytest

from networkjournal.errors import UserError
from networkjournal.ops.undo import undo
from networkjournal.ops.wins import add_win, delete_win
from networkjournal.store.wins import recent_wins


def _texts(journal):
    with journal.read() as session:
        return [(w.happened_on, w.text) for w in recent_wins(session)]


def test_wins_are_kept_newest_first_and_undone(journal):
    today = date.today()
    add_win(journal, "Marie introduced me to the Qonto payments team",
            today - timedelta(days=3))
    second = add_win(journal, "  Interview   invitation from Alan  ")
    assert _texts(journal) == [(today, "Interview invitation from Alan"),
                               (today - timedelta(days=3),
                                "Marie introduced me to the Qonto payments team")]
    undo(journal, second)
    assert [text for _, text in _texts(journal)] == [
        "Marie introduced me to the Qonto payments team"]
    [win] = _listed(journal)
    gone = delete_win(journal, win.id)
    assert _texts(journal) == [] and gone.result.startswith("Marie")
    undo(journal, gone)
    assert [w.id for w in _listed(journal)] == [win.id]  # back with its id


def _listed(journal):
    with journal.read() as session:
        return recent_wins(session)


@pytest.mark.parametrize("text, when, message", [
    ("   ", None, "write the good news first"),
    ("x" * 301, None, "at most 300 characters (this one has 301)"),
    ("Offer!", date.today() + timedelta(days=2), "already happened"),
])
def test_a_win_that_cannot_be_kept_is_refused_and_nothing_is_written(journal, text, when,
                                                                     message):
    with pytest.raises(UserError, match=message.replace("(", r"\(").replace(")", r"\)")):
        add_win(journal, text, when)
    assert _texts(journal) == []
