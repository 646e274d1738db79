"""Every coloured or secondary text keeps WCAG AA contrast (4.5:1) on light and dark palettes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel

from networkjournal.core.contrast import AA_TEXT, contrast_ratio
from networkjournal.ui.common.rows_model import Column, RowsModel
from networkjournal.ui.common.theme import (
    DANGER,
    GOOD,
    INFO,
    WARNING,
    colour_text,
    dark_palette,
    light_palette,
    rgb_of,
    secondary,
)
from networkjournal.ui.pipeline.board_cards import STALE_COLOR, pill_fill, pill_text
from networkjournal.ui.pipeline.opportunities_page import CHANNEL_COLORS

# Colours the tables are given (Today's overdue dates, the import preview's actions).
TABLE_COLOURS = [DANGER, GOOD, INFO, WARNING, "#c0392b", "#1b7f3b", "#1f5fbf", "#a86400"]


def ratio(foreground: QColor, background: QColor) -> float:
    return contrast_ratio(rgb_of(foreground), rgb_of(background))


@pytest.fixture(params=["light", "dark"])
def palette(request, qapp):
    app = QApplication.instance()
    before = app.palette()
    chosen = dark_palette() if request.param == "dark" else light_palette()
    app.setPalette(chosen)
    yield chosen
    app.setPalette(before)


def test_table_colours_read_on_the_table(palette):
    model = RowsModel([Column("When", str, color=lambda colour: colour)])
    model.set_rows(TABLE_COLOURS)
    base = palette.color(QPalette.ColorRole.Base)
    for row, colour in enumerate(TABLE_COLOURS):
        brush = model.data(model.index(row, 0), Qt.ItemDataRole.ForegroundRole)
        assert ratio(brush.color(), base) >= AA_TEXT, colour


def test_card_texts_read_on_the_card(palette):
    base = palette.color(QPalette.ColorRole.Base)
    # "via <referrer>" and the days in stage
    assert ratio(secondary(palette, QPalette.ColorRole.Base), base) >= AA_TEXT
    for colour in [*CHANNEL_COLORS.values(), STALE_COLOR.name()]:  # badges and "Stale"
        fill = pill_fill(QColor(colour), base)
        assert ratio(pill_text(QColor(colour), base), fill) >= AA_TEXT, colour


def test_labels_with_a_colour_read_on_the_window(palette, qtbot):
    for colour in (None, DANGER, WARNING):  # hints and counts, problems, note advice
        label = QLabel("text")
        qtbot.addWidget(label)
        label.setPalette(palette)
        colour_text(label, colour)
        shown = label.palette()
        assert ratio(shown.color(QPalette.ColorRole.WindowText),
                     shown.color(QPalette.ColorRole.Window)) >= AA_TEXT, colour


def test_chart_totals_read_on_the_chart(palette):
    """The two running totals at the end of the cumulative chart's lines."""
    from matplotlib.colors import to_hex
    from matplotlib.figure import Figure

    from networkjournal.ui.charts.drawing import CumulativeChart, Theme

    window = palette.color(QPalette.ColorRole.Window)
    theme = Theme(background=window.name(),
                  text=palette.color(QPalette.ColorRole.WindowText).name(),
                  grid=palette.color(QPalette.ColorRole.Mid).name())
    chart = CumulativeChart(Figure(), theme)
    for total in chart.totals:
        assert ratio(QColor(to_hex(total.get_color())), window) >= AA_TEXT
