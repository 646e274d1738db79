"""Server-journal passwords live in the keychain; without a keychain the app still works."""

import io

import keyring
from keyring.backends import fail

from networkjournal.cli import main
from networkjournal.credentials import (
    display_url,
    keychain_available,
    store_password,
    with_stored_password,
)
from networkjournal.paths import resolve_db

URL = "postgresql://camille@db.example:5432/journal"


def test_password_is_kept_in_the_keychain_and_added_to_the_url():
    assert store_password(URL, "s3cret")
    assert keyring.get_password("networkjournal", "camille@db.example:5432/journal") == "s3cret"
    assert with_stored_password(URL) == "postgresql://camille:s3cret@db.example:5432/journal"
    assert resolve_db(URL) == "postgresql://camille:s3cret@db.example:5432/journal"
    # Shown to the user without it.
    assert "s3cret" not in display_url(resolve_db(URL))


def test_a_password_in_the_url_wins_and_files_are_untouched():
    store_password(URL, "s3cret")
    assert with_stored_password("postgresql://camille:other@db.example:5432/journal").endswith(
        ":other@db.example:5432/journal")
    assert with_stored_password("sqlite:////tmp/j.sqlite") == "sqlite:////tmp/j.sqlite"


def test_no_keychain_is_handled_gracefully(capsys, monkeypatch):
    keyring.set_keyring(fail.Keyring())
    assert not keychain_available()
    assert with_stored_password(URL) == URL  # connect without a stored password
    assert not store_password(URL, "s3cret")
    monkeypatch.setattr("sys.stdin", io.StringIO("s3cret\n"))
    assert main(["password", "--db", URL]) == 3
    assert "no system keychain" in capsys.readouterr().err


def test_password_command_stores_from_stdin(capsys, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO("s3cret\n"))
    assert main(["password", "--db", URL]) == 0
    out = capsys.readouterr().out
    assert "s3cret" not in out and "camille@db.example" in out
    assert with_stored_password(URL).startswith("postgresql://camille:s3cret@")


def test_password_command_refuses_a_journal_file(capsys, tmp_path):
    assert main(["password", "--db", str(tmp_path / "j.sqlite")]) == 3
    assert "needs no password" in capsys.readouterr().err
