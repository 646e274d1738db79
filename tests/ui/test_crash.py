"""An unexpected error is logged and shown with the log file's path; the window stays open."""

from PySide6.QtWidgets import QMessageBox

from networkjournal.errors import UserError
from networkjournal.logs import log_file, setup_logging
from networkjournal.ui.common import crash
from tests.ui.helpers import when_modal


def test_unexpected_error_is_logged_and_shown(qtbot):
    setup_logging()
    shown = []

    def read(box: QMessageBox):
        shown.append((box.text(), box.informativeText()))
        box.accept()

    when_modal(read)
    try:
        raise ValueError("the disk went away")
    except ValueError as exc:
        crash.report_exception(exc)
    assert shown, "no dialog was shown"
    assert "unexpected error" in shown[0][0]
    assert str(log_file()) in shown[0][1]
    logged = log_file().read_text(encoding="utf-8")
    assert "ValueError: the disk went away" in logged
    assert "Traceback" in logged


def test_refused_input_is_a_plain_warning_not_a_crash(qtbot):
    setup_logging()
    shown = []

    def read(box: QMessageBox):
        shown.append(box.text())
        box.accept()

    when_modal(read)
    crash.report_exception(UserError("that file is not a LinkedIn export"))
    assert shown == ["that file is not a LinkedIn export"]
    assert "not a LinkedIn export" not in log_file().read_text(encoding="utf-8")
