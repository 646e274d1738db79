"""Another program writing to the journal: the window reloads what it changed, and a change
made here while that program holds the write lock is refused at once, not after a freeze."""

from __future__ import annotations

import sqlite3

from sqlalchemy import text

from networkjournal.app import build_main_window, make_application
from networkjournal.core.drafts import ContactDraft
from networkjournal.ops.contacts import save_contact
from networkjournal.store.journal import open_journal


def _names(page):
    return {page.model.index(r, 0).data() for r in range(page.model.rowCount())}


def test_a_contact_added_by_the_command_line_appears_in_the_open_window(qtbot, tmp_path):
    url = f"sqlite:///{tmp_path / 'mine.sqlite'}"
    make_application()
    window = build_main_window(url)
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("contacts")
    watch = window.external_changes
    assert not watch.check()  # nothing new
    window.context.operations.perform(save_contact, ContactDraft(first_name="Ben"))
    assert not watch.check()  # its own change is not news
    other = open_journal(url)  # another program: the CLI, another window
    try:
        save_contact(other, ContactDraft(first_name="Chloé", last_name="Roux"))
    finally:
        other.close()
    assert watch.check()
    qtbot.waitUntil(lambda: "Chloé Roux" in _names(page), timeout=5000)
    assert not watch.check()
    window.context.journal.close()


def test_a_change_while_another_program_writes_is_refused_without_a_long_wait(
        qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    url = f"sqlite:///{tmp_path / 'mine.sqlite'}"
    make_application()
    window = build_main_window(url)
    qtbot.addWidget(window)
    journal = window.context.journal
    with journal.read() as session:  # what the window waits for another writer, at most
        assert session.execute(text("PRAGMA busy_timeout")).scalar() <= 500
    told = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: told.append(a[2]))
    writer = sqlite3.connect(tmp_path / "mine.sqlite", timeout=0)
    writer.execute("BEGIN IMMEDIATE")  # an import from the command line, say
    try:
        done = window.context.operations.perform(save_contact, ContactDraft(first_name="Ana"),
                                                 parent=window)
    finally:
        writer.rollback()
        writer.close()
    assert done is None and told and "busy" in told[0]
    with journal.read() as session:
        assert session.execute(text("SELECT count(*) FROM contacts")).scalar() == 0
    journal.close()


def test_a_window_on_a_server_journal_notices_another_computers_commits(qtbot,
                                                                         server_journal_url):
    import subprocess
    import sys

    from networkjournal.store.journal import open_journal
    from networkjournal.ui.common.context import AppContext
    from networkjournal.ui.common.external_changes import ExternalChanges
    from networkjournal.ui.main_window import MainWindow

    journal = open_journal(server_journal_url)
    context = AppContext(journal)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    watch = ExternalChanges(journal, context.operations, parent=window)
    page = window.show_page("contacts")
    context.operations.perform(save_contact, ContactDraft(first_name="Ben"))
    assert not watch.check()  # its own change is not news
    another = (  # another computer: another process writing to the same server journal
        "from networkjournal.core.drafts import ContactDraft\n"
        "from networkjournal.ops.contacts import save_contact\n"
        "from networkjournal.store.journal import open_journal\n"
        f"j = open_journal({server_journal_url!r})\n"
        "save_contact(j, ContactDraft(first_name='Chloé', last_name='Roux'))\n"
        "j.close()\n")
    done = subprocess.run([sys.executable, "-c", another], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    # Within the watch's next look (every 2 s), the window shows it.
    qtbot.waitUntil(lambda: "Chloé Roux" in _names(page), timeout=6000)
    watch.close()
    journal.close()
