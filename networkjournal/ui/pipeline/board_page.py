"""What both board pages share: a folded-text filter, and cards that move in place."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLineEdit, QWidget

from networkjournal.core.clock import today_utc
from networkjournal.core.validation import fold
from networkjournal.ui.common.context import AppContext
from networkjournal.ui.common.page import Page

_LATEST = datetime.max


def newest_first(since: datetime, card_id: int) -> tuple[timedelta, int]:
    """A sort key putting the most recently moved card first (then the newest card).

    Time to the end of time, not -timestamp(): timestamp() of a naive datetime asks the
    C library for the local offset, and a 30,000-card board sorts on this key.
    """
    return (_LATEST - since, -card_id)


class BoardPage(Page):
    """A page over a KanbanBoard; subclasses implement ``reload()``.

    A move made on the board is applied to its cards in place: the board is not
    reloaded for its own changes, only for changes made elsewhere.
    """

    applies_own_changes = True

    def __init__(self, context: AppContext, placeholder: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.context: AppContext = context
        self._loaded_on: date | None = None
        self._folded: dict[int, str] = {}  # card id -> folded search text, built on demand
        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setPlaceholderText(placeholder)
        self.search.setClearButtonEnabled(True)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self.search,
                  context=Qt.ShortcutContext.WidgetShortcut).activated.connect(self.search.clear)

    def move_cards(self, ids: list[int], stage: str) -> None:
        """Move cards to ``stage`` in one transaction, then in place on the board."""
        raise NotImplementedError

    def _mark_loaded(self) -> None:
        self._folded.clear()  # filter closures hold this very dict
        self._loaded_on = today_utc()

    def is_stale(self) -> bool:
        # Days in stage move on at midnight even when nothing else changed (a board still
        # loading its first cards is not stale: reading it twice doubled its first visit).
        loaded_on = self._loaded_on
        return super().is_stale() or (loaded_on is not None and loaded_on != today_utc())

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _text_filter(self, text_of: Callable[[Any], str]) -> Callable[[Any], bool] | None:
        """A predicate matching the search field, accents and case aside (None when empty)."""
        needle = fold(self.search.text()).strip()
        if not needle:
            return None
        folded = self._folded

        def matches(item: Any) -> bool:
            text = folded.get(item.id)
            if text is None:
                text = folded[item.id] = fold(text_of(item))
            return needle in text

        return matches
