"""The contacts page and chat log driven through the real widgets, as a user would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton
from sqlalchemy import select

from networkjournal.core.drafts import ChatDraft, ContactDraft
from networkjournal.store.chats import log_chat
from networkjournal.store.contacts import save_contact
from networkjournal.store.models import Contact, Interaction
from networkjournal.ui.chats.dialog import ChatDialog
from networkjournal.ui.chats.model import ChatLogModel
from networkjournal.ui.common.context import AppContext
from networkjournal.ui.contacts.dialog import ContactDialog
from networkjournal.ui.contacts.model import ContactsModel
from networkjournal.ui.main_window import MainWindow
from tests.ui_helpers import when_modal


@pytest.fixture
def window(qtbot, journal):
    win = MainWindow(AppContext(journal))
    qtbot.addWidget(win)
    win.show()
    activate(qtbot, win)
    return win


def activate(qtbot, win):
    """Keyboard shortcuts reach only the active window (offscreen forgets it after a dialog)."""
    win.activateWindow()
    qtbot.waitUntil(lambda: win.isActiveWindow())


def add(journal, first, last="", **fields):
    with journal.transaction() as session:
        return save_contact(session, ContactDraft(first_name=first, last_name=last, **fields)).id


def click_save(qtbot, dialog):
    save = next(b for b in dialog.findChildren(QPushButton) if b.text().replace("&", "") == "Save")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)


def visible_names(page):
    return [page.model.index(r, 0).data() for r in range(page.model.rowCount())]


def reload(window):
    window.context.operations.everything_changed()


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
    add(window.context.journal, "Hugo")
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
    add(window.context.journal, "Hugo", "Martin", linkedin_url="https://www.linkedin.com/in/hugo-m")
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
    add(journal, "Hélène", "Øster", company="Ledger")
    add(journal, "François", "Müller", company="Stripe", title="Engineering Manager")
    add(journal, "Zoë", "Berg", company="BlaBlaCar", notes="met at the Rust meetup")
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
    add(journal, "A", stage="advocate")
    add(journal, "B", stage="identified")
    add(journal, "C", stage="chatted")
    reload(window)
    page = window.page("contacts")
    page.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)
    assert visible_names(page) == ["B", "C", "A"]
    page.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    assert visible_names(page) == ["A", "C", "B"]


def test_ctrl_l_logs_a_coffee_chat_and_the_stage_advances(window, qtbot):
    contact_id = add(window.context.journal, "Inès", "Haddad", stage="connected")
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
    a = add(journal, "Arthur", "Petit", company="Mistral AI")
    b = add(journal, "Manon", "Dubois")
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


def test_archive_hides_and_unarchive_brings_back(window, qtbot):
    cid = add(window.context.journal, "Kofi", "Mensah")
    add(window.context.journal, "Léa", "Moreau")
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
    cid = add(window.context.journal, "Omar", "Benali")
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


def test_window_remembers_its_page(qtbot, journal):
    first = MainWindow(AppContext(journal))
    qtbot.addWidget(first)
    first.show_page("chats")
    first.close()
    second = MainWindow(AppContext(journal))
    qtbot.addWidget(second)
    assert second.current_page_key() == "chats"


def test_table_models_pass_the_model_tester(qtmodeltester, journal):
    add(journal, "Anya", "Svensson", company="Pennylane")
    cid = add(journal, "Tomás", "García")
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


def test_connection_note_gets_live_advice(window, qtbot):
    cid = add(window.context.journal, "Mei", "Chae", company="Stripe")
    dialog = ChatDialog(window.context, contact_id=cid, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.kind.setCurrentIndex(dialog.kind.findData("connection_request"))
    assert dialog.note_check.isVisible() and not dialog.questions.isVisible()
    note = "Loved your talk on payments at the meetup, would love to connect"
    qtbot.keyClicks(dialog.notes, note)
    assert dialog.note_check.text().startswith("64 characters")
    qtbot.keyClicks(dialog.notes, ". Could we grab a coffee?")
    assert "Keep the coffee chat for later" in dialog.note_check.text()
    dialog.kind.setCurrentIndex(dialog.kind.findData("coffee_chat"))
    assert not dialog.note_check.isVisible() and dialog.questions.isVisible()


def test_a_large_journal_reloads_off_the_ui_thread(window, qtbot, monkeypatch):
    from networkjournal.ui.common import background

    monkeypatch.setattr(background, "ASYNC_ABOVE_ROWS", 0)  # every journal is "large"
    page = window.page("contacts")
    add(window.context.journal, "Hugo", "Martin")
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

    cid = add(window.context.journal, "Gone", "Elsewhere")
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


def test_quitting_during_an_import_asks_and_cancelling_keeps_the_window(window, qtbot):
    import threading

    from networkjournal.ui.common.background import run_in_background

    release = threading.Event()

    def long_import(progress):
        while not release.wait(0.01):
            progress.check()

    task = run_in_background(long_import, lambda _r: None, parent=window, title="Importing")
    asked = []

    def keep_going(box: QMessageBox):
        asked.append(box.text())
        box.button(QMessageBox.StandardButton.Cancel).click()

    when_modal(keep_going)
    assert not window.close()  # the user chose to keep the import running
    assert asked and "still running" in asked[0] and task.is_running()

    when_modal(lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    assert window.close()  # stops the import, waits for it, then closes
    assert not task.is_running()


def test_pickers_see_a_contact_added_after_they_were_first_read(window, qtbot):
    add(window.context.journal, "Early")
    assert [label for _id, label in window.context.contact_choices()] == ["Early"]
    add(window.context.journal, "Late")
    reload(window)  # the app emits contacts_changed after every change
    dialog = ChatDialog(window.context, parent=window)
    qtbot.addWidget(dialog)
    dialog.contact.setText("Late")
    assert dialog.contact.contact_id() is not None
