"""Editor of one opportunity: every field, the referrer among contacts, and its stage history."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QStringListModel,
    Qt,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from networkjournal.core.changes import Changes
from networkjournal.core.clock import utcnow
from networkjournal.core.pipeline import counts_as_application
from networkjournal.core.vocabulary import Channel, OpportunityStage
from networkjournal.errors import UserError
from networkjournal.ops import opportunities as ops
from networkjournal.store.companies import company_names
from networkjournal.store.conflicts import opportunity_seen
from networkjournal.store.contact_views import existing_name
from networkjournal.store.opportunities import OpportunityDraft, opportunity_form
from networkjournal.ui.common.conflicts import THEIRS, save_unless_changed
from networkjournal.ui.common.contact_picker import ContactPicker
from networkjournal.ui.common.context import AppContext
from networkjournal.ui.common.dates import DATE_FORMAT, from_qdate, show_datetime, to_qdate
from networkjournal.ui.common.labels import choices, days_text, label
from networkjournal.ui.common.operations import sentence
from networkjournal.ui.common.rows_model import Column, RowsModel, compact_table

_ROOT = QModelIndex()


@dataclass(frozen=True)
class HistoryStep:
    """One step of an opportunity's history: the stage, since when, for how many days."""

    stage: str
    since: datetime
    days: int


def history_model(rows: list[tuple[str, datetime]], parent: QWidget | None = None) -> RowsModel:
    """The stage history of one opportunity: stage, since, for how long."""
    # How long each stage lasted: until the next change, or until today for the last.
    ends = [when for _, when in rows[1:]] + [utcnow()]
    steps = [HistoryStep(stage, when, max(0, (end - when).days))
             for (stage, when), end in zip(rows, ends, strict=True)]
    translate = QCoreApplication.translate
    model = RowsModel([
        Column(translate("HistoryModel", "Stage"), lambda s: label("opportunity_stage", s.stage)),
        Column(translate("HistoryModel", "Since"), lambda s: show_datetime(s.since)),
        Column(translate("HistoryModel", "For"), lambda s: days_text(s.days), align_right=True),
    ], parent)
    model.set_rows(steps)
    return model


class OpportunityDialog(QDialog):
    """New or existing opportunity; Save is one unit of work, then opportunities_changed."""

    def __init__(self, context: AppContext, opportunity_id: int | None = None,
                 parent: QWidget | None = None, *, company: str = "",
                 referrer_id: int | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.opportunity_id = opportunity_id
        self.setWindowTitle(self.tr("Edit opportunity") if opportunity_id
                            else self.tr("New opportunity"))
        self.setMinimumWidth(520)
        people = context.contact_choices()
        companies = context.read(company_names)
        self.seen: datetime | None = None
        if opportunity_id is not None:
            draft, stage, history = context.read(opportunity_form, opportunity_id)
            self.seen = context.read(opportunity_seen, opportunity_id)  # changed elsewhere?
        else:
            channel = Channel.REFERRAL if referrer_id is not None else Channel.NETWORKING
            draft = OpportunityDraft(company, channel=channel.value, referrer_id=referrer_id)
            stage, history = OpportunityStage.INTERESTED.value, []
        if draft.referrer_id is not None and draft.referrer_id not in dict(people):
            # An archived referrer is still shown, not silently dropped.
            name = context.read(existing_name, draft.referrer_id)
            if name is not None:
                people.append((draft.referrer_id, name))
        self._loaded_stage = stage

        form = QFormLayout()
        self.company = QLineEdit(draft.company, self)
        completer = QCompleter(QStringListModel(companies, self), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.company.setCompleter(completer)
        self.role = QLineEdit(draft.role, self)
        self.role.setPlaceholderText(self.tr("e.g. Backend engineer"))
        self.url = QLineEdit(draft.url, self)
        self.url.setPlaceholderText("https://")
        self.channel = QComboBox(self)
        for value, text in choices("channel"):
            self.channel.addItem(text, value)
        self.channel.setCurrentIndex(max(0, self.channel.findData(draft.channel)))
        self.referrer = ContactPicker(people, self)
        self.referrer.set_contact_id(draft.referrer_id)
        self.stage = QComboBox(self)
        for value, text in choices("opportunity_stage"):
            self.stage.addItem(text, value)
        self.stage.setCurrentIndex(max(0, self.stage.findData(stage)))
        self.applied = QCheckBox(self.tr("Application sent on"), self)
        self.applied_on = QDateEdit(self)
        self.applied_on.setCalendarPopup(True)
        self.applied_on.setDisplayFormat(DATE_FORMAT)
        self.applied_on.setDate(to_qdate(draft.applied_on or date.today()))
        self.applied.setChecked(draft.applied_on is not None)
        self.applied_on.setEnabled(draft.applied_on is not None)
        self.applied.toggled.connect(self.applied_on.setEnabled)
        self.stage.currentIndexChanged.connect(self._stage_picked)
        applied_row = QHBoxLayout()
        applied_row.addWidget(self.applied)
        applied_row.addWidget(self.applied_on, 1)
        self.notes = QPlainTextEdit(draft.notes, self)
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(90)
        form.addRow(self.tr("&Company"), self.company)
        form.addRow(self.tr("&Role"), self.role)
        form.addRow(self.tr("&Link"), self.url)
        form.addRow(self.tr("C&hannel"), self.channel)
        form.addRow(self.tr("Re&ferrer"), self.referrer)
        form.addRow(self.tr("&Stage"), self.stage)
        form.addRow("", applied_row)
        form.addRow(self.tr("&Notes"), self.notes)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        if history:
            layout.addWidget(QLabel(self.tr("<b>Stage history</b>"), self))
            self.history = QTableView(self)
            self.history.setObjectName("history")
            self.history.setModel(history_model(history, self))
            compact_table(self.history)
            self.history.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
            self.history.setMaximumHeight(self.history.verticalHeader().defaultSectionSize() * 6
                                          + self.history.horizontalHeader().sizeHint().height())
            self.history.scrollToBottom()
            layout.addWidget(self.history)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        if opportunity_id is not None:
            delete = buttons.addButton(self.tr("&Delete…"),
                                       QDialogButtonBox.ButtonRole.DestructiveRole)
            delete.clicked.connect(self.delete)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.buttons = buttons

    def _stage_picked(self) -> None:
        # The store's rule, shown as it will apply: the first application-or-later stage dates it.
        if counts_as_application(self.stage.currentData()) and not self.applied.isChecked():
            self.applied_on.setDate(to_qdate(date.today()))
            self.applied.setChecked(True)

    def draft(self) -> OpportunityDraft:
        return OpportunityDraft(
            company=self.company.text(),
            role=self.role.text(),
            url=self.url.text(),
            channel=self.channel.currentData(),
            referrer_id=self.referrer.contact_id(),
            applied_on=from_qdate(self.applied_on.date()) if self.applied.isChecked() else None,
            notes=self.notes.toPlainText(),
        )

    def save(self) -> None:
        if self.referrer.text().strip() and self.referrer.contact_id() is None:
            self._refuse(self.tr("Pick the referrer among your contacts (start typing a name), "
                                 "or leave the field empty."))
            self.referrer.setFocus()
            return
        draft, stage = self.draft(), self.stage.currentData()
        # The store refuses these too; asked here first so the message is translated.
        if not draft.company.strip():
            self._refuse(self.tr("An opportunity needs a company."))
            self.company.setFocus()
            return
        if draft.channel == Channel.REFERRAL and draft.referrer_id is None:
            self._refuse(self.tr("A referral needs a referrer: pick the contact who referred you."))
            self.referrer.setFocus()
            return
        changes = save_unless_changed(self.context.operations, ops.save_opportunity, draft,
                                      stage, self.opportunity_id, seen=self.seen, parent=self,
                                      error_title=self.tr("Cannot save"))
        if changes == THEIRS:
            self.reject()
            return
        if not isinstance(changes, Changes):
            return
        self.opportunity_id = changes.ids[0]
        self.accept()

    def delete(self) -> None:
        answer = QMessageBox.question(
            self, self.tr("Delete opportunity"),
            self.tr("Delete {company} — {role} and its stage history?").format(
                company=self.company.text(), role=self.role.text() or self.tr("no role")),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)  # destructive: Enter means No
        if answer != QMessageBox.StandardButton.Yes or self.opportunity_id is None:
            return
        if self.context.operations.perform(ops.delete_opportunity, self.opportunity_id,
                                           parent=self) is None:
            return
        self.done(QDialog.DialogCode.Accepted)

    def _refuse(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Cannot save"), message)

    # ------------------------------------------------------------ entry points
    @classmethod
    def create_new(cls, context: AppContext, parent: QWidget | None = None, *,
                   company: str = "", referrer_id: int | None = None) -> int | None:
        """Ask for a new opportunity; its id, or None when cancelled."""
        dialog = cls(context, None, parent, company=company, referrer_id=referrer_id)
        if not company:
            dialog.company.setFocus()
        else:
            dialog.role.setFocus()
        return dialog.opportunity_id if dialog.exec() == QDialog.DialogCode.Accepted else None

    @classmethod
    def edit(cls, context: AppContext, opportunity_id: int, parent: QWidget | None = None) -> bool:
        """Edit an opportunity; True when something was saved or deleted."""
        try:
            dialog = cls(context, opportunity_id, parent)
        except UserError as exc:
            title = QCoreApplication.translate("OpportunityDialog", "Opportunity")
            QMessageBox.warning(parent, title, sentence(str(exc)))
            return False
        return dialog.exec() == QDialog.DialogCode.Accepted
