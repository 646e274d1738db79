"""Opening a journal: engine and its pragmas, migrations at open, backup before upgrade."""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import (
    Column,
    Connection,
    Engine,
    MetaData,
    PrimaryKeyConstraint,
    String,
    Table,
    create_engine,
    event,
    insert,
    inspect,
    text,
)
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from networkjournal.errors import JournalTooNewError, UserError
from networkjournal.store import cipher
from networkjournal.store.environment import environment_error
from networkjournal.store.schema_version import SCHEMA_HEAD

if TYPE_CHECKING:
    from alembic.config import Config

WRITE_OPTION = "networkjournal_write"
BUSY_TIMEOUT_MS = 5000  # how long a write waits for another writer before "busy"
PAGE_CACHE_KB = 1000

# Alembic is imported only when a journal needs creating or upgrading: it costs
# about half a second of start-up, and a journal at SCHEMA_HEAD needs none of it.


def _migrations_dir() -> str:
    # importlib.resources finds the folder in a source tree and in an installed wheel alike.
    return str(resources.files("networkjournal.store") / "migrations")


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", _migrations_dir())
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def sqlite_path(url: str) -> Path | None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return None
    database = parsed.database or ""
    if database in ("", ":memory:") or database.startswith("file:"):
        return None
    return Path(database)


def _prepare_sqlite_file(path: Path) -> None:
    """Create a new journal's folder and file owner-only before SQLite touches them.

    An existing file keeps the mode its owner gave it (a read-only journal stays so).
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists():
        fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
        os.close(fd)


def _install_sqlite_pragmas(engine: Engine) -> None:
    """Foreign keys and a busy timeout on every connection; a real BEGIN (WAL: _opened).

    pysqlite otherwise defers BEGIN until the first write, which breaks
    SAVEPOINT and lets a read-then-write unit of work see two snapshots
    (SQLAlchemy's "Serializable isolation / Savepoints / Transactional DDL").
    """

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA synchronous=NORMAL")
        # 1 MB of SQLite's own page cache per connection (its default is 2): the operating
        # system caches the file anyway, and the window keeps a connection per thread.
        cursor.execute(f"PRAGMA cache_size=-{PAGE_CACHE_KB}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        # A unit of work that will write takes the write lock up front: a deferred BEGIN
        # that reads first cannot wait for another writer and fails at once with "locked".
        write = conn.get_execution_options().get(WRITE_OPTION)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


def make_engine(url: str, key: bytes | None = None) -> Engine:
    """An engine for a journal URL; SQLite gets the journal's pragmas, an encrypted file its
    ``key`` (SQLCipher, pooled as a plain file is).

    A failed statement's message leaves its values out: they are names, emails and
    notes, and the message reaches the log and the crash dialog.
    """
    from networkjournal.store.server import engine_url

    try:
        engine = (cipher.keyed_engine(url, key) if key is not None
                  else create_engine(engine_url(url), hide_parameters=True))
    except (ArgumentError, ImportError, ValueError) as exc:
        from networkjournal.credentials import display_url

        shown = url if isinstance(exc, ArgumentError) else display_url(url)
        raise UserError(f"cannot open journal {shown!r}: {exc}") from None
    if engine.dialect.name == "sqlite":
        _install_sqlite_pragmas(engine)
    return engine


def wait_when_busy(journal: Journal, ms: int) -> None:
    """How long this journal's writes wait for another writer before being refused as busy.

    The window waits far less than the command line: a unit of work runs on the UI thread,
    and 5 s behind another program's import is a frozen window.
    """
    if journal.engine.dialect.name != "sqlite":
        return

    @event.listens_for(journal.engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        dbapi_connection.execute(f"PRAGMA busy_timeout={int(ms)}")

    journal.engine.dispose()  # connections already pooled reopen with it


# Server journals: each commit notifies this channel, naming the process that made it.
CHANGES_CHANNEL = "networkjournal_changes"
RUN_ID = f"{os.getpid()}-{os.urandom(4).hex()}"


@dataclass
class Journal:
    """An open journal: the engine and the factory of units of work."""

    url: str
    engine: Engine
    sessions: sessionmaker[Session]
    backup_path: Path | None = None  # the copy taken before this open's upgrade, if any

    @property
    def path(self) -> Path | None:
        """The SQLite file, or None for a server database."""
        return sqlite_path(self.url)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: commits on success, rolls back everything on any error.

        A journal another program is writing to waits up to the busy timeout, then
        is refused as busy; a read-only file is refused as such (both UserError).
        """
        writer = self.engine.execution_options(**{WRITE_OPTION: True})
        try:
            with self.sessions(bind=writer) as session, session.begin():
                yield session
                if session.get_bind().dialect.name == "postgresql":
                    # Delivered to listening windows on commit only (never on a rollback),
                    # signed so that a window knows its own changes.
                    session.execute(text("SELECT pg_notify(:channel, :who)"),
                                    {"channel": CHANGES_CHANNEL, "who": RUN_ID})
        except DBAPIError as exc:
            raise (environment_error(exc, str(self.path or "")) or exc) from exc

    def read(self) -> Session:
        """A session for reading (use as a context manager)."""
        return self.sessions()

    def close(self) -> None:
        self.engine.dispose()


def _current_revision(engine: Engine) -> tuple[str | None, bool]:
    """(revision stamped in the journal, whether it holds any table at all)."""
    with engine.connect() as conn:
        tables = inspect(conn).get_table_names()
        if "alembic_version" not in tables:
            return None, bool(tables)
        versions = conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
        return (versions[0] if versions else None), True


def open_journal(url: str, *, read_only: bool = False) -> Journal:
    """Open (and create or upgrade) the journal at ``url``.

    A journal from a newer version is refused; an older one is copied next
    to itself before Alembic upgrades it. ``read_only`` (check, stats, export)
    changes no byte of the file: a missing or empty file is refused rather than
    created (a mistyped path must not quietly become a new journal), an older
    one rather than upgraded, and the journal mode is left as it is.
    """
    path = sqlite_path(url)
    key = None
    if path is not None:
        if read_only and not path.exists():
            raise UserError(f"there is no journal at {path}")
        if path.exists() and path.is_dir():
            raise UserError(f"{path} is a folder, not a journal file")
        if read_only and path.stat().st_size == 0:
            raise UserError(f"{path} is empty: it holds no journal (nothing was changed)")
        if path.exists() and path.stat().st_size and not cipher.looks_like_sqlite(path):
            raise UserError(f"{path} is not a Network Journal file (not an SQLite database)")
        key = cipher.key_for_file(path)  # None for a plain file; KeyNeeded when nothing holds it
        if not read_only:
            _prepare_sqlite_file(path)
    # WAL rewrites the file's header: switched on only once the file proved to be a journal
    # (or a new one), so a foreign database or a newer journal is refused untouched.
    engine = make_engine(url, key)
    try:
        current, has_tables = _current_revision(engine)
    except DBAPIError as exc:
        engine.dispose()
        if key is not None and path is not None and cipher.is_not_a_database(exc):
            raise cipher.wrong_key(path) from None
        raise (environment_error(exc, str(path or ""))
               or UserError(f"cannot open journal: {exc.orig}")) from None
    if current == SCHEMA_HEAD:
        return _opened(url, engine, read_only)
    if current is None and not has_tables:  # a new journal (or an empty file)
        if read_only:
            engine.dispose()
            raise UserError("this database holds no journal yet (nothing was changed)")
        _create(engine)
        return _opened(url, engine, read_only)
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    head = script.get_current_head()
    if current is not None and current not in {rev.revision for rev in script.walk_revisions()}:
        engine.dispose()
        raise JournalTooNewError(
            "this journal was written by a newer version of Network Journal "
            f"(schema {current}); please update the app to open it"
        )
    if has_tables and current is None:
        engine.dispose()
        raise UserError(
            "this database is not a Network Journal (it has tables but no schema version)"
        )
    backup_path = None
    if current != head:
        if read_only:
            engine.dispose()
            raise UserError(f"this journal (schema {current}) needs an upgrade to {head}: "
                            "open it in Network Journal first (nothing was changed)")
        try:
            backup_path = _upgrade(engine, path)
        except UserError:
            engine.dispose()
            raise
        except DBAPIError as exc:
            engine.dispose()
            raise (environment_error(exc, str(path or "")) or exc) from None
    return _opened(url, engine, read_only, backup_path)


def _opened(url: str, engine: Engine, read_only: bool,
            backup_path: Path | None = None) -> Journal:
    """The journal, switched to WAL (kept in the file: once is enough) unless only read."""
    if not read_only and engine.dialect.name == "sqlite":
        with engine.connect() as conn:
            _use_wal(_driver(conn))
    return Journal(url, engine, sessionmaker(engine, expire_on_commit=False), backup_path)


def _use_wal(driver: sqlite3.Connection) -> None:
    """Switch the file to WAL unless it is already. Another program opening the journal at
    the same moment (both upgrading it) may hold a lock the switch needs, and SQLite does
    not wait for that one: try again for a few seconds."""
    for attempt in range(100):
        try:
            if str(driver.execute("PRAGMA journal_mode").fetchone()[0]).lower() == "wal":
                return
            driver.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            transient = "locked" in str(exc) or "disk i/o" in str(exc).lower()
            if attempt == 99 or not transient:
                raise
            time.sleep(0.05)


def _create(engine: Engine) -> None:
    """Build the schema at once from the models and stamp it at head.

    Alembic's "Building an Up to Date Database from Scratch": replaying every revision
    on an empty database only rebuilds what the models describe (a test checks that
    both ways give the same schema). The stamp is Alembic's own version table, written
    here: importing Alembic to write one row cost a new journal a tenth of a second.
    One transaction: a failure leaves no half schema.
    """
    from networkjournal.store.models import Base

    with engine.begin() as conn:
        Base.metadata.create_all(conn)
        _ALEMBIC_VERSION.create(conn)
        conn.execute(insert(_ALEMBIC_VERSION).values(version_num=SCHEMA_HEAD))


# Alembic's version table, as Alembic creates it (compared by tests/store/test_journal_create).
_ALEMBIC_VERSION = Table(
    "alembic_version", MetaData(),
    Column("version_num", String(32), nullable=False),
    PrimaryKeyConstraint("version_num", name="alembic_version_pkc"),
)


def _upgrade(engine: Engine, path: Path | None) -> Path | None:
    """Upgrade to head, keeping a backup of the older file; returns the backup's path.

    The write lock is taken up front (BEGIN IMMEDIATE): with a deferred BEGIN, two
    programs opening an older journal together both read, then one fails "database
    is locked" on its first write. The second now waits, then finds it upgraded.

    Foreign keys are off meanwhile (SQLite's procedure for schema changes, "Making Other
    Kinds Of Table Schema Changes"): batch mode copies a table and drops the old one, and
    with them on, that DROP deletes every row pointing at it (ON DELETE CASCADE). The pragma
    only takes effect outside a transaction; the links are checked before the commit.
    """
    from alembic import command

    config = alembic_config()
    sqlite = engine.dialect.name == "sqlite"
    with engine.connect() as conn:
        if sqlite:  # no transaction begun on it yet
            _driver(conn).execute("PRAGMA foreign_keys=OFF")
        try:
            with conn.execution_options(**{WRITE_OPTION: True}).begin():
                current = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
                if current == SCHEMA_HEAD:
                    return None  # another program upgraded it while this one waited
                backup_path = None
                if path is not None:  # the copy reads beside the lock held (WAL lets it)
                    from networkjournal.store.backups import take_backup

                    backup_path = take_backup(path, f"before-upgrade-from-{current}")
                config.attributes["connection"] = conn
                command.upgrade(config, "head")
                if sqlite:
                    _refuse_broken_links(conn, current)
        finally:
            if sqlite:
                _driver(conn).execute("PRAGMA foreign_keys=ON")
    return backup_path


def _driver(conn: Connection) -> sqlite3.Connection:
    """The sqlite3 (or SQLCipher) connection under ``conn``, for pragmas outside a transaction."""
    raw = conn.connection.driver_connection
    assert raw is not None
    return raw


def _refuse_broken_links(conn: Connection, current: str | None) -> None:
    """Roll the upgrade back if it left rows pointing at rows that are gone."""
    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").all()
    if broken:
        tables = sorted({row[0] for row in broken})
        raise UserError(
            f"the upgrade from schema {current} would leave {len(broken)} rows of "
            f"{', '.join(tables)} pointing at nothing; nothing was changed, "
            "please report this to Network Journal")
