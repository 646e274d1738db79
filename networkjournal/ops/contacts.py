"""Operations on contacts: save, archive, delete, merge; each one unit of work, undoable."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from networkjournal.core.changes import Action, Changes, Kind
from networkjournal.core.clock import utcnow
from networkjournal.core.drafts import ChatDraft, ContactDraft
from networkjournal.core.vocabulary import InteractionKind
from networkjournal.errors import UserError
from networkjournal.ops._record import recorded
from networkjournal.store import contacts as store
from networkjournal.store import undo
from networkjournal.store.chats import log_chat
from networkjournal.store.conflicts import refuse_if_changed
from networkjournal.store.gone import get_or_gone
from networkjournal.store.journal import Journal
from networkjournal.store.merge import merge_into
from networkjournal.store.models import Contact

_CONTACTS = frozenset({Kind.CONTACTS})
# Deleting or merging people reaches their chats and the opportunities they referred.
_EVERYTHING_OF_A_PERSON = frozenset({Kind.CONTACTS, Kind.CHATS, Kind.OPPORTUNITIES})


def save_contact(journal: Journal, draft: ContactDraft, contact_id: int | None = None, *,
                 seen: datetime | None = None) -> Changes:
    """Create or update one contact; ``ids`` holds its id.

    Naming who introduced them credits the introducer (the method's "ask friends for
    introductions"): an introduction is logged for them, which makes them an Advocate.
    ``seen`` (store.conflicts.contact_seen when the editor opened) refuses, as
    EditConflict, to overwrite a change made elsewhere since.
    """
    before_introducer = None
    if contact_id is not None:
        with journal.read() as session:
            before_introducer = get_or_gone(session, Contact, contact_id).introduced_by_id
    credit = draft.introduced_by_id
    if credit in (None, before_introducer, contact_id):
        credit = None
    scopes: list[undo.Scope] = []
    if contact_id is not None:
        scopes += [undo.scope("contacts", "id", [contact_id]),
                   undo.scope("contact_stage_changes", "contact_id", [contact_id]),
                   undo.scope("past_companies", "contact_id", [contact_id])]
    if credit is not None:
        scopes += _person_and_chats(credit)
    with journal.transaction() as session:
        if contact_id is not None:
            refuse_if_changed(session, Contact, contact_id, seen)
        before = undo.take(session, scopes)
        contact = store.save_contact(session, draft, contact_id)
        if credit is not None:
            log_chat(session, credit, ChatDraft(
                kind=InteractionKind.INTRODUCTION.value, occurred_at=utcnow().replace(
                    microsecond=0), summary=f"Introduced you to {contact.full_name}"))
        if contact_id is None:  # the new contact's rows: none before this unit of work
            before = undo.extended(before, undo.dependents("contacts", [contact.id]))
        record = undo.after(session, before)
        saved = contact.id
    touched = {saved} | ({credit} if credit is not None else set())
    kinds = _CONTACTS | ({Kind.CHATS} if credit is not None else set())
    return Changes(Action.SAVE_CONTACT, frozenset(kinds), (saved,), 1, undo=record,
                   contact_ids=frozenset(touched))


def _person_and_chats(contact_id: int) -> list[undo.Scope]:
    return [undo.scope("contacts", "id", [contact_id]),
            undo.scope("contact_stage_changes", "contact_id", [contact_id]),
            undo.scope("interactions", "contact_id", [contact_id])]


def set_archived(journal: Journal, ids: Sequence[int], archived: bool) -> Changes:
    """Archive (or bring back) contacts: reversible, nothing is deleted."""
    with recorded(journal, [undo.scope("contacts", "id", ids)]) as unit:
        store.set_archived(unit.session, ids, archived)
    action = Action.ARCHIVE if archived else Action.UNARCHIVE
    return Changes(action, _CONTACTS, tuple(ids), len(ids), undo=unit.record,
                   contact_ids=frozenset(ids))


def delete_contacts(journal: Journal, ids: Sequence[int]) -> Changes:
    """Delete contacts with their chats and stage history; Undo brings all of it back."""
    with recorded(journal, undo.dependents("contacts", ids)) as unit:
        store.delete_contacts(unit.session, ids)
    # The people they introduced lose their "introduced by": their lines change too.
    introduced = unit.record.before.rows.get("contacts", {}) if unit.record else {}
    return Changes(Action.DELETE_CONTACTS, _EVERYTHING_OF_A_PERSON, tuple(ids), len(ids),
                   undo=unit.record, contact_ids=frozenset(introduced) | frozenset(ids))


def merge_contacts(journal: Journal, keep_id: int, drop_id: int) -> Changes:
    """Merge ``drop_id`` into ``keep_id``; ``result`` is the MergeResult."""
    with recorded(journal, undo.dependents("contacts", [keep_id, drop_id])) as unit:
        keep = unit.session.get(Contact, keep_id)
        drop = unit.session.get(Contact, drop_id)
        if keep is None or drop is None:
            raise UserError("one of the contacts no longer exists")
        result = merge_into(unit.session, keep, drop)
    people = unit.record.before.rows.get("contacts", {}) if unit.record else {}
    return Changes(Action.MERGE_CONTACTS, _EVERYTHING_OF_A_PERSON, (keep_id,), 1,
                   result=result, undo=unit.record,
                   contact_ids=frozenset(people) | {keep_id, drop_id})
