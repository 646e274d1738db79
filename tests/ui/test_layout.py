"""The main window stays usable on a 960 px wide screen, with every page built, full or empty,
in English and in French (longer words)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from networkjournal.ops.transfer import build_demo
from networkjournal.ui.common.context import AppContext

SMALL_SCREEN_WIDTH = 960
PIPELINE_OPEN = ("interested", "applied", "screening", "interviewing", "offer")


def small_window(qtbot, journal, sample: bool, language: str, height: int):
    """The main window, 960 px wide, shown in ``language`` (on the sample journal or not)."""
    from PySide6.QtCore import QCoreApplication

    from networkjournal.ui.common.i18n import install_translation
    from networkjournal.ui.main_window import MainWindow

    install_translation(QCoreApplication.instance(), language)  # undone after each test
    if sample:
        build_demo(journal)
    window = MainWindow(AppContext(journal))
    qtbot.addWidget(window)
    window.resize(SMALL_SCREEN_WIDTH, height)
    window.show()
    qtbot.waitExposed(window)
    return window


def open_every_page(qtbot, journal, sample: bool, language: str = "en"):
    """A 960 px main window with every page of PAGES built; returns (window, {key: min width})."""
    from networkjournal.ui.main_window import PAGES

    window = small_window(qtbot, journal, sample, language, 700)
    widths = {}
    for spec in PAGES:
        page = window.show_page(spec.key)
        if getattr(page, "is_loaded", None) is not None:  # filled from a worker thread
            qtbot.waitUntil(lambda page=page: page.is_loaded)
        qtbot.wait(10)  # first loads delivered through the event loop
        widths[spec.key] = page.minimumSizeHint().width()
    return window, widths


@pytest.mark.parametrize("language", ["en", "fr"])
@pytest.mark.parametrize("sample", [False, True], ids=["empty", "sample"])
def test_each_page_fits_beside_the_navigation_at_960_px(qtbot, journal, sample, language):
    window, widths = open_every_page(qtbot, journal, sample, language)
    room = SMALL_SCREEN_WIDTH - window.nav.width()
    too_wide = {key: width for key, width in widths.items() if width > room}
    assert too_wide == {}, f"pages wider than a {SMALL_SCREEN_WIDTH} px window allows: {too_wide}"


@pytest.mark.parametrize("language", ["en", "fr"])
@pytest.mark.parametrize("sample", [False, True], ids=["empty", "sample"])
def test_main_window_with_every_page_fits_960_px(qtbot, journal, sample, language):
    window, _widths = open_every_page(qtbot, journal, sample, language)
    assert window.minimumSizeHint().width() <= SMALL_SCREEN_WIDTH


def _in_view(widget, viewport) -> bool:
    """``widget`` lies wholly inside ``viewport`` (a scroll area's visible part)."""
    from PySide6.QtCore import QPoint

    left = widget.mapTo(viewport, QPoint(0, 0)).x()
    return left >= 0 and left + widget.width() <= viewport.width()


@pytest.mark.parametrize("language", ["en", "fr"])
def test_what_a_user_reads_is_in_view_in_a_960_by_600_window(qtbot, journal, language):
    """At 960×600 with the sample: the contacts' name, company, stage and next follow-up,
    every open stage of the pipeline and the closed strip, and a readable chat summary are
    on screen without scrolling sideways; a date is never cut ("17 No")."""
    window = small_window(qtbot, journal, True, language, 600)
    contacts = window.show_page("contacts")
    qtbot.waitUntil(lambda: contacts.model.rowCount() > 0)
    table = contacts.table
    fm = table.fontMetrics()
    for column in range(4):
        right = table.columnViewportPosition(column) + table.columnWidth(column)
        assert right <= table.viewport().width(), contacts.model.headerData(
            column, Qt.Orientation.Horizontal)
    dates = [table.model().index(row, 3).data() for row in range(table.model().rowCount())]
    assert max(fm.horizontalAdvance(text) for text in dates if text) < table.columnWidth(3)
    header = contacts.model.headerData(3, Qt.Orientation.Horizontal)
    assert table.horizontalHeader().fontMetrics().horizontalAdvance(header) < table.columnWidth(3)

    board = window.show_page("pipeline").board
    frames = [board._frames[key] for key in PIPELINE_OPEN] + [board.strip]  # + closed strip
    qtbot.waitUntil(lambda: all(_in_view(frame, board.viewport()) for frame in frames))

    chats = window.show_page("chats")
    assert chats.table.columnWidth(4) >= 140  # the summary: more than a word
