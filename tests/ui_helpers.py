"""Helpers for GUI tests: answer modal dialogs the way a user would."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget


def when_modal(handler: Callable[[QWidget], None], *, tries: int = 1000) -> None:
    """Call ``handler`` with the next modal dialog once it is shown (before triggering it)."""
    def poll(left: int = tries) -> None:
        widget = QApplication.activeModalWidget()
        if widget is not None and widget.isVisible():
            handler(widget)
        elif left:
            QTimer.singleShot(10, lambda: poll(left - 1))

    QTimer.singleShot(0, poll)
