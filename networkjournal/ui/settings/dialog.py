"""Settings: language and theme (this computer), and what travels with the journal."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from networkjournal.core.metrics import Goals
from networkjournal.core.outreach import FREE_LIMIT, PREMIUM_LIMIT
from networkjournal.ops.settings import (
    MOST_BACKUPS,
    JournalSettings,
    journal_settings,
    save_settings,
)
from networkjournal.ui.common.context import AppContext
from networkjournal.ui.common.i18n import LANGUAGE_KEY
from networkjournal.ui.common.theme import THEME_KEY, chosen_theme, colour_text
from networkjournal.ui.today.start import OPEN_FIRST, opens_on_today


class SettingsDialog(QDialog):
    """Edit ▸ Settings…: every choice the app offers, saved together on OK."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Settings"))
        self.before = journal_settings(context.journal)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)

        self.language = self._combo(form, self.tr("&Language:"), (
            ("", self.tr("System")), ("en", "English"), ("fr", "Français")))
        self.language.setCurrentIndex(max(0, self.language.findData(
            str(QSettings().value(LANGUAGE_KEY, "") or ""))))
        self.theme = self._combo(form, self.tr("T&heme:"), (
            ("", self.tr("System")), ("light", self.tr("Light")), ("dark", self.tr("Dark"))))
        self.theme.setCurrentIndex(max(0, self.theme.findData(chosen_theme())))
        self.restart_note = QLabel(self.tr("Language and theme change at the next start."))
        self.restart_note.setWordWrap(True)
        colour_text(self.restart_note)
        form.addRow("", self.restart_note)
        self.open_first = QCheckBox(self.tr("Open on &Today when something is due"))
        self.open_first.setChecked(opens_on_today())
        form.addRow("", self.open_first)

        self.note_limit = self._combo(form, self.tr("LinkedIn &account:"), (
            (FREE_LIMIT, self.tr("Free (notes up to {n} characters)").format(n=FREE_LIMIT)),
            (PREMIUM_LIMIT, self.tr("Premium (notes up to {n} characters)").format(
                n=PREMIUM_LIMIT))))
        self.note_limit.setCurrentIndex(max(0, self.note_limit.findData(self.before.note_limit)))
        self.stale_days = self._spin(form, self.tr("Opportunities &stale after:"), 1, 365,
                                     self.before.stale_days, self.tr(" days"))
        goals = QHBoxLayout()
        self.goals: dict[str, QSpinBox] = {}
        for name, text in (("new_contacts", self.tr("new contacts")),
                           ("chats", self.tr("chats")), ("follow_ups", self.tr("follow-ups"))):
            spin = self.goals[name] = QSpinBox(self)
            spin.setRange(0, 99)
            spin.setValue(getattr(self.before.goals, name))
            spin.setAccessibleName(self.tr("Weekly goal: {what}").format(what=text))
            goals.addWidget(spin)
            goals.addWidget(QLabel(text, self))
        goals.addStretch(1)
        goals_label = QLabel(self.tr("Weekly &goals:"), self)
        goals_label.setBuddy(self.goals["new_contacts"])
        form.addRow(goals_label, goals)
        self.backups = self._spin(form, self.tr("&Backups kept:"), 1, MOST_BACKUPS,
                                  self.before.backups_kept, "")
        self.backups.setToolTip(self.tr("Automatic copies of the journal (before each import "
                                        "and once a day); the oldest go first."))
        self.message_text = self._combo(form, self.tr("LinkedIn &messages keep:"), (
            ("whole", self.tr("their whole text")), ("summary", self.tr("a one-line summary")),
            ("none", self.tr("no text (the day and who wrote only)"))))
        self.message_text.setCurrentIndex(
            max(0, self.message_text.findData(self.before.message_text)))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _combo(self, form: QFormLayout, text: str, items: tuple[tuple[object, str], ...],
               ) -> QComboBox:
        combo = QComboBox(self)
        for value, shown in items:
            combo.addItem(shown, value)
        self._row(form, text, combo)
        return combo

    def _spin(self, form: QFormLayout, text: str, low: int, high: int, value: int,
              suffix: str) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setRange(low, high)
        spin.setValue(value)
        spin.setSuffix(suffix)
        self._row(form, text, spin)
        return spin

    def _row(self, form: QFormLayout, text: str, field: QWidget) -> None:
        label = QLabel(text, self)
        label.setBuddy(field)
        field.setAccessibleName(text.replace("&", "").rstrip(":").strip())
        form.addRow(label, field)

    def chosen(self) -> JournalSettings:
        goals = Goals(**{name: spin.value() for name, spin in self.goals.items()})
        return JournalSettings(goals, self.stale_days.value(), int(self.note_limit.currentData()),
                               self.backups.value(), str(self.message_text.currentData()))

    def accept(self) -> None:
        """Save the journal's settings (one transaction; refused: the dialog stays) and
        this computer's."""
        chosen = self.chosen()
        if chosen != self.before and self.context.operations.perform(
                save_settings, chosen, parent=self,
                error_title=self.tr("Settings not saved")) is None:
            return
        settings = QSettings()
        settings.setValue(LANGUAGE_KEY, self.language.currentData())
        settings.setValue(THEME_KEY, self.theme.currentData())
        settings.setValue(OPEN_FIRST, self.open_first.isChecked())
        # The View menu's check mark says the same.
        menu_action = getattr(self.parent(), "action_open_on_today", None)
        if menu_action is not None:
            menu_action.setChecked(self.open_first.isChecked())
        super().accept()
