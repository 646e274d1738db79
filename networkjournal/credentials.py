"""Server-journal passwords in the system keychain (keyring), never in settings or URLs.

A journal on a database server is named by a URL such as
``postgresql://me@db.example/journal``; its password lives in the keychain.
Where no keychain holds it (a headless Linux box), the app asks, and keeps the answer in
memory for the run.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from sqlalchemy.engine import make_url

from networkjournal import APP_ID

if TYPE_CHECKING:
    from sqlalchemy.engine import URL

# keyring is imported where a password is read or kept: a journal file on this computer
# (nearly everyone's) never needs it, and it costs start-up time and memory.

log = logging.getLogger("networkjournal.credentials")
# Passwords typed when the server asked (no keychain, or none kept yet), by account.
_asked: dict[str, str] = {}


def _account(url: URL) -> str:
    """The keychain entry for one user on one database."""
    port = f":{url.port}" if url.port else ""
    return f"{url.username}@{url.host or ''}{port}/{url.database or ''}"


def keychain_available() -> bool:
    """False when keyring found no real backend (its 'fail' keyring)."""
    import keyring

    backend = keyring.get_keyring()
    return getattr(backend, "priority", 0) > 0 and "fail" not in type(backend).__module__


def with_stored_password(url_text: str) -> str:
    """A server URL with no password gets the one stored in the keychain, if any."""
    if "://" not in url_text:
        return url_text
    url = make_url(url_text)
    if url.get_backend_name() == "sqlite" or not url.username or url.password:
        return url_text
    if _account(url) in _asked:
        return url.set(password=_asked[_account(url)]).render_as_string(hide_password=False)
    import keyring
    from keyring.errors import KeyringError, NoKeyringError

    try:
        password = keyring.get_password(APP_ID, _account(url))
    except (NoKeyringError, KeyringError) as exc:  # no keychain here: connect without one
        log.info("no keychain for %s: %s", _account(url), exc)
        return url_text
    if password is None:
        return url_text
    return url.set(password=password).render_as_string(hide_password=False)


def remember_for_this_run(url_text: str, password: str) -> None:
    """A password the user typed when asked: kept in this process's memory only."""
    _asked[_account(make_url(url_text))] = password


def store_password(url_text: str, password: str) -> bool:
    """Remember a server journal's password; False when there is no keychain to hold it."""
    url = make_url(url_text)
    if not url.username:
        raise ValueError("the journal URL names no user")
    import keyring
    from keyring.errors import KeyringError, NoKeyringError

    try:
        keyring.set_password(APP_ID, _account(url), password)
    except (NoKeyringError, KeyringError) as exc:
        log.info("cannot store a password: %s", exc)
        return False
    return True


def display_url(url_text: str) -> str:
    """The URL as shown to the user: never with its password; a journal file as its path."""
    if "://" not in url_text:
        return url_text
    url = make_url(url_text)
    if url.get_backend_name() == "sqlite" and url.database and not url.query:
        return url.database  # unescaped: the path the user typed, not %C3%A9
    return url.render_as_string(hide_password=True)
