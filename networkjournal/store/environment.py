"""Environment errors (busy, read-only, full, damaged, unreadable, server gone) in words."""

from __future__ import annotations

import sqlite3

from networkjournal.errors import JournalDamaged, UserError
from networkjournal.store.server import server_error

# Substrings of SQLite's messages (sqlite3 and SQLAlchemy's wrapper carry the same text).
_DAMAGED = ("malformed", "not a database", "file is encrypted", "corrupt")
_UNREADABLE = ("unable to open database file", "permission denied", "access permission")


def environment_error(exc: BaseException, where: str = "") -> UserError | None:
    """The refusal a person should read for ``exc``, or None when it is a bug.

    ``where`` names the journal file when the caller knows it. Damage and
    permissions are facts about the file, not crashes: the CLI exits 3 and the
    window says what happened instead of showing the crash dialog.
    """
    if isinstance(exc, UserError):
        return exc
    the_file = f"the journal file {where}" if where else "the journal file"
    orig = getattr(exc, "orig", exc)  # SQLAlchemy's DBAPIError wraps the driver's error
    if not isinstance(orig, sqlite3.Error) and not type(orig).__module__.startswith("sqlcipher3"):
        return server_error(orig)
    message = str(orig).lower()
    if any(word in message for word in _DAMAGED):
        return JournalDamaged(f"{the_file} is damaged ({orig}); nothing was changed, "
                              "restore a copy you trust")
    if any(word in message for word in _UNREADABLE):
        return UserError(f"cannot read {the_file}: permission denied")
    if "locked" in message or "busy" in message:
        return UserError("the journal is busy: another Network Journal (or program) is "
                         "writing to it; try again in a moment")
    if "readonly" in message or "read-only" in message:
        return UserError(f"{the_file} is read-only: nothing was changed")
    if "disk" in message and ("full" in message or "i/o" in message):
        return UserError(f"the journal could not be written ({orig}); nothing was changed")
    return None
