"""The pages of the window: their key, title, where their code lives, their shortcut."""

from __future__ import annotations

from dataclasses import dataclass


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark a string for lupdate; it is translated where it is shown."""
    return text


@dataclass(frozen=True)
class PageSpec:
    """A page of the window, created the first time it is shown (start-up stays fast)."""

    key: str
    title: str  # translated in context "MainWindow" when shown
    module: str
    cls: str
    shortcut: str


PAGES: list[PageSpec] = [
    PageSpec("today", QT_TRANSLATE_NOOP("MainWindow", "Today"),
             "networkjournal.ui.today.page", "TodayPage", "Ctrl+0"),
    PageSpec("contacts", QT_TRANSLATE_NOOP("MainWindow", "Contacts"),
             "networkjournal.ui.contacts.page", "ContactsPage", "Ctrl+1"),
    PageSpec("chats", QT_TRANSLATE_NOOP("MainWindow", "Chat log"),
             "networkjournal.ui.chats.page", "ChatLogPage", "Ctrl+2"),
    PageSpec("pipeline", QT_TRANSLATE_NOOP("MainWindow", "Pipeline"),
             "networkjournal.ui.pipeline.opportunities_page", "PipelinePage", "Ctrl+3"),
    PageSpec("relationships", QT_TRANSLATE_NOOP("MainWindow", "Relationships"),
             "networkjournal.ui.pipeline.relationships_page", "RelationshipBoardPage",
             "Ctrl+4"),
    PageSpec("companies", QT_TRANSLATE_NOOP("MainWindow", "Companies"),
             "networkjournal.ui.companies.page", "CompaniesPage", "Ctrl+5"),
    PageSpec("charts", QT_TRANSLATE_NOOP("MainWindow", "Charts"),
             "networkjournal.ui.charts.page", "ChartsPage", "Ctrl+6"),
]
