"""GUI test helpers: answer dialogs as a user would, activate a window, add journal rows."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QDrag, QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget

from networkjournal.core.drafts import ContactDraft
from networkjournal.store.contacts import save_contact
from networkjournal.store.models import Contact, utcnow
from networkjournal.store.opportunities import (
    OpportunityDraft,
    create_opportunity,
    get_opportunity,
    move_stage,
    stage_history,
)
from networkjournal.ui.common.roles import ID_ROLE

NOW = utcnow()


def when_modal(handler: Callable[[QWidget], None], *, tries: int = 1000) -> None:
    """Call ``handler`` with the next modal dialog once it is shown (before triggering it)."""
    def poll(left: int = tries) -> None:
        widget = QApplication.activeModalWidget()
        if widget is not None and widget.isVisible():
            handler(widget)
        elif left:
            QTimer.singleShot(10, lambda: poll(left - 1))

    QTimer.singleShot(0, poll)


def activate(qtbot, widget: QWidget) -> None:
    """Make ``widget``'s window the active one and wait for it: keyboard shortcuts and
    QApplication.focusWidget() only follow the active window, and the offscreen platform
    does not give the activation back to a window once a dialog over it has closed."""
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)


def shown_window(qtbot, context):
    """The main window on ``context``'s journal, shown, active, its first page built."""
    from networkjournal.ui.main_window import MainWindow

    win = MainWindow(context)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.stack.currentWidget() is win.pages.get(win.current_page_key()))
    activate(qtbot, win)
    return win


def press_enter_in_next_message_box(qtbot):
    """Answer the next real QMessageBox with Enter, as a hurried user would; returns its text."""
    seen: dict[str, str] = {}

    def press() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen["text"] = box.text()
        qtbot.keyClick(box, Qt.Key.Key_Return)

    QTimer.singleShot(0, press)
    return seen


def click_save(qtbot, dialog):
    save = next(b for b in dialog.findChildren(QPushButton) if b.text().replace("&", "") == "Save")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)


def reload(window):
    window.context.operations.everything_changed()


def save_new_contact(journal, first, last="", **fields):
    """A contact saved as the contact dialog saves it (a stage set is recorded as manual)."""
    with journal.transaction() as session:
        return save_contact(session, ContactDraft(first_name=first, last_name=last, **fields)).id


def add_contact(journal, first, last="", company="", stage="identified"):
    """A bare contact row: no stage change recorded, as an import or an old journal has."""
    with journal.transaction() as s:
        contact = Contact(first_name=first, last_name=last, company=company, stage=stage)
        s.add(contact)
        s.flush()
        return contact.id


def add_opp(journal, company, stage="interested", channel="networking", referrer_id=None,
            days_ago=0, role=""):
    when = NOW - timedelta(days=days_ago)
    with journal.transaction() as s:
        draft = OpportunityDraft(company, role, channel=channel, referrer_id=referrer_id)
        opp = create_opportunity(s, draft, "interested", when - timedelta(days=1))
        move_stage(s, opp, stage, when)
        return opp.id


def stored(journal, opp_id):
    with journal.read() as s:
        opp = get_opportunity(s, opp_id)
        return opp.stage, opp.applied_on, [stage for stage, _ in stage_history(s, opp_id)]


def column_ids(board, key):
    view = board.views[key]
    model = view.model()
    root = view.rootIndex()
    return [model.index(r, 0, root).data(ID_ROLE) for r in range(model.rowCount(root))]


def drag_and_drop(qtbot, monkeypatch, source_view, card_id, target: QWidget, at: QPoint):
    """Press on the card, move past the drag distance (the view starts a QDrag), then let the
    drag deliver enter/move/drop events to ``target`` — what the platform does with a real
    mouse; the offscreen platform has no drag loop of its own."""
    delivered = {}

    def fake_exec(drag, *actions):
        mime = drag.mimeData()
        buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
        move = Qt.DropAction.MoveAction
        QApplication.sendEvent(target, QDragEnterEvent(at, move, mime, buttons, mods))
        drag_move = QDragMoveEvent(at, move, mime, buttons, mods)
        QApplication.sendEvent(target, drag_move)
        drop = QDropEvent(QPointF(at), move, mime, buttons, mods, QEvent.Type.Drop)
        QApplication.sendEvent(target, drop)
        delivered["accepted"] = drop.isAccepted()
        return drop.dropAction() if drop.isAccepted() else Qt.DropAction.IgnoreAction

    monkeypatch.setattr(QDrag, "exec", fake_exec)
    index = source_view.model().index_of(card_id)
    rect = source_view.visualRect(index)
    viewport = source_view.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    far = rect.center() + QPoint(0, QApplication.startDragDistance() + 20)
    qtbot.mouseMove(viewport, rect.center() + QPoint(0, 2))
    qtbot.mouseMove(viewport, far)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=far)
    assert delivered.get("accepted"), "the drop was not accepted"
