"""File ▸ Back up now and File ▸ Restore a backup…: the command line's backup and restore,
in the window."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from networkjournal import APP_NAME
from networkjournal.core.changes import Changes
from networkjournal.ui.common.background import run_in_background

if TYPE_CHECKING:
    from networkjournal.ui.common.context import AppContext

translate = QCoreApplication.translate


class BackupActions(QObject):
    """The two File menu entries of one window."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.action_backup = QAction(translate("BackupActions", "&Back up now"), window)
        self.action_backup.triggered.connect(self.back_up_now)
        self.action_restore = QAction(translate("BackupActions", "&Restore a backup…"), window)
        self.action_restore.triggered.connect(self.choose_backup)

    @property
    def context(self) -> AppContext | None:
        return getattr(self.window, "context", None)

    def _say(self, text: str) -> None:
        status = getattr(self.window, "statusBar", None)
        if status is not None:
            status().showMessage(text, 8000)

    def back_up_now(self) -> None:
        from networkjournal.ops.backups import back_up_now

        context = self.context
        if context is None:
            return
        journal = context.journal
        run_in_background(
            lambda _progress: back_up_now(journal),
            lambda path: self._say(translate("BackupActions", "Backed up: {path}").format(
                path=path)),
            parent=self.window, on_error=self._failed, show_dialog=False)

    def choose_backup(self) -> None:
        from networkjournal.store.backups import backup_folder

        context = self.context
        if context is None or context.journal.path is None:
            return
        folder = backup_folder(context.journal.path)
        path, _ = QFileDialog.getOpenFileName(
            self.window, translate("BackupActions", "Restore a backup"), str(folder),
            translate("BackupActions", "Journals and backups (*.sqlite);;All files (*)"))
        if path:
            self.restore(Path(path))

    def restore(self, backup: Path, *, confirm: bool = True) -> None:
        """Replace the journal by ``backup`` after the user agreed; every view reloads."""
        from networkjournal.ops.backups import restore_backup

        context = self.context
        if context is None:
            return
        taken = datetime.fromtimestamp(backup.stat().st_mtime) if backup.exists() else None
        when = taken.strftime("%Y-%m-%d %H:%M") if taken else "?"
        question = translate(
            "BackupActions", "Replace your journal by the backup {name} ({when})?\n\nThe journal "
            "as it is now is kept as one more backup; this cannot be undone with Ctrl+Z."
        ).format(name=backup.name, when=when)
        if confirm and QMessageBox.question(self.window, APP_NAME, question) \
                != QMessageBox.StandardButton.Yes:
            return
        context.operations.perform_in_background(
            restore_backup, backup, parent=self.window,
            title=translate("BackupActions", "Restoring {name}…").format(name=backup.name),
            on_done=self._restored)  # a refused file is explained by the runner

    def _restored(self, changes: Changes) -> None:
        kept = changes.result.kept
        self._say(translate("BackupActions", "Backup restored; the journal it replaced is kept "
                            "as {path}.").format(path=kept) if kept else
                  translate("BackupActions", "Backup restored."))

    def _failed(self, exc: BaseException) -> None:
        from networkjournal.errors import UserError
        from networkjournal.ui.common.crash import report_exception
        from networkjournal.ui.common.operations import sentence

        if isinstance(exc, UserError):
            QMessageBox.warning(self.window, APP_NAME, sentence(str(exc)))
        else:
            report_exception(exc)


def install_backup_actions(window: QWidget, before: QAction | None) -> BackupActions:
    """Add the two entries to the File menu (before ``before``, e.g. Quit)."""
    actions = BackupActions(window)
    menu = window.menus["file"]  # type: ignore[attr-defined]
    entries = [actions.action_backup, actions.action_restore]
    if before is not None:
        menu.insertActions(before, entries)
        menu.insertSeparator(before)
    else:
        menu.addActions(entries)
    window.backups = actions  # type: ignore[attr-defined]
    from networkjournal.ui.transfer.encryption_action import install_encryption_action

    install_encryption_action(window, before)
    return actions
