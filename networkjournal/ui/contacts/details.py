"""The panel beside the contacts table: who the selected person is and your chats with them."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from networkjournal.core.changes import Kind
from networkjournal.store.contact_views import contact_card
from networkjournal.ui.chats.page import ChatLogWidget
from networkjournal.ui.common.context import AppContext
from networkjournal.ui.common.labels import label
from networkjournal.ui.common.page import Page
from networkjournal.ui.contacts.opportunities import ContactOpportunitiesPanel


class ContactDetails(Page):
    """Reloads the header when contacts change; the chats and opportunities follow themselves."""

    watches = frozenset({Kind.CONTACTS})

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.context: AppContext = context
        self.contact_id: int | None = None
        self.header = QLabel()
        self.header.setObjectName("contactHeader")
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.header.setOpenExternalLinks(True)
        self.header.setWordWrap(True)
        self.header.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.header.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.chats = ChatLogWidget(context, self, compact=True)
        self.tabs = QTabWidget()
        self.opportunities = ContactOpportunitiesPanel(context, None, self)
        self.tabs.addTab(self.chats, self.tr("Chats"))
        self.tabs.addTab(self.opportunities, self.tr("Opportunities"))
        # Long notes scroll inside a bounded header instead of squeezing the chats away,
        # and a very long word cannot widen the window.
        self.header.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.header_area = QScrollArea()
        self.header_area.setWidget(self.header)
        self.header_area.setWidgetResizable(True)
        self.header_area.setFrameShape(QFrame.Shape.NoFrame)
        self.header_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.addWidget(self.header_area)
        layout.addWidget(self.tabs, 1)
        self.set_contact(None)

    def set_contact(self, contact_id: int | None) -> None:
        self.contact_id = contact_id
        self.chats.set_contact(contact_id)
        self.opportunities.set_contact_id(contact_id)
        self.refresh()
        self.tabs.setEnabled(contact_id is not None)

    def reload(self) -> None:
        self._refresh_header()

    def _refresh_header(self) -> None:
        if self.contact_id is None:
            self.header.setText(
                "<p style='color: gray'>"
                + escape(self.tr("Select a contact to see your chats with them."))
                + "</p>"
            )
            self._fit_header()
            return
        contact = self.context.read(contact_card, self.contact_id)
        if contact is None:
            self.set_contact(None)
            return
        parts = [f"<h2 style='margin-bottom:2px'>{escape(contact.name)}</h2>"]
        role = " · ".join(escape(x) for x in (contact.title, contact.company) if x)
        if role:
            parts.append(f"<div>{role}</div>")
        facts = [escape(label("stage", contact.stage)), escape(label("source", contact.source))]
        if contact.introducer:
            facts.append(escape(self.tr("introduced by {name}").format(name=contact.introducer)))
        parts.append(f"<div style='color: gray'>{' · '.join(facts)}</div>")
        links = []
        if contact.email:
            links.append(f"<a href='mailto:{escape(contact.email)}'>{escape(contact.email)}</a>")
        if contact.phone:
            links.append(escape(contact.phone))
        if contact.linkedin_url:
            links.append(f"<a href='{escape(contact.linkedin_url)}'>LinkedIn</a>")
        if links:
            parts.append("<div>" + " · ".join(links) + "</div>")
        if contact.research_notes:
            parts.append(
                "<p><b>"
                + escape(self.tr("Research"))
                + "</b><br>"
                + escape(contact.research_notes).replace("\n", "<br>")
                + "</p>"
            )
        if contact.notes:
            parts.append("<p>" + escape(contact.notes).replace("\n", "<br>") + "</p>")
        self.header.setText("".join(parts))
        self._fit_header()

    def _fit_header(self) -> None:
        """As tall as the header needs, up to a third of the panel; beyond that it scrolls."""
        width = max(self.header_area.viewport().width(), 100)
        needed = self.header.heightForWidth(width) + 4
        limit = max(self.height() // 3, 120)
        self.header_area.setFixedHeight(min(needed, limit))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_header()
