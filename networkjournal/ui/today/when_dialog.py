"""A small dialog asking for a day (snooze until) or a day and time (reschedule a chat)."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import (
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from networkjournal.ui.common.dates import DATE_FORMAT, DATETIME_FORMAT, from_qdate, to_qdate


class WhenDialog(QDialog):
    """One date (or date-time) field with a calendar, OK and Cancel."""

    def __init__(self, title: str, text: str, edit: QDateEdit | QDateTimeEdit,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.edit = edit
        edit.setParent(self)
        edit.setCalendarPopup(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        label = QLabel(text, self)
        label.setWordWrap(True)
        self.setMinimumWidth(320)
        layout.addWidget(label)
        layout.addWidget(edit)
        layout.addWidget(buttons)
        edit.setFocus()


def ask_day(parent: QWidget, title: str, text: str, first: date, proposed: date) -> date | None:
    """A day from ``first`` on, ``proposed`` shown first; None when cancelled."""
    edit = QDateEdit(to_qdate(proposed))
    edit.setDisplayFormat(DATE_FORMAT)
    edit.setMinimumDate(to_qdate(first))
    dialog = WhenDialog(title, text, edit, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return from_qdate(edit.date())


def ask_moment(parent: QWidget, title: str, text: str, proposed: datetime) -> datetime | None:
    """A local date and time after now, ``proposed`` shown first; None when cancelled."""
    edit = QDateTimeEdit(QDateTime(QDate(proposed.year, proposed.month, proposed.day),
                                   QTime(proposed.hour, proposed.minute)))
    edit.setDisplayFormat(DATETIME_FORMAT)
    edit.setMinimumDateTime(QDateTime.currentDateTime())
    dialog = WhenDialog(title, text, edit, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    chosen = edit.dateTime()
    day, time = chosen.date(), chosen.time()
    return datetime(day.year(), day.month(), day.day(), time.hour(), time.minute())
