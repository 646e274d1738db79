"""Work on a worker thread: its progress dialog shows Cancel only while Cancel can stop it."""

from __future__ import annotations

import threading

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
