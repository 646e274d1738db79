"""A contact's opportunities: the ones they are the referrer of and the ones at their company."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from networkjournal.core.changes import Kind
from networkjournal.core.clock import today_utc
from networkjournal.core.pipeline import company_key
from networkjournal.core.vocabulary import Channel
from networkjournal.store.contact_views import contact_opportunities
from networkjournal.store.opportunities import OpportunityRow
from networkjournal.ui.common.context import AppContext
from networkjournal.ui.common.page import Page
from networkjournal.ui.common.roles import ID_ROLE
from networkjournal.ui.common.rows_model import Column, RowsModel, compact_table
from networkjournal.ui.pipeline.opportunity_columns import opportunity_columns
from networkjournal.ui.pipeline.opportunity_dialog import OpportunityDialog


class ContactOpportunitiesPanel(Page):
    """Embeddable in a contact's view; follows the opportunities by itself."""

    watches = frozenset({Kind.OPPORTUNITIES, Kind.CONTACTS})

    def __init__(self, context: AppContext, contact_id: int | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.context: AppContext = context
        self.contact_id = contact_id
        self._company = ""
        self._referred: set[int] = set()
        self.caption = QLabel(self)
        self.caption.setObjectName("caption")
        self.new_button = QPushButton(self.tr("New opportunity…"), self)
        self.new_button.setToolTip(self.tr("An opportunity at their company, referred by them"))
        head = QHBoxLayout()
        head.addWidget(self.caption, 1)
        head.addWidget(self.new_button)
        columns = opportunity_columns()
        columns.insert(1, Column(self.tr("Why it's here"), self._why))
        self.model = RowsModel(columns, self)
        self.view = QTableView(self)
        self.view.setObjectName("opportunities")
        self.view.setModel(self.model)
        compact_table(self.view)
        self.view.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel(self.tr("No opportunity through them or at their company yet."),
                            self)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty)
        self.view.activated.connect(
            lambda index: OpportunityDialog.edit(self.context, index.data(ID_ROLE), self))
        self.new_button.clicked.connect(self.new_opportunity)
        self.refresh()

    def set_contact_id(self, contact_id: int | None) -> None:
        self.contact_id = contact_id
        self.refresh()

    def reload(self) -> None:
        rows: list[tuple[OpportunityRow, bool]] = []
        self._company = ""
        if self.contact_id is not None:
            self._company, rows = self.context.read(contact_opportunities, self.contact_id,
                                                    today_utc())
        self._referred = {row.id for row, referred in rows if referred}
        self.model.set_rows([row for row, _ in rows])
        self.caption.setText(self.tr("<b>Opportunities</b> ({0})").format(len(rows)))
        self.view.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        self.new_button.setEnabled(self.contact_id is not None)

    def _why(self, row: OpportunityRow) -> str:
        """Their part in it: only a referral-channel opportunity is "referred"."""
        reasons = []
        if row.id in self._referred:
            if row.channel == Channel.REFERRAL:
                reasons.append(self.tr("Referred you"))
            else:
                reasons.append(self.tr("Through them"))  # networking, recruiter: not a referral
        if company_key(row.company) and company_key(row.company) == company_key(self._company):
            reasons.append(self.tr("At their company"))
        return "; ".join(reasons) if reasons else self.tr("At their company")

    def new_opportunity(self) -> None:
        if self.contact_id is not None:
            OpportunityDialog.create_new(self.context, self, company=self._company,
                                         referrer_id=self.contact_id)
