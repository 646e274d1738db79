"""A server journal whose server asks for a password (scram-sha-256): a wrong one is refused in
one line, the one kept in the keychain lets the command line in, and the window asks for it.

`.ci/run` gives one role a password sign-in on 127.0.0.1, ahead of the cluster's trust lines,
and names it in NJ_TEST_POSTGRES_PASSWORD_ROLE; the tests give it a password of their own.
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import uuid

import pytest

from networkjournal import credentials
from networkjournal.cli import main
from tests.conftest import POSTGRES

ROLE = os.environ.get("NJ_TEST_POSTGRES_PASSWORD_ROLE", "")


@pytest.fixture
def password_journal(request, monkeypatch) -> tuple[str, str]:
    """The URL of a new journal owned by the password role (no password in it), and the role's
    password; the role and its journal are dropped after the test."""
    if not (POSTGRES and ROLE):
        pytest.skip("NJ_TEST_POSTGRES_PASSWORD_ROLE names no role that signs in with a password")
    from psycopg import sql

    monkeypatch.setattr(credentials, "_asked", {})  # no password typed in an earlier test
    conn, url = request.getfixturevalue("postgres_server")
    secret = f"pw-{uuid.uuid4().hex}"
    schema = f"jpw_{uuid.uuid4().hex[:8]}"
    exists = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (ROLE,)).fetchone()
    conn.execute(sql.SQL("{} ROLE {} LOGIN PASSWORD {}").format(
        sql.SQL("ALTER" if exists else "CREATE"), sql.Identifier(ROLE), sql.Literal(secret)))
    conn.execute(sql.SQL("CREATE SCHEMA {} AUTHORIZATION {}").format(
        sql.Identifier(schema), sql.Identifier(ROLE)))
    # 127.0.0.1: the address pg_hba.conf asks this role's password on.
    journal_url = url.set(username=ROLE, password=None, host="127.0.0.1").update_query_dict(
        {"options": f"-csearch_path={schema}"}).render_as_string(hide_password=False)
    yield journal_url, secret
    conn.execute(sql.SQL("DROP SCHEMA {} CASCADE").format(sql.Identifier(schema)))
    conn.execute(sql.SQL("DROP ROLE {}").format(sql.Identifier(ROLE)))


def _keep_password(url: str, password: str, monkeypatch, capsys) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(f"{password}\n"))
    assert main(["password", "--db", url]) == 0
    capsys.readouterr()


def _refused(capsys, *never: str) -> str:
    captured = capsys.readouterr()
    assert captured.err.startswith("networkjournal: error: ") and captured.err.count("\n") == 1
    assert "Traceback" not in captured.err
    assert not any(word in captured.err + captured.out for word in never)
    return captured.err


def test_a_wrong_password_is_refused_in_one_line(password_journal, monkeypatch, capsys):
    url, _ = password_journal
    _keep_password(url, "not-the-password", monkeypatch, capsys)
    assert main(["demo", "--db", url]) == 3
    err = _refused(capsys, "not-the-password")
    assert "the server refused this journal's password" in err
    assert "networkjournal password --db URL" in err
    # The same from a URL holding the wrong password (NETWORKJOURNAL_DB, for scripts).
    monkeypatch.setenv("NETWORKJOURNAL_DB", url.replace(f"{ROLE}@", f"{ROLE}:wrong-one@"))
    assert main(["demo"]) == 3
    assert "the server refused this journal's password" in _refused(capsys, "wrong-one")


def test_with_no_password_kept_the_server_asks_for_one(password_journal, capsys):
    url, _ = password_journal
    assert main(["demo", "--db", url]) == 3  # not at a terminal: nobody to ask
    assert "the server asks for this journal's password" in _refused(capsys)


def test_the_password_kept_in_the_keychain_lets_the_command_line_in(password_journal,
                                                                    monkeypatch, capsys):
    url, secret = password_journal
    _keep_password(url, secret, monkeypatch, capsys)
    assert main(["demo", "--db", url]) == 0
    assert "sample journal ready: 60 contacts" in capsys.readouterr().out
    assert main(["stats", "--db", url]) == 0
    assert secret not in capsys.readouterr().out


@pytest.mark.skipif(shutil.which("pg_dump") is None, reason="pg_dump is not on the PATH")
def test_pg_dump_and_pg_restore_get_the_kept_password_but_never_on_their_command_line(
        password_journal, monkeypatch, capsys, tmp_path):
    url, secret = password_journal
    _keep_password(url, secret, monkeypatch, capsys)
    assert main(["demo", "--db", url]) == 0
    run = subprocess.run
    commands = []

    def recorded(command, **options):
        environment = options.get("env") or {}
        passfile = environment.get("PGPASSFILE", "")
        commands.append((command, secret in environment.get("PGPASSWORD", ""), passfile,
                         oct(os.stat(passfile).st_mode & 0o777) if passfile else None))
        return run(command, **options)

    monkeypatch.setattr(subprocess, "run", recorded)
    out = tmp_path / "journal.dump"
    assert main(["backup", "--db", url, "--out", str(out)]) == 0
    assert "(a pg_dump archive; " in capsys.readouterr().out
    assert main(["restore", "--db", url, str(out)]) == 0
    assert "every table checked" in capsys.readouterr().out
    connected = [c for c in commands if any(part.startswith("--dbname=") for part in c[0])]
    assert [c[0][0].rsplit("/", 1)[-1] for c in connected] == ["pg_dump", "pg_restore"]
    for command, in_environment, passfile, mode in connected:
        assert not any(secret in part for part in command) and not in_environment
        assert mode == "0o600" and not os.path.exists(passfile)  # owner-only, then gone



def test_a_password_in_the_urls_query_never_reaches_the_tools_command_line(
        password_journal, monkeypatch, capsys, tmp_path):
    from sqlalchemy.engine import make_url

    from networkjournal.store.pg_tools import conninfo

    url, secret = password_journal
    url = make_url(url).update_query_dict({"password": secret}).render_as_string(
        hide_password=False)
    assert secret not in conninfo(url) and secret not in conninfo(f"{url}&passfile={secret}")
    if shutil.which("pg_dump") is None:
        return
    assert main(["demo", "--db", url]) == 0
    run = subprocess.run
    commands = []
    monkeypatch.setattr(subprocess, "run",
                        lambda command, **options: commands.append(command) or
                        run(command, **options))
    out = tmp_path / "journal.dump"
    assert main(["backup", "--db", url, "--out", str(out)]) == 0
    assert "(a pg_dump archive; " in capsys.readouterr().out  # signed in with the password
    assert main(["restore", "--db", url, str(out)]) == 0
    assert "every table checked" in capsys.readouterr().out
    assert [c[0].rsplit("/", 1)[-1] for c in commands if "--no-password" in c] == [
        "pg_dump", "pg_restore"]
    assert not any(secret in part for command in commands for part in command)

def test_the_window_asks_for_the_password_and_opens_the_journal(password_journal, qtbot,
                                                                monkeypatch):
    from PySide6.QtWidgets import QInputDialog, QMessageBox

    from networkjournal.app import make_application, start_main_window

    url, secret = password_journal
    asked, told = [], []
    typed = iter(["not-the-password", secret])
    monkeypatch.setattr(QInputDialog, "getText",
                        lambda *a, **k: (asked.append(a[2]) or next(typed), True))
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: told.append(a[2]))
    make_application()
    refused = start_main_window(url)  # a wrong password typed: said, and not shown
    qtbot.addWidget(refused)
    qtbot.waitUntil(lambda: bool(told), timeout=15_000)
    assert "the server refused this journal's password" in told[0]
    assert "not-the-password" not in told[0]
    window = start_main_window(url)  # the right one: the journal opens
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.context is not None, timeout=15_000)
    assert len(asked) == 2 and "Password for" in asked[0] and secret not in asked[0]
    window.context.journal.close()
