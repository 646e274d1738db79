"""Small ways a view answers the user: a widget's own shortcut, a message in the status bar."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QMainWindow, QWidget


def widget_shortcut(keys: QKeySequence | QKeySequence.StandardKey, widget: QWidget,
                    slot: Callable[[], object]) -> QShortcut:
    """A shortcut that works only while ``widget`` has the focus (Enter in a table).

    ``activated=`` as a keyword is not in the stubs and the slot-as-third-argument form
    drops the context (PySide 6.11): the signal is connected afterwards.
    """
    shortcut = QShortcut(keys, widget, context=Qt.ShortcutContext.WidgetShortcut)
    shortcut.activated.connect(slot)
    return shortcut


def show_status(widget: QWidget, text: str, msecs: int = 8000) -> None:
    """Say ``text`` in the status bar of ``widget``'s window, if it has one."""
    window = widget.window()
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(text, msecs)
