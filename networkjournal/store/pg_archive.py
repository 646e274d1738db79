"""A server journal as a pg_dump archive, and back: each table's rows checked on both sides."""

from __future__ import annotations

import hashlib
import re
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, text
from sqlalchemy.exc import DBAPIError

from networkjournal.core.progress import NO_PROGRESS, Progress
from networkjournal.durable import private_part, publish
from networkjournal.errors import UserError
from networkjournal.store.environment import environment_error
from networkjournal.store.journal import open_journal
from networkjournal.store.journal_copy import journal_tables
from networkjournal.store.pg_tools import ToolFailed, run_tool
from networkjournal.store.restore import known_revisions, refusal

_COPY = re.compile(rb"^COPY (.+) \((.*)\) FROM stdin;$")
_SCHEMA = re.compile(r"^\d+; \d+ \d+ SCHEMA - (.+) \S+$")
# The schema itself is the database's, not the journal's: a restore leaves it (its owner,
# its grants, anything else in it) alone and replaces only the journal's tables in it.
_SCHEMA_ENTRY = re.compile(r"^\d+; \d+ \d+ (SCHEMA|COMMENT - SCHEMA|ACL - SCHEMA) ")
# pg_dump reads table data with these settings: the server writes the same rows as the
# same text when asked the same way.
_AS_PG_DUMP = ("SET LOCAL datestyle = 'ISO'", "SET LOCAL intervalstyle = 'postgres'",
               "SET LOCAL extra_float_digits = 3")
_MODULUS = 1 << 256


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

    @property
    def rows(self) -> int:
        """The journal's rows (the schema's version stamp is not one)."""
        return sum(t.rows for name, t in self.tables.items() if name != "alembic_version")


def read_archive(pg_restore: str, archive: Path) -> Archive:
    """What an archive holds, read by pg_restore without a server; ToolFailed when it cannot
    (damaged, cut short, from a newer pg_dump)."""
    schemas = [m[1] for line in run_tool(pg_restore, ["--list", str(archive)]).splitlines()
               if (m := _SCHEMA.match(line))]
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
    return Archive(schemas[0] if len(schemas) == 1 else "", tables, revision)


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


def _schema_pattern(schema: str) -> str:
    """pg_dump's --schema takes a pattern: quoted, the name is taken as it is."""
    return '"' + schema.replace('"', '""') + '"'


def dump_journal(url: str, target: Path, pg_dump: str, pg_restore: str) -> Archive:
    """A pg_dump archive of the journal's schema at ``target``, written under a hidden name
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
                run_tool(pg_dump, ["--format=custom", f"--schema={_schema_pattern(schema)}",
                                   f"--snapshot={snapshot}", f"--file={part}"], url)
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
    (pg_restore's); refused, the journal untouched, unless the archive reads whole and holds a
    journal of a known version in the schema the journal is in. Checked table by table after.
    ``progress`` can stop it until pg_restore starts, not after (its final step)."""
    try:
        archive = read_archive(pg_restore, backup)
    except ToolFailed as exc:
        raise refusal(backup, f"pg_restore cannot read it ({exc})") from None
    if "contacts" not in archive.tables or archive.revision is None or not archive.schema:
        raise refusal(backup, "it is not a Network Journal archive (no journal tables)")
    if archive.revision not in known_revisions():
        raise refusal(backup, f"its schema ({archive.revision}) is from a newer version of "
                      "Network Journal")
    journal = open_journal(url)
    try:
        with journal.engine.connect() as conn:
            schema = conn.scalar(text("SELECT current_schema()"))
        if schema != archive.schema:
            raise refusal(backup, f"it holds the journal of schema {archive.schema!r}, and "
                          f"this journal is in schema {schema!r} (pg_restore cannot rename it)")
        progress.final_step()
        journal.engine.dispose()  # no idle connection of ours in the way of its DROP TABLE
        entries = run_tool(pg_restore, ["--list", str(backup)]).splitlines()
        with tempfile.NamedTemporaryFile("w", suffix=".list", encoding="utf-8") as listing:
            listing.write("\n".join(e for e in entries if not _SCHEMA_ENTRY.match(e)) + "\n")
            listing.flush()
            try:
                run_tool(pg_restore, ["--single-transaction", "--clean", "--if-exists",
                                      "--no-owner", "--no-privileges",
                                      f"--use-list={listing.name}", str(backup)], url)
            except ToolFailed as exc:
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
    restored = open_journal(url)  # an archive from an older version is upgraded now
    try:
        with restored.transaction():
            pass  # its commit tells the windows open on this journal to reload
    finally:
        restored.close()
    return archive
