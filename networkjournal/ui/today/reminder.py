"""The day's reminder: while the app runs, a system-tray message at the start of each day
says how much is due, and a new day refreshes what Today counts. No server, no cron."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QObject, QSettings, QTimer, Signal
from PySide6.QtWidgets import QSystemTrayIcon, QWidget

from networkjournal.core.today import should_remind

CHECK_EVERY_MS = 60_000
SETTING = "today/reminded_on"


class DayReminder(QObject):
    """Watches the local clock; ``counted()`` is told each new count of what is due."""

    day_changed = Signal()  # the date turned: what is due must be counted again
    clicked = Signal()  # the user clicked the message: show Today

    def __init__(self, window: QWidget, clock: Callable[[], datetime] = datetime.now) -> None:
        super().__init__(window)
        self.window = window
        self.clock = clock
        self.day = clock().date()
        self.due = 0
        self.tray: QSystemTrayIcon | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def counted(self, due: int) -> None:
        self.due = due
        self.check()

    def check(self) -> None:
        now = self.clock()
        if now.date() != self.day:
            self.day = now.date()
            self.day_changed.emit()  # the count that follows comes back through counted()
            return
        settings = QSettings()
        if not should_remind(_day(settings.value(SETTING, "")), now, self.due):
            return
        settings.setValue(SETTING, now.date().isoformat())
        self.remind(self.due)

    def remind(self, due: int) -> None:
        tray = self._tray()
        if tray is None:
            return  # no tray on this desktop: the count on the navigation says it
        text = (self.tr("1 thing is due today.") if due == 1
                else self.tr("{n} things are due today.").format(n=due))
        tray.showMessage(self.tr("Network Journal"), text,
                         QSystemTrayIcon.MessageIcon.Information, 10_000)

    def _tray(self) -> QSystemTrayIcon | None:
        if self.tray is None and QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(self.window.windowIcon(), self)
            self.tray.setToolTip(self.tr("Network Journal"))
            self.tray.messageClicked.connect(self.clicked)
            self.tray.activated.connect(lambda _reason: self.clicked.emit())
            self.tray.show()
        return self.tray


def _day(stored: object) -> date | None:
    """The day kept in the settings; None when missing or unreadable (edited by hand)."""
    try:
        return date.fromisoformat(str(stored))
    except ValueError:
        return None
