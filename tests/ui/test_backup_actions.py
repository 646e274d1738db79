"""File ▸ Back up now and File ▸ Restore a backup…, driven like a user: the journal comes back
as it was, every view reloads, and a bad file is refused with the journal unchanged."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from networkjournal.core.drafts import ContactDraft
from networkjournal.ops.contacts import delete_contacts, save_contact
from networkjournal.store.backups import backup_folder, list_backups


def _names(page):
    return sorted(page.model.index(r, 0).data() for r in range(page.model.rowCount()))


def test_back_up_now_then_restore_brings_the_journal_back(qtbot, window, monkeypatch):
    journal = window.context.journal
    operations = window.context.operations
    ana = operations.perform(save_contact, ContactDraft(first_name="Ana")).ids[0]
    texts = [a.text() for a in window.menus["file"].actions()]
    assert "&Back up now" in texts and "&Restore a backup…" in texts
    window.backups.action_backup.trigger()
    qtbot.waitUntil(lambda: "Backed up" in window.statusBar().currentMessage(), timeout=10_000)
    [backup] = list_backups(backup_folder(journal.path))

    operations.perform(delete_contacts, [ana])
    operations.perform(save_contact, ContactDraft(first_name="Ben"))
    page = window.show_page("contacts")
    assert _names(page) == ["Ben"]
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes)
    window.backups.restore(backup)
    qtbot.waitUntil(lambda: "restored" in window.statusBar().currentMessage(), timeout=10_000)
    assert "kept as one more backup" in asked[0]
    qtbot.waitUntil(lambda: _names(page) == ["Ana"], timeout=10_000)
    assert operations.can_undo() is None  # a restore is not undone by Ctrl+Z
    kept = list_backups(backup_folder(journal.path))
    assert len(kept) == 2  # the journal it replaced (with Ben) is one more backup


def test_a_file_that_is_not_a_backup_is_refused_and_nothing_changes(qtbot, window, tmp_path,
                                                                     monkeypatch):
    operations = window.context.operations
    operations.perform(save_contact, ContactDraft(first_name="Ana"))
    bogus = tmp_path / "notes.sqlite"
    bogus.write_text("not a journal")
    told = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: told.append(a[2]))
    window.backups.restore(bogus, confirm=False)
    qtbot.waitUntil(lambda: bool(told), timeout=10_000)
    assert "cannot be restored" in told[0] and "not changed" in told[0]
    assert _names(window.show_page("contacts")) == ["Ana"]


def test_a_journal_file_restore_says_why_it_has_no_cancel(qtbot, window, monkeypatch):
    """Its check and replacement run as one step that cannot stop: the dialog says so when
    Cancel goes."""
    import threading

    from PySide6.QtWidgets import QProgressDialog, QPushButton

    from networkjournal.ops import backups

    journal = window.context.journal
    window.backups.action_backup.trigger()
    qtbot.waitUntil(lambda: "Backed up" in window.statusBar().currentMessage(), timeout=10_000)
    [backup] = list_backups(backup_folder(journal.path))
    inside, release = threading.Event(), threading.Event()
    restore_journal = backups.restore_journal

    def held(*args):
        inside.set()
        release.wait(20)
        return restore_journal(*args)

    monkeypatch.setattr(backups, "restore_journal", held)
    window.backups.restore(backup, confirm=False)
    dialog = window.findChild(QProgressDialog)
    try:
        qtbot.waitUntil(inside.is_set, timeout=10_000)
        qtbot.waitUntil(lambda: "cannot be stopped part-way" in dialog.labelText())
        assert backup.name in dialog.labelText() and dialog.findChildren(QPushButton) == []
    finally:
        release.set()
    qtbot.waitUntil(lambda: "restored" in window.statusBar().currentMessage(), timeout=10_000)
