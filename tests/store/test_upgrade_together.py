"""Two programs opening an older journal at the same moment: one upgrades, the other waits."""

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

from networkjournal.store.backups import backup_folder, list_backups
from networkjournal.store.schema_version import SCHEMA_HEAD

OLD_JOURNAL = Path(__file__).resolve().parents[1] / "data" / "journal-0.1.0.sqlite"

# Everything slow is imported first, then both wait for the same signal (a file appearing)
# so that their opens overlap; each prints the revision it ended up with.
OPENER = """
import sys
from pathlib import Path
import alembic.command, alembic.script
import networkjournal.store.models
from networkjournal.paths import sqlite_url
from networkjournal.store.journal import open_journal
import time
go = Path(sys.argv[2])
print("ready", flush=True)
give_up = time.monotonic() + 60  # a test that failed before the signal: never spin on
while not go.exists():
    if time.monotonic() > give_up:
        sys.exit("no signal to open")
journal = open_journal(sqlite_url(Path(sys.argv[1])))
with journal.engine.connect() as conn:
    print(conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar())
journal.close()
"""


def _open_together(path: Path, go: Path) -> list[subprocess.CompletedProcess]:
    procs = [subprocess.Popen([sys.executable, "-c", OPENER, str(path), str(go)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for _ in range(2)]
    try:
        for proc in procs:
            assert proc.stdout.readline().strip() == "ready"
        go.touch()
        results = []
        for proc in procs:
            out, err = proc.communicate(timeout=120)
            results.append(subprocess.CompletedProcess(proc.args, proc.returncode, out, err))
        return results
    finally:  # a failure above leaves no program waiting (it would spin a core for good)
        for proc in procs:
            if proc.poll() is None:
                proc.kill()
                proc.wait()


def test_two_programs_upgrading_one_journal_both_open_it(tmp_path):
    with sqlite3.connect(OLD_JOURNAL) as conn:
        contacts = conn.execute("SELECT count(*) FROM contacts").fetchone()[0]
    conn.close()
    for attempt in range(4):
        folder = tmp_path / str(attempt)
        folder.mkdir()
        path = folder / "journal.sqlite"
        shutil.copyfile(OLD_JOURNAL, path)
        for result in _open_together(path, folder / "go"):
            assert result.returncode == 0, result.stderr
            assert result.stdout.split() == [SCHEMA_HEAD]
        with sqlite3.connect(path) as conn:
            assert conn.execute("SELECT count(*) FROM contacts").fetchone()[0] == contacts
            assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        conn.close()
        # One upgrade ran, so one copy of the old journal was kept, not two.
        assert len(list_backups(backup_folder(path))) == 1
