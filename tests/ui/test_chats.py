"""The chat log page and the chat dialog: logging a chat, live advice, filters, pickers."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import select

from networkjournal.core.drafts import ChatDraft
from networkjournal.store.chats import log_chat
from networkjournal.store.models import Interaction
from networkjournal.ui.chats.dialog import ChatDialog
from tests.ui.helpers import activate, click_save, reload, save_new_contact, when_modal


def test_ctrl_l_logs_a_coffee_chat_and_the_stage_advances(window, qtbot):
    contact_id = save_new_contact(window.context.journal, "Inès", "Haddad", stage="connected")
    reload(window)
    page = window.page("contacts")
    page.select_contact(contact_id)

    def fill(dialog: ChatDialog):
        assert dialog.contact.contact_id() == contact_id  # the selected contact is preset
        dialog.kind.setCurrentIndex(dialog.kind.findData("coffee_chat"))
        dialog.status.setCurrentIndex(dialog.status.findData("done"))
        assert dialog.questions.isVisible()  # good open questions for a coffee chat
        qtbot.keyClicks(dialog.summary, "Coffee about their payments platform")
        dialog.follow_up.setChecked(True)
        click_save(qtbot, dialog)

    when_modal(fill)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    row = page.model.row_of_id(contact_id)
    assert page.model.index(row, 2).data() == "Chatted"
    assert page.model.index(row, 4).data() != ""  # last interaction shown
    assert "Chatted" in window.statusBar().currentMessage()
    chats = page.details.chats.model
    assert chats.rowCount() == 1
    assert chats.index(0, 4).data() == "Coffee about their payments platform"
    with window.context.journal.read() as session:
        assert session.scalars(select(Interaction)).one().follow_up_on is not None


def test_chat_log_page_lists_everyone_and_filters(window, qtbot):
    journal = window.context.journal
    a = save_new_contact(journal, "Arthur", "Petit", company="Mistral AI")
    b = save_new_contact(journal, "Manon", "Dubois")
    with journal.transaction() as session:
        log_chat(session, a, ChatDraft(kind="call", summary="Talked about inference"))
        log_chat(session, b, ChatDraft(kind="coffee_chat", status="planned", summary="Coffee"))
    page = window.show_page("chats")
    assert page.model.rowCount() == 2
    qtbot.keyClicks(page.search, "mistral")
    assert page.model.rowCount() == 1
    assert page.model.index(0, 1).data() == "Arthur Petit — Mistral AI"
    page.focus_search()  # Ctrl+F
    qtbot.keyClick(page.search, Qt.Key.Key_Escape)  # Escape clears the filter
    assert page.search.text() == "" and page.model.rowCount() == 2
    page.status_filter.setCurrentIndex(page.status_filter.findData("planned"))
    assert [page.model.index(r, 4).data() for r in range(page.model.rowCount())] == ["Coffee"]


def test_connection_note_gets_live_advice(window, qtbot):
    cid = save_new_contact(window.context.journal, "Mei", "Chae", company="Stripe")
    dialog = ChatDialog(window.context, contact_id=cid, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.kind.setCurrentIndex(dialog.kind.findData("connection_request"))
    assert dialog.note_check.isVisible() and not dialog.questions.isVisible()
    note = "Loved your talk on payments at the meetup, would love to connect"
    qtbot.keyClicks(dialog.notes, note)
    assert dialog.note_check.text().startswith("64 characters")
    assert "hook" not in dialog.note_check.text()
    qtbot.keyClicks(dialog.notes, ". Could we grab a coffee?")
    assert "Keep the coffee chat for later" in dialog.note_check.text()
    dialog.notes.setPlainText("Hi Mei, I'm a software engineer and would like to connect.")
    assert "No personal hook yet" in dialog.note_check.text()
    dialog.kind.setCurrentIndex(dialog.kind.findData("coffee_chat"))
    assert not dialog.note_check.isVisible() and dialog.questions.isVisible()


def test_pickers_see_a_contact_added_after_they_were_first_read(window, qtbot):
    save_new_contact(window.context.journal, "Early")
    assert [label for _id, label in window.context.contact_choices()] == ["Early"]
    save_new_contact(window.context.journal, "Late")
    reload(window)  # the app emits contacts_changed after every change
    dialog = ChatDialog(window.context, parent=window)
    qtbot.addWidget(dialog)
    dialog.contact.setText("Late")
    assert dialog.contact.contact_id() is not None


def test_the_chat_log_rereads_only_the_people_a_change_names(window, qtbot, monkeypatch):
    from datetime import datetime

    from networkjournal.ops.chats import delete_chat, log_chat
    from networkjournal.ui.chats import page as chats_page

    ana = save_new_contact(window.context.journal, "Ana", "Lopez")
    hugo = save_new_contact(window.context.journal, "Hugo", "Petit")
    operations = window.context.operations
    operations.perform(log_chat, ana, ChatDraft(kind="call", occurred_at=datetime(2026, 3, 1, 9)))
    page = window.show_page("chats")
    reads = []
    real = chats_page.load_chat_rows

    def counted(session, *args, **kwargs):
        reads.append(kwargs.get("contact_ids"))
        return real(session, *args, **kwargs)

    monkeypatch.setattr(chats_page, "load_chat_rows", counted)
    logged = operations.perform(
        log_chat, hugo, ChatDraft(kind="lunch", occurred_at=datetime(2026, 3, 2, 12)))
    assert reads == [frozenset({hugo})]
    names = [page.model.index(r, 1).data() for r in range(page.model.rowCount())]
    assert names == ["Hugo Petit", "Ana Lopez"]  # newest first, both there
    operations.perform(delete_chat, logged.ids[0])
    assert [page.model.index(r, 1).data() for r in range(page.model.rowCount())] == [
        "Ana Lopez"]


def test_mark_accepted_on_a_sent_request(window, qtbot):
    from datetime import datetime

    from networkjournal.ops.chats import log_chat as log_chat_op

    ana = save_new_contact(window.context.journal, "Ana", "Lopez")
    window.context.operations.perform(log_chat_op, ana, ChatDraft(
        kind="connection_request", occurred_at=datetime(2026, 3, 2, 9)))
    page = window.show_page("chats")
    assert not page.accepted_button.isVisible()  # nothing selected
    page.table.selectRow(0)
    assert page.accepted_button.isVisible()
    qtbot.mouseClick(page.accepted_button, Qt.MouseButton.LeftButton)
    with window.context.journal.read() as s:
        from networkjournal.store.models import Contact

        assert s.get(Contact, ana).stage == "connected"
    kinds = [page.model.index(r, 2).data() for r in range(page.model.rowCount())]
    assert kinds == ["Connection request", "Connection request"]  # the acceptance, logged
    assert "accepted" in window.statusBar().currentMessage()
    page.table.selectRow(0)  # the acceptance itself is not a request the user sent
    assert not page.accepted_button.isVisible()


def test_a_template_filled_for_the_contact_copied_and_logged_in_one_click(window, qtbot):
    from PySide6.QtWidgets import QApplication

    from networkjournal.core.drafts import ContactDraft
    from networkjournal.ops.contacts import save_contact

    ana = save_contact(window.context.journal, ContactDraft(
        first_name="Ana", last_name="Lopez", company="Qonto")).ids[0]
    dialog = ChatDialog(window.context, contact_id=ana, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    index = next(i for i in range(dialog.template.count())
                 if dialog.template.itemText(i) == "Connection note (English)")
    dialog.template.setCurrentIndex(index)
    note = dialog.notes.toPlainText()
    assert note.startswith("Hi Ana, {hook}") and "Qonto's work" in note
    assert dialog.kind.currentData() == "connection_request"
    assert "{first_name}" not in note
    assert "Still to write: {hook}, {my_name}." in dialog.note_check.text()
    dialog.notes.setPlainText(note.replace("{hook}", "Congrats on the launch!")
                              .replace("{my_name}", "Léa"))
    qtbot.mouseClick(dialog.copy_save_button, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text().startswith("Hi Ana, Congrats on the launch!")
    assert dialog.result() == dialog.DialogCode.Accepted
    with window.context.journal.read() as s:
        [entry] = s.scalars(select(Interaction).where(Interaction.contact_id == ana))
        assert (entry.kind, entry.status, entry.summary) == (
            "connection_request", "done", "Connection request")
        assert entry.notes.startswith("Hi Ana, Congrats")
        assert entry.follow_up_on is None  # the request itself comes back if unanswered


def test_the_chat_dialog_proposes_the_next_step_for_the_contacts_stage(window, qtbot):
    from networkjournal.core.drafts import ContactDraft
    from networkjournal.ops.contacts import save_contact

    stranger = save_contact(window.context.journal, ContactDraft(first_name="Zoé")).ids[0]
    friend = save_contact(window.context.journal, ContactDraft(
        first_name="Léa", source="phone", stage="connected")).ids[0]
    for contact_id, expected in ((stranger, ("connection_request", "done")),
                                 (friend, ("coffee_chat", "planned"))):
        dialog = ChatDialog(window.context, contact_id=contact_id, parent=window)
        qtbot.addWidget(dialog)
        assert (dialog.kind.currentData(), dialog.status.currentData()) == expected


def test_the_same_note_sent_unchanged_to_several_people_is_pointed_out(window, qtbot):
    from datetime import datetime

    from networkjournal.core.drafts import ContactDraft
    from networkjournal.ops.chats import log_chat as log_chat_op
    from networkjournal.ops.contacts import save_contact

    note = "Hi, I follow your company's work and would be glad to connect."
    people = [save_contact(window.context.journal, ContactDraft(first_name=n)).ids[0]
              for n in ("Ana", "Ben", "Chloé")]
    for contact_id in people[:2]:
        window.context.operations.perform(log_chat_op, contact_id, ChatDraft(
            kind="connection_request", occurred_at=datetime(2026, 3, 2, 9), notes=note))
    dialog = ChatDialog(window.context, contact_id=people[2], parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.notes.setPlainText(note)
    assert "already sent this exact note to 2 people" in dialog.note_check.text()
    dialog.notes.setPlainText(note + " Congrats on the launch!")
    assert "already sent" not in dialog.note_check.text()


def test_the_brief_before_a_planned_chat_and_its_pdf(window, qtbot, tmp_path, monkeypatch):
    from datetime import datetime

    from PySide6.QtWidgets import QDialog

    from networkjournal.core.drafts import ContactDraft
    from networkjournal.ops.chats import log_chat as log_chat_op
    from networkjournal.ops.contacts import save_contact
    from networkjournal.ui.chats.brief import BriefDialog

    ana = save_contact(window.context.journal, ContactDraft(
        first_name="Ana", last_name="Lopez", company="Qonto", title="Staff Engineer",
        research_notes="Talk on Rust payments at RustFest.")).ids[0]
    operations = window.context.operations
    operations.perform(log_chat_op, ana, ChatDraft(
        kind="call", occurred_at=datetime(2026, 3, 2, 9),
        notes="✓ What kinds of projects do you mainly work on?\nPayments."))
    operations.perform(log_chat_op, ana, ChatDraft(
        kind="coffee_chat", status="planned", occurred_at=datetime(2030, 3, 9, 9)))
    page = window.show_page("chats")
    page.table.selectRow(0)  # the planned coffee chat, newest first
    assert page.brief_button.isVisible()
    shown = []
    monkeypatch.setattr(BriefDialog, "exec", lambda dialog: shown.append(dialog)
                        or QDialog.DialogCode.Rejected)
    qtbot.mouseClick(page.brief_button, Qt.MouseButton.LeftButton)
    [brief] = shown
    text = brief.view.toPlainText()
    assert "Ana Lopez" in text and "Staff Engineer · Qonto" in text
    assert "Talk on Rust payments" in text  # the research
    assert "What challenges do you face most often?" in text  # not asked yet
    assert "What kinds of projects do you mainly work on?" not in text  # asked in March
    pdf = tmp_path / "brief.pdf"
    brief.write_pdf(pdf)
    assert pdf.read_bytes().startswith(b"%PDF")


def test_questions_ticked_after_a_chat_are_kept_and_not_proposed_again(window, qtbot):
    from networkjournal.core.drafts import ContactDraft
    from networkjournal.ops.contacts import save_contact

    ana = save_contact(window.context.journal, ContactDraft(
        first_name="Ana", stage="chat_planned")).ids[0]
    dialog = ChatDialog(window.context, contact_id=ana, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert (dialog.kind.currentData(), dialog.status.currentData()) == ("coffee_chat", "done")
    first, second = dialog.questions.boxes[:2]
    assert first.text() == "What kinds of projects do you mainly work on?"
    activate(qtbot, dialog)
    answer = dialog.questions.answers[0]
    assert not answer.isVisible()  # a place for the answer once the question is ticked
    first.setChecked(True)
    assert answer.isVisible() and answer.hasFocus()
    qtbot.keyClicks(answer, "Card payments,  mostly Rust")
    dialog.when.setDateTime(dialog.when.dateTime().addDays(-1))
    dialog.notes.setPlainText("Payments in Rust.")
    dialog.save()
    with window.context.journal.read() as s:
        [entry] = s.scalars(select(Interaction).where(Interaction.contact_id == ana))
        assert entry.notes == ("✓ What kinds of projects do you mainly work on?\n"
                               "  → Card payments, mostly Rust\nPayments in Rust.")
    again = ChatDialog(window.context, contact_id=ana, parent=window)
    qtbot.addWidget(again)
    assert again.questions.boxes[0].text() == second.text()  # asked once is enough


def test_a_note_saved_as_a_template_of_ones_own_fills_the_next_one(window, qtbot, monkeypatch):
    from PySide6.QtWidgets import QInputDialog, QMessageBox

    ana = save_new_contact(window.context.journal, "Ana", "Lopez", company="Qonto")
    ben = save_new_contact(window.context.journal, "Ben", "Martin", company="Alan")
    dialog = ChatDialog(window.context, contact_id=ana, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.templates.delete_button.isEnabled()  # built-ins cannot be deleted
    dialog.kind.setCurrentIndex(dialog.kind.findData("message"))
    dialog.notes.setPlainText("Hi {first_name}, a fellow INSA alum here: how is {company}?")
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Alumni hello", True))
    qtbot.mouseClick(dialog.templates.save_button, Qt.MouseButton.LeftButton)
    assert dialog.template.currentText() == "Alumni hello (yours)"
    assert dialog.notes.toPlainText().startswith("Hi {first_name}")  # what was written stays
    assert dialog.templates.delete_button.isEnabled()

    other = ChatDialog(window.context, contact_id=ben, parent=window)
    qtbot.addWidget(other)
    other.show()
    other.template.setCurrentIndex(other.template.findText("Alumni hello (yours)"))
    assert other.notes.toPlainText() == "Hi Ben, a fellow INSA alum here: how is Alan?"
    assert other.kind.currentData() == "message"
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(other.templates.delete_button, Qt.MouseButton.LeftButton)
    assert other.template.findText("Alumni hello (yours)") == -1
    window.undo()  # Edit ▸ Undo: the template is back for the next dialog
    again = ChatDialog(window.context, contact_id=ben, parent=window)
    qtbot.addWidget(again)
    assert again.template.findText("Alumni hello (yours)") > 0


def test_a_question_of_ones_own_is_offered_ticked_kept_and_not_asked_twice(
        window, qtbot, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    from networkjournal.core.drafts import ContactDraft
    from networkjournal.ops.contacts import save_contact

    ana, ben = (save_contact(window.context.journal, ContactDraft(
        first_name=name, stage="chat_planned")).ids[0] for name in ("Ana", "Ben"))
    dialog = ChatDialog(window.context, contact_id=ana, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    mine = "How does your team handle on-call?"
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (mine, True))
    qtbot.mouseClick(dialog.questions.add_button, Qt.MouseButton.LeftButton)
    box = dialog.questions.boxes[-1]
    assert box.text() == mine and box.isVisible()
    box.setChecked(True)
    dialog.when.setDateTime(dialog.when.dateTime().addDays(-1))
    dialog.save()
    # For Ana, asked: not proposed again. For Ben, proposed right after the method's three.
    for person, offered in ((ana, False), (ben, True)):
        again = ChatDialog(window.context, contact_id=person, parent=window)
        qtbot.addWidget(again)
        texts = [b.text() for b in again.questions.boxes]
        assert (mine in texts) is offered
    assert texts[3] == mine
