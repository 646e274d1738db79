"""The item-data roles every model and view of the window agree on (one value each)."""

from __future__ import annotations

from PySide6.QtCore import Qt

ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's id in the journal
CONTACT_ROLE = Qt.ItemDataRole.UserRole + 2  # the contact a row is about (a chat's contact)
CARD_ROLE = Qt.ItemDataRole.UserRole + 3  # the CardText a kanban card paints
SORT_ROLE = Qt.ItemDataRole.UserRole + 4  # the value a sort proxy compares
COLUMN_ROLE = Qt.ItemDataRole.UserRole + 5  # the kanban column a card is in
