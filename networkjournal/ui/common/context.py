"""What every page shares: the open journal, its reads, and the operations that change it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

from networkjournal.core.changes import Changes, Kind
from networkjournal.ui.common.operations import Operations

if TYPE_CHECKING:
    from networkjournal.store.journal import Journal

T = TypeVar("T")
# How long a change waits for another program's write (an import from the command line)
# before it is refused as busy: the window must not freeze behind it.
BUSY_WAIT_MS = 400


@dataclass
class AppContext:
    journal: Journal
    # Data loaded off the UI thread while the window opened, taken once by the page
    # that shows it (e.g. "contact_rows" for the contacts table).
    preloaded: dict[str, Any] = field(default_factory=dict)
    operations: Operations = field(init=False)
    _choices: list[tuple[int, str]] | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        from networkjournal.store.journal import wait_when_busy

        self.operations = Operations(self.journal)
        self.operations.changed.connect(self._journal_changed)
        wait_when_busy(self.journal, BUSY_WAIT_MS)

    def _journal_changed(self, changes: Changes, _initiator: object) -> None:
        if Kind.CONTACTS in changes.kinds:
            self._choices = None

    def read(self, query: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """``query(session, *args)``: a store query function returning plain rows."""
        with self.journal.read() as session:
            return query(session, *args, **kwargs)

    def reader(self, query: Callable[..., T], *args: Any, **kwargs: Any) -> Callable[[], T]:
        """The same read as a function of nothing, to run on a worker thread."""
        journal = self.journal

        def fetch() -> T:
            with journal.read() as session:
                return query(session, *args, **kwargs)

        return fetch

    def contact_choices(self) -> list[tuple[int, str]]:
        """(id, distinct label) of active contacts for every picker, read once per change
        of the contacts (with 30,000 people a read costs ~0.1 s, every dialog needs it)."""
        if self._choices is None:
            from networkjournal.store.contacts import contact_choices

            self._choices = self.read(contact_choices)
        return list(self._choices)

