"""A journal found damaged at start-up: offer the newest backup that checks out, instead of
leaving the user with an error."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from networkjournal import APP_NAME
from networkjournal.errors import UserError


def newest_sound_backup(journal: Path) -> Path | None:
    """The newest backup of ``journal`` that passes restore's checks, if any."""
    from networkjournal.store.backups import backup_folder, list_backups
    from networkjournal.store.restore import check_backup

    for backup in reversed(list_backups(backup_folder(journal))):
        try:
            check_backup(backup)
        except UserError:
            continue
        return backup
    return None


def offer_backup(parent: QWidget | None, journal: Path, problem: str,
                 ask: Callable[[str], bool] | None = None) -> bool:
    """Say what is wrong and offer the newest sound backup; True once it is restored (the
    caller opens the journal again). The damaged file is kept beside the backups."""
    from networkjournal.store.restore import restore_journal

    backup = newest_sound_backup(journal)
    if backup is None:
        return False
    when = datetime.fromtimestamp(backup.stat().st_mtime).strftime("%Y-%m-%d %H:%M")
    question = QCoreApplication.translate(
        "RestoreOffer", "{problem}\n\nRestore the newest backup that is sound, from {when}? "
        "The damaged journal is kept beside the backups.").format(problem=problem, when=when)
    agreed = ask(question) if ask is not None else QMessageBox.question(
        parent, APP_NAME, question) == QMessageBox.StandardButton.Yes
    if not agreed:
        return False
    restore_journal(journal, backup)
    return True
