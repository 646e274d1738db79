"""The chat-log table model: the timeline of interactions, newest first, with filters."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QFont

from networkjournal.core.followups import is_overdue
from networkjournal.core.validation import fold
from networkjournal.core.vocabulary import InteractionStatus
from networkjournal.store.chats import ChatRow
from networkjournal.ui.common.dates import show_date, show_datetime
from networkjournal.ui.common.labels import label
from networkjournal.ui.common.roles import CONTACT_ROLE, ID_ROLE
from networkjournal.ui.common.theme import DANGER, tone

COLUMNS = ("occurred_at", "contact_name", "kind", "status", "summary", "follow_up_on")

_Index = QModelIndex | QPersistentModelIndex


class ChatLogModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._all: list[ChatRow] = []
        self._rows: list[ChatRow] = []
        self._search: list[str] = []
        self._status: str | None = None
        self.today = date.today()
        self._headers = (
            self.tr("When"),
            self.tr("Contact"),
            self.tr("Kind"),
            self.tr("Status"),
            self.tr("Summary"),
            self.tr("Follow-up"),
        )

    def set_rows(self, rows: list[ChatRow]) -> None:
        self.beginResetModel()
        self._all = rows
        self.today = date.today()
        self._rows = self._filtered()
        self.endResetModel()

    def set_filter(self, text: str, status: str | None) -> None:
        """Keep entries whose contact, company, summary or notes hold every word typed."""
        self.beginResetModel()
        self._search = fold(text).split()
        self._status = status
        self._rows = self._filtered()
        self.endResetModel()

    def _filtered(self) -> list[ChatRow]:
        rows = self._all
        if self._status:
            rows = [r for r in rows if r.status == self._status]
        for needle in self._search:
            rows = [
                r
                for r in rows
                if needle in fold(f"{r.contact_name} {r.company} {r.summary} {r.notes}")
            ]
        return list(rows)

    def all_rows(self) -> list[ChatRow]:
        return self._all

    def row_at(self, row: int) -> ChatRow:
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row = self._rows[index.row()]
        column = COLUMNS[index.column()]
        follow_up_open = row.follow_up_on is not None and row.follow_up_done_on is None
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "occurred_at":
                return show_datetime(row.occurred_at)
            if column == "kind":
                return label("kind", row.kind)
            if column == "status":
                return label("status", row.status)
            if column == "follow_up_on":
                if row.follow_up_on is None:
                    return ""
                if row.follow_up_done_on is not None:
                    return self.tr("{date} (done)").format(date=show_date(row.follow_up_on))
                return show_date(row.follow_up_on)
            if column == "contact_name" and row.company:
                return f"{row.contact_name} — {row.company}"
            return getattr(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column in ("summary", "contact_name"):
            # The whole text of a cell cut short at 960 px (the summary with its notes).
            shown = self.data(index, Qt.ItemDataRole.DisplayRole)
            return "\n\n".join(text for text in (shown, row.notes if column == "summary"
                                                   else "") if text) or None
        if role == ID_ROLE:
            return row.id
        if role == CONTACT_ROLE:
            return row.contact_id
        if role == Qt.ItemDataRole.FontRole and row.status == InteractionStatus.PLANNED:
            font = QFont()
            font.setItalic(True)
            return font
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and column == "follow_up_on"
            and follow_up_open
            and is_overdue(row.follow_up_on, self.today)
        ):
            return QBrush(tone(DANGER))
        return None
