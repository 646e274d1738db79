"""The contacts page: search as you type, sort, add, edit, archive, delete, log a chat."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QSettings, Qt, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from networkjournal.core.changes import Changes, Kind
from networkjournal.ops import contacts as ops
from networkjournal.store.contacts import count_contacts, deletion_effects, load_contact_rows
from networkjournal.ui.chats.dialog import ChatDialog
from networkjournal.ui.common.background import RowReader
from networkjournal.ui.common.context import AppContext
from networkjournal.ui.common.feedback import show_status, widget_shortcut
from networkjournal.ui.common.page import Page, few_touched
from networkjournal.ui.common.roles import ID_ROLE
from networkjournal.ui.common.theme import colour_text
from networkjournal.ui.contacts.details import ContactDetails
from networkjournal.ui.contacts.dialog import ContactDialog
from networkjournal.ui.contacts.model import COLUMNS, ContactsModel
from networkjournal.ui.contacts.table import contacts_table
from networkjournal.ui.welcome import WelcomePanel

COLUMN_COUNT = len(COLUMNS)


class ContactsPage(Page):
    watches = frozenset({Kind.CONTACTS})

    open_sample_requested = Signal()
    loaded = Signal()  # the table shows the journal's current contacts

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.context: AppContext = context
        self.model = ContactsModel(self)
        self._selection_archived = False
        self.reader = RowReader(self, self._show_rows)

        self.search_field = QLineEdit()
        self.search_field.setObjectName("contactSearch")
        self.search_field.setPlaceholderText(
            self.tr("Search name, company, title, email, tags, notes (Ctrl+F)")
        )
        self.search_field.setClearButtonEnabled(True)
        self.show_archived = QCheckBox(self.tr("Show archived"))
        self.count_label = QLabel()
        colour_text(self.count_label)

        self.table = contacts_table(self.model)

        self.details = ContactDetails(context)

        self.new_button = QPushButton(self.tr("New contact…"))
        self.new_button.setToolTip(self.tr("New contact (Ctrl+N)"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.chat_button = QPushButton(self.tr("Log a chat…"))
        self.chat_button.setToolTip(self.tr("Log a chat with the selected contact (Ctrl+L)"))
        self.archive_button = QPushButton(self.tr("Archive"))
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.new_button.clicked.connect(self.new_contact)
        self.edit_button.clicked.connect(self.edit_selected)
        self.chat_button.clicked.connect(self.log_chat)
        self.archive_button.clicked.connect(self.toggle_archive)
        self.delete_button.clicked.connect(self.delete_selected)

        top = QHBoxLayout()
        top.addWidget(self.search_field, 1)
        top.addWidget(self.show_archived)
        top.addWidget(self.count_label)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.chat_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.archive_button)
        buttons.addWidget(self.delete_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(top)
        left_layout.addWidget(self.table, 1)
        left_layout.addLayout(buttons)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self._split_by_hand = False  # until the user drags the handle (or it was restored)
        self.splitter.splitterMoved.connect(lambda *_: setattr(self, "_split_by_hand", True))

        self.welcome = WelcomePanel()
        self.welcome.add_contact_requested.connect(self.new_contact)
        self.welcome.open_sample_requested.connect(self.open_sample_requested)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.welcome)
        self.stack.addWidget(self.splitter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self.stack)

        self.search_field.textChanged.connect(self._search)
        self.show_archived.toggled.connect(self.reload)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        widget_shortcut(QKeySequence.StandardKey.Delete, self.table, self.delete_selected)
        widget_shortcut(QKeySequence(Qt.Key.Key_Return), self.table, self.edit_selected)
        widget_shortcut(QKeySequence(Qt.Key.Key_Escape), self.search_field,
                        self.search_field.clear)
        # Down from the search field goes to the results, as in a mail client.
        widget_shortcut(QKeySequence(Qt.Key.Key_Down), self.search_field, self._to_table)
        settings = QSettings()
        if (state := settings.value("contacts/splitter")) is not None:
            self._split_by_hand = self.splitter.restoreState(state)
        self.refresh()

    # -------------------------------------------------------------- loading
    def reload(self) -> None:
        """Show the journal's contacts again (after any change).

        A large journal is read on a worker thread — 30,000 rows take most of a
        second — while the table keeps showing what it had; a small one is read at
        once, so a save shows up immediately.
        """
        include_archived = self.show_archived.isChecked()
        rows = None if include_archived else self.context.preloaded.pop("contact_rows", None)
        if rows is not None:
            self.reader.deliver(rows)
            return
        fetch = self.context.reader(load_contact_rows, include_archived=include_archived)
        if self.reader.read(fetch, again=self.reload):
            self.count_label.setText(self.tr("Loading…"))

    def apply(self, changes: list[Changes]) -> bool:
        """Re-read only the people the changes name (a chat logged: one line of 30,000)."""
        touched = few_touched(changes)
        if (touched is None or self.reader.loading
                or not self.model.total_count()):
            return False
        if touched:
            fresh = self.context.read(load_contact_rows,
                                      include_archived=self.show_archived.isChecked(),
                                      ids=touched)
            self._show_rows(self.model.rows_without(touched) + fresh)
        return True

    @property
    def loading(self) -> bool:
        return self.reader.loading

    def _show_rows(self, rows: list) -> None:
        selected = self.selected_contact_ids()
        self.model.set_rows(rows)
        self.stack.setCurrentWidget(self.welcome if self._journal_is_empty(rows) else self.splitter)
        self._select_ids(selected)
        self._update_count()
        self.loaded.emit()

    def _journal_is_empty(self, rows: list) -> bool:
        """The welcome screen is for a journal with nobody in it, not one with all archived."""
        if rows or self.show_archived.isChecked():
            return False
        return self.context.read(count_contacts) == 0

    def _search(self, text: str) -> None:
        # The selection is left alone: following every keystroke with the details panel
        # would query the journal on each letter (Down from the field picks the first row).
        current = self.selected_contact_id()
        self.model.set_search(text)
        self._update_count()
        if current is not None:  # the reset dropped the selection: keep it if still shown
            self._select_ids([current])
        self._selection_changed()

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total_count()
        self.count_label.setText(
            (self.tr("1 contact") if total == 1 else self.tr("{n} contacts").format(n=total))
            if shown == total
            else self.tr("{shown} of {total}").format(shown=shown, total=total)
        )

    def _to_table(self) -> None:
        self.table.setFocus()
        if self.model.rowCount() and not self.table.selectionModel().hasSelection():
            self.table.selectRow(0)

    # ------------------------------------------------------------ selection
    def selected_contact_ids(self) -> list[int]:
        return [index.data(ID_ROLE) for index in self.table.selectionModel().selectedRows()]

    def selected_contact_id(self) -> int | None:
        current = self.table.selectionModel().currentIndex()
        ids = self.selected_contact_ids()
        if current.isValid() and current.data(ID_ROLE) in ids:
            return current.data(ID_ROLE)
        return ids[0] if ids else None

    def select_contact(self, contact_id: int) -> None:
        self._select_ids([contact_id])

    def _select_ids(self, ids: list[int]) -> None:
        """Select these contacts at once (one selection change, not one per contact)."""
        selection = self.table.selectionModel()
        found = self.model.rows_of_ids(ids)
        block = QItemSelection()
        for row in found.values():
            block.select(self.model.index(row, 0), self.model.index(row, COLUMN_COUNT - 1))
        first = found.get(ids[0]) if ids else None
        selection.blockSignals(True)
        try:
            selection.select(block, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            if first is not None:
                selection.setCurrentIndex(
                    self.model.index(first, 0), QItemSelectionModel.SelectionFlag.NoUpdate
                )
        finally:
            selection.blockSignals(False)
        if first is not None:
            self.table.scrollTo(self.model.index(first, 0))
        self.table.viewport().update()
        self._selection_changed()

    def _selection_changed(self, *_args: object) -> None:
        ids = self.selected_contact_ids()
        one = len(ids) == 1
        self.edit_button.setEnabled(one)
        self.chat_button.setEnabled(one)
        self.archive_button.setEnabled(bool(ids))
        self.delete_button.setEnabled(bool(ids))
        archived = bool(ids) and all(
            self.model.row_at(index.row()).archived
            for index in self.table.selectionModel().selectedRows()
        )
        self._selection_archived = archived
        self.archive_button.setText(self.tr("Unarchive") if archived else self.tr("Archive"))
        contact_id = self.selected_contact_id() if one else None
        if contact_id != self.details.contact_id:
            self.details.set_contact(contact_id)

    # -------------------------------------------------------------- actions
    def focus_search(self) -> None:
        self.search_field.setFocus()
        self.search_field.selectAll()

    def new_contact(self) -> None:
        dialog = ContactDialog(self.context, parent=self)
        if dialog.exec() and dialog.saved_id is not None:
            self.search_field.clear()
            self.select_contact(dialog.saved_id)

    def edit_selected(self) -> None:
        contact_id = self.selected_contact_id()
        if contact_id is not None:
            ContactDialog(self.context, contact_id, parent=self).exec()

    def log_chat(self) -> None:
        ChatDialog.log_new(self.context, self.selected_contact_id(), self)

    def toggle_archive(self) -> None:
        ids = self.selected_contact_ids()
        if not ids:
            return
        archive = not self._selection_archived
        if self.context.operations.perform(ops.set_archived, ids, archive, parent=self) is None:
            return
        if archive:
            show_status(
                self,
                (self.tr("Archived 1 contact.") if len(ids) == 1
                 else self.tr("Archived {n} contacts.").format(n=len(ids)))
                + " " + self.tr("Tick “Show archived” to bring them back."),
                8000,
            )

    def delete_selected(self) -> None:
        indexes = self.table.selectionModel().selectedRows()
        if not indexes:
            return
        ids = [index.data(ID_ROLE) for index in indexes]
        names = [self.model.row_at(index.row()).name for index in indexes]
        shown = "\n".join(f"• {name}" for name in names[:8])
        if len(names) > 8:
            shown += "\n" + self.tr("… and {n} more").format(n=len(names) - 8)
        effects = self.context.read(deletion_effects, ids)
        if effects.referred:
            shown += "\n\n" + self.tr(
                "Referrals they made stay in your pipeline as networking, with a note naming "
                "them: {list}"
            ).format(list=", ".join(effects.referred[:5]))
        if effects.introduced:
            shown += "\n\n" + self.tr(
                "These people will no longer show who introduced them: {list}"
            ).format(list=", ".join(effects.introduced[:5]))
        question = (
            self.tr("Delete this contact and their whole chat log?")
            if len(names) == 1
            else self.tr("Delete these {n} contacts and their whole chat logs?").format(
                n=len(names)
            )
        )
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Delete contacts"),
            question
            + " "
            + self.tr("Edit ▸ Undo (Ctrl+Z) brings them back; archive instead to keep them "
                      "out of sight."),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setInformativeText(shown)
        delete = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is not delete:
            return
        if self.context.operations.perform(ops.delete_contacts, ids, parent=self) is None:
            return
        show_status(
            self,
            (self.tr("Deleted 1 contact.") if len(ids) == 1
             else self.tr("Deleted {n} contacts.").format(n=len(ids)))
            + " " + self.tr("Ctrl+Z brings them back."),
            8000,
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        """The details take about 40 %, never less than they need: at 960 px the table
        keeps name, company, stage and next follow-up in view."""
        super().resizeEvent(event)
        if not self._split_by_hand:
            width = self.splitter.width()
            details = max(self.details.minimumSizeHint().width(), int(width * 0.4) - 12)
            self.splitter.setSizes([width - details, details])

    def save_state(self, settings: QSettings) -> None:
        """Called by the main window as it closes (child widgets get no close event)."""
        settings.setValue("contacts/splitter", self.splitter.saveState())
        settings.setValue("contacts/columns", self.table.horizontalHeader().saveState())
