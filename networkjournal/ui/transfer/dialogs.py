"""Dialogs of imports and exports: the import preview, the export choice, the merge."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from networkjournal.ops.contacts import merge_contacts
from networkjournal.store.contacts import contact_choices
from networkjournal.store.import_summary import ImportSummary, RowOutcome
from networkjournal.ui.common.context import AppContext
from networkjournal.ui.common.i18n import QT_TRANSLATE_NOOP
from networkjournal.ui.common.labels import label as value_label
from networkjournal.ui.common.roles import SORT_ROLE
from networkjournal.ui.common.rows_model import Column, RowsModel
from networkjournal.ui.transfer.archive_preview import MessageTextChoice, remark_text

Index = QModelIndex | QPersistentModelIndex


translate = QCoreApplication.translate


def action_label(action: str) -> str:
    return {
        "added": translate("Transfer", "New"),
        "updated": translate("Transfer", "Updated"),
        "unchanged": translate("Transfer", "Unchanged"),
        "duplicate": translate("Transfer", "Possible duplicate"),
        "rejected": translate("Transfer", "Rejected"),
    }.get(action, action)


def kind_label(kind: str) -> str:
    return {
        "contact": translate("Transfer", "Contact"),
        "chat": translate("Transfer", "Chat"),
        "opportunity": translate("Transfer", "Opportunity"),
    }.get(kind, kind)


_PRIORITY = {"rejected": 0, "duplicate": 1, "updated": 2, "added": 3, "unchanged": 4}
_COLOURS = {"added": "#1b7f3b", "updated": "#1f5fbf", "duplicate": "#a86400", "rejected": "#b3261e"}


def counts_text(summary: ImportSummary, *, done: bool) -> str:
    """What an import will do (the preview) or did (after it): the same numbers both times.

    Possible duplicates are added too (only suggested for a merge): they are counted among
    the new contacts, never apart from them.
    """
    duplicates = len(summary.suggestions)
    among = (translate("Transfer", "1 possible duplicate among them") if duplicates == 1
             else translate("Transfer", "{n} possible duplicates among them").format(n=duplicates))
    new = (translate("Transfer", "{n} new").format(n=summary.added)
           + (f" ({among})" if duplicates else ""))
    if done:
        return translate("Transfer", "Imported: {new}, {updated} updated, {unchanged} unchanged, "
                  "{rejected} skipped.").format(new=new, updated=summary.updated,
                                                 unchanged=summary.unchanged,
                                                 rejected=summary.skipped)
    return translate("Transfer", "{new} · {updated} updated · {unchanged} already up to date · "
              "{rejected} rejected").format(new=new, updated=summary.updated,
                                            unchanged=summary.unchanged,
                                            rejected=summary.skipped)


def outcome_model(rows: list[RowOutcome], parent: QWidget | None = None) -> RowsModel:
    """The rows of an import preview: line, kind, what happens, name, why."""
    columns = [
        # Line 0: a person only a LinkedIn archive's history names (no line of their own).
        Column(translate("Transfer", "Line"), lambda r: str(r.line) if r.line else "",
               sort=lambda r: r.line,
               align_right=True),
        Column(translate("Transfer", "Type"), lambda r: kind_label(r.kind)),
        # Results sort by how much they need a look: rejected first, unchanged last.
        Column(translate("Transfer", "Result"), lambda r: action_label(r.action),
               sort=lambda r: _PRIORITY.get(r.action, 9) * 1_000_000 + r.line,
               color=lambda r: _COLOURS.get(r.action, "")),
        Column(translate("Transfer", "Name"), lambda r: r.name),
        Column(translate("Transfer", "Details"), lambda r: r.detail, tooltip=lambda r: r.detail),
    ]
    model = RowsModel(columns, parent)
    model.set_rows(rows)
    return model


class _ActionFilter(QSortFilterProxyModel):
    def __init__(self, rows: RowsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actions: set[str] | None = None
        self.setSortRole(SORT_ROLE)
        self._rows = rows  # the source model, typed (sourceModel() is any item model)
        self.setSourceModel(rows)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        # The rows model sorts itself (fast); this proxy only filters, in its order.
        self.sourceModel().sort(column, order)

    def set_actions(self, actions: set[str] | None) -> None:
        # Qt 6.9+ wants begin/endFilterChange; invalidateFilter() is deprecated there.
        self.beginFilterChange()
        self.actions = actions
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if self.actions is None:
            return True
        return self._rows.row_at(source_row).action in self.actions


class ImportPreviewDialog(QDialog):
    """What an import would do, before anything is written."""

    def __init__(
        self, path: Path, label: str, summary: ImportSummary, parent: QWidget | None = None,
        context: AppContext | None = None,
    ) -> None:
        super().__init__(parent)
        self.summary = summary
        self.setWindowTitle(self.tr("Import preview — {name}").format(name=path.name))
        self.resize(860, 520)
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("<b>{label}</b>: {name}").format(label=label, name=path.name))
        layout.addWidget(title)
        self.counts = QLabel(counts_text(summary, done=False))
        self.counts.setWordWrap(True)
        layout.addWidget(self.counts)
        if summary.job_changes:
            note = QLabel(
                self.tr(
                    "{count} contacts changed job or title: a note will be added to their chat log."
                ).format(count=summary.job_changes)
            )
            note.setWordWrap(True)
            layout.addWidget(note)
        if summary.stage_changes:
            moves = [self.tr("{n} to {stage}").format(n=n, stage=value_label("stage", stage))
                     for stage, n in summary.stage_changes.most_common()]
            self.stages = QLabel(self.tr("Stages moved forward: {moves}.").format(
                moves=", ".join(moves)))
            self.stages.setWordWrap(True)
            layout.addWidget(self.stages)
        if summary.remarks:
            self.remarks = QLabel("<br>".join(remark_text(r) for r in summary.remarks))
            self.remarks.setWordWrap(True)
            layout.addWidget(self.remarks)
        if summary.format == "linkedin_archive" and context is not None:
            self.message_text = MessageTextChoice(context, self)
            layout.addWidget(self.message_text)
        row = QHBoxLayout()
        show = QLabel(self.tr("&Show:"))
        row.addWidget(show)
        self.filter = QComboBox()
        self.filter.addItem(
            self.tr("Rows that need a look (new, updated, duplicates, rejected)"),
            {"added", "updated", "duplicate", "rejected"},
        )
        self.filter.addItem(self.tr("All rows"), None)
        for action in ("added", "updated", "duplicate", "rejected", "unchanged"):
            self.filter.addItem(action_label(action), {action})
        show.setBuddy(self.filter)
        row.addWidget(self.filter, 1)
        layout.addLayout(row)
        self.model = outcome_model(summary.rows or [], self)
        self.proxy = _ActionFilter(self.model, self)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        # Widths from the first rows, once: measuring 30,000 rows on every change (the
        # ResizeToContents mode) took longer than reading the file.
        header.setResizeContentsPrecision(200)
        header.resizeSection(3, 220)
        header.setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.empty)
        self.filter.currentIndexChanged.connect(self._filter_changed)
        self._filter_changed()
        if self.proxy.rowCount() == 0:  # nothing needs a look: show what was read
            self.filter.setCurrentIndex(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setDefault(True)
        if summary.added + summary.updated == 0:
            self.import_button.setEnabled(False)
            self.empty.setText(self.tr("Nothing to import: every row is already in the journal."))
            self.empty.show()
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _filter_changed(self) -> None:
        self.proxy.set_actions(self.filter.currentData())
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().resizeSection(3, max(self.table.columnWidth(3), 180))
        empty = self.proxy.rowCount() == 0
        self.empty.setText(self.tr("No rows to show.") if empty else "")
        self.empty.setVisible(empty)


class ExportDialog(QDialog):
    """Choose what to export; the file comes next."""

    CHOICES = (
        ("contacts", QT_TRANSLATE_NOOP("Transfer", "Contacts (CSV)")),
        ("chats", QT_TRANSLATE_NOOP("Transfer", "Chat log (CSV)")),
        ("pipeline", QT_TRANSLATE_NOOP("Transfer", "Pipeline (CSV)")),
        ("all", QT_TRANSLATE_NOOP("Transfer", "All three CSV files into a folder")),
        ("ics", QT_TRANSLATE_NOOP("Transfer",
                                  "Planned chats and follow-ups as a calendar (.ics)")),
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("What do you want to export?")))
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        for i, (key, text) in enumerate(self.CHOICES):
            button = QRadioButton(translate("Transfer", text))
            self.group.addButton(button, i)
            self.buttons[key] = button
            layout.addWidget(button)
        self.buttons["contacts"].setChecked(True)
        hint = QLabel(
            self.tr(
                "CSV files open in Excel and LibreOffice with accents intact, and can be "
                "imported back after editing."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(mid);")
        layout.addWidget(hint)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(self.tr("&Export…"), QDialogButtonBox.ButtonRole.AcceptRole).setDefault(
            True
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def choice(self) -> str:
        return self.CHOICES[self.group.checkedId()][0]


def confirm(parent: QWidget, title: str, text: str) -> bool:
    """Ask before a destructive action (tests replace this)."""
    answer = QMessageBox.question(parent, title, text)
    return answer == QMessageBox.StandardButton.Yes


class MergeDialog(QDialog):
    """Pick two contacts and merge the second into the first."""

    merged = Signal(object)  # MergeResult

    def __init__(
        self, context: AppContext, keep_id: int | None, parent: QWidget | None = None
    ) -> None:
        from networkjournal.ui.common.contact_picker import ContactPicker

        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Merge contacts"))
        self.resize(520, 0)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "The second contact's chats, stage history and referred opportunities move to the "
                "first; blank details of the first are filled in; then the second is deleted."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        choices = context.read(contact_choices, include_archived=True)
        form = QFormLayout()
        self.keep = ContactPicker(choices, self)
        self.drop = ContactPicker(choices, self)
        form.addRow(self.tr("&Keep:"), self.keep)
        form.addRow(self.tr("Merge &into it and remove:"), self.drop)
        layout.addLayout(form)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b3261e;")
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = buttons.addButton(
            self.tr("&Merge…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self.do_merge)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.keep.picked.connect(self._check)
        self.drop.picked.connect(self._check)
        if keep_id is not None:
            self.keep.set_contact_id(keep_id)
            self.drop.setFocus()
        self._check()

    def _check(self, _: object = None) -> None:
        keep, drop = self.keep.contact_id(), self.drop.contact_id()
        same = keep is not None and keep == drop
        self.problem.setText(self.tr("Choose two different contacts.") if same else "")
        self.merge_button.setEnabled(keep is not None and drop is not None and not same)

    def do_merge(self) -> None:
        keep, drop = self.keep.contact_id(), self.drop.contact_id()
        if keep is None or drop is None or keep == drop:
            return
        question = self.tr("Merge “{drop}” into “{keep}”? “{drop}” will be removed.").format(
            drop=self.drop.text(), keep=self.keep.text()
        )
        if not confirm(self, self.tr("Merge contacts"), question):
            return
        changes = self.context.operations.perform(merge_contacts, keep, drop, parent=self,
                                                  error_title=self.tr("Cannot merge"))
        if changes is None:
            return
        self.merged.emit(changes.result)
        self.accept()
