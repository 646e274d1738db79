"""Encryption from the window: File ▸ Encrypt this journal… shows the recovery passphrase once
and the window goes on working; an encrypted journal with no keychain asks for it at start."""

from __future__ import annotations

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtWidgets import QInputDialog, QMessageBox

from networkjournal.core.drafts import ContactDraft
from networkjournal.ops.contacts import save_contact
from networkjournal.store import cipher
from networkjournal.ui.transfer import encryption_action


@pytest.fixture(autouse=True)
def _new_run():
    """Keys given during a run are kept in its memory: each test starts a new run."""
    from networkjournal import journal_keys

    journal_keys._run_passphrases.clear()
    cipher._opened.clear()
    yield
    journal_keys._run_passphrases.clear()
    cipher._opened.clear()


def _names(page):
    return sorted(page.model.index(r, 0).data() for r in range(page.model.rowCount()))


def test_encrypting_from_the_window_shows_the_passphrase_and_keeps_working(
        qtbot, window, monkeypatch):
    from networkjournal.ui.common.external_changes import ExternalChanges

    journal = window.context.journal
    operations = window.context.operations
    window.external_changes = ExternalChanges(journal, operations, parent=window)  # as started
    operations.perform(save_contact, ContactDraft(first_name="Zéphyrine", last_name="Quasimodo"))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    shown = []
    monkeypatch.setattr(encryption_action, "show_passphrase",
                        lambda parent, passphrase, kept: shown.append((passphrase, kept)))
    assert "&Encrypt this journal…" in [a.text() for a in window.menus["file"].actions()]
    window.encryption.action.trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=15_000)
    passphrase, in_keychain = shown[0]
    assert len(passphrase.replace("-", "")) >= 26 and in_keychain
    assert cipher.is_encrypted(journal.path)
    assert b"Quasimodo" not in journal.path.read_bytes()
    # The window goes on: a new contact is saved into the encrypted journal and shown.
    operations.perform(save_contact, ContactDraft(first_name="Ana"))
    page = window.show_page("contacts")
    qtbot.waitUntil(lambda: _names(page) == ["Ana", "Zéphyrine Quasimodo"], timeout=10_000)
    assert not window.external_changes.check()  # its own change, seen through the key


def test_an_encrypted_journal_with_no_keychain_asks_for_its_passphrase(qtbot, tmp_path,
                                                                        monkeypatch):
    from networkjournal import journal_keys
    from networkjournal.app import make_application, start_main_window
    from networkjournal.ops.encryption import encrypt_journal
    from networkjournal.store.journal import open_journal

    keyring.set_keyring(fail.Keyring())  # this machine: no keychain at all
    url = f"sqlite:///{tmp_path / 'secret.sqlite'}"
    journal = open_journal(url)
    save_contact(journal, ContactDraft(first_name="Ana"))
    passphrase = journal_keys.new_passphrase()
    assert not encrypt_journal(journal, passphrase).in_keychain
    journal.close()
    journal_keys._run_passphrases.clear()  # a new start: nothing knows the key
    cipher._opened.clear()
    wrong = "-".join(["ABCD"] * 6 + ["EF"])  # shaped like one, but another journal's
    typed = iter(["not a passphrase", wrong, passphrase.lower().replace("-", " ")])
    asked = []
    monkeypatch.setattr(QInputDialog, "getText",
                        lambda *a, **k: (asked.append(a[2]) or next(typed), True))
    make_application()
    window = start_main_window(url)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.context is not None, timeout=15_000)
    assert "no keychain holds its key" in asked[0]
    assert "not a recovery passphrase" in asked[1]
    assert "does not open" in asked[2] and len(asked) == 3
    page = window.show_page("contacts")
    qtbot.waitUntil(lambda: _names(page) == ["Ana"], timeout=10_000)
    window.context.journal.close()
