"""A restore killed at any moment leaves the journal sound: the one it had, or the backup's.

NJ_LONG_CRASH=1 runs many more kills (the normal run keeps one: the suite stays fast).
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from networkjournal.ops.transfer import build_demo
from networkjournal.store.journal import open_journal

pytestmark = pytest.mark.skipif(os.name != "posix", reason="signals")

LONG = os.environ.get("NJ_LONG_CRASH") == "1"

RESTORER = """
import sys
from pathlib import Path
from networkjournal.store.restore import restore_journal
import alembic.script
print("ready", flush=True)
restore_journal(Path(sys.argv[1]), Path(sys.argv[2]))
print("done", flush=True)
"""


def _contacts(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        found = conn.execute("SELECT count(*) FROM contacts").fetchone()[0]
    conn.close()
    return found


def test_a_killed_restore_leaves_the_old_journal_or_the_backup_whole(tmp_path):
    backup = tmp_path / "backup.sqlite"
    journal = open_journal(f"sqlite:///{backup}")
    build_demo(journal)
    journal.close()
    with sqlite3.connect(backup) as conn:  # a bigger backup: a longer restore to land in
        columns = ", ".join(row[1] for row in conn.execute("PRAGMA table_info(contacts)")
                            if row[1] not in ("id", "uid"))
        for _ in range(5):
            conn.execute(f"INSERT INTO contacts (uid, {columns}) "
                         f"SELECT lower(hex(randomblob(16))), {columns} FROM contacts")
    conn.close()
    path = tmp_path / "journal.sqlite"
    open_journal(f"sqlite:///{path}").close()  # the journal in place: an empty one
    outcomes = {0: "old", _contacts(backup): "restored"}
    rng = random.Random()
    seen = []
    for _ in range(20 if LONG else 1):
        proc = subprocess.Popen([sys.executable, "-c", RESTORER, str(path), str(backup)],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        assert proc.stdout.readline().strip() == "ready", proc.stderr.read()
        time.sleep(rng.uniform(0, 0.3))  # a random moment (not a timing assertion)
        proc.send_signal(signal.SIGKILL)
        proc.communicate(timeout=60)
        seen.append(outcomes[_contacts(path)])  # sound, and one of the two whole
        if seen[-1] == "restored":  # start again from the old journal
            path.unlink()
            for extra in ("-wal", "-shm"):
                Path(f"{path}{extra}").unlink(missing_ok=True)
            open_journal(f"sqlite:///{path}").close()
    assert set(seen) <= {"old", "restored"}
    if LONG:
        print(f"killed restores: {seen.count('old')} left the old journal, "
              f"{seen.count('restored')} the backup's")
