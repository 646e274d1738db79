"""Journals on a PostgreSQL server: the driver a URL needs, and the server's refusals in words."""

from __future__ import annotations

import importlib.util

from sqlalchemy.engine import make_url

from networkjournal.errors import PasswordNeeded, UserError

POSTGRES_EXTRA = 'pip install "networkjournal[postgres]"'
# SQLSTATEs of a write that waited for, or collided with, another client's transaction.
_BUSY_STATES = {"40001", "40P01", "55P03", "57014"}


def is_server_url(url: str) -> bool:
    return "://" in url and not url.startswith("sqlite")


def engine_url(url: str) -> str:
    """The URL handed to SQLAlchemy: a plain ``postgresql://`` means psycopg 3.

    SQLAlchemy's own default for ``postgresql://`` is psycopg2, which is not what the
    ``postgres`` extra installs. A missing driver is refused naming the extra, rather
    than as "No module named 'psycopg'".
    """
    if not is_server_url(url):
        return url
    parsed = make_url(url)
    if parsed.get_backend_name() not in ("postgresql", "postgres"):
        return url
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    if parsed.drivername == "postgresql+psycopg" and importlib.util.find_spec("psycopg") is None:
        raise UserError(f"a journal on a PostgreSQL server needs its driver: {POSTGRES_EXTRA}")
    return parsed.render_as_string(hide_password=False)


def server_error(orig: BaseException) -> UserError | None:
    """The refusal a person should read for a PostgreSQL driver error, or None (a bug)."""
    if not type(orig).__module__.startswith("psycopg"):
        return None
    message = str(orig).strip()
    first = message.splitlines()[0] if message else type(orig).__name__
    lower = message.lower()
    if "nul (0x00)" in lower:
        return UserError("PostgreSQL cannot keep the character U+0000 (NUL) found in the text; "
                         "nothing was changed")
    if getattr(orig, "sqlstate", None) in _BUSY_STATES:
        return UserError("the journal is busy: another client is changing the same entries; "
                         "nothing was changed, try again in a moment")
    if "password authentication failed" in lower:  # psycopg's text names the user, no password
        refused = next((line for line in message.splitlines()
                        if "password authentication" in line.lower()), first)
        return PasswordNeeded(f"the server refused this journal's password "
                              f"({refused.split('FATAL:')[-1].strip()}): keep the right one in "
                              "the keychain with `networkjournal password --db URL`")
    if "no password supplied" in lower:
        return PasswordNeeded("the server asks for this journal's password: keep it in the "
                              "keychain with `networkjournal password --db URL`")
    if type(orig).__name__ == "OperationalError":
        reason = first.removeprefix("connection failed: ")
        return UserError(f"cannot reach the journal's server: {reason}")
    if getattr(orig, "sqlstate", "") in ("42501", "3D000"):  # permission denied, no database
        return UserError(f"the journal's server refused: {first}")
    return None
