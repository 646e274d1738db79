"""The main window stays usable on a 960 px wide screen, with every page built, full or empty,
in English and in French (longer words)."""

from __future__ import annotations

import pytest

from networkjournal.ops.transfer import build_demo
from networkjournal.ui.common.context import AppContext

SMALL_SCREEN_WIDTH = 960


def open_every_page(qtbot, journal, sample: bool, language: str = "en"):
    """A 960 px main window with every page of PAGES built; returns (window, {key: min width})."""
    from PySide6.QtCore import QCoreApplication

    from networkjournal.ui.common.i18n import install_translation
    from networkjournal.ui.main_window import PAGES, MainWindow

    install_translation(QCoreApplication.instance(), language)  # undone after each test
    if sample:
        build_demo(journal)
    window = MainWindow(AppContext(journal))
    qtbot.addWidget(window)
    window.resize(SMALL_SCREEN_WIDTH, 700)
    window.show()
    qtbot.waitExposed(window)
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
