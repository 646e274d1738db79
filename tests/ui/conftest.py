"""Fixtures for GUI tests: the app context, a main window ready for the keyboard, a board page."""

from __future__ import annotations

import pytest

from networkjournal.ui.common.context import AppContext
from tests.ui.helpers import activate


@pytest.fixture
def context(journal):
    return AppContext(journal)


@pytest.fixture
def window(qtbot, context):
    """The main window as a user first sees it: shown, active, and its first page built and
    shown. (When that page's code is not imported yet, the window shows "Loading…" and
    imports it on a worker thread; keyboard shortcuts of a page still hidden do nothing.)"""
    from networkjournal.ui.main_window import MainWindow

    win = MainWindow(context)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.stack.currentWidget() is win.pages.get(win.current_page_key()))
    activate(qtbot, win)
    return win


@pytest.fixture
def pipeline(qtbot, context):
    def make():
        from networkjournal.ui.pipeline.opportunities_page import PipelinePage

        page = PipelinePage(context)
        qtbot.addWidget(page)
        page.resize(1400, 700)
        page.show()
        qtbot.waitExposed(page)
        activate(qtbot, page)  # keyboard focus needs an active window
        return page

    return make
