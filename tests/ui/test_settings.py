"""Edit ▸ Settings…: each choice is saved where it belongs and takes effect where it shows."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from networkjournal.ops.settings import message_text
from networkjournal.store.backups import backup_folder, list_backups, take_backup
from networkjournal.store.opportunities import get_stale_days
from networkjournal.ui.chats.dialog import ChatDialog
from networkjournal.ui.common.i18n import chosen_language
from networkjournal.ui.common.theme import THEME_KEY, apply_theme
from networkjournal.ui.settings.dialog import SettingsDialog
from tests.ui.helpers import add_contact, when_modal

LONG_NOTE = ("Loved your talk on payments at the meetup last week: the part on retries and "
             "idempotency keys answered a question my team has had for months. I am a backend "
             "engineer moving to fintech and would be glad to connect and follow your work.")


def change_everything(dialog: SettingsDialog) -> None:
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    dialog.open_first.setChecked(False)
    dialog.note_limit.setCurrentIndex(dialog.note_limit.findData(300))
    dialog.stale_days.setValue(30)
    dialog.goals["chats"].setValue(4)
    dialog.backups.setValue(3)
    dialog.message_text.setCurrentIndex(dialog.message_text.findData("summary"))
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()


def test_the_settings_action_sits_in_the_edit_menu_with_the_preferences_key(window):
    action = window.action_settings
    assert action in window.menus["edit"].actions()
    platform = QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences)
    assert action.shortcuts() == (platform or [QKeySequence("Ctrl+,")])


def test_every_setting_takes_effect(window, qtbot):
    journal = window.context.journal
    pipeline = window.show_page("pipeline")
    when_modal(change_everything)
    window.action_settings.trigger()

    # Journal settings: the pipeline's own field follows, the linter honours Premium.
    with journal.read() as session:
        assert get_stale_days(session) == 30
    qtbot.waitUntil(lambda: pipeline.stale_days.value() == 30)
    assert message_text(journal) == "summary"
    dialog = ChatDialog(window.context, contact_id=add_contact(journal, "Mei"), parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.kind.setCurrentIndex(dialog.kind.findData("connection_request"))
    dialog.notes.setPlainText(LONG_NOTE)
    assert 200 < len(LONG_NOTE) <= 300
    assert "your Premium account allows 300" in dialog.note_check.text()
    assert "Too long" not in dialog.note_check.text()

    # Backups: the journal's choice rotates every backup taken of it.
    for _ in range(5):
        take_backup(journal.path, "by-hand")
    assert len(list_backups(backup_folder(journal.path))) == 3

    # This computer's settings: language and theme at the next start, Today at once.
    assert chosen_language() == "fr"
    assert QSettings().value(THEME_KEY) == "dark"
    assert not window.action_open_on_today.isChecked()


def test_goals_edited_on_the_charts_page_or_in_settings_are_the_same(window, qtbot):
    charts = window.show_page("charts")
    qtbot.waitUntil(lambda: charts.events is not None, timeout=10000)
    charts.goal_spins["follow_ups"].setValue(7)
    dialog = SettingsDialog(window.context, window)
    qtbot.addWidget(dialog)
    assert dialog.goals["follow_ups"].value() == 7
    dialog.goals["new_contacts"].setValue(9)
    dialog.accept()
    qtbot.waitUntil(lambda: charts.goal_spins["new_contacts"].value() == 9)
    assert charts.goal_spins["follow_ups"].value() == 7


def test_the_dark_theme_is_a_dark_palette_at_start(qapp):
    app = QApplication.instance()
    style, palette = app.style().name(), app.palette()
    try:
        assert apply_theme(app, "dark") == "dark"
        assert app.palette().window().color().lightness() < 80
        assert app.palette().windowText().color().lightness() > 200
    finally:
        app.setStyle(style)
        app.setPalette(palette)
