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
    _choices: list[tuple[int, str]] | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        self.events.contacts_changed.connect(self._forget_choices)

    def _forget_choices(self) -> None:
        self._choices = None

    def contact_choices(self) -> list[tuple[int, str]]:
        """(id, distinct label) of active contacts for every picker, read once per change
        of the contacts (with 30,000 people a read costs ~0.1 s, every dialog needs it)."""
        if self._choices is None:
            from networkjournal.store.contacts import contact_choices

            with self.journal.read() as session:
                self._choices = contact_choices(session)
        return list(self._choices)
