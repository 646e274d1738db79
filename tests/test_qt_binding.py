"""The Qt binding we ship with must not leak references to None (it aborts long sessions)."""

import sys

from PySide6.QtWidgets import QWidget


def test_qt_calls_keep_none_alive(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    before = sys.getrefcount(None)
    for _ in range(2000):
        widget.setObjectName("probe")  # a void call: returns None
        widget.parent()  # returns None
    # Python 3.12+ makes None immortal, where the count is a constant anyway.
    assert sys.getrefcount(None) >= before - 50
