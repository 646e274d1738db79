"""`export all` writes the whole set or nothing: killed at any moment, or out of disk space,
the folder holds the complete old set or the complete new one, and nothing else.

NJ_LONG_CRASH=1 runs many more kills (the normal run keeps a few: the suite stays fast).
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from networkjournal.io.exports import export_all
from networkjournal.ops.transfer import build_demo
from networkjournal.store.journal import open_journal

pytestmark = pytest.mark.skipif(os.name != "posix", reason="signals and file-size limits")

LONG = os.environ.get("NJ_LONG_CRASH") == "1"
NAMES = ["chats.csv", "contacts.csv", "pipeline.csv"]

# Exports journal A, then B, then A... into one folder until killed. With a number, it kills
# itself at that call of a step that makes the export durable (fsync, rename, replace): the
# moments between two steps are where a set could be left half old, half new.
EXPORTER = """
import os, signal, sys
from pathlib import Path
from networkjournal.io.exports import export_all
from networkjournal.store.journal import open_journal
journals = [open_journal("sqlite:///" + p, read_only=True) for p in sys.argv[1:3]]
target, kill_at = Path(sys.argv[3]), int(sys.argv[4])
calls = [0]
def counted(real):
    def step(*args, **kwargs):
        calls[0] += 1
        if calls[0] == kill_at:
            os.kill(os.getpid(), signal.SIGKILL)
        return real(*args, **kwargs)
    return step
if kill_at:
    for name in ("fsync", "replace", "rename"):
        setattr(os, name, counted(getattr(os, name)))
print("ready", flush=True)
n = 0
while True:
    export_all(journals[n % 2], target)
    n += 1
"""


def _many_chats(path: Path, doublings: int) -> None:
    with sqlite3.connect(path) as conn:
        columns = [row[1] for row in conn.execute("PRAGMA table_info(interactions)")
                   if row[1] not in ("id", "uid")]
        names = ", ".join(columns)
        for _ in range(doublings):
            conn.execute(f"INSERT INTO interactions (uid, {names}) "
                         f"SELECT lower(hex(randomblob(16))), {names} FROM interactions")
    conn.close()


@pytest.fixture(scope="module")
def sets(tmp_path_factory) -> tuple[list[str], dict[str, dict[str, bytes]]]:
    """Two journals (the sample, and a bigger one) and the set of files each exports."""
    folder = tmp_path_factory.mktemp("journals")
    paths = [str(folder / "a.sqlite"), str(folder / "b.sqlite")]
    journal = open_journal(f"sqlite:///{paths[0]}")
    build_demo(journal)
    journal.close()
    shutil.copyfile(paths[0], paths[1])
    _many_chats(Path(paths[1]), 4)
    with sqlite3.connect(paths[1]) as conn:  # and one contact differs
        conn.execute("UPDATE contacts SET notes = 'met again in March' WHERE id = 1")
    conn.close()
    expected = {}
    for path in paths:
        journal = open_journal(f"sqlite:///{path}", read_only=True)
        export_all(journal, folder / f"{Path(path).stem}-set")
        journal.close()
        expected[path] = {n: (folder / f"{Path(path).stem}-set" / n).read_bytes() for n in NAMES}
    assert expected[paths[0]] != expected[paths[1]]
    return paths, expected


def _assert_whole_set(target: Path, expected: dict[str, dict[str, bytes]]) -> None:
    """The folder is one whole set; beside it, only hidden leftovers (never a .csv name)."""
    if target.exists():
        found = {p.name: p.read_bytes() for p in target.iterdir()}
        assert found in list(expected.values()), sorted(found)
    else:  # only where folders cannot be swapped in one step: both sets kept beside it
        assert not sys.platform.startswith("linux")
    assert [p.name for p in target.parent.iterdir()
            if p.name != target.name and not p.name.startswith(".")] == []


def _kill_and_check(sets, target: Path, kill_at: int, delay: float) -> None:
    paths, expected = sets
    proc = subprocess.Popen([sys.executable, "-c", EXPORTER, *paths, str(target), str(kill_at)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "ready", proc.stderr.read()
    if not kill_at:
        time.sleep(delay)  # a random moment (not a timing assertion)
        proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=120)
    assert proc.returncode == -signal.SIGKILL
    _assert_whole_set(target, expected)


def test_export_all_killed_at_random_moments_leaves_one_whole_set(sets, tmp_path):
    rng = random.Random()
    paths, expected = sets
    target = tmp_path / "out" / "network"
    journal = open_journal(f"sqlite:///{paths[1]}", read_only=True)
    export_all(journal, target)  # an earlier export is there: it must never go missing
    journal.close()
    kills = 25 if LONG else 2
    for _ in range(kills):  # killed between two steps that make a set durable
        _kill_and_check(sets, target, rng.randint(1, 40), 0)
    for _ in range(kills):  # killed anywhere, a few exports in
        _kill_and_check(sets, target, 0, rng.uniform(0.05, 0.4))
    # The next export finishes the job and clears what the killed ones left.
    journal = open_journal(f"sqlite:///{paths[0]}", read_only=True)
    export_all(journal, target)
    journal.close()
    assert {p.name: p.read_bytes() for p in target.iterdir()} == expected[paths[0]]
    assert [p.name for p in target.parent.iterdir()] == ["network"]


def test_export_all_on_a_full_disk_keeps_the_old_set_whole(sets, tmp_path):
    """A file-size limit stands in for a full disk: contacts.csv fits, chats.csv does not."""
    import resource

    paths, expected = sets
    target = tmp_path / "disk" / "network"
    journal = open_journal(f"sqlite:///{paths[0]}", read_only=True)
    export_all(journal, target)  # the old set: the sample's
    journal.close()
    new = expected[paths[1]]
    limit = 100_000  # above SQLite's 32 KB shared-memory file
    assert len(new["contacts.csv"]) < limit < len(new["chats.csv"])

    def limit_file_size() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    result = subprocess.run(
        [sys.executable, "-m", "networkjournal", "export", "all", "--db", paths[1],
         "--out", str(target)],
        capture_output=True, text=True, timeout=120, preexec_fn=limit_file_size)
    assert result.returncode == 3
    assert result.stderr.startswith("networkjournal: error: cannot write ")
    assert result.stderr.count("\n") == 1, result.stderr
    assert {p.name: p.read_bytes() for p in target.iterdir()} == expected[paths[0]]
    assert [p.name for p in target.parent.iterdir()] == ["network"]  # no staging folder left


def test_export_all_into_a_folder_with_other_files_keeps_them(sets, tmp_path):
    paths, expected = sets
    documents = tmp_path / "user" / "Documents"
    documents.mkdir(parents=True)
    (documents / "cv.pdf").write_bytes(b"%PDF my cv")
    journal = open_journal(f"sqlite:///{paths[0]}", read_only=True)
    export_all(journal, documents)
    journal.close()
    found = {p.name: p.read_bytes() for p in documents.iterdir()}
    assert found == {"cv.pdf": b"%PDF my cv", **expected[paths[0]]}
    assert [p.name for p in documents.parent.iterdir()] == ["Documents"]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/self/fd")
@pytest.mark.parametrize("what", ["contacts", "ics"])
def test_a_single_file_is_flushed_to_the_disk_before_it_takes_its_name(
        sets, tmp_path, monkeypatch, what):
    """Renamed before its bytes reach the disk, a file can be empty after a power cut."""
    from networkjournal.ops.transfer import export

    steps: list[str] = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(fd: int) -> None:
        steps.append("fsync " + os.path.basename(os.readlink(f"/proc/self/fd/{fd}")))
        real_fsync(fd)

    def replace(src, dst) -> None:
        steps.append(f"rename {os.path.basename(src)} -> {os.path.basename(dst)}")
        real_replace(src, dst)

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "replace", replace)
    paths, _ = sets
    name = "network.ics" if what == "ics" else "contacts.csv"
    journal = open_journal(f"sqlite:///{paths[0]}", read_only=True)
    export(journal, what, tmp_path / name)
    journal.close()
    assert steps[:3] == [f"fsync .{name}.part", f"rename .{name}.part -> {name}",
                         f"fsync {tmp_path.name}"]
