"""The Today page driven like a user: Enter marks an item done, Snooze hides it, Open goes to
the contact; the navigation counts what is due."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Qt

from networkjournal.core.drafts import ChatDraft
from networkjournal.ops.chats import log_chat
from networkjournal.ui.common.dates import local_to_utc
from tests.ui.helpers import activate, save_new_contact


def at(days: int) -> datetime:
    return datetime.combine(datetime.now().date() + timedelta(days=days),
                            datetime.min.time()).replace(hour=9)


def _a_follow_up_and_a_past_chat(window):
    """Ana's follow-up, due two days ago; Ben's coffee chat, planned yesterday."""
    ana = save_new_contact(window.context.journal, "Ana", "Lopez")
    ben = save_new_contact(window.context.journal, "Ben", "Martin")
    operations = window.context.operations
    operations.perform(log_chat, ana, ChatDraft(kind="message", occurred_at=at(-9),
                                                follow_up_on=at(-2).date()))
    operations.perform(log_chat, ben, ChatDraft(kind="coffee_chat", status="planned",
                                                occurred_at=at(-1)))
    return ana, ben


def test_today_done_snooze_and_open(window, qtbot):
    _ana, ben = _a_follow_up_and_a_past_chat(window)
    page = window.show_page("today")
    activate(qtbot, window)

    def rows():
        return [(page.model.index(r, 1).data(), page.model.index(r, 2).data())
                for r in range(page.model.rowCount())]

    assert rows() == [("Follow up", "Ana Lopez"),
                      ("Did this chat happen? Done, reschedule or cancel it", "Ben Martin")]
    assert window.nav.item(0).text() == "Today (2)"
    page.table.setFocus()
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)  # the follow-up is done
    assert rows() == [("Did this chat happen? Done, reschedule or cancel it", "Ben Martin")]
    qtbot.mouseClick(page.week_button, Qt.MouseButton.LeftButton)  # not now
    assert rows() == [] and page.empty.isVisible()
    assert window.nav.item(0).text() == "Today"
    window.undo()  # Ctrl+Z brings the snoozed chat back
    assert rows() == [("Did this chat happen? Done, reschedule or cancel it", "Ben Martin")]
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


def test_snooze_until_a_day_and_reschedule_a_past_chat(window, qtbot, monkeypatch):
    from sqlalchemy import select

    from networkjournal.store.models import Interaction
    from networkjournal.ui.today import page as today_page

    journal = window.context.journal
    _ana, ben = _a_follow_up_and_a_past_chat(window)
    page = window.show_page("today")
    activate(qtbot, window)
    asked = []
    in_ten_days = at(10).date()
    monkeypatch.setattr(today_page, "ask_day",
                        lambda parent, title, text, first, proposed:
                        asked.append((first, text)) or in_ten_days)
    page.table.setFocus()
    page.table.selectRow(0)  # the follow-up: no rescheduling for it
    assert not page.reschedule_button.isVisible()
    qtbot.keyClick(page.table, Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier)
    assert asked == [(at(1).date(), "Hide “Ana Lopez” until the morning of:")]
    assert [page.model.row_at(r).name for r in range(page.model.rowCount())] == ["Ben Martin"]
    # Ten days later, the follow-up is back.
    monkeypatch.setattr(today_page, "local_today", lambda: in_ten_days)
    page.reload()
    assert [page.model.row_at(r).name for r in range(page.model.rowCount())] == [
        "Ana Lopez", "Ben Martin"]
    monkeypatch.undo()

    page.reload()
    page.table.selectRow(0)
    assert page.reschedule_button.isVisible()  # the chat that did not happen yesterday
    moment = at(3).replace(hour=15, minute=30)
    monkeypatch.setattr(today_page, "ask_moment", lambda *a: moment)
    qtbot.keyClick(page.table, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert page.model.rowCount() == 0  # planned for later: nothing to close today
    with journal.read() as s:
        chat = s.scalars(select(Interaction).where(Interaction.contact_id == ben)).one()
        assert chat.status == "planned"
        assert chat.occurred_at == local_to_utc(moment)
    window.undo()
    assert page.model.rowCount() == 1
