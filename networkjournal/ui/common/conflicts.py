"""A save refused because someone else changed the entry meanwhile: the user chooses."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from networkjournal.errors import EditConflict, UserError

if TYPE_CHECKING:
    from networkjournal.core.changes import Changes
    from networkjournal.ui.common.operations import Operations

translate = QCoreApplication.translate
THEIRS = "theirs"  # the user kept the other version: the editor closes without saving


def save_unless_changed(operations: Operations, op: Callable[..., Changes], *args: Any,
                        seen: object, parent: QWidget, error_title: str) -> Changes | str | None:
    """Run ``op(journal, *args, seen=seen)`` through the runner; on an edit conflict ask
    "Save mine" (saved again without the check), "Keep theirs" (THEIRS, every view
    reloads) or Cancel (None: back to editing)."""
    try:
        changes = op(operations.journal, *args, seen=seen)
    except EditConflict as exc:
        box = QMessageBox(QMessageBox.Icon.Warning, translate("Conflicts", "Changed elsewhere"),
                          translate("Conflicts", "{what}. Save your version over it, or keep "
                                    "the other one and drop your edits?").format(what=exc),
                          QMessageBox.StandardButton.Cancel, parent)
        mine = box.addButton(translate("Conflicts", "Save mine"),
                             QMessageBox.ButtonRole.AcceptRole)
        theirs = box.addButton(translate("Conflicts", "Keep theirs"),
                               QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is mine:
            return operations.perform(op, *args, parent=parent, error_title=error_title)
        if box.clickedButton() is theirs:
            operations.everything_changed()
            return THEIRS
        return None
    except UserError as exc:
        operations.refused(exc, parent, error_title)
        return None
    operations.done(changes)
    return changes
