"""Companies: who works there, the opportunities, who could introduce you; one-click next steps."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from networkjournal.core.changes import Kind
from networkjournal.core.clock import today_utc
from networkjournal.core.intro_paths import IntroPath
from networkjournal.store.companies import CompanyDetail, company_detail, list_companies
from networkjournal.ui.common.context import AppContext
from networkjournal.ui.common.labels import label
from networkjournal.ui.common.page import Page
from networkjournal.ui.common.roles import ID_ROLE, SORT_ROLE
from networkjournal.ui.common.rows_model import Column, RowsModel, compact_table
from networkjournal.ui.pipeline.opportunity_columns import opportunity_columns
from networkjournal.ui.pipeline.opportunity_dialog import OpportunityDialog


def _table(parent: QWidget, model: RowsModel, name: str, sortable: bool = False) -> QTableView:
    view = QTableView(parent)
    view.setObjectName(name)
    if sortable:
        proxy = QSortFilterProxyModel(view)
        proxy.setSourceModel(model)
        proxy.setSortRole(SORT_ROLE)
        proxy.setFilterKeyColumn(0)
        proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        view.setModel(proxy)
        view.setSortingEnabled(True)
    else:
        view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    compact_table(view)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    return view


class CompaniesPage(Page):
    """Target companies derived from contacts and opportunities (nothing extra to maintain)."""

    watches = frozenset({Kind.CONTACTS, Kind.OPPORTUNITIES, Kind.CHATS})

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.context: AppContext = context
        self._detail: CompanyDetail | None = None

        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Filter companies"))
        self.search.setClearButtonEnabled(True)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self.search,
                  context=Qt.ShortcutContext.WidgetShortcut).activated.connect(self.search.clear)
        # "Open" and "All" count opportunities; "Chatted" counts people you have talked with.
        self.companies = RowsModel([
            Column(self.tr("Company"), lambda c: c.name),
            Column(self.tr("Contacts"), lambda c: str(c.contacts), lambda c: c.contacts, True),
            Column(self.tr("Chatted"), lambda c: str(c.warm), lambda c: c.warm, True),
            Column(self.tr("Open"), lambda c: str(c.open_opportunities),
                   lambda c: c.open_opportunities, True),
            Column(self.tr("All"), lambda c: str(c.opportunities),
                   lambda c: c.opportunities, True),
        ], self)
        self.company_view = _table(self, self.companies, "companies", sortable=True)
        self.company_view.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 5):
            self.company_view.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents)
        proxy = self.company_view.model()
        assert isinstance(proxy, QSortFilterProxyModel)  # _table(sortable=True) put one there
        self.proxy = proxy
        left = QWidget(self)
        # Wide enough for every header, so "Company" is never clipped by the count columns.
        header = self.company_view.horizontalHeader()
        left.setMinimumWidth(max(header.sectionSizeHint(0), 90)
                             + sum(header.sectionSizeHint(c) for c in range(1, 5))
                             + self.company_view.verticalScrollBar().sizeHint().width()
                             + 2 * self.company_view.frameWidth() + 8)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.company_view, 1)

        right = QWidget(self)
        self.title = QLabel(right)
        self.title.setObjectName("company-title")
        self.title.setTextFormat(Qt.TextFormat.RichText)
        # Wrapped, on its own row: the empty-journal text beside the buttons forced ~1300 px.
        self.title.setWordWrap(True)
        self.new_button = QPushButton(self.tr("&New opportunity here"), right)
        self.chat_button = QPushButton(self.tr("&Log a chat with someone here"), right)
        self.chat_button.setToolTip(self.tr(
            "With the person selected below, or the closest contact at this company"))
        self.intro_button = QPushButton(self.tr("Ask for an &introduction…"), right)
        self.intro_button.setToolTip(self.tr(
            "A message to the person selected under \"Who could introduce you\", from the "
            "introduction template"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.chat_button)
        buttons.addStretch(1)
        self.people = RowsModel([
            Column(self.tr("Name"), lambda p: p.name),
            Column(self.tr("Title"), lambda p: p.title),
            Column(self.tr("Relationship"), lambda p: label("stage", p.stage)),
        ], self)
        self.opportunities = RowsModel(opportunity_columns(with_company=False), self)
        self.introducers = RowsModel([
            Column(self.tr("Name"), lambda i: i.name),
            Column(self.tr("How"), self._how, tooltip=self._how),
            Column(self.tr("Relationship"), lambda i: label("stage", i.stage)),
        ], self)
        self.people_view = _table(right, self.people, "people")
        self.opportunity_view = _table(right, self.opportunities, "opportunities")
        self.introducer_view = _table(right, self.introducers, "introducers")
        self.people_label = QLabel(right)
        self.opportunity_label = QLabel(right)
        self.introducer_label = QLabel(right)
        self.introducer_label.setToolTip(self.tr(
            "Closest relationships first: people there, the people who introduced you to "
            "them, people who worked there, and people who worked beside someone there"))
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.title)
        right_layout.addLayout(buttons)
        for caption, view in ((self.introducer_label, self.introducer_view),
                              (self.opportunity_label, self.opportunity_view),
                              (self.people_label, self.people_view)):
            if caption is self.introducer_label:  # the ask sits with the people it goes to
                row = QHBoxLayout()
                row.addWidget(caption, 1)
                row.addWidget(self.intro_button)
                right_layout.addLayout(row)
            else:
                right_layout.addWidget(caption)
            right_layout.addWidget(view, 1)

        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([360, 840])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.company_view.selectionModel().currentRowChanged.connect(lambda *_: self._show())
        self.new_button.clicked.connect(self.new_opportunity)
        self.chat_button.clicked.connect(self.log_chat)
        self.intro_button.clicked.connect(self.ask_introduction)
        self.opportunity_view.activated.connect(self._edit_opportunity)
        self.people_view.activated.connect(lambda index: self._log_chat_with(index.data(ID_ROLE)))
        self.introducer_view.activated.connect(
            lambda index: self._log_chat_with(index.data(ID_ROLE)))
        self.company_view.sortByColumn(3, Qt.SortOrder.DescendingOrder)
        self.refresh()

    # ------------------------------------------------------------------ data
    def reload(self) -> None:
        current = self.current_company()
        companies = self.context.read(list_companies)
        self.companies.set_rows(companies)
        names = [c.name for c in companies]
        row = names.index(current) if current in names else 0
        if companies:
            source = self.companies.index(row, 0)
            self.company_view.setCurrentIndex(self.proxy.mapFromSource(source))
        self._show()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def current_company(self) -> str | None:
        index = self.company_view.currentIndex()
        if not index.isValid():
            return None
        return self.companies.row_at(self.proxy.mapToSource(index).row()).name

    def _show(self) -> None:
        name = self.current_company()
        if name is None:
            self._detail = None
            self.title.setText(self.tr("<h2>No companies yet</h2>Companies appear here from "
                                       "your contacts' workplaces and your opportunities."))
            for model in (self.people, self.opportunities, self.introducers):
                model.set_rows([])
        else:
            detail = self.context.read(company_detail, name, today_utc())
            self._detail = detail
            self.title.setText(f"<h2>{_escape(name)}</h2>")
            self.people.set_rows(detail.contacts)
            self.opportunities.set_rows(detail.opportunities)
            self.introducers.set_rows(detail.introducers)
        shown = self._detail
        self.people_label.setText(self.tr("<b>People there</b> ({0})").format(
            len(shown.contacts) if shown else 0))
        self.opportunity_label.setText(self.tr("<b>Opportunities</b> ({0})").format(
            len(shown.opportunities) if shown else 0))
        self.introducer_label.setText(self.tr("<b>Who could introduce you</b> ({0})").format(
            len(shown.introducers) if shown else 0))
        self.new_button.setEnabled(shown is not None)
        self.chat_button.setEnabled(bool(shown and shown.contacts))
        self.intro_button.setEnabled(bool(shown and shown.introducers))

    def _how(self, path: IntroPath) -> str:
        """Every way they connect to the company, most direct first, in one line."""
        ways = []
        if path.works_there:
            ways.append(self.tr("Works there"))
        if path.introduced_to:
            ways.append(self.tr("introduced you to {0}").format(", ".join(path.introduced_to)))
        if path.worked_there:
            ways.append(self.tr("Worked there"))
        ways += [self.tr("worked with {0} at {1}").format(person, company)
                 for person, company in path.worked_with]
        text = "; ".join(ways)
        return text[:1].upper() + text[1:]

    # --------------------------------------------------------------- actions
    def selected_contact_id(self) -> int | None:
        """The person picked in either list, else the closest contact at the company."""
        for view in (self.people_view, self.introducer_view):
            index = view.currentIndex()
            if index.isValid() and view.selectionModel().isSelected(index):
                return index.data(ID_ROLE)
        if self._detail and self._detail.contacts:
            return self._detail.contacts[0].id
        return None

    def new_opportunity(self) -> None:
        name = self.current_company()
        if name is not None:
            OpportunityDialog.create_new(self.context, self, company=name)

    def log_chat(self) -> None:
        contact_id = self.selected_contact_id()
        if contact_id is not None:
            self._log_chat_with(contact_id)

    def ask_introduction(self) -> None:
        """The closest introducer (or the one selected), asked with the template."""
        from networkjournal.ui.chats.dialog import ChatDialog

        index = self.introducer_view.currentIndex()
        if index.isValid() and self.introducer_view.selectionModel().isSelected(index):
            contact_id = index.data(ID_ROLE)
        elif self._detail and self._detail.introducers:
            contact_id = self._detail.introducers[0].id
        else:
            return
        ChatDialog.log_new(self.context, contact_id, self, template="ask_introduction",
                           values={"company": self.current_company() or ""})

    def _log_chat_with(self, contact_id: int | None) -> None:
        from networkjournal.ui.chats.dialog import ChatDialog

        ChatDialog.log_new(self.context, contact_id, self)

    def _edit_opportunity(self, index: QModelIndex) -> None:
        OpportunityDialog.edit(self.context, index.data(ID_ROLE), self)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
