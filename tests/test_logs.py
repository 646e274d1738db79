"""The log file (it can name what failed) is readable by its owner only."""

import logging
import os
import stat

import pytest

from networkjournal import logs
from networkjournal.logs import log_file, setup_logging

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


def _mode(path):
    return stat.S_IMODE(path.stat().st_mode)


def test_the_log_file_and_its_folder_are_owner_only(monkeypatch):
    monkeypatch.setattr(logs, "_configured", None)
    old = os.umask(0o022)  # a usual umask: files are 0644 unless asked otherwise
    try:
        path = setup_logging()
        logging.getLogger("networkjournal.test").error("something failed")
    finally:
        os.umask(old)
    assert path == log_file() and path.exists()
    assert _mode(path) == 0o600
    assert _mode(path.parent) == 0o700


def test_a_log_left_readable_by_others_is_closed_and_rotated_files_too(monkeypatch):
    monkeypatch.setattr(logs, "_configured", None)
    path = log_file()
    path.write_text("an older log\n", encoding="utf-8")
    path.chmod(0o644)
    setup_logging()
    assert _mode(path) == 0o600
    handler = next(h for h in logging.getLogger("networkjournal").handlers
                   if getattr(h, "baseFilename", None) == str(path))
    handler.doRollover()
    logging.getLogger("networkjournal.test").error("after the rollover")
    assert _mode(path) == 0o600
    assert _mode(path.with_name(path.name + ".1")) == 0o600
