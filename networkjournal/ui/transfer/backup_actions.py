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
    from networkjournal.ui.common.background import Task
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
            lambda _progress: back_up_now(journal), self._backed_up, parent=self.window,
            on_error=self._failed, cancellable=False,
            title=translate("BackupActions", "Back up now"),
            label=translate("BackupActions", "Backing up the journal…"))

    def _backed_up(self, written: tuple[Path, str]) -> None:
        path, why_a_file = written
        self._say(translate("BackupActions", "Backed up: {path}").format(path=path))
        if why_a_file:  # a server journal's: a journal file, not the pg_dump archive
            QMessageBox.information(
                self.window, translate("BackupActions", "Backed up to a journal file"),
                translate("BackupActions", "The backup is a journal file rather than a pg_dump "
                          "archive, since {why}: {path}. Restore a backup… reads it back."
                          ).format(why=why_a_file, path=path))

    def choose_backup(self) -> None:
        context = self.context
        if context is None:
            return
        if context.journal.path is None:  # on a server: its pg_dump archives and journal files
            from networkjournal.ops.server_backups import server_backup_folder

            folder = server_backup_folder()
            kinds = translate("BackupActions", "Server journal backups (*.dump *.sqlite);;"
                              "All files (*)")
        else:
            from networkjournal.store.backups import backup_folder

            folder = backup_folder(context.journal.path)
            kinds = translate("BackupActions", "Journals and backups (*.sqlite);;All files (*)")
        path, _ = QFileDialog.getOpenFileName(
            self.window, translate("BackupActions", "Restore a backup"), str(folder), kinds)
        if path:
            self.restore(Path(path))

    def restore(self, backup: Path, *, confirm: bool = True) -> Task | None:
        """Replace the journal by ``backup`` after the user agreed; every view reloads.
        The work, on a worker, can be cancelled until the journal itself is replaced."""
        from networkjournal.ops.backups import restore_backup

        context = self.context
        if context is None:
            return None
        taken = datetime.fromtimestamp(backup.stat().st_mtime) if backup.exists() else None
        when = taken.strftime("%Y-%m-%d %H:%M") if taken else "?"
        on_server = context.journal.path is None
        if on_server:
            question = restore_server_question(context.journal.url, backup.name, when)
        else:
            question = translate(
                "BackupActions", "Replace your journal by the backup {name} ({when})?\n\nThe "
                "journal as it is now is kept as one more backup; this cannot be undone with "
                "Ctrl+Z.").format(name=backup.name, when=when)
        if confirm and QMessageBox.question(self.window, APP_NAME, question) \
                != QMessageBox.StandardButton.Yes:
            return None
        return context.operations.perform_in_background(
            restore_backup, backup, parent=self.window,
            title=translate("BackupActions", "Restoring {name}…").format(name=backup.name),
            label=translate("BackupActions", "Checking {name}…\nCancel stops the restore until "
                            "the journal itself is being replaced.").format(name=backup.name)
            if on_server else "",
            final_label=translate(
                "BackupActions", "Replacing the server journal's tables in one transaction.\n"
                "This cannot be stopped part-way: it ends with the backup restored, or with the "
                "journal as it was.") if on_server else translate(
                "BackupActions", "Checking {name} and putting it in place of your journal.\n"
                "This cannot be stopped part-way: it ends with the backup restored, or with the "
                "journal as it was.").format(name=backup.name),
            error_title=translate("BackupActions", "Backup not restored"),
            on_done=self._restored, on_cancelled=lambda: self._say(translate(
                "BackupActions", "Restore cancelled; the journal was not changed.")))
        # a refused file is explained by the runner, in one sentence

    def _restored(self, changes: Changes) -> None:
        result = changes.result
        if isinstance(result, int):  # a server journal: the rows restored
            self._say(translate("BackupActions", "Backup restored into the server journal: "
                                "{rows} rows, every table checked.").format(rows=result))
            return
        kept = result.kept
        self._say(translate("BackupActions", "Backup restored; the journal it replaced is kept "
                            "as {path}.").format(path=kept) if kept else
                  translate("BackupActions", "Backup restored."))

    def _failed(self, exc: BaseException) -> None:
        from networkjournal.ui.common.operations import explain_failure

        explain_failure(self.window, exc)


def restore_server_question(url: str, name: str, when: str) -> str:
    """The confirmation a server journal's restore asks, naming the journal it replaces."""
    from networkjournal.credentials import display_url

    return translate(
        "BackupActions", "Replace every table of the server journal\n{journal}\nby the backup "
        "{name} ({when})?\n\nThe journal as it is now is not kept: take one with "
        "File ▸ Back up now first if you may want it back. This cannot be undone with Ctrl+Z."
    ).format(journal=display_url(url), name=name, when=when)


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
