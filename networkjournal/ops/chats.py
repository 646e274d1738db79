"""Operations on the chat log: log, edit, delete an entry, mark a follow-up done."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from networkjournal.core.changes import Action, Changes, Kind
from networkjournal.core.clock import utcnow
from networkjournal.core.drafts import ChatDraft
from networkjournal.core.vocabulary import Direction, InteractionKind
from networkjournal.errors import UserError
from networkjournal.ops._record import recorded
from networkjournal.store import chats as store
from networkjournal.store import undo
from networkjournal.store.gone import get_or_gone
from networkjournal.store.journal import Journal
from networkjournal.store.models import Contact, Interaction

# A chat can move its contact's stage: the contacts' views follow the log.
_CHATS = frozenset({Kind.CHATS, Kind.CONTACTS})


def _person(contact_ids: list[int]) -> list[undo.Scope]:
    return [undo.scope("contacts", "id", contact_ids),
            undo.scope("contact_stage_changes", "contact_id", contact_ids)]


def log_chat(journal: Journal, contact_id: int, draft: ChatDraft) -> Changes:
    """Add an entry; ``result`` is the stage it moved the contact to, or None."""
    scopes = [undo.scope("interactions", "contact_id", [contact_id]), *_person([contact_id])]
    with recorded(journal, scopes) as unit:
        interaction, moved = store.log_chat(unit.session, contact_id, draft)
        stage = interaction.contact.stage if moved else None
        new_id = interaction.id
    return Changes(Action.LOG_CHAT, _CHATS, (new_id,), 1, result=stage, undo=unit.record,
                   contact_ids=frozenset({contact_id}))


def update_chat(journal: Journal, interaction_id: int, draft: ChatDraft,
                contact_id: int | None = None) -> Changes:
    """Save an edited entry (maybe now with someone else); ``result`` as for log_chat."""
    with journal.read() as session:
        old_contact = get_or_gone(session, Interaction, interaction_id).contact_id
    people = sorted({old_contact, contact_id or old_contact})
    # The person's whole log: saving a chat as done closes the follow-ups it answered.
    scopes = [undo.scope("interactions", "contact_id", people), *_person(people)]
    with recorded(journal, scopes) as unit:
        moved = store.update_chat(unit.session, interaction_id, draft, contact_id)
        stage = (get_or_gone(unit.session, Contact, contact_id or old_contact).stage
                 if moved else None)
    return Changes(Action.EDIT_CHAT, _CHATS, (interaction_id,), 1, result=stage,
                   undo=unit.record, contact_ids=frozenset(people))


def delete_chat(journal: Journal, interaction_id: int) -> Changes:
    """Remove an entry (the stage stays: stages never move back on their own)."""
    with recorded(journal, [undo.scope("interactions", "id", [interaction_id])]) as unit:
        store.delete_chat(unit.session, interaction_id)
    return Changes(Action.DELETE_CHAT, _CHATS, (interaction_id,), 1, undo=unit.record,
                   contact_ids=_whose(unit.record))


def mark_follow_up_done(journal: Journal, interaction_id: int, on: date) -> Changes:
    with recorded(journal, [undo.scope("interactions", "id", [interaction_id])]) as unit:
        store.mark_follow_up_done(unit.session, interaction_id, on)
    return Changes(Action.FOLLOW_UP_DONE, _CHATS, (interaction_id,), 1, undo=unit.record,
                   contact_ids=_whose(unit.record))


def mark_accepted(journal: Journal, request_id: int) -> Changes:
    """They accepted a connection request the user sent: the acceptance is logged (dated
    now) and they are Connected, in one step. ``result`` is the stage it moved them to."""
    with journal.read() as session:
        request = get_or_gone(session, Interaction, request_id)
        contact_id = request.contact_id
        sent = (request.kind == InteractionKind.CONNECTION_REQUEST
                and request.direction == Direction.OUTGOING)
    if not sent:
        raise UserError("only a connection request you sent can be marked accepted")
    draft = ChatDraft(kind=InteractionKind.CONNECTION_REQUEST.value,
                      direction=Direction.INCOMING.value,
                      occurred_at=utcnow().replace(microsecond=0),
                      summary="Accepted the connection request")
    return replace(log_chat(journal, contact_id, draft), action=Action.MARK_ACCEPTED)


def _whose(record: undo.UndoRecord | None) -> frozenset[int] | None:
    """The contacts of the entries a unit of work read (their last chat, next follow-up)."""
    if record is None:
        return None
    rows = record.before.rows.get("interactions", {})
    return frozenset(int(row["contact_id"]) for row in rows.values())
