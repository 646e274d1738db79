"""File ▸ Restore a backup… on a journal on a PostgreSQL server, driven like a user: it offers
the server journal's backups, names what it replaces, runs on a worker that can be cancelled
until the journal itself is replaced, shows a refusal in one sentence, and every view reloads."""

from __future__ import annotations

import shutil
import sqlite3
import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from networkjournal.core.drafts import ContactDraft
from networkjournal.ops.contacts import delete_contacts, save_contact
from networkjournal.store.journal import open_journal
from networkjournal.ui.common.context import AppContext
from tests.ui.helpers import shown_window

needs_pg_dump = pytest.mark.skipif(shutil.which("pg_dump") is None or
                                   shutil.which("pg_restore") is None,
                                   reason="PostgreSQL's client programs are not on the PATH")


@pytest.fixture
def server_window(qtbot, server_journal_url):
    """The main window on a journal on the PostgreSQL server."""
    journal = open_journal(server_journal_url)
    yield shown_window(qtbot, AppContext(journal))
    journal.close()


def _names(page):
    return sorted(page.model.index(r, 0).data() for r in range(page.model.rowCount()))


def _choose(monkeypatch, backup: Path) -> dict:
    """The file dialog answers ``backup``; returns what it was asked (folder, kinds)."""
    asked: dict = {}

    def choose(_parent, _title, folder, kinds):
        asked.update(folder=folder, kinds=kinds)
        return str(backup), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", choose)
    return asked


@needs_pg_dump
def test_restore_a_backup_on_a_server_journal_brings_it_back(qtbot, server_window, monkeypatch):
    window = server_window
    operations = window.context.operations
    ana = operations.perform(save_contact, ContactDraft(first_name="Ana")).ids[0]
    window.backups.action_backup.trigger()
    qtbot.waitUntil(lambda: "Backed up" in window.statusBar().currentMessage(), timeout=20_000)
    archive = Path(window.statusBar().currentMessage().split(": ", 1)[1])
    assert archive.suffix == ".dump" and archive.read_bytes()[:5] == b"PGDMP"

    operations.perform(delete_contacts, [ana])
    operations.perform(save_contact, ContactDraft(first_name="Ben"))
    page = window.show_page("contacts")
    assert _names(page) == ["Ben"]
    offered = _choose(monkeypatch, archive)
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes)
    window.backups.action_restore.trigger()
    # The server journal's backups are offered: where Back up now put them, both kinds.
    assert offered["folder"] == str(archive.parent)
    assert "*.dump" in offered["kinds"] and "*.sqlite" in offered["kinds"]
    assert archive.name in asked[0] and "server journal" in asked[0]
    assert "not kept" in asked[0]  # unlike a journal file's, the journal replaced is not kept
    assert window.context.journal.url.split("@")[1].split("/")[0] in asked[0]
    qtbot.waitUntil(lambda: "restored" in window.statusBar().currentMessage(), timeout=20_000)
    assert "every table checked" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: _names(page) == ["Ana"], timeout=10_000)  # the page reloaded
    assert operations.can_undo() is None  # a restore is not undone by Ctrl+Z


@needs_pg_dump
def test_a_server_restore_cancelled_before_pg_restore_starts_changes_nothing(
        qtbot, server_window, monkeypatch, tmp_path):
    from networkjournal.ops.server_backups import back_up_server

    window = server_window
    operations = window.context.operations
    operations.perform(save_contact, ContactDraft(first_name="Ana"))
    archive = back_up_server(window.context.journal.url, tmp_path / "server.dump").path
    operations.perform(save_contact, ContactDraft(first_name="Ben"))
    told = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: told.append(a[2]))
    from networkjournal.store import pg_archive

    reading, release = threading.Event(), threading.Event()
    read = pg_archive.read_archive

    def read_slowly(pg_restore, path):  # the worker is held while the archive is read
        reading.set()
        release.wait(20)
        return read(pg_restore, path)

    monkeypatch.setattr(pg_archive, "read_archive", read_slowly)
    task = window.backups.restore(archive, confirm=False)
    try:
        qtbot.waitUntil(reading.is_set, timeout=20_000)
        task.cancel()  # while the archive is being read: before pg_restore starts
    finally:
        release.set()
    qtbot.waitUntil(lambda: "cancelled" in window.statusBar().currentMessage()
                    or "restored" in window.statusBar().currentMessage(), timeout=20_000)
    assert "not changed" in window.statusBar().currentMessage() and told == []
    assert _names(window.show_page("contacts")) == ["Ana", "Ben"]


def test_a_refused_backup_on_a_server_journal_is_told_in_one_sentence(qtbot, server_window,
                                                                       monkeypatch, tmp_path):
    window = server_window
    window.context.operations.perform(save_contact, ContactDraft(first_name="Ana"))
    bogus = tmp_path / "notes.sqlite"
    with sqlite3.connect(bogus) as db:
        db.execute("CREATE TABLE mine (x)")
    _choose(monkeypatch, bogus)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    told = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: told.append(a[1:3]))
    window.backups.action_restore.trigger()
    qtbot.waitUntil(lambda: bool(told), timeout=20_000)
    title, text = told[0]
    assert title == "Backup not restored"
    assert text == (f"{bogus} cannot be restored: it is not a Network Journal (no journal "
                    "tables); the journal was not changed.")  # the command line's, one sentence
    assert _names(window.show_page("contacts")) == ["Ana"]


def test_back_up_now_says_when_it_wrote_a_journal_file_and_why(qtbot, server_window, tmp_path,
                                                               monkeypatch):
    from PySide6.QtWidgets import QProgressDialog

    (tmp_path / "bin").mkdir()
    monkeypatch.setenv("PATH", str(tmp_path / "bin"))  # no pg_dump
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[1:3]))
    server_window.backups.action_backup.trigger()
    assert server_window.findChild(QProgressDialog) is not None  # the backup shows progress
    qtbot.waitUntil(lambda: bool(told), timeout=20_000)
    title, text = told[0]
    assert title == "Backed up to a journal file"
    assert "since pg_dump is not on the PATH" in text and text.endswith(
        "Restore a backup… reads it back.")
    written = Path(server_window.statusBar().currentMessage().split(": ", 1)[1])
    assert written.suffix == ".sqlite" and str(written) in text
