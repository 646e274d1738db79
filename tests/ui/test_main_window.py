"""The main window: its pages, the page it remembers, Ctrl+F/Escape on each board, quitting."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from networkjournal.ui.common.context import AppContext
from networkjournal.ui.main_window import MainWindow
from tests.ui.helpers import add_contact, add_opp, when_modal


def test_main_window_registers_the_three_pages():
    from networkjournal.ui.main_window import PAGES

    keys = {spec.key: spec for spec in PAGES}
    assert keys["pipeline"].cls == "PipelinePage"
    assert keys["relationships"].cls == "RelationshipBoardPage"
    assert keys["companies"].cls == "CompaniesPage"


def test_window_remembers_its_page(qtbot, journal):
    first = MainWindow(AppContext(journal))
    qtbot.addWidget(first)
    first.show_page("chats")
    first.close()
    second = MainWindow(AppContext(journal))
    qtbot.addWidget(second)
    assert second.current_page_key() == "chats"


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


def test_escape_clears_and_ctrl_f_focuses_each_filter(qtbot, journal, window):
    add_opp(journal, "Qonto", "applied")
    add_contact(journal, "Ana", "Lopez", "Qonto")
    for key in ("pipeline", "relationships", "companies"):
        page = window.show_page(key)
        page.setFocus()
        qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(page.search.hasFocus)
        qtbot.keyClicks(page.search, "qon")
        assert page.search.text() == "qon"
        qtbot.keyClick(page.search, Qt.Key.Key_Escape)
        assert page.search.text() == "", key


def test_ctrl_and_a_digit_opens_each_page(window, qtbot):
    from networkjournal.ui.main_window import PAGES

    for spec in PAGES:  # Ctrl+0 Today, Ctrl+1 Contacts ... Ctrl+6 Charts
        digit = spec.shortcut.removeprefix("Ctrl+")
        qtbot.keyClick(window, getattr(Qt.Key, f"Key_{digit}"),
                       Qt.KeyboardModifier.ControlModifier)
        assert window.current_page_key() == spec.key
