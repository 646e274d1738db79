"""Edit ▸ Settings…: the platform's Preferences key, Ctrl+, where the platform has none."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow


def settings_shortcuts() -> list[QKeySequence]:
    keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences)
    return list(keys) or [QKeySequence("Ctrl+,")]


def install_settings_action(window: QMainWindow) -> QAction:
    """Add Settings… to the window's Edit menu (the dialog's code loads when first opened)."""
    action = QAction(QCoreApplication.translate("MainWindow", "&Settings…"), window)
    action.setObjectName("settings-action")
    action.setShortcuts(settings_shortcuts())
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    # On macOS Qt moves it to the application menu as "Preferences…".
    action.setMenuRole(QAction.MenuRole.PreferencesRole)

    def open_settings() -> None:
        context = getattr(window, "context", None)
        if context is None:  # still opening the journal
            return
        from networkjournal.ui.settings.dialog import SettingsDialog

        SettingsDialog(context, window).exec()

    action.triggered.connect(open_settings)
    menu = window.menus["edit"]  # type: ignore[attr-defined]
    menu.addSeparator()
    menu.addAction(action)
    return action
