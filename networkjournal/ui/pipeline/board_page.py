"""What both board pages share: a folded-text filter, reload when shown, quiet own announcements."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, SignalInstance
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLineEdit, QWidget

from networkjournal.core.validation import fold
from networkjournal.ui.common.context import AppContext
from networkjournal.ui.pipeline.board_cards import today_utc


class BoardPage(QWidget):
    """A page over a KanbanBoard; subclasses implement ``reload()``."""

    def __init__(self, context: AppContext, placeholder: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._dirty = False
        self._emitting = False
        self._loaded_on: date | None = None
        self._folded: dict[int, str] = {}  # card id -> folded search text, built on demand
        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setPlaceholderText(placeholder)
        self.search.setClearButtonEnabled(True)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self.search, activated=self.search.clear,
                  context=Qt.ShortcutContext.WidgetShortcut)

    def reload(self) -> None:
        raise NotImplementedError

    def _mark_loaded(self) -> None:
        self._folded.clear()  # filter closures hold this very dict
        self._loaded_on = today_utc()
        self._dirty = False

    def page_shown(self) -> None:
        # Days in stage move on at midnight even when nothing else changed.
        if self._dirty or self._loaded_on != today_utc():
            self.reload()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _changed_elsewhere(self) -> None:
        if self._emitting:
            return  # our own change: the cards already moved in place
        if self.isVisible():
            self.reload()
        else:
            self._dirty = True  # reload once when shown, not for every change made elsewhere

    def _announce(self, signal: SignalInstance) -> None:
        """Tell other pages about a change this page has already shown."""
        self._emitting = True
        try:
            signal.emit()
        finally:
            self._emitting = False

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
