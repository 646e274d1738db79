"""Operations on the user's own coffee-chat questions: add one (undoable)."""

from __future__ import annotations

import time
import uuid

from networkjournal.core.changes import Action, Changes, Kind
from networkjournal.errors import UserError
from networkjournal.ops._record import recorded
from networkjournal.store import undo
from networkjournal.store.journal import Journal
from networkjournal.store.own_questions import QUESTION_PREFIX, own_questions
from networkjournal.store.settings import set_setting


def add_question(journal: Journal, text: str) -> Changes:
    """Add ``text`` to the questions the chat dialog and the brief propose."""
    text = " ".join(text.split())
    if not text:
        raise UserError("write the question first")
    with journal.read() as session:
        if text.casefold() in (q.casefold() for q in own_questions(session)):
            raise UserError(f"“{text}” is already one of your questions")
    # Keys sort in the order the questions were added: the dialog lists them that way.
    key = f"{QUESTION_PREFIX}{time.time_ns():020d}-{uuid.uuid4().hex[:8]}"
    with recorded(journal, [undo.scope("settings", "key", [key])]) as unit:
        set_setting(unit.session, key, text)
    return Changes(Action.ADD_QUESTION, frozenset({Kind.SETTINGS}), undo=unit.record,
                   result=text)
