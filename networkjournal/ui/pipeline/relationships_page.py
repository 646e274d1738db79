"""The relationship board: contacts by relationship stage; a drag is a recorded manual move."""

from __future__ import annotations

from datetime import timedelta
from functools import partial

from PySide6.QtCore import QCoreApplication, QPoint, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QVBoxLayout, QWidget

from networkjournal.core.changes import Changes, Kind
from networkjournal.core.clock import today_utc
from networkjournal.core.pipeline import days_in_stage
from networkjournal.core.vocabulary import RELATIONSHIP_ORDER
from networkjournal.ops.relationships import move_contacts
from networkjournal.store.relationship_cards import RelationshipRow, relationship_rows
from networkjournal.ui.common.background import run_in_background
from networkjournal.ui.common.context import AppContext
from networkjournal.ui.common.labels import days_text, label
from networkjournal.ui.common.page import few_touched
from networkjournal.ui.pipeline.board import ColumnSpec, KanbanBoard
from networkjournal.ui.pipeline.board_model import BoardModel, CardAdapter, CardText
from networkjournal.ui.pipeline.board_page import BoardPage, newest_first

# Each column shows its most recently moved contacts first; more on demand or via the filter.
COLUMN_LIMIT = 200


class RelationshipCards(CardAdapter):
    def __init__(self) -> None:
        self.today = today_utc()

    def column(self, item: RelationshipRow) -> str:
        return item.stage

    def sort_key(self, item: RelationshipRow) -> tuple[timedelta, int]:
        return newest_first(item.since, item.id)

    def text(self, item: RelationshipRow) -> CardText:
        where = " · ".join(part for part in (item.title, item.company) if part)
        return CardText(
            title=item.name or QCoreApplication.translate("RelationshipBoardPage", "(no name)"),
            subtitle=item.title or "—",
            detail=item.company,
            badge=label("source", item.source),
            footer=days_text(days_in_stage(item.since, self.today)),
            tooltip=f"<b>{item.name}</b><br>{where}",
        )


class RelationshipBoardPage(BoardPage):
    """identified → request sent → connected → chat planned → chatted → advocate.

    Contacts load on a worker thread (30,000 rows take a few hundred ms to read),
    then every change moves single cards in place.
    """

    loaded = Signal()
    watches = frozenset({Kind.CONTACTS, Kind.CHATS})

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, QCoreApplication.translate(
            "RelationshipBoardPage", "Filter by name, company or title"), parent)
        hint = QLabel(self.tr("Logging chats moves people forward by itself; drag a card to "
                              "correct a stage by hand."), self)
        hint.setWordWrap(True)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(hint, 2)
        self.cards = RelationshipCards()
        self.model = BoardModel([s.value for s in RELATIONSHIP_ORDER], self.cards, self,
                                limit=COLUMN_LIMIT)
        specs = [ColumnSpec(s.value, label("stage", s)) for s in RELATIONSHIP_ORDER]
        self.board = KanbanBoard(self.model, specs, name="relationships",
                                 empty_text=self.tr("Nobody here yet"), parent=self)
        self.loading = QLabel(self.tr("Loading contacts…"), self)
        self.loading.setObjectName("loading")
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.loading)
        layout.addWidget(self.board, 1)
        self._generation = 0
        self._reading = False
        self.is_loaded = False

        # Typing in a 30,000-contact board filters after a short pause, not on every key.
        self._filter_timer = QTimer(self, singleShot=True, interval=150)
        self._filter_timer.timeout.connect(self._apply_filter)
        self.search.textChanged.connect(lambda _t: self._filter_timer.start())
        self.board.move_requested.connect(self.move_cards)
        self.board.card_activated.connect(self.edit_contact)
        self.board.context_requested.connect(self._context_menu)
        self.refresh()

    def reload(self) -> None:
        """Read every active contact off the UI thread; the newest request wins."""
        self._generation += 1
        generation = self._generation
        self._reading = True
        fetch = self.context.reader(relationship_rows)
        self.loading.setVisible(True)
        run_in_background(lambda _progress: fetch(), lambda rows: self._loaded(generation, rows),
                          parent=self, show_dialog=False)

    def _loaded(self, generation: int, rows: list[RelationshipRow]) -> None:
        if generation != self._generation:
            return  # a newer reload is on its way
        self._reading = False
        self._mark_loaded()
        self.cards.today = today_utc()
        self.model.set_items(rows)
        self.loading.setVisible(False)
        self.is_loaded = True
        self.loaded.emit()

    def apply(self, changes: list[Changes]) -> bool:
        """Move or drop only the cards of the people the changes name."""
        touched = few_touched(changes)
        if (touched is None or not self.is_loaded or self._reading
                or self._loaded_on != today_utc()):  # days in stage moved on: read all
            return False  # (a read under way would put back rows from before the change)
        if touched:
            fresh = self.context.read(relationship_rows, touched)
            for contact_id in touched - {row.id for row in fresh}:
                self.model.remove(contact_id)  # deleted or archived
            for row in fresh:
                self.model.upsert(row)
        return True

    def selected_contact_id(self) -> int | None:
        return self.board.current_card_id()

    def _apply_filter(self) -> None:
        self.model.set_filter(self._text_filter(lambda r: f"{r.name} {r.company} {r.title}"))

    def move_cards(self, ids: list[int], stage: str) -> None:
        """One transaction: each contact moved by hand, with the change kept in its history."""
        changes = self.context.operations.perform(move_contacts, ids, stage, initiator=self,
                                                  parent=self, error_title=self.tr("Cannot move"))
        if changes is None or self._reading:
            # Refused: the card goes back where the journal has it. Or a read is under way,
            # which would put the card back: read again, after the move.
            self.refresh()
            return
        for row in self.context.read(relationship_rows, ids):
            self.model.upsert(row)

    def edit_contact(self, contact_id: int) -> None:
        from networkjournal.ui.contacts.dialog import ContactDialog

        ContactDialog(self.context, contact_id, parent=self).exec()

    def log_chat(self, contact_id: int) -> None:
        from networkjournal.ui.chats.dialog import ChatDialog

        ChatDialog.log_new(self.context, contact_id, self)

    def _context_menu(self, contact_id: int, where: QPoint) -> None:
        row = self.model.item(contact_id)
        if row is None:
            return
        menu = QMenu(self)
        menu.addAction(self.tr("&Log a chat…"), lambda: self.log_chat(contact_id))
        menu.addAction(self.tr("&Edit contact…"), lambda: self.edit_contact(contact_id))
        move_to = menu.addMenu(self.tr("&Move to"))
        for stage in RELATIONSHIP_ORDER:
            action = move_to.addAction(
                label("stage", stage),
                partial(self.board.request_move, [contact_id], stage.value))
            action.setEnabled(stage.value != row.stage)
        menu.exec(where)
