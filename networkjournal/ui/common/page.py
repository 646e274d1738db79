"""The page base: subscribe once to what changed, reload now if shown, else when next shown."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from networkjournal.core.changes import Changes, Kind, touched_contacts

if TYPE_CHECKING:
    from networkjournal.ui.common.context import AppContext

# More people changed than this (an archive of thousands): a page reads everything again.
PARTIAL_READ_UP_TO = 2000


def few_touched(changes: list[Changes]) -> frozenset[int] | None:
    """The contacts ``changes`` touched when they are few enough to re-read alone, else None."""
    touched = touched_contacts(changes)
    return None if touched is None or len(touched) > PARTIAL_READ_UP_TO else touched


class Page(QWidget):
    """A view over the journal; subclasses say what they ``watches`` and implement ``reload``.

    One policy for every page: a change to a kind of rows the page watches reloads it at
    once when it is visible, otherwise once when it is next shown (not once per change
    made elsewhere). A page that applies its own changes in place (a board moving a card)
    sets ``applies_own_changes`` and is not reloaded for them.
    """

    watches: frozenset[Kind] = frozenset()
    applies_own_changes = False

    def __init__(self, context: AppContext | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._stale = True
        # The changes seen since the page last read the journal; None: read it all again.
        self._pending: list[Changes] | None = None
        self.context: AppContext | None = None
        if context is not None:
            self.watch(context)

    def watch(self, context: AppContext) -> None:
        """Start following ``context``'s journal (a window opens before its journal does)."""
        self.context = context
        context.operations.changed.connect(self._journal_changed)

    def reload(self) -> None:
        raise NotImplementedError

    def apply(self, changes: list[Changes]) -> bool:
        """Bring the page up to date with ``changes`` in place; False: reload it all.

        A page over thousands of rows re-reads only the rows the changes name.
        """
        return False

    def is_stale(self) -> bool:
        return self._stale

    def mark_stale(self) -> None:
        """Everything may have changed: read it all when visible (now, or when shown)."""
        self._pending = None
        self._stale = True
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        """Reload now (and no longer stale)."""
        self._stale = False
        self._pending = []
        self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.context is not None and self.is_stale():
            self._catch_up()

    def _catch_up(self) -> None:
        pending = self._pending
        if pending is not None and self.apply(pending):
            self._stale = False
            self._pending = []
        else:
            self.refresh()

    def _journal_changed(self, changes: Changes, initiator: object) -> None:
        if not changes.touches(self.watches):
            return
        if initiator is self and self.applies_own_changes:
            return
        self._stale = True
        if self._pending is not None:
            self._pending.append(changes)
        if self.isVisible():
            self._catch_up()
