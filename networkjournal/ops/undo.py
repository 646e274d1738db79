"""Undo and redo: an operation's Changes carries the rows it touched; put them back."""

from __future__ import annotations

from networkjournal.core.changes import Action, Changes
from networkjournal.errors import UserError
from networkjournal.store.journal import Journal
from networkjournal.store.undo import restore


def undo(journal: Journal, changes: Changes) -> Changes:
    """Take ``changes`` back in one transaction; the answer's own undo is the redo.

    Refused (UserError, nothing changed) when the same rows were changed since.
    """
    if changes.undo is None:
        raise UserError("this cannot be undone")
    with journal.transaction() as session:
        restore(session, changes.undo)
    # The answer names what was undone (result) and takes it forward again when undone.
    action = Action.REDO if changes.action is Action.UNDO else Action.UNDO
    original = changes.result if changes.action in (Action.UNDO, Action.REDO) else changes.action
    return Changes(action, changes.kinds, changes.ids, changes.count, result=original,
                   undo=changes.undo.reversed(), contact_ids=changes.contact_ids)
