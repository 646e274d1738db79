"""The contacts table view as the page and the start-up preview both show it."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QSettings, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from networkjournal.ui.common.dates import LONGEST_DATE, show_date
from networkjournal.ui.common.labels import choices

# Name, company, stage and next follow-up fit beside the details at 960 px; the rest scroll.
COLUMN_WIDTHS = (125, 110, 100, 85, 110, 170, 130)


def contacts_table(model: QAbstractItemModel, parent: QWidget | None = None) -> QTableView:
    """A sortable, whole-row table of contacts, with the column layout the user left."""
    table = QTableView(parent)
    table.setObjectName("contactsTable")
    table.setModel(model)
    table.setSortingEnabled(True)
    table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    # A fixed row height lets the view skip measuring 30,000 rows.
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    widths = list(COLUMN_WIDTHS)
    # The stage column fits the longest stage name in the interface's language (French: longer).
    longest = max(table.fontMetrics().horizontalAdvance(text) for _, text in choices("stage"))
    widths[2] = max(widths[2], longest + 12)
    date_width = table.fontMetrics().horizontalAdvance(show_date(LONGEST_DATE))
    for column in (3, 4):  # dates: never cut to "17 No", nor their header
        title = str(model.headerData(column, Qt.Orientation.Horizontal))
        widths[column] = max(date_width, header.fontMetrics().horizontalAdvance(title)) + 12
    for column, width in enumerate(widths):
        table.setColumnWidth(column, width)
    header.setStretchLastSection(True)
    if (columns := QSettings().value("contacts/columns")) is not None:
        header.restoreState(columns)  # widths and sort column
    return table
