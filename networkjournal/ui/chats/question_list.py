"""The chat dialog's good open questions: tick those asked, note each answer, add your own."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from networkjournal.core.questions import asked_in, asked_notes, questions_for
from networkjournal.ops.own_questions import add_question
from networkjournal.store.contact_views import contact_notes
from networkjournal.store.own_questions import own_questions
from networkjournal.ui.common.context import AppContext
from networkjournal.ui.common.labels import content_language


class QuestionList(QWidget):
    """Questions not asked to this person yet; after the chat, those ticked (and their
    answers) go into its notes, so they are not proposed again."""

    def __init__(self, context: AppContext, contact_id: int | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("questions")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel("<b>" + self.tr("Good open questions") + "</b> "
                                + self.tr("(tick those you asked, note what they said)")))
        self.rows = QVBoxLayout()
        self.rows.setSpacing(2)
        layout.addLayout(self.rows)
        own = context.read(own_questions)
        asked = asked_in(context.read(contact_notes, contact_id), own) if contact_id else []
        self.boxes: list[QCheckBox] = []
        self.answers: list[QLineEdit] = []
        for text in questions_for(content_language(), asked, own=own):
            self._add_row(text)
        self.add_button = QPushButton(self.tr("Add a &question of your own…"))
        self.add_button.clicked.connect(self.add_question)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)

    def _add_row(self, text: str) -> QCheckBox:
        box = QCheckBox(text, self)
        answer = QLineEdit(self)
        answer.setPlaceholderText(self.tr("Their answer, in a few words"))
        answer.setVisible(False)  # shown once the question is ticked
        box.toggled.connect(answer.setVisible)
        box.toggled.connect(lambda on: answer.setFocus() if on else None)
        self.rows.addWidget(box)
        indented = QHBoxLayout()  # the answer sits under its question
        indented.setContentsMargins(24, 0, 0, 4)
        indented.addWidget(answer)
        self.rows.addLayout(indented)
        self.boxes.append(box)
        self.answers.append(answer)
        return box

    def add_question(self) -> None:
        """A question kept for every chat to come, offered here at once."""
        text, ok = QInputDialog.getText(self, self.tr("Add a question"), self.tr(
            "An open question about their work, proposed for every chat to come:"))
        if ok and self.context.operations.perform(add_question, text, parent=self):
            box = self._add_row(" ".join(text.split()))
            box.show()  # a layout shows a widget added late only on the next event loop

    def asked_lines(self) -> list[str]:
        """The ticked questions, each with the answer noted, as lines for the notes."""
        return asked_notes((box.text(), answer.text())
                           for box, answer in zip(self.boxes, self.answers, strict=True)
                           if box.isChecked())
