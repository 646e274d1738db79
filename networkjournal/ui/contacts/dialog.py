"""The contact editor: every field, inline validation, and a duplicate warning before saving."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from networkjournal.core.changes import Changes
from networkjournal.core.drafts import (
    EMAIL_INVALID,
    NAME_MISSING,
    URL_INVALID,
    ContactDraft,
    contact_problems,
)
from networkjournal.core.relationship import starting_stage
from networkjournal.ops.contacts import save_contact
from networkjournal.store.conflicts import contact_seen
from networkjournal.store.contact_views import contact_draft, duplicate_names
from networkjournal.ui.common.conflicts import THEIRS, save_unless_changed
from networkjournal.ui.common.contact_picker import ContactPicker
from networkjournal.ui.common.context import AppContext
from networkjournal.ui.common.dates import DATE_FORMAT, from_qdate, to_qdate
from networkjournal.ui.common.labels import choices
from networkjournal.ui.common.theme import DANGER, colour_text


class ContactDialog(QDialog):
    """Add or edit one contact; Save is one transaction."""

    def __init__(
        self, context: AppContext, contact_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.contact_id = contact_id
        self.saved_id: int | None = None
        self.setWindowTitle(
            self.tr("New contact") if contact_id is None else self.tr("Edit contact")
        )
        self.setMinimumWidth(640)

        draft = ContactDraft() if contact_id is None else context.read(contact_draft, contact_id)
        # What the journal held when editing began: a change made elsewhere since is noticed.
        self.seen = None if contact_id is None else context.read(contact_seen, contact_id)
        people = [c for c in context.contact_choices() if c[0] != contact_id]

        self.first_name = QLineEdit(draft.first_name)
        self.last_name = QLineEdit(draft.last_name)
        self.company = QLineEdit(draft.company)
        self.title_edit = QLineEdit(draft.title)
        self.email = QLineEdit(draft.email)
        self.email.setPlaceholderText(self.tr("name@example.com"))
        self.phone = QLineEdit(draft.phone)
        self.linkedin_url = QLineEdit(draft.linkedin_url)
        self.linkedin_url.setPlaceholderText("https://www.linkedin.com/in/…")
        self.source = self._combo("source", draft.source)
        self.stage = self._combo("stage", draft.stage)
        if contact_id is None:  # a new phone contact or colleague starts at Connected
            self.source.currentIndexChanged.connect(self._source_chosen)
        self.introduced_by = ContactPicker(people)
        self.introduced_by.set_contact_id(draft.introduced_by_id)
        self.tags = QLineEdit(draft.tags)
        self.tags.setPlaceholderText(self.tr("e.g. fintech, Rust, Paris"))
        self.cadence = QSpinBox()
        self.cadence.setRange(0, 365)
        self.cadence.setSpecialValueText(self.tr("No reminder"))
        self.cadence.setSuffix(self.tr(" days"))
        self.cadence.setValue(draft.cadence_days or 0)
        self.connected_known = QCheckBox(self.tr("Connected on"))
        self.connected_on = QDateEdit()
        self.connected_on.setCalendarPopup(True)
        self.connected_on.setDisplayFormat(DATE_FORMAT)
        self.connected_on.setDate(
            to_qdate(draft.connected_on) if draft.connected_on else QDate.currentDate()
        )
        self.connected_known.setChecked(draft.connected_on is not None)
        self.connected_on.setEnabled(draft.connected_on is not None)
        self.connected_known.toggled.connect(self.connected_on.setEnabled)
        self.research_notes = QPlainTextEdit(draft.research_notes)
        self.research_notes.setPlaceholderText(
            self.tr("Their projects, talks, publications — read before a coffee chat.")
        )
        self.notes = QPlainTextEdit(draft.notes)
        for box in (self.research_notes, self.notes):
            box.setTabChangesFocus(True)
            box.setMinimumHeight(70)

        self.problem_label = QLabel()
        self.problem_label.setObjectName("problems")
        colour_text(self.problem_label, DANGER)
        self.problem_label.setWordWrap(True)
        self.problem_label.hide()

        who = QGroupBox(self.tr("Who"))
        grid = QGridLayout(who)
        rows = [
            (self.tr("First name"), self.first_name, self.tr("Last name"), self.last_name),
            (self.tr("Company"), self.company, self.tr("Title"), self.title_edit),
            (self.tr("Email"), self.email, self.tr("Phone"), self.phone),
        ]
        for r, (l1, w1, l2, w2) in enumerate(rows):
            grid.addWidget(QLabel(l1), r, 0)
            grid.addWidget(w1, r, 1)
            grid.addWidget(QLabel(l2), r, 2)
            grid.addWidget(w2, r, 3)
        grid.addWidget(QLabel(self.tr("LinkedIn")), 3, 0)
        grid.addWidget(self.linkedin_url, 3, 1, 1, 3)

        how = QGroupBox(self.tr("How you know them"))
        form = QFormLayout(how)
        form.addRow(self.tr("Source"), self.source)
        form.addRow(self.tr("Introduced by"), self.introduced_by)
        connected = QHBoxLayout()
        connected.addWidget(self.connected_known)
        connected.addWidget(self.connected_on, 1)
        form.addRow(connected)
        form.addRow(self.tr("Relationship stage"), self.stage)
        form.addRow(self.tr("Keep in touch every"), self.cadence)
        form.addRow(self.tr("Tags"), self.tags)

        notes = QGroupBox(self.tr("Notes"))
        notes_form = QFormLayout(notes)
        notes_form.addRow(self.tr("Research"), self.research_notes)
        notes_form.addRow(self.tr("Notes"), self.notes)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+Return"), self).activated.connect(self.save)

        top = QHBoxLayout()
        top.addWidget(how, 1)
        top.addWidget(notes, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(who)
        layout.addLayout(top)
        layout.addWidget(self.problem_label)
        layout.addWidget(buttons)
        self.first_name.setFocus(Qt.FocusReason.OtherFocusReason)

    def _source_chosen(self) -> None:
        """People the user already knows start at Connected, unless a stage was chosen."""
        starts = {starting_stage(value) for value, _ in choices("source")}
        if self.stage.currentData() in starts:
            stage = starting_stage(self.source.currentData())
            self.stage.setCurrentIndex(max(self.stage.findData(stage.value), 0))

    def _combo(self, group: str, current: str) -> QComboBox:
        combo = QComboBox()
        for value, text in choices(group):
            combo.addItem(text, value)
        combo.setCurrentIndex(max(combo.findData(current), 0))
        return combo

    def draft(self) -> ContactDraft:
        """What the form holds, as plain values."""
        return ContactDraft(
            first_name=self.first_name.text(),
            last_name=self.last_name.text(),
            company=self.company.text(),
            title=self.title_edit.text(),
            email=self.email.text().strip(),
            phone=self.phone.text(),
            linkedin_url=_with_scheme(self.linkedin_url.text().strip()),
            source=self.source.currentData(),
            introduced_by_id=self.introduced_by.contact_id(),
            tags=self.tags.text().strip(),
            research_notes=self.research_notes.toPlainText(),
            notes=self.notes.toPlainText(),
            cadence_days=self.cadence.value() or None,
            stage=self.stage.currentData(),
            connected_on=from_qdate(self.connected_on.date())
            if self.connected_known.isChecked()
            else None,
        )

    def _show_problems(self, problems: dict[str, str]) -> None:
        messages = {
            NAME_MISSING: self.tr("Give at least a first or a last name."),
            EMAIL_INVALID: self.tr("The email address does not look right (name@example.com)."),
            URL_INVALID: self.tr("The LinkedIn URL does not look like a web address."),
        }
        widgets = {
            "first_name": self.first_name,
            "email": self.email,
            "linkedin_url": self.linkedin_url,
        }
        for name, widget in widgets.items():
            widget.setStyleSheet("border: 1px solid #c0392b;" if name in problems else "")
        self.problem_label.setText("\n".join(messages[code] for code in problems.values()))
        self.problem_label.setVisible(bool(problems))
        if problems:
            widgets[next(iter(problems))].setFocus()

    def save(self) -> None:
        draft = self.draft()
        problems = contact_problems(draft)
        self._show_problems(problems)
        if problems:
            return
        duplicates = self.context.read(duplicate_names, draft, self.contact_id)
        if duplicates and not self._confirm_duplicate(duplicates):
            return
        changes = save_unless_changed(self.context.operations, save_contact, draft,
                                      self.contact_id, seen=self.seen, parent=self,
                                      error_title=self.tr("Cannot save"))
        if changes == THEIRS:
            self.reject()
            return
        if not isinstance(changes, Changes):
            return
        self.saved_id = changes.ids[0]
        self.accept()

    def _confirm_duplicate(self, duplicates: list[tuple[str, str]]) -> bool:
        names = "\n".join(
            f"• {name} — {company}" if company else f"• {name}" for name, company in duplicates
        )
        answer = QMessageBox.warning(
            self,
            self.tr("Possible duplicate"),
            self.tr(
                "A contact with the same email or LinkedIn profile is already in your "
                "journal:\n{names}\n\nSave this one anyway?"
            ).format(names=names),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Save


def _with_scheme(url: str) -> str:
    """"linkedin.com/in/x" as people paste it becomes https://linkedin.com/in/x."""
    if url and "://" not in url and "." in url.split("/", 1)[0]:
        return "https://" + url
    return url
