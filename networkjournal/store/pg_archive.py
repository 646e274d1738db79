"""A server journal as a pg_dump archive, and back: each table's rows checked on both sides."""

from __future__ import annotations

import hashlib
import re
import shutil
import subprocess
import tempfile
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import DBAPIError

from networkjournal.core.progress import NO_PROGRESS, Progress
from networkjournal.durable import private_part, publish
from networkjournal.errors import UserError
from networkjournal.store.environment import environment_error
from networkjournal.store.journal import open_journal
from networkjournal.store.journal_copy import journal_tables
from networkjournal.store.pg_tools import ToolFailed, run_tool
from networkjournal.store.restore import known_revisions, refusal
from networkjournal.store.schema_version import SCHEMA_HEAD

_COPY = re.compile(rb"^COPY (.+) \((.*)\) FROM stdin;$")
# The schema is the database's, not the journal's: an archive holds only the journal's
# tables (their sequences, keys and indexes come with them), never the schema or other
# programs' tables in it, and a restore replaces only those. An archive of an earlier
# version holds the whole schema: its schema's own entries are left out of a restore.
_SCHEMA_ENTRY = re.compile(r"^\d+; \d+ \d+ (SCHEMA|COMMENT - SCHEMA|ACL - SCHEMA) ")
# pg_dump reads table data with these settings: the server writes the same rows as the
# same text when asked the same way.
_AS_PG_DUMP = ("SET LOCAL datestyle = 'ISO'", "SET LOCAL intervalstyle = 'postgres'",
               "SET LOCAL extra_float_digits = 3")
_MODULUS = 1 << 256
# How long pg_restore may wait for a table another client's transaction holds: then it is
# stopped (the restore refused, nothing changed) rather than waiting with no Cancel. Its own
# script sets lock_timeout to 0, so a watcher of ours stops it.
LOCK_WAIT = 20.0


@dataclass
class TableRows:
    """One table's rows as COPY writes them: how many, and a sum of their SHA-256 (the same
    whatever order they come in)."""

    name: str = field(compare=False)  # as COPY names it: schema.table
    columns: str = field(compare=False)
    rows: int = 0
    total: int = 0

    def add(self, line: bytes) -> None:
        self.rows += 1
        self.total = (self.total + int.from_bytes(hashlib.sha256(line).digest(), "big")) \
            % _MODULUS

    @property
    def table(self) -> str:
        return self.name.rsplit(".", 1)[-1].strip('"')


@dataclass(frozen=True)
class Archive:
    schema: str
    tables: dict[str, TableRows]
    revision: str | None
    entries: tuple[str, ...] = ()  # pg_restore --list: what a restore of it applies

    @property
    def rows(self) -> int:
        """The journal's rows (the schema's version stamp is not one)."""
        return sum(t.rows for name, t in self.tables.items() if name != "alembic_version")


def read_archive(pg_restore: str, archive: Path) -> Archive:
    """What an archive holds, read by pg_restore without a server; ToolFailed when it cannot
    (damaged, cut short, from a newer pg_dump)."""
    entries = tuple(run_tool(pg_restore, ["--list", str(archive)]).splitlines())
    tables: dict[str, TableRows] = {}
    current: TableRows | None = None
    revision = None
    with tempfile.TemporaryFile() as errors:
        reading = subprocess.Popen([pg_restore, "--data-only", "--file=-", str(archive)],
                                   stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                   stderr=errors)
        assert reading.stdout is not None
        for line in reading.stdout:
            line = line.removesuffix(b"\n")
            if current is None:
                if match := _COPY.match(line):
                    current = TableRows(match[1].decode(), match[2].decode())
                    tables[current.table] = current
            elif line == b"\\.":
                current = None
            else:
                current.add(line)
                if current.table == "alembic_version":  # one row: the schema's version
                    revision = line.decode(errors="replace")
        if reading.wait() != 0:
            errors.seek(0)
            said = errors.read().decode(errors="replace").strip().splitlines()
            raise ToolFailed(said[0] if said else "pg_restore could not read it")
    contacts = tables.get("contacts")
    return Archive(_unquoted(contacts.name.rsplit(".", 1)[0]) if contacts else "", tables,
                   revision, entries)


def _unquoted(name: str) -> str:
    """A name as COPY writes it (quoted when it must be), as the server knows it."""
    return name[1:-1].replace('""', '"') if name.startswith('"') else name


def _journal_names() -> set[str]:
    return {table.name for table in journal_tables()} | {"alembic_version"}


def server_rows(conn: Connection, archive: Archive) -> dict[str, TableRows]:
    """The same tables' rows as the server holds them now, in ``conn``'s transaction."""
    for setting in _AS_PG_DUMP:
        conn.execute(text(setting))
    found: dict[str, TableRows] = {}
    driver: Any = conn.connection.driver_connection  # psycopg's, for its COPY
    with driver.cursor() as cursor:
        for name, expected in archive.tables.items():
            rows = found[name] = TableRows(expected.name, expected.columns)
            pending = b""
            with cursor.copy(f"COPY {expected.name} ({expected.columns}) TO STDOUT") as copy:
                for chunk in copy:
                    *lines, pending = (pending + bytes(chunk)).split(b"\n")
                    for line in lines:
                        rows.add(line)
    return found


def _differences(archive: Archive, found: dict[str, TableRows]) -> list[str]:
    return [f"{name} ({rows.rows} rows in the archive, "
            f"{found[name].rows if name in found else 0} in the journal)"
            for name, rows in archive.tables.items() if found.get(name) != rows]


def _pattern(name: str) -> str:
    """pg_dump's --table takes a pattern: quoted, a name is taken as it is."""
    return '"' + name.replace('"', '""') + '"'


def dump_journal(url: str, target: Path, pg_dump: str, pg_restore: str) -> Archive:
    """A pg_dump archive of the journal's tables at ``target``, written under a hidden name
    and renamed once complete. pg_dump reads the snapshot the check reads: every table in
    the archive is compared, rows and digest, with the journal as it was dumped.
    ToolFailed when pg_dump fails or its archive differs; nothing is left at ``target``."""
    journal = open_journal(url, read_only=True)  # a journal this version knows, or refused
    part = private_part(target)
    try:
        with journal.engine.connect() as conn:
            conn = conn.execution_options(isolation_level="REPEATABLE READ")
            with conn.begin():
                schema = str(conn.scalar(text("SELECT current_schema()")))
                snapshot = conn.scalar(text("SELECT pg_export_snapshot()"))
                tables = [f"--table={_pattern(schema)}.{_pattern(name)}"
                          for name in sorted(_journal_names())]
                run_tool(pg_dump, ["--format=custom", *tables, f"--snapshot={snapshot}",
                                   f"--file={part}"], url)
                archive = read_archive(pg_restore, part)
                missing = {t.name for t in journal_tables()} - set(archive.tables)
                if missing:
                    raise ToolFailed(f"its archive lacks {', '.join(sorted(missing))}")
                wrong = _differences(archive, server_rows(conn, archive))
                if wrong:
                    raise ToolFailed(f"its archive differs in {', '.join(wrong)}")
        publish(part, target)
    except DBAPIError as exc:
        part.unlink(missing_ok=True)
        raise (environment_error(exc) or exc) from None
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    finally:
        journal.close()
    return archive


def restore_archive(url: str, backup: Path, pg_restore: str,
                    progress: Progress = NO_PROGRESS) -> Archive:
    """Replace the server journal's tables by a pg_dump archive's, in one transaction
    (pg_restore's); refused, the journal untouched, unless the archive reads whole and holds
    the journal's tables alone, of this version's schema, in the schema the journal is in.
    Checked table by table after. The archive is copied first: what is checked is what is
    restored, whatever happens to the file meanwhile. ``progress`` can stop it until
    pg_restore starts, not after (its final step)."""
    with tempfile.TemporaryDirectory(prefix=".networkjournal-") as folder:
        checked = Path(folder) / "archive.dump"
        try:
            shutil.copyfile(backup, checked)
        except OSError as exc:
            raise refusal(backup, f"it cannot be read ({exc.strerror})") from None
        return _restore(url, backup, checked, pg_restore, progress)


@contextmanager
def _stopped_when_held(engine: Engine, name: str) -> Iterator[threading.Event]:
    """While the block runs, pg_restore's session (named ``name``) is watched: once it has
    waited LOCK_WAIT seconds for a lock, it is cancelled (its transaction rolls back) and the
    event yielded is set."""
    stop, held = threading.Event(), threading.Event()

    def watch() -> None:
        with engine.connect() as conn:
            while not stop.wait(min(LOCK_WAIT / 4, 0.5)):
                if conn.scalar(_HELD_UP, {"name": name, "wait": LOCK_WAIT}):
                    held.set()
                    return
                conn.rollback()

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    try:
        yield held
    finally:
        stop.set()
        watcher.join()


_HELD_UP = text("SELECT bool_or(pg_cancel_backend(pid)) FROM pg_stat_activity "
                "WHERE application_name = :name AND wait_event_type = 'Lock' "
                "AND clock_timestamp() - query_start > make_interval(secs => :wait)")


def _checked(backup: Path, checked: Path, pg_restore: str) -> Archive:
    """What the archive holds, or a refusal saying why it cannot be restored."""
    try:
        archive = read_archive(pg_restore, checked)
    except ToolFailed as exc:
        raise refusal(backup, f"pg_restore cannot read it ({exc})") from None
    if "contacts" not in archive.tables or archive.revision is None or not archive.schema:
        raise refusal(backup, "it is not a Network Journal archive (no journal tables)")
    if archive.revision not in known_revisions():
        raise refusal(backup, f"its schema ({archive.revision}) is from a newer version of "
                      "Network Journal")
    if archive.revision != SCHEMA_HEAD:
        raise refusal(backup, f"its schema ({archive.revision}) is from an older version of "
                      f"Network Journal, which pg_restore cannot put in place of this one's "
                      f"({SCHEMA_HEAD}): pg_restore it into an empty schema and open that "
                      "(it is upgraded then), or restore a journal-file backup")
    others = set(archive.tables) - _journal_names()
    if others:
        raise refusal(backup, f"it also holds tables that are not the journal's "
                      f"({', '.join(sorted(others))}), which a restore would replace")
    return archive


def _restore(url: str, backup: Path, checked: Path, pg_restore: str,
             progress: Progress) -> Archive:
    archive = _checked(backup, checked, pg_restore)
    journal = open_journal(url)
    try:
        with journal.engine.connect() as conn:
            schema = conn.scalar(text("SELECT current_schema()"))
        if schema != archive.schema:
            raise refusal(backup, f"it holds the journal of schema {archive.schema!r}, and "
                          f"this journal is in schema {schema!r} (pg_restore cannot rename it)")
        progress.final_step()
        journal.engine.dispose()  # no idle connection of ours in the way of its DROP TABLE
        with tempfile.NamedTemporaryFile("w", suffix=".list", encoding="utf-8") as listing:
            listing.write("\n".join(e for e in archive.entries if not _SCHEMA_ENTRY.match(e))
                          + "\n")
            listing.flush()
            name = f"networkjournal-restore-{uuid.uuid4().hex}"
            try:
                with _stopped_when_held(journal.engine, name) as held:
                    run_tool(pg_restore, ["--single-transaction", "--clean", "--if-exists",
                                          "--no-owner", "--no-privileges",
                                          f"--use-list={listing.name}", str(checked)], url,
                             {"application_name": name})
            except ToolFailed as exc:
                if held.is_set():
                    raise UserError(f"{backup} was not restored: another client's transaction "
                                    "holds the journal's tables; the journal was not changed, "
                                    "try again once it ends") from None
                raise UserError(f"pg_restore refused {backup} ({exc}); "
                                "the journal was not changed") from None
        with journal.engine.connect() as conn, conn.begin():
            wrong = _differences(archive, server_rows(conn, archive))
    except DBAPIError as exc:
        raise (environment_error(exc) or exc) from None
    finally:
        journal.close()
    if wrong:
        raise UserError(f"the journal restored from {backup} differs from it in "
                        f"{', '.join(wrong)}: restore it again")
    restored = open_journal(url)
    try:
        with restored.transaction():
            pass  # its commit tells the windows open on this journal to reload
    finally:
        restored.close()
    return archive
