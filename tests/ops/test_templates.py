"""The user's own templates: saved in the journal, replaced by name, deleted, undone."""

from __future__ import annotations

import pytest

from networkjournal.errors import UserError
from networkjournal.ops.templates import delete_template, save_template
from networkjournal.ops.undo import undo
from networkjournal.store.templates import user_templates


def listed(journal):
    with journal.read() as session:
        return [(t.title, t.kind, t.text) for t in user_templates(session)]


def test_save_replace_delete_and_undo(journal):
    first = save_template(journal, "  Alumni   note ", "connection_request",
                          "Hi {first_name}, fellow INSA alum here! ")
    save_template(journal, "After a meetup", "message", "Great to meet you, {first_name}.")
    assert listed(journal) == [
        ("After a meetup", "message", "Great to meet you, {first_name}."),
        ("Alumni note", "connection_request", "Hi {first_name}, fellow INSA alum here!"),
    ]
    again = save_template(journal, "alumni note", "connection_request", "Hi {first_name}!")
    assert again.result == first.result  # the same name: the template is changed, not doubled
    assert ("Alumni note", "connection_request", "Hi {first_name}!") not in listed(journal)
    assert ("alumni note", "connection_request", "Hi {first_name}!") in listed(journal)
    deleted = delete_template(journal, first.result)
    assert [t[0] for t in listed(journal)] == ["After a meetup"]
    undo(journal, deleted)  # Edit ▸ Undo brings it back, as it was
    assert ("alumni note", "connection_request", "Hi {first_name}!") in listed(journal)


@pytest.mark.parametrize(("title", "text", "message"), [
    ("", "Hi!", "needs a name"),
    ("Empty", "   ", "needs some text"),
])
def test_a_template_without_name_or_text_is_refused_and_nothing_is_kept(
        journal, title, text, message):
    with pytest.raises(UserError, match=message):
        save_template(journal, title, "message", text)
    assert listed(journal) == []


def test_built_in_templates_cannot_be_deleted(journal):
    with pytest.raises(UserError, match="built-in"):
        delete_template(journal, "connection_note")

