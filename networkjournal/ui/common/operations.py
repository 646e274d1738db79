"""The one way the GUI changes the journal: perform an operation, show its error, say what changed.

Every write in the window is ``context.operations.perform(op, ...)`` with an operation
from ``networkjournal.ops``: it runs on the UI thread (a dialog's Save, a drag) or on a
worker with progress and Cancel (an import), shows a refusal in one way, keeps the
undo history, and emits ``changed(changes, initiator)`` once. Pages subscribe through
``Page``; nothing else in ui/ opens a transaction.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from networkjournal import APP_NAME
from networkjournal.core.changes import EVERYTHING, Action, Changes
from networkjournal.core.progress import Progress
from networkjournal.errors import RowGone, UserError

if TYPE_CHECKING:
    from networkjournal.store.journal import Journal
    from networkjournal.ui.common.background import Task

UNDO_DEPTH = 50  # operations the user can take back, newest first


def sentence(message: str) -> str:
    """A store message ("the journal is busy: ...") as the sentence a dialog shows."""
    message = message.strip()
    if not message:
        return message
    message = message[0].upper() + message[1:]
    return message if message.endswith((".", "!", "?")) else message + "."


def explain_failure(parent: QWidget | None, exc: BaseException) -> None:
    """Work that failed: a refusal as its sentence in a dialog, anything else as a crash."""
    from networkjournal.ui.common.crash import report_exception

    if isinstance(exc, UserError):
        QMessageBox.warning(parent, APP_NAME, sentence(str(exc)))
    else:
        report_exception(exc)


class Operations(QObject):
    """Performs operations on one journal and tells every view what changed."""

    changed = Signal(object, object)  # Changes, the object that asked (or None)
    history_changed = Signal()  # what Undo / Redo would take back changed

    def __init__(self, journal: Journal, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.journal = journal
        self._undo: list[Changes] = []
        self._redo: list[Changes] = []

    # ----------------------------------------------------------------- perform
    def perform(self, op: Callable[..., Changes], *args: Any, initiator: object = None,
                parent: QWidget | None = None, error_title: str = "",
                **kwargs: Any) -> Changes | None:
        """Run ``op(journal, *args)`` now; None when it was refused (the user was told)."""
        try:
            changes = op(self.journal, *args, **kwargs)
        except UserError as exc:
            self.refused(exc, parent, error_title)
            return None
        self.done(changes, initiator)
        return changes

    def perform_in_background(
        self, op: Callable[..., Changes], *args: Any, on_done: Callable[[Changes], None],
        parent: QWidget | None = None, title: str = "", initiator: object = None,
        error_title: str = "", on_cancelled: Callable[[], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None, label: str = "",
        final_label: str = "", **kwargs: Any,
    ) -> Task:
        """Run ``op(journal, *args, progress=...)`` on a worker with progress and Cancel
        (``label`` and ``final_label``: see run_in_background)."""
        from networkjournal.ui.common.background import run_in_background

        def work(progress: Progress) -> Changes:
            return op(self.journal, *args, progress=progress, **kwargs)

        def finished(changes: Changes) -> None:
            self.done(changes, initiator)
            on_done(changes)

        def failed(exc: BaseException) -> None:
            if on_error is not None:
                on_error(exc)
            elif isinstance(exc, UserError):
                self.refused(exc, parent, error_title)
            else:
                from networkjournal.ui.common.crash import report_exception

                report_exception(exc)

        return run_in_background(work, finished, parent=parent, title=title, on_error=failed,
                                 on_cancelled=on_cancelled, label=label,
                                 final_label=final_label)

    def done(self, changes: Changes, initiator: object = None) -> None:
        """Record ``changes`` for Undo and tell the views."""
        if changes.undo is not None:
            if changes.action in (Action.UNDO,):
                self._redo.append(changes)
            else:
                if changes.action is not Action.REDO:
                    self._redo.clear()
                self._undo.append(changes)
                del self._undo[:-UNDO_DEPTH]
            self.history_changed.emit()
        elif changes.kinds:
            # A change that cannot be undone (an import) makes older undos unsafe to replay.
            self.forget_history()
        if changes.kinds:
            self.changed.emit(changes, initiator)

    def refused(self, exc: UserError, parent: QWidget | None, title: str = "") -> None:
        QMessageBox.warning(parent, title or self.tr("Cannot do that"), sentence(str(exc)))
        if isinstance(exc, RowGone):  # deleted in another window: show what is there now
            self.everything_changed()

    def everything_changed(self) -> None:
        """Every view reloads (another program may have written to the journal)."""
        self.changed.emit(Changes(Action.IMPORT, EVERYTHING), None)

    # ---------------------------------------------------------------- undo/redo
    def can_undo(self) -> Changes | None:
        return self._undo[-1] if self._undo else None

    def can_redo(self) -> Changes | None:
        return self._redo[-1] if self._redo else None

    def undo(self, parent: QWidget | None = None) -> Changes | None:
        return self._step_back(self._undo, parent)

    def redo(self, parent: QWidget | None = None) -> Changes | None:
        return self._step_back(self._redo, parent)

    def _step_back(self, stack: list[Changes], parent: QWidget | None) -> Changes | None:
        if not stack:
            return None
        from networkjournal.ops.undo import undo

        changes = stack.pop()
        answer = self.perform(undo, changes, parent=parent, error_title=self.tr("Cannot undo"))
        if answer is None:  # refused: the rows changed since; older steps are unsafe too
            self.forget_history()
        return answer

    def forget_history(self) -> None:
        self._undo.clear()
        self._redo.clear()
        self.history_changed.emit()
