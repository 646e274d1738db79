"""Operations on the Today list: an item done or snoozed, a planned chat moved or cancelled."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from networkjournal.core.changes import Action, Changes, Kind
from networkjournal.core.clock import utcnow
from networkjournal.core.drafts import ChatDraft
from networkjournal.core.today import Due, DueItem
from networkjournal.core.vocabulary import InteractionKind, InteractionStatus
from networkjournal.errors import UserError
from networkjournal.ops import chats
from networkjournal.ops._record import recorded
from networkjournal.store import undo
from networkjournal.store.chats import chat_draft
from networkjournal.store.journal import Journal
from networkjournal.store.settings import set_setting
from networkjournal.store.today import SNOOZE_PREFIX, forget_expired_snoozes

# Items "Done" applies to; the others are acted on elsewhere (log a chat, the pipeline).
DONE_APPLIES = frozenset({Due.FOLLOW_UP, Due.CHAT_TODAY, Due.CLOSE_CHAT, Due.THANK_YOU,
                          Due.PENDING_REQUEST})


def mark_done(journal: Journal, item: DueItem, today: date) -> Changes:
    """Do what the item asks: a follow-up done, a planned chat held, a thank-you sent,
    a connection request accepted. One unit of work, undoable."""
    if item.kind is Due.FOLLOW_UP and item.interaction_id is not None:
        return chats.mark_follow_up_done(journal, item.interaction_id, today)
    if item.kind in (Due.CHAT_TODAY, Due.CLOSE_CHAT) and item.interaction_id is not None:
        with journal.read() as session:
            draft, contact_id = chat_draft(session, item.interaction_id)
        held = replace(draft, status=InteractionStatus.DONE.value,
                       occurred_at=min(draft.occurred_at, utcnow().replace(microsecond=0)))
        return chats.update_chat(journal, item.interaction_id, held, contact_id)
    if item.kind is Due.THANK_YOU and item.contact_id is not None:
        return chats.log_chat(journal, item.contact_id, ChatDraft(
            kind=InteractionKind.THANK_YOU.value, occurred_at=utcnow().replace(microsecond=0),
            summary="Thank-you sent"))
    if item.kind is Due.PENDING_REQUEST and item.interaction_id is not None:
        return chats.mark_accepted(journal, item.interaction_id)
    raise UserError("this item is done elsewhere: open the contact or the pipeline")


def snooze(journal: Journal, item: DueItem, until: date) -> Changes:
    """Hide the item until ``until`` (it comes back that morning)."""
    key = SNOOZE_PREFIX + item.key
    with recorded(journal, [undo.scope("settings", "key", [key])]) as unit:
        # Out of the undo record's scope on purpose: past snoozes hide nothing any more.
        forget_expired_snoozes(unit.session, date.today())
        set_setting(unit.session, key, until.isoformat())
    return Changes(Action.SNOOZE, frozenset({Kind.SETTINGS}), undo=unit.record)


def cancel_planned(journal: Journal, item: DueItem) -> Changes:
    """A planned chat that did not happen and will not: removed from the log."""
    if item.interaction_id is None or item.kind not in (Due.CHAT_TODAY, Due.CLOSE_CHAT):
        raise UserError("only a planned chat can be cancelled")
    return chats.delete_chat(journal, item.interaction_id)


def reschedule(journal: Journal, item: DueItem, when: datetime) -> Changes:
    """Move a planned chat to a later moment (``when`` in UTC); it stays planned."""
    if item.interaction_id is None or item.kind not in (Due.CHAT_TODAY, Due.CLOSE_CHAT):
        raise UserError("only a planned chat can be rescheduled")
    if when <= utcnow():
        raise UserError("choose a moment still to come for the chat")
    with journal.read() as session:
        draft, contact_id = chat_draft(session, item.interaction_id)
    planned = replace(draft, status=InteractionStatus.PLANNED.value, occurred_at=when)
    return chats.update_chat(journal, item.interaction_id, planned, contact_id)
