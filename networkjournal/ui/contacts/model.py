"""The contacts table model: 30,000 rows, search as you type and sorting without a proxy.

Filtering is our own (a substring test over pre-folded text) because a Python
QSortFilterProxyModel.filterAcceptsRow call per row costs a frame per keystroke.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QPalette

from networkjournal.core.followups import is_overdue
from networkjournal.core.validation import fold
from networkjournal.store.contact_rows import ContactRow
from networkjournal.ui.common.dates import show_date
from networkjournal.ui.common.labels import label
from networkjournal.ui.common.roles import ID_ROLE
from networkjournal.ui.common.theme import DANGER, secondary, tone

# What the method needs first (who, where, how far, what is owed) comes first.
COLUMNS = ("name", "company", "stage", "next_follow_up", "last_interaction", "title", "source")

_Index = QModelIndex | QPersistentModelIndex


class ContactsModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ContactRow] = []
        self._order: list[int] = []  # indices into _rows, in the current sort order
        self._visible: list[int] = []  # the part of _order that matches the search
        self._needles: list[str] = []
        # Results of the searches typed since the rows or the order last changed, so that
        # Backspace goes back to an earlier result instead of searching all rows again.
        self._recent: dict[tuple[str, ...], list[int]] = {}
        self._sort = (0, Qt.SortOrder.AscendingOrder)
        self.today = date.today()
        self._headers = (
            self.tr("Name"), self.tr("Company"), self.tr("Stage"), self.tr("Next follow-up"),
            self.tr("Last interaction"), self.tr("Title"), self.tr("Source"),
        )

    # ------------------------------------------------------------- loading
    def set_rows(self, rows: list[ContactRow]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.today = date.today()
        self._order = self._sorted_order(*self._sort)
        self._recent.clear()
        self._visible = self._filtered(self._order)
        self.endResetModel()

    def set_search(self, text: str) -> None:
        """Keep only contacts whose name, company, title, email, tags or notes hold every word."""
        needles = fold(text).split()
        if needles == self._needles:
            return
        # Typing one more letter only narrows the search: filter what is shown, not all rows.
        narrower = len(needles) >= len(self._needles) > 0 and all(
            old in new for old, new in zip(self._needles, needles, strict=False)
        )
        base = self._visible if narrower else self._order
        self.beginResetModel()
        self._needles = needles
        key = tuple(needles)
        if key not in self._recent:
            if len(self._recent) > 64:
                self._recent.clear()
            self._recent[key] = self._filtered(base)
        self._visible = self._recent[key]
        self.endResetModel()

    def _filtered(self, order: list[int]) -> list[int]:
        if not self._needles:
            return list(order)
        rows = self._rows
        visible = order
        for needle in self._needles:
            visible = [i for i in visible if needle in rows[i].search_text]
        return visible

    # ------------------------------------------------------------- sorting
    def _sorted_order(self, column: int, order: Qt.SortOrder) -> list[int]:
        key_name = COLUMNS[column]
        rows = self._rows
        keys: list[int] | list[str]
        if key_name in ("last_interaction", "next_follow_up"):
            # Empty dates sort last whichever way the column is sorted.
            present = [i for i in range(len(rows)) if getattr(rows[i], key_name) is not None]
            absent = [i for i in range(len(rows)) if getattr(rows[i], key_name) is None]
            present.sort(
                key=lambda i: getattr(rows[i], key_name),
                reverse=order == Qt.SortOrder.DescendingOrder,
            )
            return present + absent
        if key_name in ("source", "stage"):
            # Stages sort in their order in the method, not alphabetically.
            from networkjournal.core.vocabulary import RELATIONSHIP_ORDER, Source

            rank = {
                str(v): n
                for n, v in enumerate(RELATIONSHIP_ORDER if key_name == "stage" else tuple(Source))
            }
            keys = [rank.get(getattr(r, key_name), 99) for r in rows]
        else:
            if key_name == "name":
                # The folded search text starts with the name: no fold per row needed
                # (ties fall to the company, which is what a reader expects anyway).
                keys = [r.search_text for r in rows]
            else:
                keys = [fold(getattr(r, key_name)) for r in rows]
        result = sorted(range(len(rows)), key=keys.__getitem__)
        if order == Qt.SortOrder.DescendingOrder:
            result.reverse()
        return result

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        old_ids = [self._rows[i].id for i in self._visible]
        persistent = self.persistentIndexList()
        self._sort = (column, order)
        self._order = self._sorted_order(column, order)
        self._recent.clear()
        self._visible = self._filtered(self._order)
        new_pos = {self._rows[i].id: n for n, i in enumerate(self._visible)}
        for index in persistent:
            if index.row() < len(old_ids):
                row = new_pos.get(old_ids[index.row()], -1)
                self.changePersistentIndex(
                    index, self.index(row, index.column()) if row >= 0 else QModelIndex()
                )
        self.layoutChanged.emit()

    # ------------------------------------------------------------ the model
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def row_at(self, row: int) -> ContactRow:
        return self._rows[self._visible[row]]

    def row_of_id(self, contact_id: int) -> int:
        return self.rows_of_ids([contact_id]).get(contact_id, -1)

    def rows_of_ids(self, ids: list[int]) -> dict[int, int]:
        """Visible row of each id that is shown, in one pass over the table."""
        wanted = set(ids)
        rows = self._rows
        return {rows[i].id: n for n, i in enumerate(self._visible) if rows[i].id in wanted}

    def total_count(self) -> int:
        return len(self._rows)

    def rows_without(self, ids: frozenset[int]) -> list[ContactRow]:
        """Every row but those of ``ids`` (to put their fresh versions in)."""
        return [row for row in self._rows if row.id not in ids]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._visible)):
            return None
        row = self._rows[self._visible[index.row()]]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = getattr(row, column)
            if column == "source":
                return label("source", value)
            if column == "stage":
                return label("stage", value)
            if isinstance(value, date):
                return show_date(value)
            return value or ""
        if role == ID_ROLE:
            return row.id
        overdue = column == "next_follow_up" and is_overdue(row.next_follow_up, self.today)
        if role == Qt.ItemDataRole.ToolTipRole and overdue:
            return self.tr("Follow-up overdue")
        if role == Qt.ItemDataRole.ForegroundRole:
            if overdue:
                return QBrush(tone(DANGER))
            if row.archived:
                return QBrush(secondary(background=QPalette.ColorRole.Base))
        return None
