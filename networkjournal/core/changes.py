"""What an operation changed: the kinds of rows, which ones, and how to take it back."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any


class Kind(StrEnum):
    """The kinds of rows a view shows; a page reloads when one it watches changed."""

    CONTACTS = "contacts"
    CHATS = "chats"
    OPPORTUNITIES = "opportunities"
    SETTINGS = "settings"
    WINS = "wins"


EVERYTHING = frozenset(Kind)


class Action(StrEnum):
    """What the user did, by name: the GUI words it ("Undo Delete contact")."""

    SAVE_CONTACT = "save_contact"
    ARCHIVE = "archive"
    UNARCHIVE = "unarchive"
    DELETE_CONTACTS = "delete_contacts"
    MERGE_CONTACTS = "merge_contacts"
    MOVE_RELATIONSHIP = "move_relationship"
    LOG_CHAT = "log_chat"
    EDIT_CHAT = "edit_chat"
    DELETE_CHAT = "delete_chat"
    FOLLOW_UP_DONE = "follow_up_done"
    MARK_ACCEPTED = "mark_accepted"
    SNOOZE = "snooze"
    SAVE_OPPORTUNITY = "save_opportunity"
    MOVE_OPPORTUNITY = "move_opportunity"
    DELETE_OPPORTUNITY = "delete_opportunity"
    SETTINGS = "settings"
    SAVE_TEMPLATE = "save_template"
    DELETE_TEMPLATE = "delete_template"
    ADD_QUESTION = "add_question"
    ADD_WIN = "add_win"
    DELETE_WIN = "delete_win"
    IMPORT = "import"
    RESTORE = "restore"
    EXPORT = "export"
    DEMO = "demo"
    UNDO = "undo"
    REDO = "redo"


@dataclass(frozen=True)
class Changes:
    """The answer of every operation.

    ``kinds`` say which views must reload; ``ids`` are the rows of the operation's own
    noun that it made or changed (the new contact's id, the moved cards); ``result`` is
    what the operation answers its caller beyond that (the stage a chat moved a contact
    to, an import's summary). ``undo`` is the store's plain record of the rows before
    and after, enough to take the operation back; None when it cannot be undone.
    """

    action: Action
    kinds: frozenset[Kind] = frozenset()
    ids: tuple[int, ...] = ()
    count: int = 0
    result: Any = None
    undo: Any = field(default=None, repr=False, compare=False)
    # The contacts whose line in the contacts table (or card on the relationship board) may
    # read differently now; None when any may (an import). Views of 30,000 people re-read
    # only these.
    contact_ids: frozenset[int] | None = None

    def touches(self, kinds: frozenset[Kind] | set[Kind]) -> bool:
        return bool(self.kinds & kinds)

    @property
    def undoable(self) -> bool:
        return self.undo is not None

    def with_result(self, result: Any) -> Changes:
        return replace(self, result=result)


def touched_contacts(changes: list[Changes]) -> frozenset[int] | None:
    """The contacts any of ``changes`` touched; None when one of them does not say."""
    touched: set[int] = set()
    for change in changes:
        if Kind.CONTACTS not in change.kinds:
            continue
        if change.contact_ids is None:
            return None
        touched |= change.contact_ids
    return frozenset(touched)

