"""Unexpected exceptions: written to the log folder and shown in a dialog naming the log file."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from networkjournal.errors import RowGone, UserError
from networkjournal.logs import log_file

log = logging.getLogger("networkjournal.crash")
_showing = False


translate = QCoreApplication.translate


def report_exception(exc: BaseException) -> None:
    """Log an exception and tell the user; the window stays open."""
    global _showing
    if "sqlite3" in sys.modules:  # a damaged or unreadable journal: say so, it is no crash
        from networkjournal.store.environment import environment_error

        exc = environment_error(exc) or exc
    if isinstance(exc, UserError):
        # Refused input is not a crash: a plain message, no log file to read.
        if QApplication.instance() is not None:
            QMessageBox.warning(QApplication.activeWindow(),
                                translate("Crash", "Network Journal"), str(exc))
            if isinstance(exc, RowGone):
                _refresh_every_window()
        return
    log.error(
        "unexpected error\n%s",
        "".join(traceback.format_exception(type(exc), exc, exc.__traceback__)),
    )
    if _showing or QApplication.instance() is None:
        return
    _showing = True  # one dialog at a time, even if the error repeats
    try:
        box = QMessageBox(QApplication.activeWindow())
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(translate("Crash", "Something went wrong"))
        box.setText(translate("Crash", "Network Journal hit an unexpected error. Your journal is "
                              "safe: the change in progress was not saved."))
        box.setInformativeText(
            translate("Crash", "Details were written to:\n{path}").format(path=log_file()))
        box.setDetailedText("".join(traceback.format_exception_only(type(exc), exc)))
        box.exec()
    finally:
        _showing = False


def _refresh_every_window() -> None:
    """Something was deleted elsewhere: every open window reloads what it shows."""
    for widget in QApplication.topLevelWidgets():
        context = getattr(widget, "context", None)
        operations = getattr(context, "operations", None)
        if operations is not None:
            operations.everything_changed()


def _excepthook(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    report_exception(exc.with_traceback(tb))


def install_excepthook() -> None:
    """Route exceptions raised in Qt slots to the log and a dialog instead of stderr."""
    sys.excepthook = _excepthook
