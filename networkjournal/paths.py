"""Where the journal, logs and backups live on this machine (platformdirs)."""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import unquote

from networkjournal import APP_ID

# platformdirs is imported when a folder is asked for: `networkjournal --help` never does.

ENV_DB = "NETWORKJOURNAL_DB"


def private_dir(path: Path) -> Path:
    """Create a folder readable by its owner only (POSIX); a journal is personal data."""
    path.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        path.chmod(0o700)
    return path


def data_dir() -> Path:
    """The user data folder holding the default journal."""
    import platformdirs

    return private_dir(Path(platformdirs.user_data_dir(APP_ID, appauthor=False)))


def log_dir() -> Path:
    """The folder for the log file and crash reports."""
    import platformdirs

    return private_dir(Path(platformdirs.user_log_dir(APP_ID, appauthor=False)))


def backups_dir() -> Path:
    """The folder holding every journal's automatic backups (owner-only, like the data)."""
    return private_dir(data_dir() / "backups")


def window_lock_file(journal: Path) -> Path:
    """The lock file the window holds while it has ``journal`` open (QLockFile's format)."""
    import hashlib

    key = hashlib.sha1(str(journal.resolve()).encode()).hexdigest()[:16]
    return private_dir(data_dir() / "locks") / f"{key}.lock"


def window_has_open(journal: Path) -> bool:
    """Whether a running window holds ``journal`` (its lock names a live process)."""
    try:
        pid = int(window_lock_file(journal).read_text().split()[0])
        if pid == os.getpid():
            return False
        os.kill(pid, 0)
    except (OSError, ValueError, IndexError):
        return False  # no lock, an unreadable one, or its process is gone
    return True


def default_journal_path() -> Path:
    return data_dir() / "journal.sqlite"


def sqlite_url(path: Path) -> str:
    """The SQLAlchemy URL of a journal file, its path escaped.

    Pasted into "sqlite:///", a "?" starts URL options and "%41" reads as "A":
    another file would be opened, or created.
    """
    from sqlalchemy.engine import URL  # only when a journal is named: not for --help

    return URL.create("sqlite", database=str(path)).render_as_string(hide_password=False)


def resolve_db(db: str | None) -> str:
    """The journal chosen by --db, else NETWORKJOURNAL_DB, else the default file.

    Returns an SQLAlchemy URL; a plain path becomes an SQLite URL, and a server
    URL without a password gets the one kept in the system keychain.
    """
    db = db or os.environ.get(ENV_DB) or ""
    if not db:
        return sqlite_url(default_journal_path())
    if "://" in db:
        if db.startswith("sqlite"):
            return db
        from networkjournal.credentials import with_stored_password  # keyring: only for servers

        return with_stored_password(db)
    return sqlite_url(Path(db).expanduser().resolve())


def plain_sqlite_path(url: str) -> Path | None:
    """The file of a plain ``sqlite:///path`` URL, read without SQLAlchemy (start-up); None
    for anything fancier (options, another database).

    The path is percent-escaped in the URL (sqlite_url); a bare "?" starts options.
    """
    prefix = "sqlite:///"
    if not url.startswith(prefix) or any(c in url for c in "?#"):
        return None
    return Path(unquote(url[len(prefix):]))
