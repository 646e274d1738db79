"""The kanban's one model: columns as top-level rows, cards as their children, moved in place."""

from __future__ import annotations

import bisect
import json
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, overload

from PySide6.QtCore import (
    QAbstractItemModel,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from networkjournal.ui.common.roles import CARD_ROLE, COLUMN_ROLE, ID_ROLE

CARD_MIME = "application/x-networkjournal-cards"

_ROOT = QModelIndex()
_Index = QModelIndex | QPersistentModelIndex
_COLUMN_NODE = 0  # internalId of a column row; a card's internalId is its column row + 1


@dataclass(frozen=True, slots=True)
class CardText:
    """What a card shows; built only for cards on screen."""

    title: str
    subtitle: str = ""
    detail: str = ""  # a third line, e.g. "via Ana Lopez"
    badge: str = ""
    badge_color: str = ""  # "#rrggbb", or "" for the palette's mid colour
    footer: str = ""
    warning: str = ""  # e.g. "Stale": painted as an orange pill
    tooltip: str = ""


class CardAdapter:
    """How the board reads the page's plain rows; pages subclass it."""

    def card_id(self, item: Any) -> int:
        return item.id

    def column(self, item: Any) -> str:
        raise NotImplementedError

    def sort_key(self, item: Any) -> Any:
        """Ascending order within a column (``newest_first(since, id)`` for newest first)."""
        return self.card_id(item)

    def text(self, item: Any) -> CardText:
        raise NotImplementedError


class BoardModel(QAbstractItemModel):
    """All cards of a board; each column's view uses a column row as its root index.

    Changes arrive as ``upsert``/``remove`` and become row insertions and
    removals in the two columns concerned, so views keep their widgets.
    A column shows at most ``limit`` cards (the first in sort order); the
    rest are counted, and reachable through the filter or ``show_more``.
    """

    move_requested = Signal(list, str)  # card ids, target column (from a drop)
    counts_changed = Signal()

    def __init__(
        self,
        columns: Sequence[str],
        adapter: CardAdapter,
        parent: QObject | None = None,
        limit: int | None = None,
    ) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._row_of = {key: row for row, key in enumerate(self._columns)}
        self._adapter = adapter
        self._limit = limit
        self._limits: dict[str, int | None] = dict.fromkeys(self._columns, limit)
        self._items: dict[int, Any] = {}
        self._lists: dict[str, list[Any]] = {key: [] for key in self._columns}
        self._shown: dict[str, int] = dict.fromkeys(self._columns, 0)
        self._totals: Counter[str] = Counter()
        self._accepts: Callable[[Any], bool] | None = None
        self._texts: dict[int, CardText] = {}

    # ------------------------------------------------------------ public API
    @property
    def columns(self) -> list[str]:
        return list(self._columns)

    def set_items(self, items: Iterable[Any]) -> None:
        """Replace every card (a reset: used when loading, not for single changes)."""
        self._items = {self._adapter.card_id(item): item for item in items}
        self._rebuild()

    def set_filter(self, accepts: Callable[[Any], bool] | None) -> None:
        """Show only the cards ``accepts`` keeps (None shows all)."""
        self._accepts = accepts
        self._rebuild()

    def filter(self) -> Callable[[Any], bool] | None:
        """The predicate set by ``set_filter`` (None when every card is shown)."""
        return self._accepts

    def upsert(self, item: Any) -> None:
        """Add a card or replace it (moving it to its new column and place)."""
        card_id = self._adapter.card_id(item)
        old = self._items.get(card_id)
        if old is not None:
            self._take(old)
            self._totals[self._adapter.column(old)] -= 1
        self._items[card_id] = item
        self._totals[self._adapter.column(item)] += 1
        self._texts.pop(card_id, None)
        if self._accepts is None or self._accepts(item):
            self._put(item)
        self.counts_changed.emit()

    def remove(self, card_id: int) -> None:
        old = self._items.pop(card_id, None)
        if old is not None:
            self._take(old)
            self._totals[self._adapter.column(old)] -= 1
            self._texts.pop(card_id, None)
            self.counts_changed.emit()

    def item(self, card_id: int) -> Any | None:
        return self._items.get(card_id)

    def items(self) -> list[Any]:
        return list(self._items.values())

    def column_index(self, column: str) -> QModelIndex:
        return self.createIndex(self._row_of[column], 0, _COLUMN_NODE)

    def index_of(self, card_id: int) -> QModelIndex:
        """The card's index, invalid when it is filtered out or beyond the column's limit."""
        item = self._items.get(card_id)
        if item is None:
            return QModelIndex()
        column = self._adapter.column(item)
        pos = self._position(column, item)
        if pos is None or pos >= self._shown[column]:
            return QModelIndex()
        return self.createIndex(pos, 0, self._row_of[column] + 1)

    def total(self, column: str) -> int:
        """Cards in the column, filter or not."""
        return self._totals[column]

    def matching(self, column: str) -> int:
        """Cards in the column that pass the filter."""
        return len(self._lists[column])

    def shown(self, column: str) -> int:
        return self._shown[column]

    def show_more(self, column: str, step: int) -> None:
        """Raise the column's limit by ``step`` and insert the cards that now fit."""
        limit = self._limits[column]
        if limit is None:
            return
        self._limits[column] = limit + step
        target = min(len(self._lists[column]), limit + step)
        shown = self._shown[column]
        if target > shown:
            self.beginInsertRows(self.column_index(column), shown, target - 1)
            self._shown[column] = target
            self.endInsertRows()
        self.counts_changed.emit()

    # -------------------------------------------------------------- internals
    def _cap(self, column: str) -> int:
        limit = self._limits[column]
        return sys.maxsize if limit is None else limit

    def _rebuild(self) -> None:
        self.beginResetModel()
        adapter = self._adapter
        self._lists = {key: [] for key in self._columns}
        self._totals = Counter()
        self._texts = {}
        self._limits = dict.fromkeys(self._columns, self._limit)
        for item in self._items.values():
            column = adapter.column(item)
            if column not in self._lists:
                continue  # a value this board has no column for: never shown
            self._totals[column] += 1
            if self._accepts is None or self._accepts(item):
                self._lists[column].append(item)
        for column, cards in self._lists.items():
            cards.sort(key=adapter.sort_key)
            self._shown[column] = min(len(cards), self._cap(column))
        self.endResetModel()
        self.counts_changed.emit()

    def _position(self, column: str, item: Any) -> int | None:
        cards = self._lists.get(column)
        if not cards:
            return None
        key = self._adapter.sort_key
        pos = bisect.bisect_left(cards, key(item), key=key)
        while pos < len(cards) and key(cards[pos]) == key(item):
            if cards[pos] is item:
                return pos
            pos += 1
        return None

    def _take(self, item: Any) -> None:
        column = self._adapter.column(item)
        pos = self._position(column, item)
        if pos is None:
            return
        cards = self._lists[column]
        shown = self._shown[column]
        if pos >= shown:
            del cards[pos]
            return
        parent = self.column_index(column)
        self.beginRemoveRows(parent, pos, pos)
        del cards[pos]
        self._shown[column] = shown - 1
        self.endRemoveRows()
        if len(cards) > shown - 1 and shown - 1 < self._cap(column):
            # The first hidden card slides into view at the bottom.
            self.beginInsertRows(parent, shown - 1, shown - 1)
            self._shown[column] = shown
            self.endInsertRows()

    def _put(self, item: Any) -> None:
        column = self._adapter.column(item)
        if column not in self._lists:
            return
        cards = self._lists[column]
        pos = bisect.bisect_right(cards, self._adapter.sort_key(item), key=self._adapter.sort_key)
        shown, cap = self._shown[column], self._cap(column)
        if pos > shown or (pos == shown and shown >= cap):
            cards.insert(pos, item)  # lands beyond the limit: counted, not shown
            return
        parent = self.column_index(column)
        self.beginInsertRows(parent, pos, pos)
        cards.insert(pos, item)
        self._shown[column] = shown + 1
        self.endInsertRows()
        if self._shown[column] > cap:
            last = self._shown[column] - 1
            self.beginRemoveRows(parent, last, last)
            self._shown[column] = last
            self.endRemoveRows()

    def _card(self, index: _Index) -> Any | None:
        if not index.isValid() or index.internalId() == _COLUMN_NODE:
            return None
        column = self._columns[index.internalId() - 1]
        return self._lists[column][index.row()]

    def column_of_index(self, index: _Index) -> str | None:
        """The column a card index or a column index belongs to."""
        if not index.isValid():
            return None
        if index.internalId() == _COLUMN_NODE:
            return self._columns[index.row()]
        return self._columns[index.internalId() - 1]

    # ------------------------------------------------------ Qt model interface
    def index(self, row: int, column: int = 0, parent: _Index = _ROOT) -> QModelIndex:
        # Called for every row of a column on each relayout: kept short.
        if column or row < 0:
            return QModelIndex()
        if not parent.isValid():
            if row >= len(self._columns):
                return QModelIndex()
            return self.createIndex(row, 0, _COLUMN_NODE)
        if parent.internalId() != _COLUMN_NODE:
            return QModelIndex()
        column_row = parent.row()
        if row >= self._shown[self._columns[column_row]]:
            return QModelIndex()
        return self.createIndex(row, 0, column_row + 1)

    @overload
    def parent(self) -> QObject | None: ...
    @overload
    def parent(self, index: _Index, /) -> QModelIndex: ...
    def parent(self, index: _Index | None = None) -> QObject | QModelIndex | None:
        if index is None:  # QObject.parent()
            return QObject.parent(self)
        if not index.isValid() or index.internalId() == _COLUMN_NODE:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, _COLUMN_NODE)

    def rowCount(self, parent: _Index = _ROOT) -> int:
        if not parent.isValid():
            return len(self._columns)
        if parent.internalId() == _COLUMN_NODE and parent.column() == 0:
            return self._shown[self._columns[parent.row()]]
        return 0

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 1

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self._card(index)
        if item is None:
            if role in (Qt.ItemDataRole.DisplayRole, COLUMN_ROLE):
                return self._columns[index.row()]
            return None
        if role == ID_ROLE:
            return self._adapter.card_id(item)
        if role == COLUMN_ROLE:
            return self._adapter.column(item)
        if role in (Qt.ItemDataRole.DisplayRole, CARD_ROLE, Qt.ItemDataRole.ToolTipRole,
                    Qt.ItemDataRole.AccessibleTextRole):
            text = self._text(item)
            if role == CARD_ROLE:
                return text
            if role == Qt.ItemDataRole.ToolTipRole:
                return text.tooltip or None
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return ", ".join(p for p in (text.title, text.subtitle, text.detail, text.badge,
                                             text.footer, text.warning) if p)
            return text.title
        return None

    def _text(self, item: Any) -> CardText:
        card_id = self._adapter.card_id(item)
        text = self._texts.get(card_id)
        if text is None:
            text = self._texts[card_id] = self._adapter.text(item)
        return text

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.internalId() == _COLUMN_NODE:
            return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsDropEnabled
        # Cards are not drop targets: a drop on a card lands in its column.
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemNeverHasChildren)

    # ------------------------------------------------------------ drag and drop
    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [CARD_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        items = [item for item in (self._card(i) for i in indexes) if item is not None]
        mime = QMimeData()
        ids = [self._adapter.card_id(item) for item in items]
        mime.setData(CARD_MIME, json.dumps(ids).encode())
        mime.setText("\n".join(self._text(item).title for item in items))
        return mime

    @staticmethod
    def ids_from_mime(mime: QMimeData) -> list[int]:
        if not mime.hasFormat(CARD_MIME):
            return []
        try:
            ids = json.loads(bytes(mime.data(CARD_MIME).data()).decode())
        except (ValueError, UnicodeDecodeError):
            return []
        return [i for i in ids if isinstance(i, int)] if isinstance(ids, list) else []

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                        parent: _Index) -> bool:
        return data.hasFormat(CARD_MIME) and self.column_of_index(parent) is not None

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: _Index) -> bool:
        target = self.column_of_index(parent)
        return target is not None and self.request_move(self.ids_from_mime(data), target)

    def request_move(self, ids: Iterable[int], target: str) -> bool:
        """Ask for cards to move to ``target`` (the page writes the store, then upserts)."""
        moving = [i for i in ids if i in self._items
                  and self._adapter.column(self._items[i]) != target]
        if moving:
            self.move_requested.emit(moving, target)
        return bool(moving)
