"""The user's own coffee-chat questions: kept in order, once each, undoable."""

from __future__ import annotations

import pytest

from networkjournal.errors import UserError
from networkjournal.ops.undo import undo


def test_questions_of_ones_own_are_kept_in_order_once_each_and_undone(journal):
    from networkjournal.ops.own_questions import add_question
    from networkjournal.store.own_questions import own_questions

    def mine():
        with journal.read() as session:
            return own_questions(session)

    add_question(journal, "  How does your team  handle on-call? ")
    added = add_question(journal, "Qu'est-ce qui vous a surpris en arrivant ?")
    assert mine() == ["How does your team handle on-call?",
                      "Qu'est-ce qui vous a surpris en arrivant ?"]
    with pytest.raises(UserError, match="already one of your questions"):
        add_question(journal, "how does your team handle on-call?")
    with pytest.raises(UserError, match="write the question first"):
        add_question(journal, "   ")
    undo(journal, added)
    assert mine() == ["How does your team handle on-call?"]
