"""Log or edit one chat-log entry; logging a done conversation moves the stage forward."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QTime
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from networkjournal.core.clock import utcnow
from networkjournal.core.drafts import ChatDraft, chat_problems
from networkjournal.core.outreach import (
    ASKS_FOR_TIME,
    FREE_LIMIT,
    NO_HOOK,
    PLACEHOLDER_LEFT,
    PREMIUM_LIMIT,
    TOO_LONG,
    TOO_LONG_FOR_FREE,
    check_connection_note,
)
from networkjournal.core.relationship import next_step
from networkjournal.core.templates import placeholders_left, render
from networkjournal.core.vocabulary import (
    REPLY_KINDS,
    TWO_WAY_KINDS,
    InteractionKind,
    InteractionStatus,
)
from networkjournal.ops import chats as ops
from networkjournal.ops.settings import note_limit
from networkjournal.store.chats import chat_draft, same_note_sent
from networkjournal.store.contact_views import contact_draft, contact_name
from networkjournal.ui.chats.question_list import QuestionList
from networkjournal.ui.chats.template_picker import TemplatePicker
from networkjournal.ui.common.contact_picker import ContactPicker
from networkjournal.ui.common.context import AppContext
from networkjournal.ui.common.dates import (
    DATE_FORMAT,
    DATETIME_FORMAT,
    from_qdate,
    local_to_utc,
    to_qdate,
    utc_to_local,
)
from networkjournal.ui.common.labels import choices, content_language, label
from networkjournal.ui.common.theme import DANGER, WARNING, colour_text


class ChatDialog(QDialog):
    """One interaction: kind, planned/done, when, summary, notes, follow-up."""

    def __init__(
        self,
        context: AppContext,
        contact_id: int | None = None,
        interaction_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self._note_limit: int | None = None
        self.interaction_id = interaction_id
        self.stage_moved_to: str | None = None
        self.setWindowTitle(
            self.tr("Log a chat") if interaction_id is None else self.tr("Edit chat")
        )
        self.setMinimumWidth(560)
        if interaction_id is not None:
            draft, contact_id = context.read(chat_draft, interaction_id)
        else:
            draft = ChatDraft(
                occurred_at=local_to_utc(datetime.now().replace(second=0, microsecond=0))
            )
            if contact_id is not None:  # what one logs next at their stage
                kind, status = next_step(context.read(contact_draft, contact_id).stage)
                draft = replace(draft, kind=kind.value, status=status.value)
        people = context.contact_choices()
        if contact_id is not None and all(c[0] != contact_id for c in people):
            # archived: still pickable here
            people.append((contact_id, context.read(contact_name, contact_id)))

        self.contact = ContactPicker(people)
        self.contact.set_contact_id(contact_id)
        self.kind = QComboBox()
        for value, text in choices("kind"):
            self.kind.addItem(text, value)
        self.kind.setCurrentIndex(max(self.kind.findData(draft.kind), 0))
        self.status = QComboBox()
        for value, text in choices("status"):
            self.status.addItem(text, value)
        self.status.setCurrentIndex(max(self.status.findData(draft.status), 0))
        self.direction = QComboBox()
        for value, text in choices("direction"):
            self.direction.addItem(text, value)
        self.direction.setCurrentIndex(max(self.direction.findData(draft.direction), 0))
        local = utc_to_local(draft.occurred_at)
        self.when = QDateTimeEdit(
            QDateTime(to_qdate(local.date()), QTime(local.hour, local.minute))
        )
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat(DATETIME_FORMAT)
        self.summary = QLineEdit(draft.summary)
        self.summary.setPlaceholderText(self.tr("What happened, in one line"))
        self.notes = QPlainTextEdit(draft.notes)
        self.notes.setTabChangesFocus(True)
        self._template_values: dict[str, str] = {}
        self._sent_counts: dict[str, int] = {}
        self.templates = TemplatePicker(
            context, lambda: (self.kind.currentData(), self.notes.toPlainText()), self)
        self.template = self.templates.combo
        self.copy_button = QPushButton(self.tr("Cop&y"))
        self.copy_button.setToolTip(self.tr("Copy the notes, to paste them on LinkedIn"))
        self.copy_save_button = QPushButton(self.tr("Copy and &save"))
        self.copy_save_button.setToolTip(
            self.tr("Copy the notes and log this entry in one click"))
        self.follow_up = QCheckBox(self.tr("Follow up on"))
        self.follow_up_on = QDateEdit(
            to_qdate(draft.follow_up_on) if draft.follow_up_on else QDate.currentDate().addDays(7)
        )
        self.follow_up_on.setCalendarPopup(True)
        self.follow_up_on.setDisplayFormat(DATE_FORMAT)
        self.follow_up.setChecked(draft.follow_up_on is not None)
        self.follow_up_on.setEnabled(draft.follow_up_on is not None)
        self.follow_up.toggled.connect(self.follow_up_on.setEnabled)
        self.questions = QuestionList(context, contact_id, self)
        self.note_check = QLabel()
        self.note_check.setObjectName("noteCheck")
        self.note_check.setWordWrap(True)
        self.problem = QLabel()
        colour_text(self.problem, DANGER)
        self.problem.hide()

        form = QFormLayout()
        form.addRow(self.tr("With"), self.contact)
        kind_row = QHBoxLayout()
        kind_row.addWidget(self.kind, 2)
        kind_row.addWidget(self.status, 1)
        kind_row.addWidget(self.direction, 1)
        form.addRow(self.tr("What"), kind_row)
        form.addRow(self.tr("When"), self.when)
        form.addRow(self.tr("Summary"), self.summary)
        form.addRow(self.tr("Template"), self.templates)
        copy_row = QHBoxLayout()
        copy_row.addStretch(1)
        copy_row.addWidget(self.copy_button)
        copy_row.addWidget(self.copy_save_button)
        form.addRow(self.tr("Notes"), self.notes)
        form.addRow("", self.note_check)
        form.addRow("", copy_row)
        follow = QHBoxLayout()
        follow.addWidget(self.follow_up)
        follow.addWidget(self.follow_up_on, 1)
        form.addRow(follow)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+Return"), self).activated.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.questions)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.notes.textChanged.connect(self._check_note)
        self.template.currentIndexChanged.connect(self._template_chosen)
        self.copy_button.clicked.connect(self.copy_notes)
        self.copy_save_button.clicked.connect(self.copy_and_save)
        self._kind_changed()
        (self.summary if contact_id is not None else self.contact).setFocus()

    def _kind_changed(self) -> None:
        kind = InteractionKind(self.kind.currentData())
        # Only a written message can be "their reply"; a coffee chat is two-way anyway.
        self.direction.setVisible(kind in REPLY_KINDS)
        self.questions.setVisible(kind in TWO_WAY_KINDS)
        is_request = kind is InteractionKind.CONNECTION_REQUEST
        self.notes.setPlaceholderText(
            self.tr("The note you sent: a hook they would appreciate, who you are, that you "
                    "would like to connect")
            if is_request
            else self.tr("What you learned, what they asked for, names mentioned")
        )
        self.note_check.setVisible(is_request)
        self._check_note()

    def _check_note(self) -> None:
        """Live advice on a connection note: LinkedIn's limits, and no coffee ask yet."""
        if not self.note_check.isVisibleTo(self):
            return
        if self._note_limit is None:  # the account's limit (Settings), read once per dialog
            self._note_limit = note_limit(self.context.journal)
        check = check_connection_note(self.notes.toPlainText(), self._note_limit)
        lines = [self.tr("{n} characters — LinkedIn allows {free} (free) or {premium} "
                         "(Premium).").format(n=check.length, free=FREE_LIMIT,
                                              premium=PREMIUM_LIMIT)
                 if self._note_limit < PREMIUM_LIMIT else
                 self.tr("{n} characters — your Premium account allows {premium}.").format(
                     n=check.length, premium=PREMIUM_LIMIT)]
        advice = {
            TOO_LONG_FOR_FREE: self.tr("Too long for a free account."),
            TOO_LONG: self.tr("Too long for LinkedIn: shorten it."),
            ASKS_FOR_TIME: self.tr("Keep the coffee chat for later: a first note only says "
                                   "hello and why you would like to connect."),
            PLACEHOLDER_LEFT: self.tr("Still to write: {names}.").format(names=", ".join(
                "{" + name + "}" for name in placeholders_left(self.notes.toPlainText()))),
            NO_HOOK: self.tr("No personal hook yet: say why them — their post, their team's "
                             "news, who suggested you write, what you have in common."),
        }
        lines += [advice[code] for code in check.problems]
        sent = self._same_note_sent()
        if sent:
            lines.append(self.tr("You already sent this exact note to {n} people: a personal "
                                 "hook makes it theirs.").format(n=sent) if sent > 1 else
                         self.tr("You already sent this exact note to someone: a personal "
                                 "hook makes it theirs."))
        self.note_check.setText("\n".join(lines))
        colour_text(self.note_check, WARNING if check.problems or sent else None)

    def _same_note_sent(self) -> int:
        """Others who got this very note (asked once per text: the check runs as you type)."""
        text = self.notes.toPlainText().strip()
        if text not in self._sent_counts:
            self._sent_counts[text] = self.context.read(same_note_sent, text,
                                                        self.contact.contact_id())
        return self._sent_counts[text]

    def _template_chosen(self) -> None:
        template = self.template.currentData()
        if template is None:
            return
        values: dict[str, str] = {}
        contact_id = self.contact.contact_id()
        if contact_id is not None:
            person = self.context.read(contact_draft, contact_id)
            values = {"first_name": person.first_name, "last_name": person.last_name,
                      "company": person.company, "title": person.title}
        values.update(self._template_values)
        self.kind.setCurrentIndex(max(self.kind.findData(template.kind), 0))
        self.summary.setText(template.summary)
        if template.follow_up_days is not None:  # asked for time or an introduction
            self.follow_up.setChecked(True)
            self.follow_up_on.setDate(QDate.currentDate().addDays(template.follow_up_days))
        self.notes.setPlainText(render(template.text, values))
        self.notes.setFocus()

    def copy_notes(self) -> None:
        QApplication.clipboard().setText(self.notes.toPlainText())

    def copy_and_save(self) -> None:
        """Copied for LinkedIn and logged as done, in the same click."""
        self.copy_notes()
        self.status.setCurrentIndex(max(self.status.findData(InteractionStatus.DONE.value), 0))
        self.save()

    def _notes_with_questions(self) -> str:
        """The notes, with the questions ticked as asked first (a done conversation)."""
        notes = self.notes.toPlainText()
        ticked = self.questions.asked_lines()
        if not ticked or self.status.currentData() != InteractionStatus.DONE.value:
            return notes
        return "\n".join([*ticked, notes]).strip()

    def draft(self) -> ChatDraft:
        when = self.when.dateTime()
        local = datetime(
            when.date().year(),
            when.date().month(),
            when.date().day(),
            when.time().hour(),
            when.time().minute(),
        )
        kind = self.kind.currentData()
        return ChatDraft(
            kind=kind,
            status=self.status.currentData(),
            direction=self.direction.currentData()
            if InteractionKind(kind) in REPLY_KINDS
            else "outgoing",
            occurred_at=local_to_utc(local),
            summary=self.summary.text(),
            notes=self._notes_with_questions(),
            follow_up_on=from_qdate(self.follow_up_on.date())
            if self.follow_up.isChecked()
            else None,
        )

    def save(self) -> None:
        contact_id = self.contact.contact_id()
        if contact_id is None:
            self.problem.setText(self.tr("Choose who the chat was with."))
            self.problem.show()
            self.contact.setFocus()
            return
        draft = self.draft()
        if chat_problems(draft, utcnow()):
            self.problem.setText(self.tr("A chat marked done cannot be in the future: "
                                         "mark it planned, or fix the date."))
            self.problem.show()
            self.when.setFocus()
            return
        operations = self.context.operations
        if self.interaction_id is None:
            changes = operations.perform(ops.log_chat, contact_id, draft, parent=self,
                                         error_title=self.tr("Cannot save"))
        else:
            changes = operations.perform(ops.update_chat, self.interaction_id, draft, contact_id,
                                         parent=self, error_title=self.tr("Cannot save"))
        if changes is None:
            return
        self.stage_moved_to = changes.result
        self.accept()

    def choose_template(self, key: str, values: dict[str, str] | None = None) -> None:
        """Fill the notes from template ``key``, in the language of the user's system;
        ``values`` override the contact's (the company one asks an introduction to)."""
        self._template_values = dict(values or {})
        language = content_language()
        for index in range(self.template.count()):
            template = self.template.itemData(index)
            if template is not None and (template.key, template.language) == (key, language):
                self.template.setCurrentIndex(index)
                return

    @classmethod
    def log_new(
        cls, context: AppContext, contact_id: int | None, parent: QWidget | None,
        template: str | None = None, values: dict[str, str] | None = None,
    ) -> ChatDialog:
        """Ctrl+L from anywhere: open the dialog, tell the user if the stage moved."""
        dialog = cls(context, contact_id=contact_id, parent=parent)
        if template is not None:
            dialog.choose_template(template, values)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            _announce(dialog, parent)
        return dialog


def _announce(dialog: ChatDialog, parent: QWidget | None) -> None:
    if dialog.stage_moved_to is None or parent is None:
        return
    window = parent.window()
    status_bar = getattr(window, "statusBar", None)
    if status_bar is not None:
        status_bar().showMessage(
            QCoreApplication.translate("ChatDialog", "Relationship moved to “{stage}”.").format(
                stage=label("stage", dialog.stage_moved_to)
            ),
            6000,
        )
