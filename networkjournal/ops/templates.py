"""Operations on the user's own templates: save one (a new title, or the same title again to
change it), delete one. Undoable; built-in templates are not touched."""

from __future__ import annotations

from networkjournal.core.changes import Action, Changes, Kind
from networkjournal.core.templates import USER_KEY_PREFIX, stored_template
from networkjournal.core.vocabulary import InteractionKind
from networkjournal.errors import UserError
from networkjournal.ops._record import recorded
from networkjournal.store import undo
from networkjournal.store.journal import Journal
from networkjournal.store.models import Setting, new_uid
from networkjournal.store.settings import set_setting
from networkjournal.store.templates import TEMPLATE_PREFIX, user_templates


def save_template(journal: Journal, title: str, kind: str, text: str) -> Changes:
    """Keep ``text`` as a template named ``title``; the result is its key."""
    title, text = " ".join(title.split()), text.strip()
    if not title:
        raise UserError("a template needs a name")
    if not text:
        raise UserError("a template needs some text: write the note first")
    InteractionKind(kind)
    with journal.read() as session:
        same = [t.key for t in user_templates(session) if t.title.casefold() == title.casefold()]
    key = TEMPLATE_PREFIX + (same[0].removeprefix(USER_KEY_PREFIX) if same else new_uid())
    with recorded(journal, [undo.scope("settings", "key", [key])]) as unit:
        set_setting(unit.session, key, stored_template(title, kind, text))
    return Changes(Action.SAVE_TEMPLATE, frozenset({Kind.SETTINGS}), undo=unit.record,
                   result=USER_KEY_PREFIX + key.removeprefix(TEMPLATE_PREFIX))


def delete_template(journal: Journal, template_key: str) -> Changes:
    """Remove one of the user's templates (``template_key`` as listed: "user:…")."""
    if not template_key.startswith(USER_KEY_PREFIX):
        raise UserError("built-in templates cannot be deleted")
    key = TEMPLATE_PREFIX + template_key.removeprefix(USER_KEY_PREFIX)
    with recorded(journal, [undo.scope("settings", "key", [key])]) as unit:
        row = unit.session.get(Setting, key)
        if row is None:
            raise UserError("this template was already deleted")
        unit.session.delete(row)
    return Changes(Action.DELETE_TEMPLATE, frozenset({Kind.SETTINGS}), undo=unit.record)
