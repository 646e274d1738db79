"""The contacts page driven through the real widgets, as a user would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from networkjournal.core.drafts import ChatDraft, ContactDraft
from networkjournal.store.chats import log_chat
from networkjournal.store.contacts import save_contact
from networkjournal.store.models import Contact
from networkjournal.ui.chats.model import ChatLogModel
from networkjournal.ui.common.context import AppContext
from networkjournal.ui.contacts.dialog import ContactDialog
from networkjournal.ui.contacts.model import ContactsModel
from networkjournal.ui.main_window import MainWindow
from tests.ui.helpers import activate, click_save, reload, save_new_contact, when_modal


def visible_names(page):
    return [page.model.index(r, 0).data() for r in range(page.model.rowCount())]


def test_empty_journal_shows_the_welcome_screen_and_adds_a_first_contact(window, qtbot):
    page = window.page("contacts")
    assert page.stack.currentWidget() is page.welcome

    def fill(dialog: ContactDialog):
        qtbot.keyClicks(dialog.first_name, "Camille")
        qtbot.keyClicks(dialog.last_name, "Laurent")
        qtbot.keyClicks(dialog.company, "Qonto")
        qtbot.keyClicks(dialog.email, "camille@qonto.com")
        dialog.source.setCurrentIndex(dialog.source.findData("linkedin_1st"))
        click_save(qtbot, dialog)

    when_modal(fill)
    qtbot.mouseClick(page.welcome.add_button, Qt.MouseButton.LeftButton)
    assert page.stack.currentWidget() is page.splitter
    assert visible_names(page) == ["Camille Laurent"]
    assert page.model.index(0, 6).data() == "LinkedIn 1st degree"
    with window.context.journal.read() as session:
        contact = session.scalars(select(Contact)).one()
        assert (contact.company, contact.email) == ("Qonto", "camille@qonto.com")
        assert len(contact.uid) == 36
    assert page.selected_contact_id() == contact.id  # the new contact is selected


def test_invalid_email_is_explained_and_nothing_is_saved(window, qtbot):
    save_new_contact(window.context.journal, "Hugo")
    reload(window)
    dialog = ContactDialog(window.context, parent=window)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.first_name, "Lea")
    qtbot.keyClicks(dialog.email, "lea-at-datadog")
    dialog.save()
    assert not dialog.problem_label.isHidden()
    assert "email address does not look right" in dialog.problem_label.text()
    assert dialog.result() != ContactDialog.DialogCode.Accepted
    assert visible_names(window.page("contacts")) == ["Hugo"]


def test_duplicate_linkedin_profile_is_flagged_before_saving(window, qtbot):
    save_new_contact(window.context.journal, "Hugo", "Martin",
                     linkedin_url="https://www.linkedin.com/in/hugo-m")
    reload(window)
    page = window.page("contacts")
    seen = []

    def fill(dialog):
        qtbot.keyClicks(dialog.first_name, "H.")
        qtbot.keyClicks(dialog.linkedin_url, "linkedin.com/in/hugo-m/")
        dialog.linkedin_url.setText("http://linkedin.com/in/hugo-m/")

        def refuse(box: QMessageBox):
            seen.append(box.text())
            box.button(QMessageBox.StandardButton.Cancel).click()

        when_modal(refuse)
        dialog.save()
        dialog.reject()

    when_modal(fill)
    page.new_contact()
    assert seen and "Hugo Martin" in seen[0]
    assert visible_names(page) == ["Hugo Martin"]


def test_search_as_you_type_filters_and_counts(window, qtbot):
    journal = window.context.journal
    save_new_contact(journal, "Hélène", "Øster", company="Ledger")
    save_new_contact(journal, "François", "Müller", company="Stripe", title="Engineering Manager")
    save_new_contact(journal, "Zoë", "Berg", company="BlaBlaCar", notes="met at the Rust meetup")
    reload(window)
    page = window.page("contacts")
    window.focus_search()
    assert page.search_field.hasFocus()
    qtbot.keyClicks(page.search_field, "helene")  # accents need not be typed
    assert visible_names(page) == ["Hélène Øster"]
    assert page.count_label.text() == "1 of 3"
    page.search_field.clear()
    qtbot.keyClicks(page.search_field, "rust")  # notes are searched too
    assert visible_names(page) == ["Zoë Berg"]
    qtbot.keyClick(page.search_field, Qt.Key.Key_Escape)
    assert len(visible_names(page)) == 3
    qtbot.keyClicks(page.search_field, "manager stripe")  # every word must match
    assert visible_names(page) == ["François Müller"]


def test_sorting_by_stage_follows_the_method_order(window, qtbot):
    journal = window.context.journal
    save_new_contact(journal, "A", stage="advocate")
    save_new_contact(journal, "B", stage="identified")
    save_new_contact(journal, "C", stage="chatted")
    reload(window)
    page = window.page("contacts")
    page.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)
    assert visible_names(page) == ["B", "C", "A"]
    page.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    assert visible_names(page) == ["A", "C", "B"]


def test_archive_hides_and_unarchive_brings_back(window, qtbot):
    cid = save_new_contact(window.context.journal, "Kofi", "Mensah")
    save_new_contact(window.context.journal, "Léa", "Moreau")
    reload(window)
    page = window.page("contacts")
    page.select_contact(cid)
    qtbot.mouseClick(page.archive_button, Qt.MouseButton.LeftButton)
    assert visible_names(page) == ["Léa Moreau"]
    page.show_archived.setChecked(True)
    page.select_contact(cid)
    assert page.archive_button.text() == "Unarchive"
    qtbot.mouseClick(page.archive_button, Qt.MouseButton.LeftButton)
    page.show_archived.setChecked(False)
    assert sorted(visible_names(page)) == ["Kofi Mensah", "Léa Moreau"]


def test_delete_asks_first_and_cancel_keeps_the_contact(window, qtbot):
    cid = save_new_contact(window.context.journal, "Omar", "Benali")
    reload(window)
    page = window.page("contacts")
    page.select_contact(cid)
    page.table.setFocus()

    asked = []

    def cancel(box: QMessageBox):
        asked.append(box.text())
        box.button(QMessageBox.StandardButton.Cancel).click()

    when_modal(cancel)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert len(asked) == 1
    assert visible_names(page) == ["Omar Benali"]

    def confirm(box: QMessageBox):
        assert "Delete this contact and their whole chat log?" in box.text()
        next(b for b in box.buttons() if b.text() == "Delete").click()

    when_modal(confirm)
    activate(qtbot, window)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert visible_names(page) == []
    with window.context.journal.read() as session:
        assert session.get(Contact, cid) is None
    assert "Ctrl+Z" in window.statusBar().currentMessage()
    assert window.action_undo.text() == "&Undo Delete contacts"

    # Ctrl+Z brings them back, with the same id; Ctrl+Shift+Z deletes them again.
    activate(qtbot, window)
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert visible_names(page) == ["Omar Benali"]
    with window.context.journal.read() as session:
        assert session.get(Contact, cid) is not None
    assert window.action_redo.isEnabled() and not window.action_undo.isEnabled()
    qtbot.keyClick(page.table, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert visible_names(page) == []


def test_table_models_pass_the_model_tester(qtmodeltester, journal):
    save_new_contact(journal, "Anya", "Svensson", company="Pennylane")
    cid = save_new_contact(journal, "Tomás", "García")
    with journal.transaction() as session:
        log_chat(session, cid, ChatDraft(kind="email", summary="hello"))
    from networkjournal.store.chats import load_chat_rows
    from networkjournal.store.contacts import load_contact_rows

    contacts = ContactsModel()
    chats = ChatLogModel()
    with journal.read() as session:
        contacts.set_rows(load_contact_rows(session))
        chats.set_rows(load_chat_rows(session))
    contacts.set_search("anya")
    qtmodeltester.check(contacts)
    qtmodeltester.check(chats)


def test_a_large_journal_reloads_off_the_ui_thread(window, qtbot, monkeypatch):
    from networkjournal.ui.common import background

    monkeypatch.setattr(background, "ASYNC_ABOVE_ROWS", 0)  # every journal is "large"
    page = window.page("contacts")
    save_new_contact(window.context.journal, "Hugo", "Martin")
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        reload(window)
        assert page.loading  # the window is not blocked while the rows are read
        reload(window)  # a second change meanwhile is read right after
    if page.loading:
        qtbot.waitSignal(page.loaded, timeout=10_000).wait()
    assert visible_names(page) == ["Hugo Martin"]
    assert not page.loading


def test_selecting_thousands_then_archiving_stays_quick(window, qtbot):
    journal = window.context.journal
    with journal.transaction() as session:
        for n in range(1500):
            save_contact(session, ContactDraft(first_name=f"P{n:04d}"))
    reload(window)
    page = window.page("contacts")
    page.table.selectAll()
    assert len(page.selected_contact_ids()) == 1500
    qtbot.mouseClick(page.archive_button, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 0
    assert page.stack.currentWidget() is page.splitter  # not the first-run welcome
    page.show_archived.setChecked(True)
    assert page.model.rowCount() == 1500


def test_editing_a_contact_deleted_in_another_window_explains_and_refreshes(window, qtbot):
    from networkjournal.store.contacts import delete_contacts
    from networkjournal.ui.common.crash import report_exception

    cid = save_new_contact(window.context.journal, "Gone", "Elsewhere")
    reload(window)
    page = window.page("contacts")
    page.select_contact(cid)
    with window.context.journal.transaction() as session:  # another window deletes them
        delete_contacts(session, [cid])
    shown = []

    def read(box: QMessageBox):
        shown.append(box.text())
        box.accept()

    when_modal(read)
    try:
        page.edit_selected()
    except Exception as exc:  # what Qt's excepthook hands to the crash handler in the app
        report_exception(exc)
    assert shown and "no longer exists" in shown[0]
    assert visible_names(page) == []  # the list was refreshed


@pytest.mark.parametrize("width", [960, 1400])
def test_the_welcome_text_is_shown_whole(window, qtbot, width):
    window.resize(width, 700)
    qtbot.wait(20)
    text = window.page("contacts").welcome.text
    assert text.height() >= text.heightForWidth(text.width())  # no line clipped


def test_a_linkedin_address_pasted_without_https_is_accepted(window, qtbot):
    dialog = ContactDialog(window.context, parent=window)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.first_name, "Camille")
    qtbot.keyClicks(dialog.linkedin_url, "linkedin.com/in/camille-l")
    dialog.save()
    assert dialog.result() == ContactDialog.DialogCode.Accepted
    with window.context.journal.read() as session:
        assert session.scalars(select(Contact)).one().linkedin_url == \
            "https://linkedin.com/in/camille-l"


def test_the_contacts_layout_is_remembered(qtbot, journal):
    first = MainWindow(AppContext(journal))
    qtbot.addWidget(first)
    page = first.page("contacts")
    page.table.setColumnWidth(1, 222)
    page.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    first.close()
    second = MainWindow(AppContext(journal))
    qtbot.addWidget(second)
    again = second.page("contacts")
    assert again.table.columnWidth(1) == 222
    assert again.table.horizontalHeader().sortIndicatorSection() == 2


def test_a_chat_logged_elsewhere_rereads_only_that_persons_line(window, qtbot, monkeypatch):
    from datetime import datetime

    from networkjournal.ops.chats import log_chat as log_chat_op
    from networkjournal.ui.contacts import page as contacts_page

    ids = [save_new_contact(window.context.journal, f"P{n}") for n in range(5)]
    reload(window)
    page = window.page("contacts")
    reads = []
    real = contacts_page.load_contact_rows

    def counted(session, **kwargs):
        reads.append(kwargs.get("ids"))
        return real(session, **kwargs)

    monkeypatch.setattr(contacts_page, "load_contact_rows", counted)
    window.show_page("chats")  # hidden: the change waits until the page is shown again
    window.context.operations.perform(
        log_chat_op, ids[2], ChatDraft(kind="coffee_chat", occurred_at=datetime(2026, 3, 2, 9)))
    assert reads == []
    window.show_page("contacts")
    assert reads == [frozenset({ids[2]})]  # one line re-read, not 30,000
    row = page.model.row_of_id(ids[2])
    assert page.model.index(row, 2).data() == "Chatted"
    assert str(page.model.index(row, 4).data()).endswith("2026")  # its last interaction
    assert sorted(visible_names(page)) == [f"P{n}" for n in range(5)]
    # Something that may touch anyone (an import) reads everyone again.
    window.context.operations.everything_changed()
    assert reads[-1] is None


def test_a_new_phone_contact_starts_connected(window, qtbot):
    dialog = ContactDialog(window.context, parent=window)
    qtbot.addWidget(dialog)
    assert dialog.stage.currentData() == "identified"
    dialog.source.setCurrentIndex(dialog.source.findData("phone"))
    assert dialog.stage.currentData() == "connected"  # someone the user already knows
    dialog.source.setCurrentIndex(dialog.source.findData("linkedin_2nd"))
    assert dialog.stage.currentData() == "identified"
    dialog.stage.setCurrentIndex(dialog.stage.findData("chatted"))  # chosen by hand...
    dialog.source.setCurrentIndex(dialog.source.findData("colleague"))
    assert dialog.stage.currentData() == "chatted"  # ...and kept
