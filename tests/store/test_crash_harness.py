"""Killed at a random moment: an import, a schema upgrade and a backup leave the journal sound
and all-or-nothing, and nothing that claims to be complete when it is not.

A child process starts the work and says "go" just before it; the test kills it (SIGKILL) at
a random moment within the work's usual duration, then checks the journal with SQLite's
integrity and foreign-key checks and counts its rows. The normal run kills each kind twice;
NJ_LONG_CRASH=1 kills each twenty times.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from networkjournal.store.backups import backup_folder, list_backups
from networkjournal.store.restore import check_backup

DATA = Path(__file__).resolve().parents[1] / "data"
LONG = os.environ.get("NJ_LONG_CRASH") == "1"
KILLS = 20 if LONG else 2
pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


def _killed(script: str, env: dict[str, str], within: float, rng: random.Random) -> bool:
    """Run ``script``; once it prints "go", kill it after a random part of ``within`` s.
    False when it finished first."""
    child = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE,
                             stderr=subprocess.DEVNULL, text=True, env=env)
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "go"
        time.sleep(rng.uniform(0, within))
        if child.poll() is not None:
            return False
        child.send_signal(signal.SIGKILL)
        child.wait(10)
        return True
    finally:
        child.kill()
        child.wait()


def _sound(path: Path) -> tuple[int, int]:
    """(contacts, chats) of a journal that passes SQLite's checks."""
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
        counts = (db.execute("SELECT count(*) FROM contacts").fetchone()[0],
                  db.execute("SELECT count(*) FROM interactions").fetchone()[0])
    db.close()
    return counts


def _big_connections(path: Path, rows: int) -> Path:
    lines = ["First Name,Last Name,URL,Email Address,Company,Position,Connected On"]
    lines += [f"Anne{i},Martin,https://www.linkedin.com/in/a{i},,Acme,CTO,12 Mar 2024"
              for i in range(rows)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_an_import_killed_at_a_random_moment_is_all_or_nothing(tmp_path):
    rng = random.Random(12)
    source = _big_connections(tmp_path / "Connections.csv", 4000)
    env = dict(os.environ)
    from networkjournal.cli import main

    seen: set[tuple[bool, int]] = set()
    for n in range(KILLS):
        db = tmp_path / f"import-{n}.sqlite"
        assert main(["demo", "--db", str(db)]) == 0
        script = textwrap.dedent(f"""
            from networkjournal.cli import main
            import networkjournal.ops.transfer  # loaded before "go": the kill lands in the work
            print("go", flush=True)
            main(["import", {str(source)!r}, "--db", {str(db)!r}])
        """)
        interrupted = _killed(script, env, 2.5, rng)
        contacts, _ = _sound(db)
        assert contacts in (60, 4060), contacts  # the sample alone, or all of the import
        seen.add((interrupted, contacts))
    if LONG:  # the kills landed before the commit as well as after it
        assert (True, 60) in seen and 4060 in {contacts for _, contacts in seen}, seen


def test_an_upgrade_killed_at_a_random_moment_leaves_the_old_journal_or_the_new(tmp_path):
    rng = random.Random(7)
    before = _sound(DATA / "journal-0.1.0.sqlite")
    env = dict(os.environ)
    for n in range(KILLS):
        db = tmp_path / f"old-{n}.sqlite"
        shutil.copyfile(DATA / "journal-0.1.0.sqlite", db)
        script = textwrap.dedent(f"""
            from networkjournal.store.journal import open_journal
            print("go", flush=True)
            open_journal({f"sqlite:///{db}"!r}).close()
        """)
        _killed(script, env, 1.5, rng)
        assert _sound(db) == before  # same rows, whatever the schema it reached
        from networkjournal.store.journal import open_journal

        open_journal(f"sqlite:///{db}").close()  # and the next open finishes the upgrade
        assert _sound(db) == before


def test_a_backup_killed_at_a_random_moment_leaves_no_false_backup(tmp_path):
    rng = random.Random(3)
    db = tmp_path / "journal.sqlite"
    from networkjournal.cli import main

    assert main(["demo", "--db", str(db)]) == 0
    env = dict(os.environ)
    script = textwrap.dedent(f"""
        from networkjournal.cli import main
        print("go", flush=True)
        for _ in range(50):
            main(["backup", "--db", {str(db)!r}])
    """)
    for _ in range(KILLS):
        _killed(script, env, 1.5, rng)
    finished = list_backups(backup_folder(db))
    assert finished  # some were completed between the kills
    for backup in finished:  # every file named like a backup is one
        check_backup(backup)
    assert _sound(db)[0] == 60  # and the journal itself untouched
