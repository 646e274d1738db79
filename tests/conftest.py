"""Every test gets its own journal, data folders, settings and an in-memory keychain."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("MPLBACKEND", "Agg")

import keyring
import pytest
from keyring.backend import KeyringBackend

from networkjournal.store.journal import Journal, open_journal


class MemoryKeyring(KeyringBackend):
    """A keychain that lives in the test's memory, never the machine's."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.passwords.pop((service, username), None)


@pytest.fixture(autouse=True)
def isolated_environment(tmp_path, monkeypatch):
    """Own data/config/log folders (platformdirs reads XDG_*), no NETWORKJOURNAL_DB."""
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        folder = tmp_path / "home" / name.lower()
        folder.mkdir(parents=True)
        monkeypatch.setenv(name, str(folder))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.delenv("NETWORKJOURNAL_DB", raising=False)
    backend = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    yield
    keyring.set_keyring(previous)


@pytest.fixture(autouse=True)
def isolated_qsettings(tmp_path, request):
    """QSettings written under the test's folder (only when Qt is in use)."""
    if "qtbot" not in request.fixturenames and "qapp" not in request.fixturenames:
        yield
        return
    from PySide6.QtCore import QCoreApplication, QSettings

    QCoreApplication.setOrganizationName("NetworkJournalTests")
    QCoreApplication.setApplicationName("networkjournal-tests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qs"))
    # The interface in English whatever the machine's language; a test that switches to
    # French (tests/ui/test_french.py) is switched back afterwards.
    QSettings().setValue("ui/language", "en")
    yield
    from networkjournal.ui.common.i18n import remove_translation

    remove_translation(QCoreApplication.instance())


@pytest.fixture
def journal_path(tmp_path):
    return tmp_path / "journal.sqlite"


@pytest.fixture
def journal(journal_path) -> Journal:
    j = open_journal(f"sqlite:///{journal_path}")
    yield j
    j.close()
