"""Fixtures for GUI tests: the app context, a main window ready for the keyboard, a board page."""

from __future__ import annotations

import pytest

from networkjournal.ui.common.context import AppContext
from tests.ui.helpers import activate, shown_window


@pytest.fixture
def context(journal):
    return AppContext(journal)


@pytest.fixture
def window(qtbot, context):
    """The main window as a user first sees it: shown, active, and its first page built and
    shown. (When that page's code is not imported yet, the window shows "Loading…" and
    imports it on a worker thread; keyboard shortcuts of a page still hidden do nothing.)"""
    return shown_window(qtbot, context)


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
