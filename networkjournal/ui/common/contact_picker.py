"""A line edit that picks one contact among thousands by typing part of a name or company."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget


class ContactPicker(QLineEdit):
    """Completes "Name — Company" labels; ``contact_id()`` is None until one is chosen."""

    picked = Signal(object)  # contact id or None

    def __init__(self, choices: list[tuple[int, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ids = {text: contact_id for contact_id, text in choices}
        self._texts = {contact_id: text for contact_id, text in choices}
        completer = QCompleter(QStringListModel([text for _, text in choices], self), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setMaxVisibleItems(12)
        self.setCompleter(completer)
        self.setClearButtonEnabled(True)
        self.setPlaceholderText(self.tr("Name or company…"))
        self.textChanged.connect(lambda _text: self.picked.emit(self.contact_id()))

    def contact_id(self) -> int | None:
        return self._ids.get(self.text())

    def set_contact_id(self, contact_id: int | None) -> None:
        self.setText(self._texts.get(contact_id, "") if contact_id is not None else "")
