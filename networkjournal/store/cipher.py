"""Encrypted journal files (SQLCipher): recognised, opened with their key, rewritten in one swap."""

from __future__ import annotations

import os
import sqlite3
import sys
from contextlib import suppress
from pathlib import Path
from typing import Any

from sqlalchemy.engine import Engine, make_url

from networkjournal.durable import fsync_dir, fsync_file, private_part
from networkjournal.errors import KeyNeeded, UserError

SQLITE_HEADER = b"SQLite format 3\x00"
ENCRYPTION_EXTRA = 'pip install "networkjournal[encryption]"'
OLD = ".old"  # the file a rewrite replaced, overwritten and removed once the new one is in place
BUSY_TIMEOUT_S = 5.0

_quiet = False
# Each journal file's key (None: plain) as found when first opened. The file is never read
# again to tell: closing any descriptor of a file drops the POSIX locks SQLite holds on it
# in this process, and another program could then write under an upgrade or a backup.
_opened: dict[str, bytes | None] = {}


class WrongKey(UserError):
    """The key or passphrase given does not open this encrypted journal."""


def is_encrypted(path: Path) -> bool:
    """An SQLCipher file: whole pages of what looks like random bytes, no SQLite header."""
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            header = handle.read(16)
    except FileNotFoundError:
        return False
    except PermissionError:
        raise UserError(f"cannot read the journal file {path}: permission denied") from None
    return size >= 512 and size % 512 == 0 and header != SQLITE_HEADER


def looks_like_sqlite(path: Path) -> bool:
    """A plain SQLite file or an encrypted one (anything else is refused untouched)."""
    try:
        with path.open("rb") as handle:
            plain = handle.read(16) == SQLITE_HEADER
    except PermissionError:
        raise UserError(f"cannot read the journal file {path}: permission denied") from None
    return plain or is_encrypted(path)


def sqlcipher() -> Any:
    """The SQLCipher driver; refused in one line naming the extra when it is not installed."""
    try:
        import sqlcipher3  # type: ignore[import-untyped,unused-ignore]
    except ImportError:
        raise UserError(f"an encrypted journal needs SQLCipher: {ENCRYPTION_EXTRA}") from None
    global _quiet
    if not _quiet:  # SQLCipher's log (process-wide) writes to stderr: a wrong key is our line
        sqlcipher3.connect(":memory:").execute("PRAGMA cipher_log_level = NONE")
        _quiet = True
    return sqlcipher3


def key_for_file(path: Path, key: bytes | None = None) -> bytes | None:
    """None for a plain file; an encrypted one's key: ``key``, else the one this run or the
    keychain holds. KeyNeeded when nothing holds it (the caller asks the user)."""
    remove_leftover(path)
    known = str(path.resolve())
    if key is None and known in _opened:
        return _opened[known]
    if not is_encrypted(path):
        _opened[known] = None
        return None
    if key is not None:
        return key
    from networkjournal.journal_keys import PASSPHRASE_FILE_ENV, journal_key

    found = journal_key(path)
    if found is None:
        raise KeyNeeded(f"{path} is encrypted and no keychain holds its key: give its recovery "
                        "passphrase (at a terminal, or in a file named by "
                        f"{PASSPHRASE_FILE_ENV})", path)
    _opened[known] = found
    return found


def note_key(path: Path, key: bytes | None) -> None:
    """What a journal file now is (a rewrite, a restore): plain (None) or encrypted."""
    _opened[str(path.resolve())] = key


def wrong_key(path: Path) -> WrongKey:
    from networkjournal.journal_keys import forget_for_this_run

    _opened.pop(str(path.resolve()), None)
    forget_for_this_run(path)  # the window asks again; the keychain's entry is left alone
    return WrongKey(f"this key does not open the encrypted journal {path} "
                    "(a wrong passphrase, or another journal's); nothing was changed")


def is_not_a_database(exc: BaseException) -> bool:
    return "not a database" in str(getattr(exc, "orig", exc))


def database_errors(*others: type[Exception]) -> tuple[type[Exception], ...]:
    """sqlite3's errors and SQLCipher's (its own classes), and ``others``, for an ``except``
    clause (evaluated only when an exception reaches it)."""
    module = sys.modules.get("sqlcipher3")
    return (*others, sqlite3.Error) if module is None else (*others, sqlite3.Error, module.Error)


def _key_literal(key: bytes | None) -> str:
    # SQLCipher's raw key form: 64 hex digits are the key itself, no key derivation.
    return f"\"x'{key.hex()}'\"" if key is not None else "''"


def connect(path: Path, key: bytes | None, *, read_only: bool = False, cipher: bool = False,
            timeout: float = BUSY_TIMEOUT_S, **options: Any) -> Any:
    """A DB-API connection to a journal file: sqlite3 for a plain one, SQLCipher with ``key``
    for an encrypted one (WrongKey when it does not open it). ``read_only`` creates nothing;
    ``cipher`` takes SQLCipher's driver for a plain file too (to export it)."""
    target = f"{path.resolve().as_uri()}?mode=ro" if read_only else str(path)
    if key is None and not cipher:
        return sqlite3.connect(target, uri=read_only, timeout=timeout, **options)
    module = sqlcipher()
    conn = module.connect(target, uri=read_only, timeout=timeout, **options)
    try:
        if key is not None:
            conn.execute(f"PRAGMA key = {_key_literal(key)}")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except module.DatabaseError as exc:
        conn.close()
        if is_not_a_database(exc):
            raise wrong_key(path) from None
        raise
    return conn


def keyed_engine(url: str, key: bytes) -> Engine:
    """An engine on an encrypted journal file, pooled as a plain file's is (SQLAlchemy's
    pysqlcipher default is one connection per thread). The URL holds the key: never rendered."""
    from sqlalchemy import create_engine
    from sqlalchemy.pool import QueuePool

    sqlcipher()
    keyed = make_url(url).set(drivername="sqlite+pysqlcipher", password=f"x'{key.hex()}'")
    return create_engine(keyed, hide_parameters=True, poolclass=QueuePool)


def _overwrite_and_remove(path: Path) -> None:
    """Zeros over a file's bytes, then remove it: the plain journal is not left readable on
    disk (an SSD or a copy-on-write filesystem may still keep old blocks: see README)."""
    with suppress(FileNotFoundError):
        size = path.stat().st_size
        with path.open("r+b") as handle:
            block = b"\0" * (1 << 20)
            for _ in range(0, size, len(block)):
                handle.write(block)
            handle.flush()
            os.fsync(handle.fileno())
        path.unlink()


def remove_leftover(path: Path) -> None:
    """The replaced file a killed rewrite left beside the journal (the journal is whole)."""
    old = path.with_name(f".{path.name}{OLD}")
    if old.exists():
        _overwrite_and_remove(old)


def _same_file(first: Path, second: Path) -> bool:
    try:
        return os.path.samefile(first, second)
    except OSError:
        return False


def rewrite(path: Path, source_key: bytes | None, target_key: bytes | None) -> None:
    """The journal file at ``path`` rewritten with ``target_key`` (None: plain), whole or not
    at all: the copy is written beside it (sqlcipher_export, while the write lock is held so
    no commit is lost), flushed to the disk, then renamed over the journal. A kill before the
    rename leaves the journal as it was; after it, the new one. The old file and its WAL are
    then overwritten and removed."""
    remove_leftover(path)
    part = private_part(path)
    old = path.with_name(f".{path.name}{OLD}")
    locker = connect(path, source_key)  # holds the write lock until the swap
    try:
        locker.isolation_level = None
        locker.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        locker.execute("BEGIN IMMEDIATE")
        exporter = connect(path, source_key, cipher=True)
        try:
            exporter.isolation_level = None
            exporter.execute(f"ATTACH DATABASE ? AS target KEY {_key_literal(target_key)}",
                             (str(part),))
            exporter.execute("BEGIN")
            exporter.execute("SELECT sqlcipher_export('target')")
            version = exporter.execute("PRAGMA main.user_version").fetchone()[0]
            exporter.execute(f"PRAGMA target.user_version = {int(version)}")
            exporter.execute("COMMIT")
            exporter.execute("DETACH DATABASE target")
        finally:
            exporter.close()
        fsync_file(part)
        os.link(path, old)  # the old bytes stay reachable to be overwritten after the swap
        os.replace(part, path)
        fsync_dir(path.parent)
    except BaseException:
        part.unlink(missing_ok=True)
        if _same_file(old, path):
            old.unlink()  # the swap did not happen: the journal is the old file itself
        raise
    finally:
        with suppress(Exception):
            locker.rollback()
        locker.close()
    note_key(path, target_key)
    for extra in ("-wal", "-shm"):  # the replaced file's: the new one has none yet
        _overwrite_and_remove(Path(f"{path}{extra}"))
    _overwrite_and_remove(old)
    fsync_dir(path.parent)
