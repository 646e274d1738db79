"""Private by default, proven: the command line and the window reach no network, and the files
an export writes (names, e-mails, notes about real people) are readable by their owner only."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parent / "data"

# Python's audit hooks see every socket the process (and the libraries it loads through
# Python) opens; a network one is written down and refused. Local sockets (AF_UNIX: a
# desktop's keychain or session bus) are not the network.
GUARD = textwrap.dedent("""
    import socket, sys
    LOG = {log!r}
    NETWORK = (socket.AF_INET, socket.AF_INET6)

    def guard(event, args):
        if not event.startswith("socket."):
            return
        if event in ("socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyaddr"):
            culprit = True
        elif event in ("socket.connect", "socket.bind", "socket.sendto", "socket.sendmsg"):
            culprit = getattr(args[0], "family", None) in NETWORK
        else:
            culprit = False
        if culprit:
            with open(LOG, "a", encoding="utf-8") as log:
                log.write(f"{{event}} {{args[1:]!r}}\\n")
            raise OSError("network access refused by the privacy test")

    sys.addaudithook(guard)
""")


@pytest.fixture
def guarded_env(tmp_path):
    """An environment whose Python processes refuse and record any network access."""
    site = tmp_path / "site"
    site.mkdir()
    log = tmp_path / "network.log"
    (site / "sitecustomize.py").write_text(GUARD.format(log=str(log)), encoding="utf-8")
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(site), env.get("PYTHONPATH", "")])
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env[name] = str(tmp_path / name.lower())
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env, log


def test_the_guard_itself_catches_a_network_call(guarded_env):
    env, log = guarded_env
    probe = "import socket; socket.create_connection(('192.0.2.1', 80), timeout=0.1)"
    done = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True)
    assert done.returncode != 0 and "socket.getaddrinfo" in log.read_text()


def test_the_command_line_reaches_no_network(guarded_env, tmp_path):
    from tests.io.archive_maker import write_zip

    env, log = guarded_env
    db = f"sqlite:///{tmp_path / 'j.sqlite'}"
    archive = write_zip(tmp_path / "Basic_LinkedInDataExport.zip")
    commands = [
        ["--version"], ["demo", "--db", db],
        ["import", str(DATA / "linkedin_connections.csv"), "--db", db],
        ["import", str(DATA / "android_contacts.vcf"), "--db", db],
        ["import", str(archive), "--db", db],
        ["stats", "--json", "--db", db], ["check", "--db", db],
        ["export", "all", "--out", str(tmp_path / "out"), "--db", db],
        ["export", "ics", "--out", str(tmp_path / "c.ics"), "--db", db],
        ["backup", "--out", str(tmp_path / "copy.sqlite"), "--db", db],
    ]
    for args in commands:
        done = subprocess.run([sys.executable, "-m", "networkjournal", *args], env=env,
                              capture_output=True, text=True)
        assert done.returncode == 0, (args, done.stderr)
    assert not log.exists(), log.read_text()


def test_the_window_reaches_no_network(guarded_env, tmp_path):
    env, log = guarded_env
    script = textwrap.dedent(f"""
        import sys
        from PySide6.QtWidgets import QApplication
        from networkjournal.app import build_main_window, make_application
        from networkjournal.ops.transfer import build_demo
        from networkjournal.store.journal import open_journal

        url = "sqlite:///{tmp_path / 'w.sqlite'}"
        journal = open_journal(url)
        build_demo(journal)
        journal.close()
        make_application()
        window = build_main_window(url)
        window.show()
        for key in ("today", "contacts", "chats", "pipeline", "relationships", "companies",
                    "charts"):
            window.show_page(key)
            for _ in range(20):
                QApplication.processEvents()
        assert "PySide6.QtNetwork" not in sys.modules, "the window loaded Qt's network module"
        window.close()
        window.context.journal.close()
        print("shown")
    """)
    done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0 and "shown" in done.stdout, done.stderr
    assert not log.exists(), log.read_text()


def test_exported_files_are_readable_by_their_owner_only(tmp_path):
    from networkjournal.cli import main

    db = f"sqlite:///{tmp_path / 'j.sqlite'}"
    old = os.umask(0o022)  # a usual umask: files would be readable by everyone
    try:
        assert main(["demo", "--db", db]) == 0
        assert main(["export", "contacts", "--out", str(tmp_path / "c.csv"), "--db", db]) == 0
        assert main(["export", "ics", "--out", str(tmp_path / "c.ics"), "--db", db]) == 0
        assert main(["export", "all", "--out", str(tmp_path / "all"), "--db", db]) == 0
    finally:
        os.umask(old)
    written = [tmp_path / "c.csv", tmp_path / "c.ics",
               *sorted((tmp_path / "all").iterdir())]
    modes = {path.name: stat.S_IMODE(path.stat().st_mode) for path in written}
    assert modes == {name: 0o600 for name in modes}, modes
    assert stat.S_IMODE((tmp_path / "all").stat().st_mode) == 0o700
