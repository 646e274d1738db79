"""Encrypting a journal file (SQLCipher) and decrypting it: the journal and its backups."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from networkjournal.errors import UserError
from networkjournal.journal_keys import forget, keep, key_from_passphrase, new_passphrase
from networkjournal.store import cipher
from networkjournal.store.backups import rewrite_backups
from networkjournal.store.journal import Journal, open_journal

__all__ = ["Encrypted", "decrypt_journal", "encrypt_journal", "new_passphrase"]


@dataclass(frozen=True)
class Encrypted:
    in_keychain: bool  # False: the passphrase is asked at every start
    backups: int  # backups rewritten with the journal


def _file_of(journal: Journal) -> Path:
    path = journal.path
    if path is None:
        raise UserError("encryption is for journal files: a server journal is protected "
                        "by its server")
    return path


def _refused(exc: BaseException, done: str) -> BaseException:
    """A full disk or an unwritable folder in one line; anything else as it was."""
    if isinstance(exc, cipher.database_errors(OSError)):
        return UserError(f"the journal could not be {done} ({exc}); it is as it was")
    return exc


def _reopen(journal: Journal) -> None:
    """The open journal's engine, on the rewritten file (the old one is gone)."""
    fresh = open_journal(journal.url)
    journal.engine, journal.sessions = fresh.engine, fresh.sessions


def encrypt_journal(journal: Journal, passphrase: str) -> Encrypted:
    """Rewrite the journal and its backups encrypted with the key ``passphrase`` stands for.

    The passphrase goes into the keychain before the swap: a kill just after it still finds
    the key. A failure leaves the journal as it was (plain) and forgets the key.
    """
    path = _file_of(journal)
    if cipher.is_encrypted(path):
        raise UserError(f"{path} is already encrypted")
    key = key_from_passphrase(passphrase)
    in_keychain = keep(path, passphrase)
    journal.engine.dispose()  # no pooled connection keeps the file about to be replaced
    try:
        cipher.rewrite(path, None, key)
    except BaseException as exc:
        forget(path)
        raise _refused(exc, "encrypted") from None
    finally:
        _reopen(journal)
    return Encrypted(in_keychain, rewrite_backups(path, None, key))


def decrypt_journal(journal: Journal) -> int:
    """Rewrite the journal and its backups plain again; returns how many backups."""
    path = _file_of(journal)
    key = cipher.key_for_file(path)
    if key is None:
        raise UserError(f"{path} is not encrypted")
    journal.engine.dispose()
    try:
        cipher.rewrite(path, key, None)
    except BaseException as exc:
        raise _refused(exc, "decrypted") from None
    finally:
        _reopen(journal)
    forget(path)
    return rewrite_backups(path, key, None)
