"""The Today page driven like a user: Enter marks an item done, Snooze hides it, Open goes to
the contact; the navigation counts what is due."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Qt

from networkjournal.core.drafts import ChatDraft
from networkjournal.ops.chats import log_chat
from tests.ui.helpers import activate, save_new_contact


def at(days: int) -> datetime:
    return datetime.combine(datetime.now().date() + timedelta(days=days),
                            datetime.min.time()).replace(hour=9)


def test_today_done_snooze_and_open(window, qtbot):
    journal = window.context.journal
    ana = save_new_contact(journal, "Ana", "Lopez")
    ben = save_new_contact(journal, "Ben", "Martin")
    operations = window.context.operations
    operations.perform(log_chat, ana, ChatDraft(kind="message", occurred_at=at(-9),
                                                follow_up_on=at(-2).date()))
    operations.perform(log_chat, ben, ChatDraft(kind="coffee_chat", status="planned",
                                                occurred_at=at(-1)))
    page = window.show_page("today")
    activate(qtbot, window)

    def rows():
        return [(page.model.index(r, 1).data(), page.model.index(r, 2).data())
                for r in range(page.model.rowCount())]

    assert rows() == [("Follow up", "Ana Lopez"),
                      ("Did this chat happen? Done, or cancel it", "Ben Martin")]
    assert window.nav.item(0).text() == "Today (2)"
    page.table.setFocus()
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)  # the follow-up is done
    assert rows() == [("Did this chat happen? Done, or cancel it", "Ben Martin")]
    qtbot.mouseClick(page.week_button, Qt.MouseButton.LeftButton)  # not now
    assert rows() == [] and page.empty.isVisible()
    assert window.nav.item(0).text() == "Today"
    window.undo()  # Ctrl+Z brings the snoozed chat back
    assert rows() == [("Did this chat happen? Done, or cancel it", "Ben Martin")]
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    assert window.current_page_key() == "contacts"
    assert window.pages["contacts"].selected_contact_id() == ben


def test_an_empty_day_says_so(window, qtbot):
    page = window.show_page("today")
    assert page.model.rowCount() == 0 and page.empty.isVisible()
    assert "Nothing due today" in page.empty.text()


def test_a_new_day_recounts_and_the_tray_reminds_once(window, qtbot, monkeypatch):
    import networkjournal.ui.today.page as today_page

    ana = save_new_contact(window.context.journal, "Ana", "Lopez")
    window.context.operations.perform(log_chat, ana, ChatDraft(
        kind="message", occurred_at=at(-3), follow_up_on=at(1).date()))
    page = window.show_page("today")
    assert page.model.rowCount() == 0 and window.nav.item(0).text() == "Today"
    reminded = []
    monkeypatch.setattr(window.reminder, "remind", reminded.append)
    # The app is left running overnight: tomorrow, 9 o'clock.
    tomorrow = at(1)
    monkeypatch.setattr(today_page, "local_today", lambda: tomorrow.date())
    window.reminder.clock = lambda: tomorrow
    window.reminder.check()
    assert page.model.rowCount() == 1 and window.nav.item(0).text() == "Today (1)"
    assert reminded == [1]
    window.reminder.check()  # a minute later, and after a restart the same day: not again
    assert reminded == [1]


def test_the_reminder_tells_how_much_is_due_or_stays_silent_without_a_tray(
        window, monkeypatch):
    from PySide6.QtWidgets import QSystemTrayIcon

    messages = []

    class Tray:
        def showMessage(self, title, text, *_args):
            messages.append((title, text))

    reminder = window.reminder
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: False))
    reminder.remind(3)  # no tray on this desktop: nothing shown, nothing raised
    assert reminder.tray is None
    reminder.tray = Tray()
    reminder.remind(3)
    reminder.remind(1)
    assert messages == [("Network Journal", "3 things are due today."),
                        ("Network Journal", "1 thing is due today.")]
