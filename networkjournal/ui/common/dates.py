"""Showing stored dates to the user: UTC in the journal, local time and locale format on screen."""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime, QTimeZone

LONGEST_DATE = date(2026, 9, 30)  # a wide day and month in either language: column widths

# "3 Mar 2026": unambiguous in every locale, month names translated by Qt.
DATE_FORMAT = "d MMM yyyy"
DATETIME_FORMAT = "d MMM yyyy, HH:mm"


def utc_to_local(value: datetime) -> datetime:
    """A naive UTC timestamp from the journal as naive local wall time."""
    return value.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)


def local_to_utc(value: datetime) -> datetime:
    """Naive local wall time typed by the user as the journal's naive UTC."""
    return value.astimezone(UTC).replace(tzinfo=None)


def show_date(value: date | None) -> str:
    if value is None:
        return ""
    return QLocale().toString(QDate(value.year, value.month, value.day), DATE_FORMAT)


def show_datetime(value_utc: datetime | None) -> str:
    if value_utc is None:
        return ""
    local = utc_to_local(value_utc)
    qdt = QDateTime(
        QDate(local.year, local.month, local.day),
        QTime(local.hour, local.minute),
        QTimeZone.systemTimeZone(),
    )
    return QLocale().toString(qdt, DATETIME_FORMAT)


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())
