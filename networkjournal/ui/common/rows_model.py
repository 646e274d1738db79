"""A read-only table model over plain rows, described by columns; how such tables look."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from networkjournal.ui.common.roles import ID_ROLE, SORT_ROLE
from networkjournal.ui.common.theme import tone

_ROOT = QModelIndex()
_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    title: str  # already translated
    text: Callable[[Any], str]
    sort: Callable[[Any], Any] | None = None  # the sort value; the text when None
    align_right: bool = False
    color: Callable[[Any], str] | None = None  # a text colour ("#rrggbb", "" for none)
    tooltip: Callable[[Any], str] | None = None


class RowsModel(QAbstractTableModel):
    """Rows of plain dataclasses shown through Column definitions; ID_ROLE gives ``row.id``.

    Every list of the window that is not one of the big models (contacts, chat log,
    boards) is one of these: the companies page, a contact's opportunities, an
    opportunity's history, the import preview.
    """

    def __init__(self, columns: Sequence[Column], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[Any]:
        return list(self._rows)

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self._rows[index.row()], self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == ID_ROLE:
            return getattr(row, "id", None)
        if role == SORT_ROLE:
            return column.sort(row) if column.sort is not None else column.text(row).casefold()
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column.color is not None:
            color = column.color(row)
            return QBrush(tone(color)) if color else None
        if role == Qt.ItemDataRole.ToolTipRole:  # the whole text of a cell cut short
            return (column.tooltip or column.text)(row) or None
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by a column's sort value, in Python: a sort proxy would ask data() for every
        comparison (30,000 import-preview rows took seconds; this takes milliseconds)."""
        if not 0 <= column < len(self._columns):
            return
        spec = self._columns[column]
        key = spec.sort if spec.sort is not None else (lambda row: spec.text(row).casefold())
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        before = [self._rows[index.row()] for index in persistent]
        self._rows.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)
        where = {id(row): n for n, row in enumerate(self._rows)}
        for index, row in zip(persistent, before, strict=True):  # selections follow their rows
            self.changePersistentIndex(index, self.index(where[id(row)], index.column()))
        self.layoutChanged.emit()

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section].title
        return None


def compact_table(view: QTableView) -> None:
    """One line per row, no row numbers, whole-row selection: how these lists read best."""
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    view.setWordWrap(False)
    view.setAlternatingRowColors(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(False)
