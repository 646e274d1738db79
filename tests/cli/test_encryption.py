"""`networkjournal encrypt` and `decrypt`: SQLCipher journals, their keys, their backups, and
proof that a contact's name is nowhere on disk in clear once the journal is encrypted."""

from __future__ import annotations

import hashlib
import logging
import re
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from networkjournal.cli import main
from networkjournal.logs import log_file, setup_logging
from networkjournal.store.backups import backup_folder, list_backups
from networkjournal.store.journal import open_journal

pytestmark = pytest.mark.sqlite_only
NAME = "Zéphyrine Quasimodo"
NEEDLES = ("Zéphyrine", "Quasimodo", "quasimodo")  # the journal keeps first and last apart
VCARD = ("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{name}\r\nN:Quasimodo;Zéphyrine;;;\r\n"
         "ORG:Quasimodo Zéphyrine Labs\r\nEMAIL:zephyrine@quasimodo.example\r\n{note}"
         "END:VCARD\r\n")


def _vcard(tmp_path: Path, note: str = "") -> Path:
    card = tmp_path / f"card{len(note)}.vcf"
    card.write_text(VCARD.format(name=NAME, note=f"NOTE:{note}\r\n" if note else ""),
                    encoding="utf-8")
    return card


@pytest.fixture(autouse=True)
def _new_run():
    """Keys given during a run are kept in its memory: each call starts a new run."""
    from networkjournal import journal_keys
    from networkjournal.store import cipher

    def clear() -> None:
        journal_keys._run_passphrases.clear()
        cipher._opened.clear()

    clear()
    yield clear
    clear()


def _run(db: Path, *args: str) -> int:
    return main(["--db", str(db), *args])


def _encrypt(db: Path, capsys) -> str:
    assert _run(db, "encrypt") == 0
    found = re.search(r"^ {4}([A-Z2-7-]{30,})$", capsys.readouterr().out, re.MULTILINE)
    assert found, "the recovery passphrase is printed"
    return found.group(1)


def _files_holding(folder: Path, *texts: str) -> list[str]:
    """Every file under ``folder`` whose bytes hold any of ``texts`` (UTF-8)."""
    needles = [t.encode() for t in texts]
    return sorted(str(p) for p in folder.rglob("*")
                  if p.is_file() and any(n in p.read_bytes() for n in needles))


def _one_line_error(capsys) -> str:
    err = capsys.readouterr().err
    assert err.startswith("networkjournal: error: ") and err.count("\n") == 1, err
    return err


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_plain_journal_holds_the_name_in_clear(tmp_path):
    """The proof below can fail: the name is there to be found in a plain journal."""
    db = tmp_path / "journal.sqlite"
    assert _run(db, "import", str(_vcard(tmp_path))) == 0
    assert str(db) in _files_holding(tmp_path, *NEEDLES)


def test_an_encrypted_journal_holds_no_name_anywhere_on_disk(tmp_path, capsys):
    db = tmp_path / "journal.sqlite"
    assert _run(db, "import", str(_vcard(tmp_path))) == 0
    assert _run(db, "backup") == 0
    assert list_backups(backup_folder(db)), "a plain backup to be encrypted with the journal"
    _encrypt(db, capsys)
    # After: an import that updates the contact (a note naming her), backups of every kind.
    assert _run(db, "import", str(_vcard(tmp_path, note=f"Met {NAME} at the meetup"))) == 0
    assert _run(db, "backup") == 0
    assert _run(db, "backup", "--out", str(tmp_path / "usb.sqlite")) == 0
    assert _run(db, "check") == 0
    setup_logging()
    logging.getLogger("networkjournal.test").warning("the journal was used")
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert "journal ok" in capsys.readouterr().out
    journal = open_journal(f"sqlite:///{db}")  # the WAL and its index exist while it is open
    try:
        assert Path(f"{db}-wal").exists()
        data = tmp_path / "home"  # data folder (backups), log folder
        on_disk = [p for p in (db, Path(f"{db}-wal"), Path(f"{db}-shm"), log_file(),
                               tmp_path / "usb.sqlite") if p.exists()]
        assert len(list_backups(backup_folder(db))) >= 3
        assert log_file().exists()
        holding = _files_holding(data, *NEEDLES) + [
            str(p) for p in on_disk if any(n.encode() in p.read_bytes() for n in NEEDLES)]
    finally:
        journal.close()
    vcards = {str(tmp_path / "card0.vcf")} | {str(p) for p in tmp_path.glob("card*.vcf")}
    assert [p for p in holding if p not in vcards] == []
    assert _run(db, "stats") == 0  # and it still reads
    assert "Contacts:             1" in capsys.readouterr().out


def test_a_wrong_passphrase_is_one_line_and_the_journal_is_unchanged(tmp_path, capsys,
                                                                     monkeypatch, _new_run):
    db = tmp_path / "journal.sqlite"
    assert _run(db, "import", str(_vcard(tmp_path))) == 0
    passphrase = _encrypt(db, capsys)
    keyring.set_keyring(fail.Keyring())  # nothing holds the key: it must be given
    _new_run()
    before = _digest(db)
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("A" + passphrase[1:] if passphrase[0] != "A" else "B" + passphrase[1:])
    monkeypatch.setenv("NETWORKJOURNAL_PASSPHRASE_FILE", str(wrong))
    for command in (["stats"], ["check"], ["backup"], ["import", str(_vcard(tmp_path))]):
        assert _run(db, *command) == 3
        assert "does not open the encrypted journal" in _one_line_error(capsys)
    assert _digest(db) == before
    wrong.write_text("not a passphrase")
    assert _run(db, "stats") == 3
    assert "not a recovery passphrase" in _one_line_error(capsys)


def test_with_no_keychain_the_passphrase_is_asked_for(tmp_path, capsys, monkeypatch, _new_run):
    keyring.set_keyring(fail.Keyring())
    db = tmp_path / "journal.sqlite"
    assert _run(db, "import", str(_vcard(tmp_path))) == 0
    assert _run(db, "encrypt") == 0
    out = capsys.readouterr().out
    assert "no keychain here" in out
    passphrase = re.search(r"^ {4}(\S+)$", out, re.MULTILINE).group(1)
    _new_run()  # this run still knew it
    assert _run(db, "stats") == 3  # no terminal here to ask at
    assert "NETWORKJOURNAL_PASSPHRASE_FILE" in _one_line_error(capsys)
    given = tmp_path / "passphrase.txt"
    given.write_text(passphrase.lower().replace("-", " ") + "\n")  # as a person may type it
    monkeypatch.setenv("NETWORKJOURNAL_PASSPHRASE_FILE", str(given))
    assert _run(db, "stats") == 0
    assert "Contacts:             1" in capsys.readouterr().out


def test_decrypt_gives_back_a_plain_journal_and_plain_backups(tmp_path, capsys):
    db = tmp_path / "journal.sqlite"
    assert _run(db, "import", str(_vcard(tmp_path))) == 0
    _encrypt(db, capsys)
    assert _run(db, "backup") == 0
    assert not _files_holding(tmp_path / "home", *NEEDLES)
    assert _run(db, "decrypt") == 0
    assert db.read_bytes()[:16] == b"SQLite format 3\x00"
    assert str(db) in _files_holding(tmp_path, *NEEDLES)
    assert all(p.read_bytes()[:16] == b"SQLite format 3\x00"
               for p in list_backups(backup_folder(db)))
    assert _run(db, "decrypt") == 3
    assert "is not encrypted" in _one_line_error(capsys)


def test_an_interrupted_encryption_leaves_the_plain_journal_whole(tmp_path, capsys,
                                                                  monkeypatch):
    import os

    db = tmp_path / "journal.sqlite"
    assert _run(db, "import", str(_vcard(tmp_path))) == 0

    def full_disk(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", full_disk)
    assert _run(db, "encrypt") == 3
    capsys.readouterr()
    monkeypatch.undo()
    assert db.read_bytes()[:16] == b"SQLite format 3\x00"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []
    assert _run(db, "stats") == 0  # a plain journal, no key asked
    assert "Contacts:             1" in capsys.readouterr().out


def test_an_encrypted_backup_restores_onto_a_new_computer(tmp_path, capsys, monkeypatch,
                                                         _new_run):
    db = tmp_path / "journal.sqlite"
    assert _run(db, "import", str(_vcard(tmp_path))) == 0
    passphrase = _encrypt(db, capsys)
    copy = tmp_path / "copy.sqlite"
    assert _run(db, "backup", "--out", str(copy)) == 0
    keyring.set_keyring(fail.Keyring())  # another computer: no key kept for it
    _new_run()
    given = tmp_path / "passphrase.txt"
    given.write_text(passphrase)
    monkeypatch.setenv("NETWORKJOURNAL_PASSPHRASE_FILE", str(given))
    other = tmp_path / "other" / "journal.sqlite"
    assert _run(other, "restore", str(copy)) == 0
    assert _run(other, "stats") == 0
    assert "Contacts:             1" in capsys.readouterr().out
    assert not _files_holding(other.parent, *NEEDLES)
