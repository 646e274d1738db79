"""What every page shares: the open journal and the signals that say what changed."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

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
