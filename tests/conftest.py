"""Every test gets its own journal, data folders, settings and an in-memory keychain."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("MPLBACKEND", "Agg")

import itertools
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend

from networkjournal.store.journal import Journal, open_journal

# A PostgreSQL server the store, ops, CLI and io suites also run against, e.g.
# NJ_TEST_POSTGRES=postgresql+psycopg://postgres@127.0.0.1:5432/postgres (a user allowed to
# CREATE DATABASE: each test gets a database of its own, dropped after it).
POSTGRES = os.environ.get("NJ_TEST_POSTGRES", "")
SERVER_SUITES = ("store", "ops", "cli", "io")
_TESTS = Path(__file__).resolve().parent


class MemoryKeyring(KeyringBackend):
    """A keychain that lives in the test's memory, never the machine's."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.passwords.pop((service, username), None)


@pytest.fixture(autouse=True)
def isolated_environment(tmp_path, monkeypatch):
    """Own data/config/log folders (platformdirs reads XDG_*), no NETWORKJOURNAL_DB."""
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        folder = tmp_path / "home" / name.lower()
        folder.mkdir(parents=True)
        monkeypatch.setenv(name, str(folder))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.delenv("NETWORKJOURNAL_DB", raising=False)
    backend = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    yield
    keyring.set_keyring(previous)


@pytest.fixture(autouse=True)
def isolated_qsettings(tmp_path, request):
    """QSettings written under the test's folder (only when Qt is in use)."""
    if "qtbot" not in request.fixturenames and "qapp" not in request.fixturenames:
        yield
        return
    from PySide6.QtCore import QCoreApplication, QSettings

    QCoreApplication.setOrganizationName("NetworkJournalTests")
    QCoreApplication.setApplicationName("networkjournal-tests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qs"))
    # The interface in English whatever the machine's language; a test that switches to
    # French (tests/ui/test_french.py) is switched back afterwards.
    QSettings().setValue("ui/language", "en")
    yield
    from networkjournal.ui.common.i18n import remove_translation

    remove_translation(QCoreApplication.instance())


def pytest_configure(config):
    config.addinivalue_line(
        "markers", "sqlite_only: a test of the SQLite file itself (WAL, permissions, damage, "
        "the backup API): not run against PostgreSQL")


def pytest_generate_tests(metafunc):
    """Run a store/ops/cli/io test on both databases when NJ_TEST_POSTGRES names a server.

    A test that asks for ``journal_path`` works on the SQLite file itself: SQLite only.
    """
    if not POSTGRES or "backend" not in metafunc.fixturenames:
        return
    suite = Path(metafunc.definition.fspath).resolve().relative_to(_TESTS).parts[0]
    if (suite not in SERVER_SUITES or "journal_path" in metafunc.fixturenames
            or metafunc.definition.get_closest_marker("sqlite_only")):
        return
    metafunc.parametrize("backend", ["sqlite", "postgresql"], indirect=True)


@pytest.fixture
def backend(request) -> str:
    return getattr(request, "param", "sqlite")


_numbers = itertools.count()


@pytest.fixture(scope="session")
def postgres_server():
    """A database of this test run's own on the server, and an autocommit connection to it
    that makes a schema per journal (CREATE DATABASE costs ~0.3 s, a schema ~1 ms)."""
    import psycopg
    from sqlalchemy.engine import make_url

    url = make_url(POSTGRES)
    database = f"nj_tests_{os.getpid()}"

    def connect(dbname):
        return psycopg.connect(host=url.host, port=url.port, user=url.username,
                               password=url.password, dbname=dbname, autocommit=True)

    with connect(url.database or "postgres") as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
        admin.execute(f"CREATE DATABASE \"{database}\" TEMPLATE template0 ENCODING 'UTF8'")
    conn = connect(database)
    yield conn, url.set(database=database)
    conn.close()
    with connect(url.database or "postgres") as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')


@pytest.fixture
def server_schemas(request):
    """Makes schemas on the test server, dropped after the test: ``make()`` gives the URL of a
    new, empty journal there."""
    made: list[str] = []

    def make() -> str:
        conn, url = request.getfixturevalue("postgres_server")
        schema = f"j{next(_numbers)}"
        conn.execute(f"CREATE SCHEMA {schema}")
        made.append(schema)
        return url.update_query_dict({"options": f"-csearch_path={schema}"}).render_as_string(
            hide_password=False)

    yield make
    if made:
        conn, _ = request.getfixturevalue("postgres_server")
        for schema in made:
            conn.execute(f"DROP SCHEMA {schema} CASCADE")


@pytest.fixture
def new_journal_url(backend, tmp_path, server_schemas):
    """Makes the URL of a new, empty journal on the backend under test (call it again for
    another one): an SQLite file in the test's folder, or a schema of its own on the server."""
    if backend == "sqlite":
        return lambda name="journal": f"sqlite:///{tmp_path / (name + '.sqlite')}"
    return lambda name="journal": server_schemas()


@pytest.fixture
def server_journal_url(server_schemas) -> str:
    """A new, empty journal on the PostgreSQL server, whichever backend the test is on
    (skipped when NJ_TEST_POSTGRES names none)."""
    if not POSTGRES:
        pytest.skip("NJ_TEST_POSTGRES names no PostgreSQL server")
    return server_schemas()


@pytest.fixture
def journal_url(new_journal_url) -> str:
    """The journal under test's URL: the SQLite file ``journal_path`` names, or a database
    of its own on the PostgreSQL server."""
    return new_journal_url()


@pytest.fixture
def journal_db(journal_url) -> str:
    """What ``--db`` names that journal by: a file path, or the server URL."""
    prefix = "sqlite:///"
    return journal_url[len(prefix):] if journal_url.startswith(prefix) else journal_url


@pytest.fixture
def journal_path(tmp_path):
    return tmp_path / "journal.sqlite"


@pytest.fixture
def journal(journal_url) -> Journal:
    j = open_journal(journal_url)
    yield j
    j.close()
