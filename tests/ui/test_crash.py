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


def test_a_failing_statement_shows_and_logs_no_contact_details(qtbot, journal):
    """SQLAlchemy prints a statement's values ("[parameters: ...]"): names, emails, URLs."""
    import pytest
    from sqlalchemy.exc import IntegrityError

    from networkjournal.store.models import Contact

    setup_logging()
    shown = []

    def read(box: QMessageBox):
        shown.append(box.text() + box.informativeText() + box.detailedText())
        box.accept()

    secrets = ("Zoé", "Quennell", "zoe.q@private.example", "linkedin.com/in/zoeq")
    with pytest.raises(IntegrityError) as failed, journal.transaction() as session:
        session.add(Contact(first_name=secrets[0], last_name=secrets[1], email=secrets[2],
                            linkedin_url=secrets[3], introduced_by_id=99999))
        session.flush()
    when_modal(read)
    crash.report_exception(failed.value)
    assert shown and "FOREIGN KEY" in shown[0]
    logged = log_file().read_text(encoding="utf-8")
    assert "FOREIGN KEY" in logged
    for secret in secrets:
        assert secret not in shown[0] and secret not in logged and secret not in str(failed.value)
