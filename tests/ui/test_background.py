"""Work on a worker thread: its progress dialog shows Cancel only while Cancel can stop it."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QPushButton

from networkjournal.ui.common.background import run_in_background


def test_work_in_its_final_step_loses_cancel_and_says_why(qtbot, window):
    in_final, release = threading.Event(), threading.Event()

    def work(progress):
        progress.report(0, 0)
        progress.final_step()
        in_final.set()
        release.wait(10)
        progress.report(1, 1)
        return "done"

    results = []
    task = run_in_background(work, results.append, parent=window, title="Restoring",
                             label="Checking…", final_label="This cannot be stopped part-way.",
                             on_cancelled=lambda: results.append("cancelled"))
    dialog = window.findChild(QProgressDialog)
    assert dialog.labelText() == "Checking…"
    assert [b.text() for b in dialog.findChildren(QPushButton)] == ["Cancel"]
    qtbot.waitUntil(in_final.is_set)
    qtbot.waitUntil(lambda: dialog.labelText() == "This cannot be stopped part-way.")
    assert dialog.findChildren(QPushButton) == []
    task.cancel()  # e.g. Escape on the dialog: refused, the work runs to its end
    release.set()
    qtbot.waitUntil(lambda: bool(results))
    assert results == ["done"]


def test_once_final_the_dialog_stays_until_the_work_ends(qtbot, window):
    """Escape, closing it, or a Cancel click that raced the final step: the dialog (and the
    window it blocks) stays while work that cannot stop runs."""
    in_final, release = threading.Event(), threading.Event()

    def work(progress):
        progress.final_step()
        in_final.set()
        release.wait(10)
        return "done"

    results = []
    task = run_in_background(work, results.append, parent=window, title="Restoring",
                             final_label="This cannot be stopped part-way.",
                             on_cancelled=lambda: results.append("cancelled"))
    dialog = window.findChild(QProgressDialog)
    dialog.show()
    try:
        qtbot.waitUntil(lambda: dialog.labelText() == "This cannot be stopped part-way.")
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        assert dialog.isVisible()
        dialog.close()
        assert dialog.isVisible()
        dialog.canceled.emit()  # a Cancel click the final step's signal had not yet removed
        assert dialog.isVisible() and task.is_running()
    finally:
        release.set()
        qtbot.waitUntil(lambda: bool(results))
    assert results == ["done"]


def test_work_nobody_watches_shares_no_final_step():
    from networkjournal.core.progress import NO_PROGRESS

    NO_PROGRESS.final_step()
    NO_PROGRESS.cancel()
    assert not NO_PROGRESS.final and not NO_PROGRESS.cancelled
