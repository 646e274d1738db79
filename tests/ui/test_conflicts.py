"""The contact and opportunity editors when someone else saved the same entry meanwhile."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox, QPushButton

from networkjournal.core.drafts import ContactDraft
from networkjournal.ops.contacts import save_contact
from networkjournal.ops.opportunities import move_opportunities
from networkjournal.store.journal import open_journal
from networkjournal.store.models import Contact, Opportunity
from networkjournal.ui.contacts.dialog import ContactDialog
from networkjournal.ui.pipeline.opportunity_dialog import OpportunityDialog
from tests.ui.helpers import click_save, when_modal


@pytest.fixture
def other(journal):
    """Another window, or another computer on a server journal."""
    second = open_journal(journal.url)
    yield second
    second.close()


def _answer(button: str, shown: list[str]) -> None:
    def press(box: QMessageBox) -> None:
        shown.append(box.text())
        next(b for b in box.findChildren(QPushButton) if b.text() == button).click()

    when_modal(press)


@pytest.mark.parametrize("answer", ["Save mine", "Keep theirs"])
def test_the_user_chooses_whose_contact_stays(context, other, qtbot, answer):
    ana = save_contact(context.journal, ContactDraft(first_name="Ana", company="Alan")).ids[0]
    dialog = ContactDialog(context, ana)
    qtbot.addWidget(dialog)
    dialog.title_edit.setText("CTO")
    save_contact(other, ContactDraft(first_name="Ana", company="Qonto"), ana)
    shown: list[str] = []
    _answer(answer, shown)
    click_save(qtbot, dialog)
    assert shown and shown[0].startswith("Ana was changed elsewhere")
    with context.journal.read() as session:
        saved = session.get(Contact, ana)
        assert (saved.company, saved.title) == (
            ("Alan", "CTO") if answer == "Save mine" else ("Qonto", ""))
    assert dialog.result() == (QMessageBox.DialogCode.Accepted if answer == "Save mine"
                               else QMessageBox.DialogCode.Rejected)


def test_cancel_goes_back_to_editing_an_opportunity_moved_elsewhere(context, other, qtbot):
    from networkjournal.ops.opportunities import save_opportunity
    from networkjournal.store.opportunities import OpportunityDraft

    opportunity = save_opportunity(context.journal, OpportunityDraft(company="Alan"),
                                   "interested").ids[0]
    dialog = OpportunityDialog(context, opportunity)
    qtbot.addWidget(dialog)
    dialog.show()
    move_opportunities(other, [opportunity], "applied")
    shown: list[str] = []
    _answer("Cancel", shown)
    click_save(qtbot, dialog)
    assert shown and "was changed elsewhere" in shown[0]
    assert dialog.isVisible()  # still editing, nothing saved
    with context.journal.read() as session:
        assert session.get(Opportunity, opportunity).stage == "applied"
