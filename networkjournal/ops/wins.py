"""Operations on the wins log: note a win, delete one (both undoable)."""

from __future__ import annotations

from datetime import date

from networkjournal.core.changes import Action, Changes, Kind
from networkjournal.errors import UserError
from networkjournal.ops._record import recorded
from networkjournal.store import undo
from networkjournal.store.journal import Journal
from networkjournal.store.models import Win, new_uid
from networkjournal.store.wins import add_win_row

MAX_LENGTH = 300  # a line of good news, not an essay (the column's size)


def add_win(journal: Journal, text: str, happened_on: date | None = None) -> Changes:
    """Keep ``text`` as good news of ``happened_on`` (today when not given)."""
    text = " ".join(text.split())
    if not text:
        raise UserError("write the good news first")
    if len(text) > MAX_LENGTH:
        raise UserError(f"a win is one line of at most {MAX_LENGTH} characters "
                        f"(this one has {len(text)})")
    today = date.today()  # the user's calendar: a win is dated as they lived it
    when = happened_on or today
    if when > today:
        raise UserError("a win is news that already happened: choose today or a past date")
    uid = new_uid()  # known before the insert: the undo record reads the row by it
    with recorded(journal, [undo.scope("wins", "uid", [uid])]) as unit:
        win_id = add_win_row(unit.session, when, text, uid)
    return Changes(Action.ADD_WIN, frozenset({Kind.WINS}), ids=(win_id,),
                   undo=unit.record, result=text)


def delete_win(journal: Journal, win_id: int) -> Changes:
    with recorded(journal, [undo.scope("wins", "id", [win_id])]) as unit:
        win = unit.session.get(Win, win_id)
        if win is None:
            raise UserError("this win was deleted elsewhere")
        text = win.text
        unit.session.delete(win)
    return Changes(Action.DELETE_WIN, frozenset({Kind.WINS}), ids=(win_id,),
                   undo=unit.record, result=text)
