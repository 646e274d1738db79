"""A reusable kanban: a list view per column over one BoardModel; drag and drop, keyboard moves."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSettings,
    Qt,
    Signal,
    SignalInstance,
)
from PySide6.QtGui import (
    QDrag,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPixmap,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from networkjournal.ui.common.roles import ID_ROLE
from networkjournal.ui.pipeline.board_cards import CardDelegate
from networkjournal.ui.pipeline.board_model import BoardModel
from networkjournal.ui.pipeline.drop_zone import DropZone

SHOW_MORE_STEP = 200
COLUMN_MIN_WIDTH = 121
STRIP_WIDTH = 106  # the closed outcomes, folded
_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class ColumnSpec:
    key: str
    title: str  # already translated


class ColumnView(QListView):
    """One column: a list view whose root is the column's row in the board model."""

    move_key = Signal(int)  # -1 / +1: Ctrl+Left / Ctrl+Right on the current card
    focus_neighbour = Signal(int)  # plain Left / Right: go to the next column
    delete_key = Signal()

    def __init__(self, key: str, model: BoardModel, empty_text: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self._empty_text = empty_text
        self.setObjectName(f"column-{key}")
        self.setModel(model)
        self.setRootIndex(model.column_index(key))
        self.setItemDelegate(CardDelegate(self))
        self.setUniformItemSizes(True)  # size hints are not asked for every card
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragDropOverwriteMode(False)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        # A reset (filter, reload) clears the root index: put it back.
        model.modelReset.connect(lambda: self.setRootIndex(model.column_index(self.key)))

    # QListView relayouts on rows inserted or removed under ANY parent; the other
    # columns' rows did not change, so only this column's own changes get through.
    def rowsInserted(self, parent: _Index, start: int, end: int) -> None:
        if parent == self.rootIndex():
            super().rowsInserted(parent, start, end)

    def rowsAboutToBeRemoved(self, parent: _Index, start: int, end: int) -> None:
        if parent == self.rootIndex():
            super().rowsAboutToBeRemoved(parent, start, end)

    def current_card_id(self) -> int | None:
        index = self.currentIndex()
        if not index.isValid() or not self.selectionModel().isSelected(index):
            return None
        return index.data(ID_ROLE)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            step = -1 if key == Qt.Key.Key_Left else 1
            if mods & Qt.KeyboardModifier.ControlModifier:
                self.move_key.emit(step)
            else:
                self.focus_neighbour.emit(step)
            event.accept()
            return
        if key == Qt.Key.Key_Delete and self.current_card_id() is not None:
            self.delete_key.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def startDrag(self, supported: Qt.DropAction) -> None:
        """Drag the selected card with a picture of it (a plain QDrag, so it can be driven)."""
        indexes = [i for i in self.selectedIndexes() if i.isValid()]
        if not indexes:
            return
        drag = QDrag(self)
        drag.setMimeData(self.model().mimeData(indexes))
        rect = self.visualRect(indexes[0])
        pixmap = QPixmap(rect.size())
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        option.rect = QRect(QPoint(0, 0), rect.size())
        self.itemDelegate().paint(painter, option, indexes[0])
        painter.end()
        drag.setPixmap(pixmap)
        drag.setHotSpot(QPoint(rect.width() // 2, rect.height() // 2))
        drag.exec(Qt.DropAction.MoveAction, Qt.DropAction.MoveAction)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.model().rowCount(self.rootIndex()) == 0:
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().placeholderText().color())
            painter.drawText(self.viewport().rect().adjusted(8, 16, -8, -8),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
                             | Qt.TextFlag.TextWordWrap, self._empty_text)


class KanbanBoard(QScrollArea):
    """Columns side by side; ``collapsible`` columns fold into a strip of drop zones."""

    move_requested = Signal(list, str)  # card ids, target column: the page writes the store
    card_activated = Signal(int)  # double-click or Enter
    delete_requested = Signal(int)
    context_requested = Signal(int, QPoint)  # card id, global position
    current_changed = Signal(object)  # card id or None

    def __init__(self, model: BoardModel, columns: Sequence[ColumnSpec], *, name: str,
                 collapsible: Sequence[str] = (), empty_text: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self._specs = list(columns)
        self._name = name
        self._collapsible = [spec.key for spec in self._specs if spec.key in collapsible]
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        inner = QWidget(self)
        row = QHBoxLayout(inner)
        row.setContentsMargins(6, 6, 6, 6)
        row.setSpacing(6)
        self.views: dict[str, ColumnView] = {}
        self._frames: dict[str, QFrame] = {}
        self._counts: dict[str, QLabel] = {}
        self._more: dict[str, QPushButton] = {}
        self.zones: dict[str, DropZone] = {}
        for spec in self._specs:
            frame = self._column_frame(spec, empty_text or self.tr("No cards"))
            row.addWidget(frame, 1)
            if spec.key == (self._collapsible[0] if self._collapsible else None):
                row.insertWidget(row.count() - 1, self._build_strip())
        self.setWidget(inner)
        model.counts_changed.connect(self._update_counts)
        model.move_requested.connect(self._relay_move)
        # value(type=bool) returns a bool; the stub says object.
        self.set_closed_expanded(
            bool(QSettings().value(f"board/{name}/closed_expanded", False, type=bool)), save=False)
        self._update_counts()

    # ---------------------------------------------------------------- building
    def _column_frame(self, spec: ColumnSpec, empty_text: str) -> QFrame:
        frame = QFrame(self)
        frame.setObjectName(f"frame-{spec.key}")
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        # Five open stages and the closed strip fit beside the navigation at 960 px (cards
        # elide their lines; the tooltip has them whole).
        frame.setMinimumWidth(COLUMN_MIN_WIDTH)
        frame.setMaximumWidth(340)
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(2, 6, 2, 2)
        layout.setSpacing(2)
        header = QHBoxLayout()
        title = QLabel(f"<b>{spec.title}</b>", frame)
        title.setTextFormat(Qt.TextFormat.RichText)
        count = QLabel(frame)
        count.setObjectName(f"count-{spec.key}")
        count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        header.addSpacing(6)
        header.addWidget(title, 1)
        header.addWidget(count)
        header.addSpacing(6)
        layout.addLayout(header)
        view = ColumnView(spec.key, self.model, empty_text, frame)
        view.setAccessibleName(spec.title)
        layout.addWidget(view, 1)
        more = QPushButton(frame)
        more.setFlat(True)
        more.clicked.connect(lambda _=False, k=spec.key: self.model.show_more(k, SHOW_MORE_STEP))
        layout.addWidget(more)
        view.move_key.connect(lambda step, v=view: self._move_by_key(v, step))
        view.focus_neighbour.connect(lambda step, v=view: self._focus_neighbour(v, step))
        view.delete_key.connect(lambda v=view: self._emit_for_current(v, self.delete_requested))
        view.activated.connect(lambda index: self.card_activated.emit(index.data(ID_ROLE)))
        view.customContextMenuRequested.connect(lambda pos, v=view: self._context(v, pos))
        view.selectionModel().selectionChanged.connect(lambda *_, v=view: self._selected(v))
        self.views[spec.key] = view
        self._frames[spec.key] = frame
        self._counts[spec.key] = count
        self._more[spec.key] = more
        return frame

    def _build_strip(self) -> QFrame:
        strip = QFrame(self)
        strip.setObjectName("closed-strip")
        strip.setFixedWidth(STRIP_WIDTH)
        layout = QVBoxLayout(strip)
        layout.setContentsMargins(0, 0, 0, 0)
        self.toggle = QToolButton(strip)
        self.toggle.setObjectName("closed-toggle")
        self.toggle.setCheckable(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.toggle.toggled.connect(self.set_closed_expanded)
        layout.addWidget(self.toggle)
        for key in self._collapsible:
            zone = DropZone(key, self.model, strip)
            zone.clicked.connect(lambda: self.set_closed_expanded(True))
            layout.addWidget(zone)
            self.zones[key] = zone
        layout.addStretch(1)
        self.strip = strip
        return strip

    # --------------------------------------------------------------- behaviour
    def is_closed_expanded(self) -> bool:
        return bool(self._collapsible) and self.toggle.isChecked()

    def set_closed_expanded(self, expanded: bool, save: bool = True) -> None:
        if not self._collapsible:
            return
        if self.toggle.isChecked() != expanded:
            self.toggle.setChecked(expanded)  # re-enters through toggled
            return
        for key in self._collapsible:
            self._frames[key].setVisible(expanded)
            self.zones[key].setVisible(not expanded)
        self.toggle.setArrowType(Qt.ArrowType.LeftArrow if expanded else Qt.ArrowType.RightArrow)
        self.toggle.setToolTip(self.tr("Hide closed columns") if expanded
                               else self.tr("Show closed columns"))
        self.strip.setFixedWidth(STRIP_WIDTH)
        if save:
            QSettings().setValue(f"board/{self._name}/closed_expanded", expanded)
        self._update_counts()

    def _update_counts(self) -> None:
        model = self.model
        for spec in self._specs:
            key = spec.key
            total, matching, shown = model.total(key), model.matching(key), model.shown(key)
            self._counts[key].setText(str(total) if matching == total
                                      else self.tr("{0} of {1}").format(matching, total))
            more = self._more[key]
            more.setVisible(matching > shown)
            more.setText(self.tr("+{0} more").format(matching - shown))
            more.setToolTip(self.tr("Showing the {0} most recent of {1}; click to show more, or "
                                    "type in the filter").format(shown, matching))
            if key in self.zones:
                self.zones[key].label.setText(f"<b>{spec.title}</b><br>{matching}")
        if self._collapsible:
            closed = sum(model.matching(key) for key in self._collapsible)
            self.toggle.setText(self.tr("Closed ({0})").format(closed))

    def current_card_id(self) -> int | None:
        for view in self.views.values():
            if view.hasFocus() or view.current_card_id() is not None:
                card = view.current_card_id()
                if card is not None:
                    return card
        return None

    def select_card(self, card_id: int, focus: bool = True) -> bool:
        """Select (and show) a card; False when it is filtered out or beyond its column's limit."""
        index = self.model.index_of(card_id)
        column = self.model.column_of_index(index)
        if column is None:
            return False
        if column in self._collapsible and not self.is_closed_expanded():
            self.set_closed_expanded(True)
        view = self.views[column]
        view.setCurrentIndex(index)
        view.scrollTo(index)
        self.ensureWidgetVisible(self._frames[column])
        if focus:
            view.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def request_move(self, ids: list[int], target: str) -> None:
        """Move cards as a drop would (the page writes the store through move_requested)."""
        self.model.request_move(ids, target)

    def _relay_move(self, ids: list[int], target: str) -> None:
        self.move_requested.emit(ids, target)
        if ids:  # follow the card to where it landed, so Ctrl+Right can go on
            self.select_card(ids[0])

    def _visible_keys(self) -> list[str]:
        return [s.key for s in self._specs if self._frames[s.key].isVisibleTo(self)
                or s.key not in self._collapsible]

    def _move_by_key(self, view: ColumnView, step: int) -> None:
        card = view.current_card_id()
        if card is None:
            return
        keys = [spec.key for spec in self._specs]
        target = keys.index(view.key) + step
        if 0 <= target < len(keys):
            self.request_move([card], keys[target])

    def _focus_neighbour(self, view: ColumnView, step: int) -> None:
        keys = self._visible_keys()
        pos = keys.index(view.key) + step
        while 0 <= pos < len(keys):
            neighbour = self.views[keys[pos]]
            if neighbour.model().rowCount(neighbour.rootIndex()):
                neighbour.setFocus(Qt.FocusReason.TabFocusReason)
                index = neighbour.currentIndex()
                if not index.isValid():
                    index = neighbour.model().index(0, 0, neighbour.rootIndex())
                neighbour.setCurrentIndex(index)
                return
            pos += step

    def _emit_for_current(self, view: ColumnView, signal: SignalInstance) -> None:
        card = view.current_card_id()
        if card is not None:
            signal.emit(card)

    def _context(self, view: ColumnView, pos: QPoint) -> None:
        index = view.indexAt(pos)
        if index.isValid():
            view.setCurrentIndex(index)
            self.context_requested.emit(index.data(ID_ROLE), view.viewport().mapToGlobal(pos))

    def _selected(self, view: ColumnView) -> None:
        # One selected card on the whole board, whatever column it is in.
        card = view.current_card_id()
        if card is not None:
            for other in self.views.values():
                if other is not view:
                    other.selectionModel().clearSelection()
        self.current_changed.emit(self.current_card_id())
