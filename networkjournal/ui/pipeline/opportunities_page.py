"""The opportunities board: a card per opportunity in its stage's column, filters, stale marking."""

from __future__ import annotations

from datetime import timedelta
from functools import partial

from PySide6.QtCore import QCoreApplication, QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from networkjournal.core.changes import Kind
from networkjournal.core.clock import today_utc
from networkjournal.core.pipeline import BOARD_ORDER, CLOSED_STAGES, WAITING_STAGES
from networkjournal.core.vocabulary import Channel, OpportunityStage
from networkjournal.ops import opportunities as ops
from networkjournal.ops.settings import set_stale_days
from networkjournal.store.opportunities import OpportunityRow, board_rows, get_stale_days
from networkjournal.ui.common.context import AppContext
from networkjournal.ui.common.dates import show_date
from networkjournal.ui.common.labels import choices, days_text, label
from networkjournal.ui.pipeline.board import ColumnSpec, KanbanBoard
from networkjournal.ui.pipeline.board_model import BoardModel, CardAdapter, CardText
from networkjournal.ui.pipeline.board_page import BoardPage, newest_first

# Beyond this many cards a column shows the most recently moved, with "+N more".
COLUMN_LIMIT = 150
CHANNEL_COLORS: dict[str, str] = {
    Channel.REFERRAL: "#2e8b57",
    Channel.NETWORKING: "#2f6fb5",
    Channel.RECRUITER: "#8a4fbf",
    Channel.COLD_APPLICATION: "#7a7a7a",
}


translate = QCoreApplication.translate


class OpportunityCards(CardAdapter):
    """How an OpportunityRow reads as a card: newest move on top of its column."""

    def column(self, item: OpportunityRow) -> str:
        return item.stage

    def sort_key(self, item: OpportunityRow) -> tuple[timedelta, int]:
        return newest_first(item.since, item.id)

    def text(self, item: OpportunityRow) -> CardText:
        days = days_text(item.days_in_stage)
        channel = label("channel", item.channel)
        tip = [f"<b>{item.company}</b> — {item.role}" if item.role else f"<b>{item.company}</b>",
               channel]
        if item.referrer_name:
            tip.append(translate("PipelinePage", "Referrer: {0}").format(item.referrer_name))
        tip.append(translate("PipelinePage", "{stage} for {days}").format(
            stage=label("opportunity_stage", item.stage), days=days))
        if item.applied_on:
            tip.append(
                translate("PipelinePage", "Applied on {0}").format(show_date(item.applied_on)))
        if item.stale:
            tip.append(
                translate("PipelinePage", "No news for a while: follow up, or mark it ghosted."))
        return CardText(
            title=item.company,
            subtitle=item.role or "—",
            detail=(translate("PipelinePage", "via {0}").format(item.referrer_name)
                    if item.referrer_name else ""),
            badge=channel,
            badge_color=CHANNEL_COLORS.get(item.channel, ""),
            footer=days,
            warning=translate("PipelinePage", "Stale") if item.stale else "",
            tooltip="<br>".join(tip),
        )


class PipelinePage(BoardPage):
    """Opportunities by stage; a drag or Ctrl+Left/Right is one recorded stage change."""

    watches = frozenset({Kind.OPPORTUNITIES, Kind.CONTACTS})  # referrers' names on cards

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            context, translate("PipelinePage", "Filter by company, role or referrer"), parent)
        self.channel = QComboBox(self)
        self.channel.setObjectName("channel-filter")
        self.channel.addItem(self.tr("All channels"), "")
        for value, text in choices("channel"):
            self.channel.addItem(text, value)
        self.stale_days = QSpinBox(self)
        self.stale_days.setObjectName("stale-days")
        self.stale_days.setRange(1, 365)
        self.stale_days.setSuffix(self.tr(" days"))
        self.stale_days.setToolTip(self.tr("Cards waiting on a company this long are marked stale"))
        self.stale_label = QLabel(self)
        self.ghost_button = QPushButton(self.tr("Mark &ghosted"), self)
        self.ghost_button.setToolTip(self.tr("Move the selected card to Ghosted"))
        self.ghost_all_button = QPushButton(self)
        self.new_button = QPushButton(self.tr("&New opportunity"), self)
        self.new_button.setToolTip(self.tr("New opportunity (Ctrl+Shift+N)"))

        # Two rows: on one, the filter field shrank to a few letters in a 960 px window.
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.channel)
        bar.addWidget(self.new_button)
        stale_bar = QHBoxLayout()
        stale_bar.addWidget(QLabel(self.tr("Stale after"), self))
        stale_bar.addWidget(self.stale_days)
        stale_bar.addWidget(self.stale_label)
        stale_bar.addWidget(self.ghost_all_button)
        stale_bar.addStretch(1)
        stale_bar.addWidget(self.ghost_button)

        self.model = BoardModel([s.value for s in BOARD_ORDER], OpportunityCards(), self,
                                limit=COLUMN_LIMIT)
        specs = [ColumnSpec(s.value, label("opportunity_stage", s)) for s in BOARD_ORDER]
        self.board = KanbanBoard(self.model, specs, name="pipeline",
                                 collapsible=[s.value for s in CLOSED_STAGES],
                                 empty_text=self.tr("Drop a card here"), parent=self)
        self.empty = QLabel(self.tr(
            "<b>No opportunities yet.</b> Add the roles you are curious about — the ones your "
            "contacts mention first. Drag a card to the next column as it moves along."), self)
        self.empty.setObjectName("empty")
        self.empty.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(stale_bar)
        layout.addWidget(self.empty)
        layout.addWidget(self.board, 1)

        self.action_new = QAction(self.tr("New opportunity"), self)
        self.action_new.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.action_new.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.action_new.triggered.connect(self.new_opportunity)
        self.addAction(self.action_new)

        self._stale_timer = QTimer(self, singleShot=True, interval=300)
        self._stale_timer.timeout.connect(self._save_stale_days)
        self.search.textChanged.connect(self._apply_filter)
        self.channel.currentIndexChanged.connect(self._apply_filter)
        self.stale_days.valueChanged.connect(lambda _v: self._stale_timer.start())
        self.new_button.clicked.connect(self.new_opportunity)
        self.ghost_button.clicked.connect(self.mark_selected_ghosted)
        self.ghost_all_button.clicked.connect(self.mark_all_stale_ghosted)
        self.board.move_requested.connect(self.move_cards)
        self.board.card_activated.connect(self.edit)
        self.board.delete_requested.connect(self.delete)
        self.board.context_requested.connect(self._context_menu)
        self.board.current_changed.connect(lambda _id: self._update_buttons())
        self.model.counts_changed.connect(self._update_buttons)

        self.refresh()

    def _show_stale_days(self) -> None:
        self.stale_days.blockSignals(True)
        self.stale_days.setValue(self.context.read(get_stale_days))
        self.stale_days.blockSignals(False)

    # ------------------------------------------------------------------ data
    def reload(self) -> None:
        if not self._stale_timer.isActive():  # the setting may have changed (Settings)
            self._show_stale_days()
        rows = self.context.read(board_rows, today_utc(), self.stale_days.value())
        self._mark_loaded()
        self.model.set_items(rows)
        self.empty.setVisible(not rows)

    def _apply_filter(self) -> None:
        channel = self.channel.currentData()
        text = self._text_filter(lambda row: f"{row.company} {row.role} {row.referrer_name}")
        if not channel and text is None:
            self.model.set_filter(None)
            return

        def accepts(row: OpportunityRow) -> bool:
            return (not channel or row.channel == channel) and (text is None or text(row))

        self.model.set_filter(accepts)  # counts_changed: the stale count follows the filter

    # --------------------------------------------------------------- actions
    def move_cards(self, ids: list[int], stage: str) -> None:
        """One transaction for the move; then the cards move in place (no reload)."""
        changes = self.context.operations.perform(
            ops.move_opportunities, ids, stage, initiator=self, parent=self,
            error_title=self.tr("Cannot move"))
        if changes is None:
            self.refresh()  # the card goes back where the journal has it
            return
        for row in self.context.read(board_rows, today_utc(), self.stale_days.value(), ids):
            self.model.upsert(row)

    def new_opportunity(self) -> None:
        from networkjournal.ui.pipeline.opportunity_dialog import (
            OpportunityDialog,  # first use only
        )

        new_id = OpportunityDialog.create_new(self.context, self)
        if new_id is not None:
            self.board.select_card(new_id)

    def edit(self, opportunity_id: int) -> None:
        from networkjournal.ui.pipeline.opportunity_dialog import OpportunityDialog

        if OpportunityDialog.edit(self.context, opportunity_id, self):
            self.board.select_card(opportunity_id)

    def delete(self, opportunity_id: int) -> None:
        row = self.model.item(opportunity_id)
        if row is None:
            return
        # Destructive: Enter must mean No.
        buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
        answer = QMessageBox.question(
            self, self.tr("Delete opportunity"),
            self.tr("Delete {company} — {role} and its stage history?").format(
                company=row.company, role=row.role or self.tr("no role")),
            buttons, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        if self.context.operations.perform(ops.delete_opportunity, opportunity_id,
                                           initiator=self, parent=self) is None:
            return
        self.model.remove(opportunity_id)
        self.empty.setVisible(not self.model.items())

    def mark_selected_ghosted(self) -> None:
        card = self.board.current_card_id()
        if card is not None:
            self.move_cards([card], OpportunityStage.GHOSTED.value)

    def shown_stale_ids(self) -> list[int]:
        """Stale cards the filter lets through: only those are counted and marked ghosted."""
        accepts = self.model.filter()
        return [row.id for row in self.model.items()
                if row.stale and (accepts is None or accepts(row))]

    def mark_all_stale_ghosted(self) -> None:
        stale = self.shown_stale_ids()
        if not stale:
            return
        question = (self.tr("Move 1 stale opportunity to Ghosted?") if len(stale) == 1
                    else self.tr("Move {n} stale opportunities to Ghosted?").format(n=len(stale)))
        answer = QMessageBox.question(
            self, self.tr("Mark stale opportunities ghosted"),
            question + " " + self.tr("Each move is kept in its history; drag a card back if "
                                     "they write again."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            self.move_cards(stale, OpportunityStage.GHOSTED.value)

    def _save_stale_days(self) -> None:
        self.context.operations.perform(set_stale_days, self.stale_days.value(),
                                        initiator=self, parent=self)
        self.refresh()

    def _update_buttons(self) -> None:
        card = self.board.current_card_id()
        row = self.model.item(card) if card is not None else None
        self.ghost_button.setEnabled(row is not None and row.stage in WAITING_STAGES)
        stale = len(self.shown_stale_ids())
        self.stale_label.setText(self.tr("{n} stale").format(n=stale) if stale else "")
        self.ghost_all_button.setVisible(stale > 0)
        self.ghost_all_button.setText(self.tr("Mark stale ghosted…"))

    def _context_menu(self, opportunity_id: int, where: QPoint) -> None:
        row = self.model.item(opportunity_id)
        if row is None:
            return
        menu = QMenu(self)
        menu.addAction(self.tr("&Edit…"), lambda: self.edit(opportunity_id))
        move_to = menu.addMenu(self.tr("&Move to"))
        for stage in BOARD_ORDER:
            action = move_to.addAction(label("opportunity_stage", stage),
                                       partial(self.board.request_move, [opportunity_id],
                                               stage.value))
            action.setEnabled(stage.value != row.stage)
        ghost = menu.addAction(self.tr("Mark &ghosted"), lambda: self.move_cards(
            [opportunity_id], OpportunityStage.GHOSTED.value))
        ghost.setEnabled(row.stage in WAITING_STAGES)
        menu.addSeparator()
        menu.addAction(self.tr("&Delete…"), lambda: self.delete(opportunity_id))
        menu.exec(where)
