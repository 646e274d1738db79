"""An encrypted journal's key: a recovery passphrase, kept in the system keychain or asked."""

from __future__ import annotations

import base64
import hashlib
import logging
import os
import secrets
from contextlib import suppress
from pathlib import Path

from networkjournal import APP_ID
from networkjournal.errors import UserError

# The recovery passphrase is 128 random bits written in base32 (26 letters and digits in
# groups of 4): as strong as the cipher's key, so no slow key stretching is needed and a
# connection opens as fast as a plain one. The 256-bit key SQLCipher takes is its SHA-256.
_SECRET_BYTES = 16
_KEY_CONTEXT = b"networkjournal journal key v1\x00"
PASSPHRASE_FILE_ENV = "NETWORKJOURNAL_PASSPHRASE_FILE"  # for scripts: a file holding it

log = logging.getLogger("networkjournal.keys")
# Passphrases given during this run (asked, read from a file, or just made), by journal file.
_run_passphrases: dict[str, str] = {}


def _account(path: Path) -> str:
    return f"journal-key:{path.resolve()}"


def new_passphrase() -> str:
    letters = base64.b32encode(secrets.token_bytes(_SECRET_BYTES)).decode().rstrip("=")
    return "-".join(letters[i:i + 4] for i in range(0, len(letters), 4))


def key_from_passphrase(passphrase: str) -> bytes:
    """The journal key a recovery passphrase stands for (spaces, dashes and case ignored)."""
    letters = "".join(ch for ch in passphrase.upper() if ch.isalnum())
    try:
        secret = base64.b32decode(letters + "=" * (-len(letters) % 8))
    except ValueError:
        secret = b""
    if len(secret) != _SECRET_BYTES:
        raise UserError("that is not a recovery passphrase (26 letters and digits, "
                        "as shown when the journal was encrypted); nothing was changed")
    return hashlib.sha256(_KEY_CONTEXT + secret).digest()


def remember_for_this_run(path: Path, passphrase: str) -> None:
    """A passphrase the user typed: kept in this process's memory only."""
    key_from_passphrase(passphrase)  # refuses what is no passphrase at all
    _run_passphrases[str(path.resolve())] = passphrase


def forget_for_this_run(path: Path) -> None:
    _run_passphrases.pop(str(path.resolve()), None)


def forget(path: Path) -> None:
    """Forget a journal's key (the journal is no longer encrypted)."""
    forget_for_this_run(path)
    import keyring
    from keyring.errors import KeyringError, NoKeyringError, PasswordDeleteError

    with suppress(NoKeyringError, KeyringError, PasswordDeleteError):  # none kept, no keychain
        keyring.delete_password(APP_ID, _account(path))


def keep(path: Path, passphrase: str) -> bool:
    """Keep a journal's passphrase in the keychain (and for this run); False with no keychain."""
    remember_for_this_run(path, passphrase)
    import keyring
    from keyring.errors import KeyringError, NoKeyringError

    try:
        keyring.set_password(APP_ID, _account(path), passphrase)
    except (NoKeyringError, KeyringError) as exc:
        log.info("no keychain to keep a journal key in: %s", type(exc).__name__)
        return False
    return True


def passphrase_for(path: Path) -> str | None:
    """The recovery passphrase of the encrypted journal at ``path``: given this run, else in
    the file NETWORKJOURNAL_PASSPHRASE_FILE names, else in the keychain; None if nowhere."""
    known = _run_passphrases.get(str(path.resolve()))
    if known is not None:
        return known
    named = os.environ.get(PASSPHRASE_FILE_ENV)
    if named:
        try:
            return Path(named).read_text(encoding="utf-8").strip()
        except OSError as exc:
            raise UserError(f"cannot read the passphrase file {named}: "
                            f"{exc.strerror or exc}") from None
    import keyring
    from keyring.errors import KeyringError, NoKeyringError

    try:
        kept: str | None = keyring.get_password(APP_ID, _account(path))
    except (NoKeyringError, KeyringError) as exc:
        log.info("no keychain to read a journal key from: %s", type(exc).__name__)
        return None
    if kept is not None:
        _run_passphrases[str(path.resolve())] = kept
    return kept


def journal_key(path: Path) -> bytes | None:
    """The key of the encrypted journal at ``path``, or None when nothing holds it."""
    passphrase = passphrase_for(path)
    return None if passphrase is None else key_from_passphrase(passphrase)
