"""The page the window opens on: Today when something is due (a preference), else the last one."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu

OPEN_FIRST = "today/open_first"
LAST_DUE = "today/last_due"  # what was due when the count was last shown
LAST_PAGE = "window/page"


def opens_on_today() -> bool:
    """The preference: on unless the user turned it off (the View menu)."""
    # type=bool reads the ini file's "true"/"false" too (as the boards' settings do).
    return bool(QSettings().value(OPEN_FIRST, True, type=bool))


def start_page(last: str, due: int | None) -> str:
    """Today when something is due and the user wants it first; else the page left last."""
    return "today" if due and opens_on_today() else last


def preview_contacts_first() -> bool:
    """Paint the first contacts before the journal opens only when the window will stay on
    them: contacts were the last page, and Today will not replace them at once (something
    was due when the app last counted)."""
    settings = QSettings()
    if settings.value(LAST_PAGE, "contacts") != "contacts":
        return False
    return not (opens_on_today() and _count(settings) > 0)


def remember_due(count: int) -> None:
    QSettings().setValue(LAST_DUE, count)


def add_open_first_action(window: QMainWindow, menu: QMenu) -> QAction:
    """View ▸ Open on Today when something is due (checkable, remembered)."""
    text = QCoreApplication.translate("MainWindow", "Open on &Today when something is due")
    action = QAction(text, window)
    action.setCheckable(True)
    action.setChecked(opens_on_today())
    action.toggled.connect(lambda on: QSettings().setValue(OPEN_FIRST, bool(on)))
    menu.addSeparator()
    menu.addAction(action)
    return action


def _count(settings: QSettings) -> int:
    try:
        return int(settings.value(LAST_DUE, 0, type=int))  # type: ignore[call-overload]
    except (TypeError, ValueError):  # a value written by hand
        return 0
