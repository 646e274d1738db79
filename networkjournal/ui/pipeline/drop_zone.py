"""A collapsed kanban column (the closed outcomes): its count, a drop target, a click opens it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QMouseEvent
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from networkjournal.ui.pipeline.board_model import CARD_MIME, BoardModel


class DropZone(QFrame):
    """A collapsed closed column: shows its count, takes drops, expands on click."""

    clicked = Signal()

    def __init__(self, key: str, model: BoardModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self._model = model
        self.setObjectName(f"zone-{key}")
        self.setAcceptDrops(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumHeight(44)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        QVBoxLayout(self).addWidget(self.label)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasFormat(CARD_MIME):
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if event.mimeData().hasFormat(CARD_MIME):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        if self._model.request_move(BoardModel.ids_from_mime(event.mimeData()), self.key):
            event.acceptProposedAction()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self.clicked.emit()
