"""The chat dialog's template row: the built-in templates in English and French and the
user's own, with "Save as template…" for the note being written and Delete for one's own."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QMessageBox,
    QPushButton,
    QWidget,
)

from networkjournal.core.templates import BUILT_IN, Template, is_users
from networkjournal.ops.templates import delete_template, save_template
from networkjournal.store.templates import user_templates
from networkjournal.ui.common.context import AppContext


class TemplatePicker(QWidget):
    """``current()`` gives the kind and the text a new template would keep."""

    def __init__(self, context: AppContext, current: Callable[[], tuple[str, str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.current = current
        self.combo = QComboBox(self)
        self.combo.setObjectName("template")
        self.combo.setToolTip(self.tr("Fill the notes from a template for this contact"))
        self.save_button = QPushButton(self.tr("Save as t&emplate…"), self)
        self.save_button.setToolTip(self.tr("Keep this note as a template of your own"))
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.delete_button.setToolTip(self.tr("Delete this template of yours"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo, 1)
        layout.addWidget(self.save_button)
        layout.addWidget(self.delete_button)
        self.save_button.clicked.connect(self.save_as)
        self.delete_button.clicked.connect(self.delete)
        self.combo.currentIndexChanged.connect(self._update_buttons)
        self.fill()

    def fill(self, select: str | None = None) -> None:
        """List the templates again; ``select`` (a key) becomes current without filling the
        notes (they hold what was just saved)."""
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItem(self.tr("No template"), None)
        for template in BUILT_IN:
            language = self.tr("English") if template.language == "en" else self.tr("French")
            self.combo.addItem(f"{template.title} ({language})", template)
        for template in self.context.read(user_templates):
            self.combo.addItem(self.tr("{title} (yours)").format(title=template.title), template)
        keys = [t.key if t else None for t in map(self.combo.itemData, range(self.combo.count()))]
        self.combo.setCurrentIndex(keys.index(select) if select in keys else 0)
        self.combo.blockSignals(False)
        self._update_buttons()

    def chosen(self) -> Template | None:
        return self.combo.currentData()

    def _update_buttons(self) -> None:
        template = self.chosen()
        self.delete_button.setEnabled(template is not None and is_users(template))

    def save_as(self) -> None:
        kind, text = self.current()
        template = self.chosen()
        title, ok = QInputDialog.getText(
            self, self.tr("Save as template"),
            self.tr("Name of the template (the same name replaces it):"),
            text=template.title if template is not None and is_users(template) else "")
        if not ok:
            return
        changes = self.context.operations.perform(
            save_template, title, kind, text, parent=self,
            error_title=self.tr("Could not save the template"))
        if changes is not None:
            self.fill(select=changes.result)

    def delete(self) -> None:
        template = self.chosen()
        if template is None or not is_users(template):
            return
        answer = QMessageBox.question(
            self, self.tr("Delete template"),
            self.tr("Delete the template “{title}”? (Edit ▸ Undo brings it back.)").format(
                title=template.title))
        if answer != QMessageBox.StandardButton.Yes:
            return
        if self.context.operations.perform(delete_template, template.key, parent=self,
                                           error_title=self.tr("Could not delete")):
            self.fill()
