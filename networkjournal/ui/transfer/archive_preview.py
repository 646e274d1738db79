"""What the import preview says of a LinkedIn archive: what it noticed, what messages keep."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from networkjournal.core.records import (
    FILES_IGNORED,
    GROUP_MESSAGES_LEFT_OUT,
    HISTORY_READ,
    NOTES_ASKING_TIME,
    Remark,
)
from networkjournal.ops.settings import message_text, set_message_text
from networkjournal.ui.common.context import AppContext

translate = QCoreApplication.translate


def remark_text(remark: Remark) -> str:
    """What a reader noticed, in the user's language."""
    if remark.kind == NOTES_ASKING_TIME:
        return translate("Transfer", "{n} of your {total} connection notes asked for a coffee "
                         "or a call: a connection note only asks to connect.").format(
            n=remark.count, total=remark.total)
    if remark.kind == GROUP_MESSAGES_LEFT_OUT:
        return translate("Transfer", "Messages you sent to groups are left out (not personal "
                         "outreach): {n}.").format(n=remark.count)
    if remark.kind == HISTORY_READ:
        return translate("Transfer", "Into the chat log: {requests} connection requests and "
                         "{days} conversation-days of messages ({messages} messages).").format(
            requests=remark.count, days=remark.total, messages=remark.names[0])
    if remark.kind == FILES_IGNORED:
        return translate("Transfer", "Files of the archive not read: {names}.").format(
            names=", ".join(remark.names))
    return translate("Transfer", "Your own profile could not be found in the archive: its "
                     "messages are left out.")


class MessageTextChoice(QWidget):
    """What a LinkedIn archive's messages keep of their text: a setting of the journal."""

    def __init__(self, context: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        label = QLabel(self.tr("&Messages keep:"), self)
        self.combo = QComboBox(self)
        for value, text in (("whole", self.tr("their whole text")),
                            ("summary", self.tr("a one-line summary")),
                            ("none", self.tr("no text (the day and who wrote only)"))):
            self.combo.addItem(text, value)
        label.setBuddy(self.combo)
        self.combo.setToolTip(self.tr(
            "Messages stay on this computer either way; choose what the journal keeps."))
        self.combo.setCurrentIndex(max(self.combo.findData(message_text(context.journal)), 0))
        self.combo.currentIndexChanged.connect(lambda _i: context.operations.perform(
            set_message_text, self.combo.currentData(), parent=self))
        row.addWidget(label)
        row.addWidget(self.combo)
        row.addStretch(1)
