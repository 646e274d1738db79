"""Small read-only table models over plain rows, and the opportunity columns several views share."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from networkjournal.store.opportunities import OpportunityRow
from networkjournal.ui.common.labels import days_text, label
from networkjournal.ui.pipeline.board_model import ID_ROLE

_ROOT = QModelIndex()
SORT_ROLE = Qt.ItemDataRole.UserRole + 10


@dataclass(frozen=True)
class Column:
    title: str  # already translated
    text: Callable[[Any], str]
    sort: Callable[[Any], Any] | None = None  # the sort value; the text when None
    align_right: bool = False


class RowsModel(QAbstractTableModel):
    """Rows of plain dataclasses shown through Column definitions; ID_ROLE gives ``row.id``."""

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

    def rowCount(self, parent: QModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self._rows[index.row()], self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == ID_ROLE:
            return row.id
        if role == SORT_ROLE:
            return column.sort(row) if column.sort is not None else column.text(row).casefold()
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section].title
        return None


def _tr(text: str) -> str:
    return QCoreApplication.translate("PipelineTables", text)


def opportunity_columns(with_company: bool = True) -> list[Column]:
    """Company, role, stage, channel, referrer, days in stage — as every opportunity list shows."""
    company = [Column(_tr("Company"), lambda r: r.company)] if with_company else []
    return [
        *company,
        Column(_tr("Role"), lambda r: r.role),
        Column(_tr("Stage"), stage_and_stale),
        Column(_tr("Channel"), lambda r: label("channel", r.channel)),
        Column(_tr("Referrer"), lambda r: r.referrer_name),
        Column(_tr("In stage"), lambda r: days_text(r.days_in_stage),
               sort=lambda r: r.days_in_stage, align_right=True),
    ]


def stage_and_stale(row: OpportunityRow) -> str:
    text = label("opportunity_stage", row.stage)
    return f"{text} · {_tr('stale')}" if row.stale else text


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
