"""`networkjournal encrypt` and `decrypt`: the journal file and its backups, with SQLCipher."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from networkjournal.errors import UserError
from networkjournal.paths import resolve_db

if TYPE_CHECKING:
    from networkjournal.store.journal import Journal

# The store and keyring are imported inside the commands: `--help` needs none of them.


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    encrypt = subparsers.add_parser(
        "encrypt", parents=[common],
        help="encrypt the journal file and its backups (prints a recovery passphrase, once)",
        description="Rewrites the journal with SQLCipher; the key is kept in the system "
        "keychain. Where there is none, the passphrase is asked at each start (or read from "
        "the file NETWORKJOURNAL_PASSPHRASE_FILE names). Needs the encryption extra: "
        'pip install "networkjournal[encryption]".',
    )
    encrypt.set_defaults(func=run_encrypt)
    decrypt = subparsers.add_parser(
        "decrypt", parents=[common], help="rewrite an encrypted journal and its backups plain",
    )
    decrypt.set_defaults(func=run_decrypt)


def _open_alone(db: str | None) -> tuple[Path, Journal]:
    """The journal file, opened (created if new, upgraded if old), not held by a window."""
    from networkjournal.paths import window_has_open
    from networkjournal.store.journal import open_journal, sqlite_path

    url = resolve_db(db)
    path = sqlite_path(url)
    if path is None:
        raise UserError("encryption is for journal files: a server journal is protected by "
                        "its server")
    if window_has_open(path):
        raise UserError("the journal is open in the window: close it first, or use File ▸ "
                        "Encrypt this journal… there; nothing was changed")
    return path, open_journal(url)


def run_encrypt(args: argparse.Namespace) -> int:
    from networkjournal.ops.encryption import encrypt_journal, new_passphrase
    from networkjournal.store.cipher import is_encrypted, sqlcipher

    sqlcipher()  # refused before anything is shown when the extra is missing
    path, journal = _open_alone(args.db)
    try:
        if is_encrypted(path):
            raise UserError(f"{path} is already encrypted")
        passphrase = new_passphrase()
        # Shown before the rewrite: with no keychain, a kill after it must not lose the key.
        print("Recovery passphrase (shown only now: write it down and keep it away from "
              f"this computer):\n\n    {passphrase}\n", flush=True)
        done = encrypt_journal(journal, passphrase)
    finally:
        journal.close()
    where = ("its key is kept in the system keychain" if done.in_keychain else
             "no keychain here: the passphrase will be asked each time (or read from the file "
             "NETWORKJOURNAL_PASSPHRASE_FILE names)")
    print(f"encrypted {path} and {done.backups} backups; {where}")
    return 0


def run_decrypt(args: argparse.Namespace) -> int:
    from networkjournal.ops.encryption import decrypt_journal

    path, journal = _open_alone(args.db)
    try:
        backups = decrypt_journal(journal)
    finally:
        journal.close()
    print(f"decrypted {path} and {backups} backups: they are plain SQLite files again")
    return 0


_asked: set[str] = set()


def ask_passphrase(path: object) -> bool:
    """Ask at the terminal for an encrypted journal's passphrase (once per file and run)."""
    import getpass

    from networkjournal.journal_keys import remember_for_this_run

    if not isinstance(path, Path) or str(path) in _asked or not sys.stdin.isatty():
        return False
    _asked.add(str(path))
    remember_for_this_run(path, getpass.getpass(f"recovery passphrase for {path}: "))
    return True
