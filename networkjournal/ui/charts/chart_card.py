"""One chart of the chart panel as a widget: title and legend in Qt, the canvas, its export menu.

Imported by charts_page only (it pulls in matplotlib's Qt backend).
"""

from __future__ import annotations

from collections.abc import Callable

import matplotlib as mpl
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from networkjournal.ui.charts import drawing as drawing


class ChartCanvas(FigureCanvasQTAgg):
    """A canvas that keeps its chart's pixel margins and the panel's text settings."""

    def __init__(self, figure: Figure) -> None:
        super().__init__(figure)
        self.chart: drawing.Chart | None = None

    def draw(self) -> None:
        if self.chart is not None:
            self.chart.fit()
        with mpl.rc_context(drawing.RC):
            super().draw()


def legend_icon(entry: drawing.LegendEntry, text_color: str, ratio: float = 1.0) -> QPixmap:
    """The key of a legend entry: a line with its dash and marker, or a (hatched) bar."""
    width, height = 30, 14
    pixmap = QPixmap(int(width * ratio), int(height * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    color = QColor(entry.color)
    mid = height / 2
    if entry.kind == "bar":
        painter.setPen(QPen(QColor(text_color), 0.6))
        painter.setBrush(color)
        painter.drawRect(5, 2, 20, 10)
        if entry.hatch:
            painter.setBrush(QBrush(QColor(text_color), Qt.BrushStyle.BDiagPattern))
            painter.drawRect(5, 2, 20, 10)
    else:
        pen = QPen(color, 2.2)
        pen.setStyle(Qt.PenStyle.DashLine if entry.dashed else Qt.PenStyle.SolidLine)
        painter.setPen(pen)
        painter.drawLine(QPointF(1, mid), QPointF(width - 1, mid))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        center, r = QPointF(width / 2, mid), 3.5
        if entry.marker == "o":
            painter.drawEllipse(center, r, r)
        elif entry.marker == "s":
            painter.drawRect(int(width / 2 - r), int(mid - r), int(2 * r), int(2 * r))
        elif entry.marker == "^":
            painter.drawPolygon(QPolygonF([QPointF(width / 2, mid - r - 0.5),
                                           QPointF(width / 2 - r, mid + r),
                                           QPointF(width / 2 + r, mid + r)]))
    painter.end()
    return pixmap


class ChartCard(QWidget):
    """A chart: its title, legend and Export button above a matplotlib canvas."""

    def __init__(self, key: str, export_slot: Callable[[str, str], None],
                 parent: QWidget) -> None:
        super().__init__(parent)
        self.key = key
        self.figure = Figure(dpi=100)
        self.canvas = ChartCanvas(self.figure)
        self.canvas.setParent(self)
        self.canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.canvas.setMinimumSize(280, 180)
        self.canvas.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.title_label = QLabel(self)
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title_label.font()
        font.setBold(True)
        self.title_label.setFont(font)
        self.export_button = QToolButton(self)
        self.export_button.setText(self.tr("Export"))
        self.export_button.setToolTip(self.tr("Save this chart as a PNG or SVG image"))
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.export_button.setAutoRaise(True)
        menu = QMenu(self.export_button)
        menu.addAction(self.tr("Save as PNG…"), lambda: export_slot(key, "png"))
        menu.addAction(self.tr("Save as SVG…"), lambda: export_slot(key, "svg"))
        self.export_button.setMenu(menu)

        header = QHBoxLayout()
        header.setContentsMargins(8, 0, 0, 0)
        header.addWidget(self.title_label, 1)
        header.addWidget(self.export_button)
        # Keys on a grid: more than three go on two lines, so the week's activity chart
        # leaves room for the wins beside it in a 960 px window.
        self.legend_row = QGridLayout()
        self.legend_row.setContentsMargins(8, 0, 0, 0)
        self.legend_row.setHorizontalSpacing(4)
        self.legend_row.setVerticalSpacing(0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(header)
        layout.addLayout(self.legend_row)
        layout.addWidget(self.canvas, 1)
        self.legend_labels: list[QLabel] = []

    @property
    def chart(self) -> drawing.Chart | None:
        return self.canvas.chart

    def set_chart(self, chart: drawing.Chart) -> None:
        """Use a freshly built chart; the title and legend keys move to Qt labels."""
        self.canvas.chart = chart
        self.title_label.setText(chart.title)
        while self.legend_row.count():
            item = self.legend_row.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.legend_labels = []
        ratio = self.devicePixelRatioF()
        entries = chart.legend_entries()
        per_line = 2 if len(entries) > 3 else max(len(entries), 1)
        for n, entry in enumerate(entries):
            icon = QLabel(self)
            icon.setPixmap(legend_icon(entry, chart.theme.text, ratio))
            text = QLabel(entry.label, self)
            text.setContentsMargins(0, 0, 10, 0)  # a gap before the next key
            line, column = divmod(n, per_line)
            self.legend_row.addWidget(icon, line, 2 * column)
            self.legend_row.addWidget(text, line, 2 * column + 1)
            self.legend_labels.append(text)
        self.legend_row.setColumnStretch(2 * per_line, 1)
