"""The wins log beside the charts: good news noted in a line, newest first, this week counted."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from networkjournal.core.changes import Changes, Kind
from networkjournal.ops.wins import MAX_LENGTH, add_win, delete_win
from networkjournal.store.wins import WinRow, recent_wins
from networkjournal.ui.common.context import AppContext
from networkjournal.ui.common.dates import DATE_FORMAT, from_qdate, show_date
from networkjournal.ui.common.rows_model import Column, RowsModel, compact_table


class WinsPanel(QWidget):
    """Lists the wins, adds one (a small dialog), deletes the one selected (Delete)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("wins")
        self.title = QLabel(self)
        self.model = RowsModel([
            Column(self.tr("When"), lambda w: show_date(w.happened_on),
                   lambda w: (w.happened_on, w.id)),
            Column(self.tr("Good news"), lambda w: w.text, tooltip=lambda w: w.text),
        ], self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        compact_table(self.view)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel(self.tr(
            "Keep the good news here: an introduction made, a kind reply, an interview "
            "invitation. On a slow week, they are worth reading again."), self)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.add_button = QPushButton(self.tr("&Add a win…"), self)
        self.add_button.clicked.connect(self.add)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.delete_button.setToolTip(self.tr("Delete the win selected (Delete)"))
        self.delete_button.clicked.connect(self.delete_selected)
        QShortcut(QKeySequence.StandardKey.Delete, self.view, self.delete_selected,
                  Qt.ShortcutContext.WidgetShortcut)

        # Narrow on purpose: it shares a row with the week's activity chart at 960 px.
        self.view.setMinimumWidth(160)
        self.empty.setMinimumWidth(160)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty, 1)
        layout.addLayout(buttons)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        context.operations.changed.connect(self._journal_changed)
        self.reload()

    def reload(self) -> None:
        wins = self.context.read(recent_wins)
        self.model.set_rows(wins)
        self.view.setVisible(bool(wins))
        self.empty.setVisible(not wins)
        self.title.setText(self.tr("<b>Wins</b>") + " " + self._this_week(wins))
        self._selection_changed()

    def _this_week(self, wins: list[WinRow]) -> str:
        today = date.today()
        monday = today - timedelta(days=today.weekday())
        count = sum(1 for win in wins if monday <= win.happened_on <= today)
        if not count:
            return ""
        return (self.tr("(1 this week)") if count == 1
                else self.tr("({n} this week)").format(n=count))

    def _journal_changed(self, changes: Changes, _initiator: object) -> None:
        if changes.touches({Kind.WINS}):
            self.reload()

    def _selection_changed(self) -> None:
        self.delete_button.setEnabled(self.selected_id() is not None)

    def selected_id(self) -> int | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()).id if rows else None

    def add(self) -> None:
        dialog = WinDialog(self)
        # A refusal is explained in a message; the dialog then opens again as it was.
        while dialog.exec() == QDialog.DialogCode.Accepted:
            if self.context.operations.perform(add_win, dialog.text.text(),
                                               from_qdate(dialog.when.date()), parent=self):
                return

    def delete_selected(self) -> None:
        win_id = self.selected_id()
        if win_id is not None:  # no question asked: Edit ▸ Undo brings it back
            self.context.operations.perform(delete_win, win_id, parent=self)


class WinDialog(QDialog):
    """One line of good news and the day it happened."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a win"))
        self.text = QLineEdit(self)
        self.text.setMaxLength(MAX_LENGTH)
        self.text.setPlaceholderText(self.tr("Marie introduced me to the payments team"))
        self.text.setMinimumWidth(380)
        self.when = QDateEdit(QDate.currentDate(), self)
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat(DATE_FORMAT)
        self.when.setMaximumDate(QDate.currentDate())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Good news"), self.text)
        form.addRow(self.tr("When"), self.when)
        form.addRow(buttons)
