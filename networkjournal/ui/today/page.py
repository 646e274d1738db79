"""The Today page: follow-ups, chats to hold or close, thank-yous, people to keep in touch
with, unanswered requests and stale opportunities; Done, Snooze or open each."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from networkjournal.core.changes import Changes, Kind
from networkjournal.core.today import Due, DueItem, due_items
from networkjournal.ops import today as ops
from networkjournal.store.today import today_facts
from networkjournal.ui.common.background import run_in_background
from networkjournal.ui.common.context import AppContext
from networkjournal.ui.common.dates import local_to_utc, show_date
from networkjournal.ui.common.feedback import widget_shortcut
from networkjournal.ui.common.i18n import QT_TRANSLATE_NOOP
from networkjournal.ui.common.page import Page
from networkjournal.ui.common.rows_model import Column, RowsModel, compact_table
from networkjournal.ui.common.theme import DANGER
from networkjournal.ui.today.when_dialog import ask_day, ask_moment


def _tr(text: str) -> str:
    return QCoreApplication.translate("TodayPage", text)


WHAT = {
    Due.CLOSE_CHAT: QT_TRANSLATE_NOOP("TodayPage",
                                      "Did this chat happen? Done, reschedule or cancel it"),
    Due.CHAT_TODAY: QT_TRANSLATE_NOOP("TodayPage", "Chat today"),
    Due.FOLLOW_UP: QT_TRANSLATE_NOOP("TodayPage", "Follow up"),
    Due.THANK_YOU: QT_TRANSLATE_NOOP("TodayPage", "Send a thank-you"),
    Due.KEEP_IN_TOUCH: QT_TRANSLATE_NOOP("TodayPage", "Keep in touch"),
    Due.PENDING_REQUEST: QT_TRANSLATE_NOOP("TodayPage",
                                           "No answer to your connection request yet"),
    Due.STALE: QT_TRANSLATE_NOOP("TodayPage", "No news: follow up, or mark it ghosted"),
}


def local_today() -> date:
    return date.today()


class TodayPage(Page):
    """Everything due on or before today, oldest first."""

    watches = frozenset({Kind.CHATS, Kind.CONTACTS, Kind.OPPORTUNITIES, Kind.SETTINGS})
    count_changed = Signal(int)
    open_contact_requested = Signal(int)
    open_pipeline_requested = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.context: AppContext = context
        self.today = local_today()
        self._count_generation = 0
        self.title = QLabel(self)
        self.model = RowsModel([
            Column(self.tr("When"), self._when, sort=lambda item: item.day,
                   color=lambda item: DANGER if item.overdue(self.today) else ""),
            Column(self.tr("What"), lambda item: _tr(WHAT[item.kind])),
            Column(self.tr("Who"), lambda item: item.name),
        ], self)
        self.table = QTableView(self)
        self.table.setObjectName("today")
        self.table.setModel(self.model)
        compact_table(self.table)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel(self.tr(
            "<b>Nothing due today.</b> A good day to reach out to someone new: a short, "
            "personal note, no request for their time yet."), self)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.done_button = QPushButton(self.tr("&Done"), self)
        self.done_button.setToolTip(self.tr("Do what the item asks (Enter)"))
        self.day_button = QPushButton(self.tr("Snooze a &day"), self)
        self.week_button = QPushButton(self.tr("Snooze a &week"), self)
        self.until_button = QPushButton(self.tr("Snooze &until…"), self)
        self.until_button.setToolTip(self.tr("Hide it until a day you choose (Ctrl+U)"))
        self.reschedule_button = QPushButton(self.tr("&Reschedule…"), self)
        self.reschedule_button.setToolTip(self.tr("Move the chat to another day (Ctrl+R)"))
        self.cancel_button = QPushButton(self.tr("&Cancel the chat"), self)
        self.open_button = QPushButton(self.tr("&Open"), self)
        buttons = QHBoxLayout()
        for button in (self.done_button, self.day_button, self.week_button, self.until_button,
                       self.reschedule_button, self.cancel_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self.title)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)
        layout.addLayout(buttons)
        self.done_button.clicked.connect(self.mark_done)
        self.day_button.clicked.connect(lambda: self.snooze(1))
        self.week_button.clicked.connect(lambda: self.snooze(7))
        self.until_button.clicked.connect(self.snooze_until)
        self.reschedule_button.clicked.connect(self.reschedule)
        self.cancel_button.clicked.connect(self.cancel_chat)
        self.open_button.clicked.connect(self.open_selected)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        widget_shortcut(QKeySequence(Qt.Key.Key_Return), self.table, self.mark_done)
        widget_shortcut(QKeySequence("Ctrl+D"), self.table, lambda: self.snooze(1))
        widget_shortcut(QKeySequence("Ctrl+W"), self.table, lambda: self.snooze(7))
        widget_shortcut(QKeySequence("Ctrl+U"), self.table, self.snooze_until)
        widget_shortcut(QKeySequence("Ctrl+R"), self.table, self.reschedule)
        self.refresh()

    # ------------------------------------------------------------------ data
    def _journal_changed(self, changes: Changes, initiator: object) -> None:
        super()._journal_changed(changes, initiator)
        if changes.touches(self.watches) and not self.isVisible():
            self._count_in_background()  # the navigation's count stays true while hidden

    def _count_in_background(self) -> None:
        fetch, today = self.context.reader(today_facts, local_today()), local_today()
        self._count_generation += 1
        generation = self._count_generation

        def counted(count: int) -> None:
            if generation == self._count_generation:  # an older count arriving late: dropped
                self.count_changed.emit(count)

        run_in_background(lambda _progress: len(due_items(fetch(), today)), counted,
                          parent=self, show_dialog=False)

    def new_day(self) -> None:
        """The date turned while the app ran: overdue moves, tomorrow's items arrive."""
        self.mark_stale()
        if not self.isVisible():
            self._count_in_background()

    def reload(self) -> None:
        self.today = local_today()
        self._show(due_items(self.context.read(today_facts, self.today), self.today))

    def _show(self, items: list[DueItem]) -> None:
        selected = self.selected_item()
        self.model.set_rows(items)
        self.title.setText(self.tr("<h2>Today, {day}</h2>").format(day=show_date(self.today)))
        self.table.setVisible(bool(items))
        self.empty.setVisible(not items)
        keys = [item.key for item in items]
        if items:
            row = keys.index(selected.key) if selected and selected.key in keys else 0
            self.table.selectRow(row)
        self._update_buttons()
        self.count_changed.emit(len(items))

    def _when(self, item: DueItem) -> str:
        if item.day == self.today:
            return self.tr("Today")
        return self.tr("Since {day}").format(day=show_date(item.day))

    def selected_item(self) -> DueItem | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.row_at(rows[0].row()) if rows else None

    def selected_contact_id(self) -> int | None:
        item = self.selected_item()
        return item.contact_id if item is not None else None

    def _update_buttons(self) -> None:
        item = self.selected_item()
        self.done_button.setEnabled(item is not None and item.kind in ops.DONE_APPLIES)
        for button in (self.day_button, self.week_button, self.until_button, self.open_button):
            button.setEnabled(item is not None)
        planned = item is not None and item.kind in (Due.CLOSE_CHAT, Due.CHAT_TODAY)
        self.cancel_button.setVisible(planned)
        self.reschedule_button.setVisible(planned)

    # --------------------------------------------------------------- actions
    def mark_done(self) -> None:
        item = self.selected_item()
        if item is None:
            return
        if item.kind not in ops.DONE_APPLIES:
            self.open_selected()
            return
        self.context.operations.perform(ops.mark_done, item, self.today, parent=self)

    def snooze(self, days: int) -> None:
        item = self.selected_item()
        if item is not None:
            self.context.operations.perform(ops.snooze, item,
                                            self.today + timedelta(days=days), parent=self)

    def snooze_until(self) -> None:
        item = self.selected_item()
        if item is None:
            return
        day = ask_day(self, self.tr("Snooze until"), self.tr(
            "Hide “{what}” until the morning of:").format(what=item.name),
            self.today + timedelta(days=1), self.today + timedelta(days=3))
        if day is not None:
            self.context.operations.perform(ops.snooze, item, day, parent=self)

    def reschedule(self) -> None:
        """A planned chat moved to a later day and time; it stays planned."""
        item = self.selected_item()
        if item is None or item.kind not in (Due.CLOSE_CHAT, Due.CHAT_TODAY):
            return
        proposed = datetime.combine(self.today + timedelta(days=7), time(hour=9))
        moment = ask_moment(self, self.tr("Reschedule the chat"), self.tr(
            "The chat with {who} happens on:").format(who=item.name), proposed)
        if moment is not None:
            self.context.operations.perform(ops.reschedule, item, local_to_utc(moment),
                                            parent=self)

    def cancel_chat(self) -> None:
        item = self.selected_item()
        if item is not None:
            self.context.operations.perform(ops.cancel_planned, item, parent=self)

    def open_selected(self) -> None:
        item = self.selected_item()
        if item is None:
            return
        if item.contact_id is not None:
            self.open_contact_requested.emit(item.contact_id)
        else:
            self.open_pipeline_requested.emit()
