"""What every page shares: the open journal and the signals that say what changed."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from networkjournal.store.journal import Journal


class JournalEvents(QObject):
    """Emitted after a unit of work commits, so views reload what they show."""

    contacts_changed = Signal()
    interactions_changed = Signal()
    opportunities_changed = Signal()

    def everything_changed(self) -> None:
        self.contacts_changed.emit()
        self.interactions_changed.emit()
        self.opportunities_changed.emit()


@dataclass
class AppContext:
    journal: Journal
    events: JournalEvents
    # Data loaded off the UI thread while the window opened, taken once by the page
    # that shows it (e.g. "contact_rows" for the contacts table).
    preloaded: dict[str, Any] = field(default_factory=dict)
