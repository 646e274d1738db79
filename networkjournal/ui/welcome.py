"""The first-run screen: the method in two sentences and the two ways to begin."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from networkjournal.ui.common.theme import colour_text


class WelcomePanel(QWidget):
    add_contact_requested = Signal()
    open_sample_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("Welcome to Network Journal"))
        title.setObjectName("welcomeTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        title.setFont(font)
        self.text = text = QLabel(
            self.tr(
                "Interviews come from people who think of you when a role opens, not from the "
                "500th résumé in an applicant-tracking system. Start from the people you already "
                "know, reach out with a short personal note, hold coffee chats with good open "
                "questions and follow up — this journal keeps that loop going every day."
            )
        )
        text.setWordWrap(True)
        text.setMaximumWidth(560)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.add_button = QPushButton(self.tr("Add my first contact"))
        self.add_button.setDefault(True)
        self.sample_button = QPushButton(self.tr("Open the sample journal"))
        self.add_button.clicked.connect(self.add_contact_requested)
        self.sample_button.clicked.connect(self.open_sample_requested)
        hint = QLabel(
            self.tr("Tip: File ▸ Import contacts… (Ctrl+I) brings in LinkedIn connections "
                    "and phone contacts.")
        )
        colour_text(hint)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.sample_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(title, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(12)
        # A word-wrapped label given an alignment gets no height for its extra lines
        # (it was clipped to two of five): centre it between stretches instead.
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(text, 4)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addSpacing(20)
        layout.addLayout(buttons)
        layout.addSpacing(12)
        layout.addWidget(hint, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)
