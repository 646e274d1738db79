"""The first screenful of contacts, shown while the journal opens (read-only, replaced soon).

With 30,000 contacts the journal takes most of a second to open and read; the window
paints at once with the first contacts by name, read by ``store.first_screen`` without
SQLAlchemy, laid out as the contacts page will be. The page replaces it when it is ready.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLineEdit, QSplitter, QVBoxLayout, QWidget

from networkjournal.paths import plain_sqlite_path
from networkjournal.store.first_screen import first_contact_rows
from networkjournal.ui.contacts.model import ContactsModel
from networkjournal.ui.contacts.table import contacts_table


class ContactsPreview(QWidget):
    """The contacts page's look with its first rows; nothing in it can be used yet."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ContactsModel(self)
        self.search_field = QLineEdit(self)
        self.search_field.setPlaceholderText(self.tr("Opening your journal…"))
        self.search_field.setEnabled(False)
        self.table = contacts_table(self.model, self)
        self.table.setEnabled(False)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search_field)
        left_layout.addWidget(self.table, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(QWidget(self))  # where the details panel will be
        self.splitter.setSizes([700, 480])
        if (state := QSettings().value("contacts/splitter")) is not None:
            self.splitter.restoreState(state)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self.splitter)

    def sorted_by_name(self) -> tuple[bool, bool]:
        """(whether the table the user left is sorted by name, whether descending)."""
        header = self.table.horizontalHeader()
        return (header.sortIndicatorSection() == 0,
                header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder)


def preview_first_contacts(journal_url: str, parent: QWidget) -> ContactsPreview | None:
    """A preview of the journal at ``journal_url``, or None when there is nothing quick to show
    (a server journal, a new or older journal, an empty one, a table sorted otherwise)."""
    path = plain_sqlite_path(journal_url)
    if path is None:
        return None
    preview = ContactsPreview(parent)
    by_name, descending = preview.sorted_by_name()
    rows = first_contact_rows(path, descending=descending) if by_name else None
    if not rows:
        preview.deleteLater()
        return None
    preview.model.set_rows(rows)
    return preview
