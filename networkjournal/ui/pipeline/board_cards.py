"""How a kanban card looks: the painting delegate, and the short texts cards share."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from networkjournal.core.contrast import mix
from networkjournal.ui.common.roles import CARD_ROLE
from networkjournal.ui.common.theme import on, rgb_of, secondary
from networkjournal.ui.pipeline.board_model import CardText

STALE_COLOR = QColor("#d9822b")
NARROW_CARD = 150  # px of text: below it a warning moves to the footer
PILL_ALPHA = 45  # the pill's fill: its colour, faint, over the card


def pill_fill(color: QColor, base: QColor) -> QColor:
    """The pill's fill as drawn: ``color`` at PILL_ALPHA over the card's ``base``."""
    return QColor(*mix(rgb_of(base), rgb_of(color), PILL_ALPHA / 255))


def pill_text(color: QColor, base: QColor) -> QColor:
    """A pill's label: its own colour, deeper on a light card and paler on a dark one, nudged
    further until it reads on the pill (AA)."""
    start = color.darker(140) if base.lightness() > 127 else color.lighter(140)
    return on(start, pill_fill(color, base))


def _tr(text: str) -> str:
    return QCoreApplication.translate("KanbanBoard", text)


class _Fonts:
    """The fonts and metrics a card needs, made once per view font (not once per paint)."""

    def __init__(self, font: QFont) -> None:
        self.regular = QFont(font)
        self.bold = QFont(font)
        self.bold.setBold(True)
        self.small = QFont(font)
        self.small.setPointSizeF(max(6.0, font.pointSizeF() * 0.85))
        self.metrics = QFontMetrics(self.regular)
        self.bold_metrics = QFontMetrics(self.bold)
        self.small_metrics = QFontMetrics(self.small)
        self.line = self.metrics.height()


class CardDelegate(QStyledItemDelegate):
    """Paints a card: title, subtitle, detail, a coloured badge, a footer and a warning pill."""

    MARGIN = 5
    LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fonts: dict[str, _Fonts] = {}
        self._colors: dict[str, QColor] = {}

    def _fonts_for(self, font: QFont) -> _Fonts:
        key = font.key()
        fonts = self._fonts.get(key)
        if fonts is None:
            fonts = self._fonts[key] = _Fonts(font)
        return fonts

    def _color(self, name: str) -> QColor:
        color = self._colors.get(name)
        if color is None:
            color = self._colors[name] = QColor(name)
        return color

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        return QSize(180, 4 * self._fonts_for(option.font).line + 4 * self.MARGIN + 14)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        text: CardText | None = index.data(CARD_ROLE)
        if text is None:
            return
        fonts = self._fonts_for(option.font)
        line = fonts.line
        palette = option.palette
        rect = option.rect.adjusted(self.MARGIN, self.MARGIN // 2 + 1, -self.MARGIN,
                                    -self.MARGIN // 2 - 1)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        border = palette.highlight().color() if selected else palette.mid().color()
        painter.setPen(QPen(border, 2 if selected else 1))
        painter.setBrush(palette.base())
        painter.drawRoundedRect(rect, 6, 6)
        accent = self._color(text.badge_color) if text.badge_color else palette.mid().color()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(accent)
        painter.drawRoundedRect(QRect(rect.left() + 1, rect.top() + 4, 4, rect.height() - 8), 2, 2)

        inner = rect.adjusted(12, 6, -8, -6)
        left, top, width = inner.left(), inner.top(), inner.width()
        warning_width = 0
        # On a narrow card (a 960 px window) the warning takes the badge's place in the
        # footer, so the title keeps its room; the accent bar still shows the channel.
        narrow = bool(text.warning) and width < NARROW_CARD
        badge, badge_color = (text.warning, STALE_COLOR) if narrow else (text.badge, accent)
        if text.warning and not narrow:
            warning_width = self._pill(painter, fonts, text.warning, STALE_COLOR, inner.right(),
                                       top, palette.base().color(), align_right=True) + 6
        painter.setPen(palette.text().color())
        painter.setFont(fonts.bold)
        self._line(painter, fonts.bold_metrics, QRect(left, top, width - warning_width, line),
                   text.title, self.LEFT)
        painter.setFont(fonts.regular)
        self._line(painter, fonts.metrics, QRect(left, top + line + 2, width, line),
                   text.subtitle, self.LEFT)
        # "via <referrer>" and the days in stage: quieter than the title, still WCAG AA on
        # the card (the placeholder colour was 3.9:1 on light and all but vanished on dark).
        muted = secondary(palette, QPalette.ColorRole.Base)
        if text.detail:
            painter.setPen(muted)
            self._line(painter, fonts.metrics, QRect(left, top + 2 * line + 2, width, line),
                       text.detail, self.LEFT)
        bottom = top + 3 * line + 6
        badge_width = 0
        if badge:
            # The footer (days in stage) keeps its room; the badge takes what is left.
            room = width - fonts.small_metrics.horizontalAdvance(text.footer) - 8
            badge_width = self._pill(painter, fonts, badge, badge_color, left, bottom,
                                     palette.base().color(), limit=max(40, min(150, room))) + 6
        painter.setFont(fonts.small)
        painter.setPen(muted)
        self._line(painter, fonts.small_metrics,
                   QRect(left + badge_width, bottom, width - badge_width, line), text.footer,
                   self.RIGHT, Qt.TextElideMode.ElideLeft)
        painter.restore()

    @staticmethod
    def _line(painter: QPainter, metrics: QFontMetrics, rect: QRect, text: str,
              align: Qt.AlignmentFlag, mode: Qt.TextElideMode = Qt.TextElideMode.ElideRight,
              ) -> None:
        if metrics.horizontalAdvance(text) > rect.width():
            text = metrics.elidedText(text, mode, rect.width())
        painter.drawText(rect, align, text)

    @staticmethod
    def _pill(painter: QPainter, fonts: _Fonts, label: str, color: QColor, x: int, y: int,
              base: QColor, align_right: bool = False, limit: int = 150) -> int:
        metrics = fonts.small_metrics
        width = min(metrics.horizontalAdvance(label) + 12, limit)
        height = metrics.height() + 2
        pill = QRect(x - width if align_right else x, y, width, height)
        fill = QColor(color)
        fill.setAlpha(PILL_ALPHA)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawRoundedRect(pill, height / 2, height / 2)
        painter.setPen(pill_text(color, base))
        painter.setFont(fonts.small)
        if width == limit:
            label = metrics.elidedText(label, Qt.TextElideMode.ElideRight, width - 8)
        painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, label)
        return width
