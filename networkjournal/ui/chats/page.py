"""The chat log: a filterable timeline of interactions, for one contact or for everyone."""

from __future__ import annotations

from datetime import date
from operator import attrgetter

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from networkjournal.core.changes import Changes, Kind
from networkjournal.core.vocabulary import (
    TWO_WAY_KINDS,
    Direction,
    InteractionKind,
    InteractionStatus,
)
from networkjournal.ops import chats as ops
from networkjournal.store.chats import ChatRow, load_chat_rows
from networkjournal.ui.chats.dialog import ChatDialog
from networkjournal.ui.chats.model import ChatLogModel
from networkjournal.ui.common.background import RowReader
from networkjournal.ui.common.context import AppContext
from networkjournal.ui.common.dates import LONGEST_DATE, show_date
from networkjournal.ui.common.feedback import show_status
from networkjournal.ui.common.labels import choices
from networkjournal.ui.common.page import Page, few_touched
from networkjournal.ui.common.roles import CONTACT_ROLE, ID_ROLE
from networkjournal.ui.common.theme import colour_text


def is_sent_request(row: ChatRow) -> bool:
    """A connection request the user sent (which the other person may have accepted)."""
    return (row.kind == InteractionKind.CONNECTION_REQUEST
            and row.status == InteractionStatus.DONE and row.direction == Direction.OUTGOING)


translate = QCoreApplication.translate


class ChatLogWidget(Page):
    """Timeline + filter + actions; ``contact_id`` restricts it to one person."""

    loaded = Signal()
    watches = frozenset({Kind.CHATS, Kind.CONTACTS})  # names and companies show in the log

    def __init__(
        self, context: AppContext, parent: QWidget | None = None, *, compact: bool = False
    ) -> None:
        super().__init__(context, parent)
        self.context: AppContext = context
        self.contact_id: int | None = None
        self.compact = compact
        self.model = ChatLogModel(self)
        self.reader = RowReader(self, self._show_rows)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Filter by name, company, summary or notes"))
        self.search.setClearButtonEnabled(True)
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("Planned and done"), None)
        for value, text in choices("status"):
            self.status_filter.addItem(text, value)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        # The summary (stretching) keeps a readable width at 960 px: the follow-up column is
        # as wide as its longest text, the contact's a little narrower (both have tooltips).
        done = translate("ChatLogModel", "{date} (done)").format(date=show_date(LONGEST_DATE))
        follow_up = self.fontMetrics().horizontalAdvance(done) + 16
        for column, width in ((0, 130), (1, 150), (2, 110), (3, 70), (5, follow_up)):
            self.table.setColumnWidth(column, width)
        if compact:  # beside the contacts table: who is known, status shows as italics
            self.table.hideColumn(1)
            self.table.hideColumn(3)
            # The day shows whole (the time may be cut), and the follow-up date.
            for column, width in ((0, 100), (2, 80), (5, follow_up)):
                self.table.setColumnWidth(column, width)
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setContentsMargins(16, 16, 16, 16)
        colour_text(self.empty)

        self.log_button = QPushButton(self.tr("Log a chat…"))
        self.log_button.setToolTip(self.tr("Log a chat (Ctrl+L)"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.done_button = QPushButton(self.tr("Follow-up done"))
        # Shown for a connection request the user sent: they accepted it.
        self.accepted_button = QPushButton(self.tr("Mark accepted"))
        self.accepted_button.setToolTip(
            self.tr("They accepted: log it and move them to Connected"))
        self.accepted_button.hide()
        # Shown for a planned conversation: what to read before it.
        self.brief_button = QPushButton(self.tr("&Brief…"))
        self.brief_button.setToolTip(self.tr("Who they are, your research, questions to ask"))
        self.brief_button.hide()
        self.delete_button = QPushButton(self.tr("Delete"))
        self.log_button.clicked.connect(self.log_chat)
        self.edit_button.clicked.connect(self.edit_selected)
        self.done_button.clicked.connect(self.follow_up_done)
        self.accepted_button.clicked.connect(self.mark_accepted)
        self.brief_button.clicked.connect(self.show_brief)
        self.delete_button.clicked.connect(self.delete_selected)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        # activated= as a keyword is not in the stubs; the slot-as-third-argument form
        # drops the context (PySide 6.11), so the signal is connected afterwards.
        QShortcut(
            QKeySequence.StandardKey.Delete,
            self.table,
            context=Qt.ShortcutContext.WidgetShortcut,
        ).activated.connect(self.delete_selected)
        QShortcut(
            QKeySequence(Qt.Key.Key_Return),
            self.table,
            context=Qt.ShortcutContext.WidgetShortcut,
        ).activated.connect(self.edit_selected)

        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.status_filter)
        actions = QHBoxLayout()
        actions.addWidget(self.log_button)
        if not compact:  # beside the contacts table, Enter or a double-click edits
            actions.addWidget(self.edit_button)
        actions.addWidget(self.done_button)
        actions.addWidget(self.accepted_button)
        actions.addWidget(self.brief_button)
        actions.addStretch(1)
        actions.addWidget(self.delete_button)
        layout = self.page_layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if not compact:
            layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(actions)

        QShortcut(QKeySequence(Qt.Key.Key_Escape), self.search,
                  context=Qt.ShortcutContext.WidgetShortcut).activated.connect(self.search.clear)
        self.search.textChanged.connect(self._apply_filter)
        self.status_filter.currentIndexChanged.connect(self._apply_filter)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

    def set_contact(self, contact_id: int | None) -> None:
        self.contact_id = contact_id
        self.mark_stale()

    def reload(self) -> None:
        """Show the log again; a long one (the whole network's) is read on a worker thread."""
        if self.compact and self.contact_id is None:
            self._show_rows([])  # beside the contacts table with nobody selected
            return
        self.reader.read(self.context.reader(load_chat_rows, self.contact_id), again=self.reload)

    def apply(self, changes: list[Changes]) -> bool:
        """Re-read the entries of the people the changes name; the rest of the log stays."""
        touched = few_touched(changes)
        if (touched is None or self.compact
                or self.reader.loading or not self.model.all_rows()):
            return False
        if touched:
            fresh = self.context.read(load_chat_rows, contact_ids=touched)
            kept = [row for row in self.model.all_rows() if row.contact_id not in touched]
            rows = kept + fresh
            rows.sort(key=attrgetter("occurred_at", "id"), reverse=True)  # newest first
            self._show_rows(rows)
        return True

    @property
    def loading(self) -> bool:
        return self.reader.loading

    def _show_rows(self, rows: list[ChatRow]) -> None:
        selected = self.selected_interaction_id()
        self.model.set_rows(rows)
        self._select_id(selected)
        self._update_empty()
        self._update_buttons()
        self.loaded.emit()

    def _apply_filter(self) -> None:
        self.model.set_filter(self.search.text(), self.status_filter.currentData())
        self._update_empty()
        self._update_buttons()

    def _update_empty(self) -> None:
        empty = self.model.rowCount() == 0
        if self.compact:
            text = (self.tr("No chats with this contact yet. Press Ctrl+L to log one.")
                    if self.contact_id is not None else "")
        elif self.search.text() or self.status_filter.currentData():
            text = self.tr("No chat matches this filter.")
        else:
            text = self.tr(
                "Your chat log is empty. Select a contact and press Ctrl+L to log "
                "a connection request, a message or a coffee chat."
            )
        self.empty.setText(text)
        self.empty.setVisible(empty)
        self.table.setVisible(not empty)

    def _update_buttons(self) -> None:
        row = self._selected_row()
        has = row is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)
        self.done_button.setEnabled(
            row is not None and row.follow_up_on is not None and row.follow_up_done_on is None
        )
        self.log_button.setEnabled(not self.compact or self.contact_id is not None)
        self.accepted_button.setVisible(row is not None and is_sent_request(row))
        self.brief_button.setVisible(row is not None and row.status == InteractionStatus.PLANNED
                                     and InteractionKind(row.kind) in TWO_WAY_KINDS)

    def _selected_row(self) -> ChatRow | None:
        indexes = self.table.selectionModel().selectedRows()
        return self.model.row_at(indexes[0].row()) if indexes else None

    def selected_interaction_id(self) -> int | None:
        indexes = self.table.selectionModel().selectedRows()
        return indexes[0].data(ID_ROLE) if indexes else None

    def selected_contact_id(self) -> int | None:
        indexes = self.table.selectionModel().selectedRows()
        return indexes[0].data(CONTACT_ROLE) if indexes else self.contact_id

    def _select_id(self, interaction_id: int | None) -> None:
        if interaction_id is None:
            return
        for row in range(self.model.rowCount()):
            if self.model.row_at(row).id == interaction_id:
                self.table.selectRow(row)
                return

    def log_chat(self) -> None:
        ChatDialog.log_new(self.context, self.selected_contact_id(), self)

    def edit_selected(self) -> None:
        interaction_id = self.selected_interaction_id()
        if interaction_id is not None:
            dialog = ChatDialog(self.context, interaction_id=interaction_id, parent=self)
            dialog.exec()

    def follow_up_done(self) -> None:
        interaction_id = self.selected_interaction_id()
        if interaction_id is None:
            return
        self.context.operations.perform(ops.mark_follow_up_done, interaction_id, date.today(),
                                        parent=self)

    def show_brief(self) -> None:
        row = self._selected_row()
        if row is not None:
            from networkjournal.ui.chats.brief import BriefDialog

            BriefDialog(self.context, row.contact_id, self).exec()

    def mark_accepted(self) -> None:
        row = self._selected_row()
        if row is None or not is_sent_request(row):
            return
        changes = self.context.operations.perform(ops.mark_accepted, row.id, parent=self)
        if changes is not None and changes.result:
            show_status(self, self.tr("{name} accepted: Connected.").format(
                name=row.contact_name), 6000)

    def delete_selected(self) -> None:
        row = self._selected_row()
        if row is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete chat"),
            self.tr("Delete this entry of the chat log with {name}?\n“{summary}”").format(
                name=row.contact_name, summary=row.summary or "…"
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,  # Enter must not delete
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.context.operations.perform(ops.delete_chat, row.id, parent=self)


class ChatLogPage(ChatLogWidget):
    """The chat log of the whole network (a page of the main window)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.page_layout.setContentsMargins(12, 12, 12, 12)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()
