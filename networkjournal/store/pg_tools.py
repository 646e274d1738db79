"""PostgreSQL's own client programs (pg_dump, pg_restore) run on a server journal's URL."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy.engine import make_url

MAGIC = b"PGDMP"  # the first bytes of a pg_dump archive in its custom format


class ToolFailed(Exception):
    """pg_dump or pg_restore refused or failed; the message is what it said, in one line."""


def find_tool(name: str, beside: str | None = None) -> str | None:
    """The program ``name`` on the PATH; one installed beside ``beside`` first (pg_restore
    beside the pg_dump that wrote the archive: the same version reads it back)."""
    if beside is not None:
        sibling = Path(beside).with_name(name)
        if sibling.is_file() and os.access(sibling, os.X_OK):
            return str(sibling)
    return shutil.which(name)


def is_archive(path: Path) -> bool:
    """Whether ``path`` starts like a pg_dump archive (custom format)."""
    try:
        with path.open("rb") as file:
            return file.read(len(MAGIC)) == MAGIC
    except OSError:
        return False


_PASSWORD_OPTIONS = ("password", "passfile")


def _option(value: str | tuple[str, ...]) -> str:
    return ",".join(value) if isinstance(value, tuple) else value


def _quoted(value: str) -> str:
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"


def conninfo(url: str, extra: dict[str, str] | None = None) -> str:
    """libpq's connection string for an SQLAlchemy URL, without its password.

    The driver name (``+psycopg``) means nothing to libpq; the query options (``options``,
    ``sslmode``, several hosts…) are libpq's own and pass through as they are, except a
    ``password`` (or ``passfile``) among them: that goes in the tools' password file.
    ``extra`` adds libpq options of the caller's (an ``application_name``).
    """
    parsed = make_url(url)
    fields: dict[str, object] = {"host": parsed.host, "port": parsed.port,
                                 "dbname": parsed.database, "user": parsed.username}
    for key, value in parsed.query.items():
        if key not in _PASSWORD_OPTIONS:
            fields[key] = _option(value)
    fields.update(extra or {})
    return " ".join(f"{key}={_quoted(str(value))}" for key, value in fields.items()
                    if value is not None)


@contextmanager
def _libpq_environment(url: str) -> Iterator[dict[str, str]]:
    """The environment the tools run in: the URL's password in an owner-only password file
    that lives as long as the tool runs (a command line is readable by every user)."""
    environment = dict(os.environ)
    parsed = make_url(url)
    password = parsed.password
    if password is None and "password" in parsed.query:  # ?password=… in the URL
        password = _option(parsed.query["password"])
    if password is None:  # trust, a certificate, or the user's own ~/.pgpass (or ?passfile=)
        if "passfile" in parsed.query:
            environment["PGPASSFILE"] = _option(parsed.query["passfile"])
        yield environment
        return
    environment.pop("PGPASSWORD", None)  # it would win over the file
    descriptor, passfile = tempfile.mkstemp(prefix=".networkjournal-", suffix=".pgpass")
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8") as file:
            escaped = str(password).replace("\\", "\\\\").replace(":", "\\:")
            file.write(f"*:*:*:*:{escaped}\n")
        environment["PGPASSFILE"] = passfile
        yield environment
    finally:
        os.unlink(passfile)


def _said(tool: str, stderr: str, code: int) -> str:
    """What the tool said went wrong, in one line (its error and detail lines)."""
    lines = [line.strip() for line in stderr.splitlines() if line.strip()]
    wrong = [line for line in lines if "error:" in line or "detail:" in line] or lines[:1]
    return " ".join(wrong)[:400] or f"{Path(tool).name} stopped (exit status {code})"


def run_tool(tool: str, arguments: list[str], url: str | None = None,
             extra: dict[str, str] | None = None) -> str:
    """Run ``tool`` (connected to the journal at ``url`` if given, with the ``extra`` libpq
    options) and return its output; ToolFailed with what it said when it fails. It never
    asks for a password."""
    command = [tool, *arguments]
    if url is not None:
        command += ["--no-password", f"--dbname={conninfo(url, extra)}"]
    with _libpq_environment(url or "sqlite://") as environment:
        try:
            done = subprocess.run(command, env=environment, stdin=subprocess.DEVNULL,
                                  capture_output=True, encoding="utf-8", errors="replace",
                                  check=False)
        except OSError as exc:  # gone from the PATH meanwhile, not executable
            raise ToolFailed(f"{Path(tool).name} cannot be run ({exc.strerror})") from None
    if done.returncode != 0:
        raise ToolFailed(_said(tool, done.stderr, done.returncode))
    return done.stdout
