"""Run long work off the UI thread, with a progress dialog and Cancel.

The work is a plain function ``fn(progress) -> result`` that never touches a
widget; its result (plain data) comes back on the main thread through
``on_done``. Modelled on Anki's background collection operations.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal, Slot
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import QProgressDialog, QWidget

from networkjournal.core.progress import Cancelled, Progress


class _Worker(QObject):
    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)
    was_cancelled = Signal()
    reached_final = Signal()  # past the last point it could stop at

    def __init__(self, fn: Callable[[Progress], Any]) -> None:
        super().__init__()
        self._fn = fn
        self.progress = Progress(on_report=self.progressed.emit,
                                 on_final=self.reached_final.emit)

    @Slot()
    def run(self) -> None:
        try:
            result = self._fn(self.progress)
        except Cancelled:
            self.was_cancelled.emit()
        except Exception as exc:  # handed to the main thread, which shows it
            self.failed.emit(exc)
        else:
            self.succeeded.emit(result)
        finally:
            # End the thread's loop from here too, so Task.wait() returns even while the
            # main thread is blocked in it (at quit) and cannot run _finish().
            self.thread().quit()


class _ProgressDialog(QProgressDialog):
    """A progress dialog that stays while work that can no longer stop runs: once ``final``,
    Escape and closing the window do nothing (the work's window stays blocked until it ends)."""

    final = False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.final and event.key() == Qt.Key.Key_Escape:
            event.accept()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.final:
            event.ignore()
            return
        super().closeEvent(event)

    def reject(self) -> None:
        if not self.final:
            super().reject()


class Task(QObject):
    """One piece of background work; emits exactly one of done, error, cancelled."""

    done = Signal(object)
    error = Signal(object)
    cancelled = Signal()
    finished = Signal()

    _running: set[Task] = set()  # keep Python wrappers alive while threads run

    def __init__(
        self,
        fn: Callable[[Progress], Any],
        *,
        parent: QWidget | None = None,
        title: str = "",
        show_dialog: bool = True,
        cancellable: bool = True,
        show_after_ms: int = 400,
        label: str = "",
        final_label: str = "",
    ) -> None:
        super().__init__()
        self._thread = QThread()
        self._worker = _Worker(fn)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.succeeded.connect(self._on_succeeded)
        self._worker.failed.connect(self._on_failed)
        self._worker.was_cancelled.connect(self._on_cancelled)
        self._dialog: _ProgressDialog | None = None
        self._final_label = final_label
        if show_dialog:
            dialog = _ProgressDialog(label or title, self.tr("Cancel") if cancellable else "",
                                     0, 0, parent)
            dialog.setWindowTitle(title)
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.setMinimumDuration(show_after_ms)
            dialog.setAutoClose(False)
            dialog.setAutoReset(False)
            if not cancellable:
                dialog.setCancelButton(None)
            dialog.canceled.connect(self.cancel)
            self._worker.progressed.connect(self._on_progress)
            self._worker.reached_final.connect(self._on_final)
            self._dialog = dialog

    @property
    def progress(self) -> Progress:
        return self._worker.progress

    def start(self) -> Task:
        Task._running.add(self)
        self._thread.start()
        return self

    def cancel(self) -> None:
        """Stop the work, unless it is in its final step: then its dialog stays (a Cancel
        click that raced the final step has hidden it: it comes back)."""
        self._worker.progress.cancel()
        if self._worker.progress.final and self._dialog is not None:
            self._dialog.final = True
            if not self._dialog.isVisible():
                self._dialog.show()

    def is_running(self) -> bool:
        return self._thread.isRunning()

    @property
    def shows_progress(self) -> bool:
        """True for work the user started and watches (an import), not a quiet reload."""
        return self._dialog is not None

    def wait(self, msecs: int) -> bool:
        """Block until the worker thread ends (at quit); True when it did."""
        return self._thread.wait(msecs)

    @classmethod
    def running(cls) -> list[Task]:
        return [task for task in cls._running if task.is_running()]

    @Slot(int, int, str)
    def _on_progress(self, done: int, total: int, text: str) -> None:
        if self._dialog is None:
            return
        self._dialog.setMaximum(max(total, 0))
        self._dialog.setValue(min(done, total) if total else 0)
        if text:
            self._dialog.setLabelText(text)

    @Slot()
    def _on_final(self) -> None:
        """The work can no longer stop: Cancel goes, and the label says why."""
        if self._dialog is None:
            return
        self._dialog.final = True
        self._dialog.setCancelButton(None)
        if self._final_label:
            self._dialog.setLabelText(self._final_label)

    def _finish(self) -> None:
        self._thread.quit()
        self._thread.wait()
        if self._dialog is not None:
            self._dialog.final = False
            self._dialog.reset()
            self._dialog.hide()
            self._dialog.deleteLater()
            self._dialog = None
        Task._running.discard(self)
        self.finished.emit()

    @Slot(object)
    def _on_succeeded(self, result: object) -> None:
        self._finish()
        self.done.emit(result)

    @Slot(object)
    def _on_failed(self, exc: object) -> None:
        self._finish()
        self.error.emit(exc)

    @Slot()
    def _on_cancelled(self) -> None:
        self._finish()
        self.cancelled.emit()


def run_in_background(
    fn: Callable[[Progress], Any],
    on_done: Callable[[Any], None],
    *,
    parent: QWidget | None = None,
    title: str = "",
    on_error: Callable[[BaseException], None] | None = None,
    on_cancelled: Callable[[], None] | None = None,
    show_dialog: bool = True,
    cancellable: bool = True,
    label: str = "",
    final_label: str = "",
) -> Task:
    """Start ``fn`` on a worker thread; callbacks run on the main thread.

    Errors without an ``on_error`` go to the application's crash handler
    (a dialog naming the log file), never silently away. ``label`` is the dialog's text
    (else ``title``); ``final_label`` replaces it when the work says it can no longer stop
    (``Progress.final_step``), and Cancel goes.
    """
    task = Task(fn, parent=parent, title=title, show_dialog=show_dialog, cancellable=cancellable,
                label=label, final_label=final_label)
    task.done.connect(on_done)
    if on_error is not None:
        task.error.connect(on_error)
    else:
        from networkjournal.ui.common.crash import report_exception

        task.error.connect(report_exception)
    if on_cancelled is not None:
        task.cancelled.connect(on_cancelled)
    return task.start()


# A view that last showed more rows than this re-reads them on a worker thread: 30,000
# contacts take most of a second to read, a few hundred a few milliseconds (a save
# shows at once).
ASYNC_ABOVE_ROWS = 3000


class RowReader:
    """Reads a view's rows: at once when few, on a worker thread when many, one read at a time.

    A change that arrives while a read runs is not lost: the read starts again when
    the running one ends, and only the newest rows are shown.
    """

    def __init__(self, parent: QWidget, show: Callable[[list], None]) -> None:
        self._parent = parent
        self._show = show
        self.loading = False
        self.shown = 0  # how many rows were last shown: many are re-read on a worker
        self._again: Callable[[], None] | None = None

    def read(self, fetch: Callable[[], list], *, again: Callable[[], None]) -> bool:
        """Fetch and show rows; ``again`` is how the view asks for a fresh read later.

        True when the rows come later, from a worker thread.
        """
        if self.loading:
            self._again = again
            return True
        if self.shown < ASYNC_ABOVE_ROWS:
            self.deliver(fetch())
            return False
        self.loading = True
        run_in_background(lambda _progress: fetch(), self._done, parent=self._parent,
                          show_dialog=False, on_error=self._failed)
        return True

    def deliver(self, rows: list) -> None:
        """Show rows read elsewhere (at start-up, while the window opened)."""
        self.shown = len(rows)
        self._show(rows)

    def _done(self, rows: list) -> None:
        self.loading = False
        again, self._again = self._again, None
        if again is not None:  # the journal changed meanwhile: these rows are stale
            again()
            return
        self.deliver(rows)

    def _failed(self, exc: BaseException) -> None:
        self.loading = False
        from networkjournal.ui.common.crash import report_exception

        report_exception(exc)


def stop_running_work(parent: QWidget) -> bool:
    """Quitting during an import asks first, then cancels it (nothing of it is saved)
    and waits for the worker, rather than tearing down a running thread."""
    from PySide6.QtWidgets import QMessageBox

    running = Task.running()
    if any(task.shows_progress for task in running):
        answer = QMessageBox.question(
            parent,
            QCoreApplication.translate("MainWindow", "Quit Network Journal"),
            QCoreApplication.translate(
                "MainWindow", "An import or export is still running. Stop it and quit? "
                "Nothing of it will be saved."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
    for task in running:
        task.cancel()
    for task in running:
        task.wait(30_000)
    return True
