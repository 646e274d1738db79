"""File ▸ Encrypt this journal… and the recovery passphrase an encrypted journal asks for when
no keychain holds its key."""

from __future__ import annotations

import html
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QFontDatabase
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit, QMessageBox, QWidget

from networkjournal import APP_NAME
from networkjournal.ui.common.background import run_in_background

if TYPE_CHECKING:
    from networkjournal.ops.encryption import Encrypted
    from networkjournal.ui.common.context import AppContext

translate = QCoreApplication.translate


def ask_passphrase(parent: QWidget | None, path: Path, again: bool = False) -> bool:
    """Ask for an encrypted journal's recovery passphrase; kept for this run only (the
    keychain's entry, if any, is left alone). False when the user cancels."""
    from networkjournal.errors import UserError
    from networkjournal.journal_keys import remember_for_this_run

    text = (translate("Encryption", "That passphrase does not open {path}. Recovery "
                      "passphrase:") if again else
            translate("Encryption", "{path} is encrypted and no keychain holds its key. "
                      "Recovery passphrase:")).format(path=path)
    while True:
        secret, ok = QInputDialog.getText(parent, APP_NAME, text, QLineEdit.EchoMode.Password)
        if not ok or not secret.strip():
            return False
        try:
            remember_for_this_run(path, secret)
        except UserError as exc:  # not even shaped like one: say so and ask again
            text = translate("Encryption", "{problem}. Recovery passphrase:").format(
                problem=str(exc)[:1].upper() + str(exc)[1:])
            continue
        return True


class EncryptionAction(QObject):
    """The File menu entry of one window."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.action = QAction(translate("Encryption", "&Encrypt this journal…"), window)
        self.action.triggered.connect(self.encrypt)

    @property
    def context(self) -> AppContext | None:
        return getattr(self.window, "context", None)

    def encrypt(self, *, confirm: bool = True) -> None:
        from networkjournal.journal_keys import new_passphrase
        from networkjournal.ops.encryption import encrypt_journal
        from networkjournal.store import cipher

        context = self.context
        if context is None:
            return
        path = context.journal.path
        if path is None or cipher.is_encrypted(path):
            QMessageBox.information(self.window, APP_NAME, translate(
                "Encryption", "This journal is already encrypted, or lives on a server."))
            return
        question = translate(
            "Encryption", "Encrypt this journal and its backups? Someone who gets the file "
            "(a lost laptop, a copied backup) cannot read it without the key.\n\nA recovery "
            "passphrase is shown once: write it down and keep it away from this computer.")
        if confirm and QMessageBox.question(self.window, APP_NAME, question) \
                != QMessageBox.StandardButton.Yes:
            return
        passphrase = new_passphrase()
        journal = context.journal
        run_in_background(
            lambda _progress: encrypt_journal(journal, passphrase),
            lambda done: self._encrypted(done, passphrase), parent=self.window,
            title=translate("Encryption", "Encrypting the journal…"),
            on_error=self._failed)

    def _encrypted(self, done: Encrypted, passphrase: str) -> None:
        from networkjournal.store.journal import wait_when_busy
        from networkjournal.ui.common.context import BUSY_WAIT_MS

        context = self.context
        assert context is not None
        wait_when_busy(context.journal, BUSY_WAIT_MS)  # the engine was made anew
        watcher = getattr(self.window, "external_changes", None)
        if watcher is not None:
            watcher.reconnect()
        context.operations.everything_changed()
        show_passphrase(self.window, passphrase, done.in_keychain)

    def _failed(self, exc: BaseException) -> None:
        from networkjournal.ui.common.operations import explain_failure

        explain_failure(self.window, exc)


def show_passphrase(parent: QWidget, passphrase: str, in_keychain: bool) -> None:
    """The recovery passphrase, once, with a way to copy it."""
    box = QMessageBox(parent)
    box.setWindowTitle(APP_NAME)
    box.setIcon(QMessageBox.Icon.Information)
    where = (translate("Encryption", "The key is kept in this computer's keychain.")
             if in_keychain else
             translate("Encryption", "This computer has no keychain: the passphrase is asked "
                       "at every start."))
    box.setText(translate("Encryption", "The journal is encrypted. Its recovery passphrase, "
                          "shown this once:"))
    # The passphrase alone stands out: fixed-width and bold, easy to copy by hand.
    family = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont).family()
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setInformativeText(f'<p style="font-family:\'{family}\'; font-size:large"><b>'
                           f"{html.escape(passphrase)}</b></p><p>{html.escape(where)}</p>")
    copy = box.addButton(translate("Encryption", "&Copy"), QMessageBox.ButtonRole.ActionRole)
    copy.clicked.disconnect()  # copying must not close the message
    copy.clicked.connect(lambda: QApplication.clipboard().setText(passphrase))
    box.addButton(QMessageBox.StandardButton.Ok)
    box.exec()


def install_encryption_action(window: QWidget, before: QAction | None) -> EncryptionAction:
    entry = EncryptionAction(window)
    menu = window.menus["file"]  # type: ignore[attr-defined]
    if before is not None:
        menu.insertAction(before, entry.action)
    else:
        menu.addAction(entry.action)
    window.encryption = entry  # type: ignore[attr-defined]
    return entry
