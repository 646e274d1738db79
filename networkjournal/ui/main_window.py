"""The main window: navigation on the left, one page per noun, menus and shortcuts."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from networkjournal import APP_NAME, __version__
from networkjournal.ui.common.labels import action_text
from networkjournal.ui.pages import PAGES, PageSpec
from networkjournal.ui.settings.action import install_settings_action
from networkjournal.ui.today.reminder import DayReminder
from networkjournal.ui.today.start import add_open_first_action, remember_due, start_page

if TYPE_CHECKING:  # the window paints before the store (SQLAlchemy) is even imported
    from networkjournal.ui.common.context import AppContext


WARM_UP_AFTER_MS = 1500
COLD_PAGES = {"charts"}


class MainWindow(QMainWindow):
    """Shows one page at a time; pages talk to the journal through the shared context."""

    open_sample_requested = Signal()
    open_failed = Signal()  # the journal could not be opened (the user was told why)

    def __init__(self, context: AppContext | None = None, parent: QWidget | None = None) -> None:
        """Without a context the window shows "Opening your journal…" until ``attach()``."""
        super().__init__(parent)
        self.context: AppContext = None  # type: ignore[assignment] # set by attach()
        self.pages: dict[str, QWidget] = {}
        self.menus: dict[str, QMenu] = {}
        self._preview: QWidget | None = None
        self.reminder = DayReminder(self)
        self.reminder.clicked.connect(self._show_today)
        self.setWindowTitle(APP_NAME)
        self.resize(QSize(1180, 760))

        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.nav = QListWidget(central)
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(170)
        self.nav.setFrameShape(QListWidget.Shape.NoFrame)
        self.nav.setSpacing(2)
        self.nav.setStyleSheet(
            "QListWidget#navigation { background: palette(window); padding-top: 8px; }"
            "QListWidget#navigation::item { padding: 7px 12px; border-radius: 4px; }"
            "QListWidget#navigation::item:selected { background: palette(highlight);"
            " color: palette(highlighted-text); }"
        )
        self.stack = QStackedWidget(central)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        for spec in PAGES:
            item = QListWidgetItem(self.tr(spec.title))
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            self.nav.addItem(item)
            placeholder = QLabel(self.tr("Loading…"), self.stack)
            placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.stack.addWidget(placeholder)
        self.opening = QLabel(self.tr("Opening your journal…"), self.stack)
        self.opening.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.opening)
        self.nav.currentRowChanged.connect(self._show_row)
        self._build_menus()
        geometry = QSettings().value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        if context is None:
            self.nav.setEnabled(False)
            self.stack.setCurrentWidget(self.opening)
        else:
            self.attach(context)

    def show_preview(self, widget: QWidget) -> None:
        """Show ``widget`` (the first contacts) until the journal is attached."""
        self.stack.addWidget(widget)
        self.stack.setCurrentWidget(widget)
        self._preview = widget

    def attach(self, context: AppContext) -> None:
        """Show the journal: pages are created from here on, the last one first."""
        from networkjournal.credentials import display_url

        self.context = context
        context.operations.history_changed.connect(self._update_undo_actions)
        self._update_undo_actions()
        self.setWindowTitle(self._title())
        self.statusBar().showMessage(
            self.tr("Journal: {url}").format(url=display_url(context.journal.url)))
        self.nav.setEnabled(True)
        keys = [spec.key for spec in PAGES]
        last = QSettings().value("window/page", "contacts")
        # What is due today: counted while the journal opened, or on a worker now; again
        # after each change until the Today page exists (it keeps the count itself).
        counted = context.preloaded.pop("today_count", None)
        due = counted if isinstance(counted, int) else None
        self.nav.setCurrentRow(keys.index(start_page(last if last in keys else "contacts", due)))
        if due is not None:
            self.show_today_count(due)
        else:
            QTimer.singleShot(0, self, self._count_today)
        context.operations.changed.connect(lambda _changes, _who: self._count_today())
        self.reminder.day_changed.connect(self._new_day)
        QTimer.singleShot(WARM_UP_AFTER_MS, self, self._warm_up)

    def _show_today(self) -> None:
        self.showNormal()
        self.raise_()
        self.activateWindow()
        self.show_page("today")

    def _new_day(self) -> None:
        from networkjournal.ui.today.page import TodayPage

        page = self.pages.get("today")
        if isinstance(page, TodayPage):
            page.new_day()
        else:
            self._count_today()

    def _warm_up(self) -> None:
        """Import the other pages' code on a worker thread once the window is idle, so the
        first switch to a board only builds widgets. Charts stay cold: matplotlib loads
        when the chart panel is first shown, as the design asks."""
        from networkjournal.ui.common.background import run_in_background

        modules = [spec.module for spec in PAGES if spec.key not in self.pages
                   and spec.key not in COLD_PAGES]

        def load(_progress: object) -> None:
            for name in modules:
                importlib.import_module(name)

        run_in_background(load, lambda _result: None, show_dialog=False)

    # ----------------------------------------------------------------- pages
    def _title(self) -> str:
        path = self.context.journal.path
        where = path.name if path is not None else self.context.journal.engine.url.database
        return f"{where} — {APP_NAME}"

    def page(self, key: str) -> QWidget:
        """The page for ``key``, created on first use."""
        if key not in self.pages:
            index = [spec.key for spec in PAGES].index(key)
            spec = PAGES[index]
            cls = getattr(importlib.import_module(spec.module), spec.cls)
            widget = cls(self.context, self.stack)
            wants_sample = getattr(widget, "open_sample_requested", None)
            if wants_sample is not None:
                wants_sample.connect(self.open_sample_requested)
            if key == "today":
                self.show_today_count(widget.model.rowCount())  # what it read when built
                widget.count_changed.connect(self.show_today_count)
                widget.open_contact_requested.connect(self.open_contact)
                widget.open_pipeline_requested.connect(lambda: self.show_page("pipeline"))
            old = self.stack.widget(index)  # the "Loading…" placeholder it replaces
            self.stack.insertWidget(index, widget)
            if old is not None:
                self.stack.removeWidget(old)
                old.deleteLater()
            self.pages[key] = widget
        return self.pages[key]

    def show_page(self, key: str) -> QWidget:
        """Show a page now (its code imported on this thread if need be)."""
        index = [spec.key for spec in PAGES].index(key)
        widget = self.page(key)
        if self.nav.currentRow() == index:
            self._show_row(index)
        else:
            self.nav.setCurrentRow(index)
        return widget

    def current_page_key(self) -> str:
        return PAGES[max(self.nav.currentRow(), 0)].key

    def _show_row(self, row: int) -> None:
        if row < 0 or self.context is None:
            return
        spec = PAGES[row]
        if spec.key not in self.pages and spec.module not in sys.modules:
            # First visit of a page whose code is not loaded yet (the charts pull in
            # matplotlib, half a second): say so and import it on a worker thread (the
            # first contacts stay on screen meanwhile, if they are there).
            if self._preview is None:
                self.stack.setCurrentIndex(row)
            self._import_then_show(spec, row)
            return
        self.stack.setCurrentWidget(self.page(spec.key))  # a stale page reloads when shown
        if self._preview is not None:  # the page it stood in for is shown now
            self.stack.removeWidget(self._preview)
            self._preview.deleteLater()
            self._preview = None

    def _import_then_show(self, spec: PageSpec, row: int) -> None:
        from networkjournal.ui.common.background import run_in_background

        def shown_if_still_wanted(_module: object) -> None:
            if self.nav.currentRow() == row:
                self._show_row(row)

        run_in_background(lambda _progress: importlib.import_module(spec.module),
                          shown_if_still_wanted, parent=self, show_dialog=False)

    # ----------------------------------------------------------------- menus
    def _action(self, menu: QMenu, text: str, slot: Callable[[], object],
                shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = self.menus["file"] = bar.addMenu(self.tr("&File"))
        edit_menu = self.menus["edit"] = bar.addMenu(self.tr("&Edit"))
        self.menus["contact"] = bar.addMenu(self.tr("&Contact"))
        view_menu = self.menus["view"] = bar.addMenu(self.tr("&View"))
        help_menu = self.menus["help"] = bar.addMenu(self.tr("&Help"))

        self.action_open_sample = self._action(
            file_menu, self.tr("Open the &sample journal"), self.open_sample_requested.emit
        )
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)

        self.action_undo = self._action(edit_menu, self.tr("&Undo"), self.undo,
                                        QKeySequence.StandardKey.Undo)
        self.action_redo = self._action(edit_menu, self.tr("&Redo"), self.redo)
        # Ctrl+Shift+Z everywhere, and the platform's own key (Ctrl+Y on Windows) too.
        redo_keys = [QKeySequence("Ctrl+Shift+Z"), *QKeySequence.keyBindings(
            QKeySequence.StandardKey.Redo)]
        self.action_redo.setShortcuts(list(dict.fromkeys(redo_keys)))
        self._update_undo_actions()

        contact = self.menus["contact"]
        self.action_new_contact = self._action(
            contact, self.tr("&New contact…"), self.new_contact, QKeySequence.StandardKey.New
        )
        self.action_log_chat = self._action(
            contact, self.tr("&Log a chat…"), self.log_chat, QKeySequence("Ctrl+L")
        )
        self.action_find = self._action(
            contact, self.tr("&Find"), self.focus_search, QKeySequence.StandardKey.Find
        )

        for row, spec in enumerate(PAGES):
            def go(_checked: bool = False, row: int = row) -> None:  # triggered(bool) passes one
                self.nav.setCurrentRow(row)

            self._action(view_menu, self.tr(spec.title), go, QKeySequence(spec.shortcut))
        self.action_open_on_today = add_open_first_action(self, view_menu)
        self._action(help_menu, self.tr("&About Network Journal"), self.about)
        from networkjournal.ui.transfer.controller import install_transfer_actions

        install_transfer_actions(self)
        self.action_settings = install_settings_action(self)

    # --------------------------------------------------------------- actions
    def new_contact(self) -> None:
        if self.context is None:  # still opening the journal
            return
        self.show_page("contacts").new_contact()  # type: ignore[attr-defined]

    def log_chat(self) -> None:
        """Ctrl+L: log a chat with the contact selected on the current page, if any."""
        if self.context is None:
            return
        current = self.pages.get(self.current_page_key())
        contact_id = getattr(current, "selected_contact_id", lambda: None)()
        if contact_id is None and "contacts" in self.pages:
            contact_id = self.pages["contacts"].selected_contact_id()  # type: ignore[attr-defined]
        from networkjournal.ui.chats.dialog import ChatDialog

        ChatDialog.log_new(self.context, contact_id, self)

    def undo(self) -> None:
        """Ctrl+Z: take back the last change made in this window (a delete, a move, a chat)."""
        self._step_history(redo=False)

    def redo(self) -> None:
        self._step_history(redo=True)

    def _step_history(self, *, redo: bool) -> None:
        if self.context is None:
            return
        operations = self.context.operations
        changes = operations.redo(self) if redo else operations.undo(self)
        if changes is not None:
            said = self.tr("Redone: {what}.") if redo else self.tr("Undone: {what}.")
            self.statusBar().showMessage(said.format(what=action_text(changes.result)), 6000)

    def _update_undo_actions(self) -> None:
        operations = self.context.operations if self.context is not None else None
        last = operations.can_undo() if operations is not None else None
        again = operations.can_redo() if operations is not None else None
        self.action_undo.setEnabled(last is not None)
        self.action_undo.setText(
            self.tr("&Undo {what}").format(what=action_text(last.action)) if last
            else self.tr("&Undo"))
        self.action_redo.setEnabled(again is not None)
        self.action_redo.setText(
            self.tr("&Redo {what}").format(what=action_text(again.result)) if again
            else self.tr("&Redo"))

    def _count_today(self) -> None:
        if "today" in self.pages or self.context is None:
            return  # the page keeps the count itself
        from datetime import date

        from networkjournal.core.today import due_items
        from networkjournal.store.today import today_facts
        from networkjournal.ui.common.background import run_in_background

        today = date.today()
        fetch = self.context.reader(today_facts, today)
        run_in_background(lambda _progress: len(due_items(fetch(), today)),
                          self.show_today_count, parent=self, show_dialog=False)

    def show_today_count(self, count: int) -> None:
        """The navigation says how many things are due: "Today (3)"."""
        item = self.nav.item(0)
        title = self.tr(PAGES[0].title)
        item.setText(self.tr("{title} ({n})").format(title=title, n=count) if count else title)
        self.reminder.counted(count)
        remember_due(count)

    def open_contact(self, contact_id: int) -> None:
        from networkjournal.ui.contacts.page import ContactsPage

        page = self.show_page("contacts")
        if isinstance(page, ContactsPage):
            page.search_field.clear()
            page.select_contact(contact_id)

    def focus_search(self) -> None:
        page = self.stack.currentWidget()
        focus = getattr(page, "focus_search", None)
        if focus is not None:
            focus()

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Network Journal"),
            self.tr(
                "<h3>Network Journal {version}</h3>"
                "<p>A journal for a job search run on relationships: keep your network, "
                "reach out with short personal notes, hold coffee chats, follow up — and "
                "watch opportunities grow out of those relationships.</p>"
            ).format(version=__version__),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        from networkjournal.ui.common.background import stop_running_work

        if not stop_running_work(self):
            event.ignore()
            return
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        if self.context is not None:
            settings.setValue("window/page", self.current_page_key())
            for page in self.pages.values():  # pages remember their own layout
                save_state = getattr(page, "save_state", None)
                if save_state is not None:
                    save_state(settings)
        super().closeEvent(event)


def tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)
