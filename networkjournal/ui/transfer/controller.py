"""File > Import… / Export… and Contact > Merge contacts…: the GUI side of imports and exports.

An import is first run as a dry run in the background to fill the preview
(new / updated / possible duplicates / rejected, with reasons); only when the
user confirms does the real import run, in the background, with Cancel.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from networkjournal.ui.common.i18n import QT_TRANSLATE_NOOP

# Only Qt at import time: the main window builds its menus before the store
# (SQLAlchemy) is imported, so io/store modules load when an action first runs.
if TYPE_CHECKING:
    from networkjournal.core.changes import Changes
    from networkjournal.ops.transfer import Imported
    from networkjournal.store.import_summary import ImportSummary
    from networkjournal.ui.common.background import Task
    from networkjournal.ui.common.context import AppContext
    from networkjournal.ui.main_window import MainWindow
    from networkjournal.ui.transfer.dialogs import ImportPreviewDialog, MergeDialog

_FILTER = QT_TRANSLATE_NOOP(
    "TransferController",
    "Contacts and LinkedIn archives (*.csv *.vcf *.vcard *.txt *.tsv *.zip);;All files (*)")

translate = QCoreApplication.translate


def install_transfer_actions(window: MainWindow) -> TransferController:
    """Add Import…/Export… to the File menu and Merge contacts… to the Contact menu."""
    controller = TransferController(window)
    # MainWindow does not declare ``transfer`` (it is set here, read by tests and pages).
    window.transfer = controller  # type: ignore[attr-defined]
    file_menu = window.menus["file"]
    first = file_menu.actions()[0] if file_menu.actions() else None
    actions = []
    for text, slot, shortcut in (
        (translate("TransferController", "&Import contacts…"), controller.choose_import,
         "Ctrl+I"),
        (translate("TransferController", "Import a &folder (an export, a LinkedIn archive)…"),
         controller.choose_import_folder, None),
        (translate("TransferController", "&Export…"), controller.choose_export, "Ctrl+E"),
    ):
        action = QAction(text, window)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        actions.append(action)
    if first is not None:
        file_menu.insertActions(first, actions)
        file_menu.insertSeparator(first)
    else:  # what inserting before no action does in Qt (the stubs want an action)
        file_menu.addActions(actions)
        file_menu.addSeparator()
    controller.action_import, controller.action_import_folder, controller.action_export = actions
    from networkjournal.ui.transfer.backup_actions import install_backup_actions

    install_backup_actions(window, first)
    merge = QAction(translate("TransferController", "&Merge contacts…"), window)
    merge.triggered.connect(controller.choose_merge)
    window.menus["contact"].addSeparator()
    window.menus["contact"].addAction(merge)
    controller.action_merge = merge
    return controller


class TransferController(QObject):
    """Runs the import, export and merge flows for one main window."""

    # The menu entries, set by install_transfer_actions.
    action_import: QAction
    action_import_folder: QAction
    action_export: QAction
    action_merge: QAction

    preview_ready = Signal(object)  # the dialog, once shown
    import_finished = Signal(object)  # ImportSummary after commit
    export_finished = Signal(object)
    message_shown = Signal(str)

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.preview: ImportPreviewDialog | None = None
        self.task: Task | None = None
        self.last_message = ""

    @property
    def context(self) -> AppContext | None:
        """The window's journal; None while it is still opening (actions then wait)."""
        return getattr(self.window, "context", None)

    # ----------------------------------------------------------------- import
    def choose_import(self) -> None:
        if self.context is None:
            return
        settings = QSettings()
        folder = str(settings.value("transfer/import_folder", str(Path.home())))
        path, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Import contacts"), folder, self.tr(_FILTER)
        )
        if path:
            settings.setValue("transfer/import_folder", str(Path(path).parent))
            self.start_import(Path(path))

    def choose_import_folder(self) -> None:
        """The contacts.csv, chats.csv and pipeline.csv that `Export…` wrote, or LinkedIn's
        data archive unzipped, as one import."""
        if self.context is None:
            return
        settings = QSettings()
        folder = str(settings.value("transfer/import_folder", str(Path.home())))
        path = QFileDialog.getExistingDirectory(
            self.window, self.tr("Import a folder: a Network Journal export or LinkedIn's "
                                 "archive unzipped"), folder
        )
        if path:
            settings.setValue("transfer/import_folder", path)
            self.start_import(Path(path))

    def start_import(self, path: Path, expected: str | None = None) -> None:
        """Dry run in the background, then the preview dialog."""
        from networkjournal.ops.transfer import import_file

        assert self.context is not None
        self.task = self.context.operations.perform_in_background(
            import_file, path, expected, dry_run=True, collect_rows=True,
            on_done=lambda changes: self._show_preview(path, expected, changes.result),
            parent=self.window,
            title=self.tr("Reading {name}…").format(name=path.name),
            on_error=lambda exc: self._failed(
                self.tr("Cannot import {name}").format(name=path.name), exc
            ),
        )

    def _show_preview(self, path: Path, expected: str | None, imported: Imported) -> None:
        from networkjournal.ui.transfer.dialogs import ImportPreviewDialog

        self.preview = ImportPreviewDialog(path, imported.label, imported.summary, self.window,
                                           self.context)
        self.preview.accepted.connect(lambda: self._run_import(path, expected))
        self.preview.open()
        self.preview_ready.emit(self.preview)

    def _run_import(self, path: Path, expected: str | None) -> None:
        from networkjournal.ops.transfer import import_file

        assert self.context is not None
        self.task = self.context.operations.perform_in_background(
            import_file, path, expected,
            on_done=lambda changes: self._imported(changes.result.summary),
            parent=self.window,
            title=self.tr("Importing {name}…").format(name=path.name),
            on_error=lambda exc: self._failed(self.tr("Import failed"), exc),
            on_cancelled=lambda: self._status(
                self.tr("Import cancelled: the journal is unchanged.")
            ),
        )

    def _imported(self, summary: ImportSummary) -> None:
        from networkjournal.ui.transfer.dialogs import counts_text

        self._status(counts_text(summary, done=True))
        self.import_finished.emit(summary)

    # ----------------------------------------------------------------- export
    def choose_export(self) -> None:
        from networkjournal.ui.transfer.dialogs import ExportDialog

        if self.context is None:
            return
        dialog = ExportDialog(self.window)
        dialog.accepted.connect(lambda: self._export_chosen(dialog.choice()))
        dialog.open()

    def _export_chosen(self, what: str) -> None:
        settings = QSettings()
        folder = Path(str(settings.value("transfer/export_folder", str(Path.home()))))
        if what == "all":
            target = QFileDialog.getExistingDirectory(
                self.window, self.tr("Export everything into a folder"), str(folder)
            )
        else:
            suffix = ".ics" if what == "ics" else ".csv"
            name = "network-journal" if what == "ics" else what
            target, _ = QFileDialog.getSaveFileName(
                self.window,
                self.tr("Export"),
                str(folder / f"{name}{suffix}"),
                self.tr("Calendar (*.ics)") if what == "ics" else self.tr("CSV (*.csv)"),
            )
        if target:
            settings.setValue("transfer/export_folder", str(Path(target).parent))
            self.start_export(what, Path(target))

    def start_export(self, what: str, target: Path) -> None:
        from networkjournal.ops.transfer import export

        assert self.context is not None

        def done(changes: Changes) -> None:
            self._status(
                self.tr("Exported {count} rows to {path}.").format(count=changes.count,
                                                                   path=target)
            )
            self.export_finished.emit(changes.result)

        self.task = self.context.operations.perform_in_background(
            export, what, target, on_done=done,
            parent=self.window,
            title=self.tr("Exporting…"),
            on_error=lambda exc: self._failed(self.tr("Export failed"), exc),
            on_cancelled=lambda: self._status(self.tr("Export cancelled.")),
        )

    # ------------------------------------------------------------------ merge
    def choose_merge(self, keep_id: int | None = None) -> MergeDialog | None:
        from networkjournal.ui.transfer.dialogs import MergeDialog

        if self.context is None:
            return None
        if not keep_id:
            page = getattr(self.window, "pages", {}).get("contacts")
            keep_id = getattr(page, "selected_contact_id", lambda: None)()
        dialog = MergeDialog(self.context, keep_id, self.window)
        dialog.merged.connect(
            lambda result: self._status(
                self.tr("Merged {removed} into {kept}.").format(
                    removed=result.removed_name, kept=result.kept_name
                )
            )
        )
        dialog.open()
        return dialog

    # ---------------------------------------------------------------- helpers
    def _status(self, text: str) -> None:
        self.last_message = text
        bar = getattr(self.window, "statusBar", None)
        if bar is not None:
            bar().showMessage(text, 15000)
        self.message_shown.emit(text)

    def _failed(self, title: str, exc: BaseException) -> None:
        from networkjournal.errors import UserError

        if not isinstance(exc, UserError):
            from networkjournal.ui.common.crash import report_exception

            report_exception(exc)
            return
        self.last_message = str(exc)
        box = QMessageBox(
            QMessageBox.Icon.Warning, title, str(exc), QMessageBox.StandardButton.Ok, self.window
        )
        box.setInformativeText(self.tr("Nothing was written: the journal is unchanged."))
        box.open()
        self.error_box = box
        self.message_shown.emit(str(exc))
