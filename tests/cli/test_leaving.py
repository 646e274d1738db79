"""A finished command leaves at once (no interpreter teardown) with nothing lost on the way."""

import errno
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[1] / "data"

# The programs' own entry point, with an exit handler of the kind libraries register.
ENTRY = """
import atexit, sys
atexit.register(lambda: print("exit handler ran", file=sys.stderr, flush=True))
sys.argv = ["networkjournal", *sys.argv[1:]]
from networkjournal.launch import run
run()
"""


def _run(*argv: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", ENTRY, *argv], capture_output=True,
                          text=True, timeout=120, env=env)


def test_an_import_leaves_its_output_its_journal_and_its_exit_handlers_whole(tmp_path):
    journal = tmp_path / "journal.sqlite"
    done = _run("import", str(DATA / "linkedin_connections.csv"), "--db", str(journal))
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [
        "LinkedIn connections linkedin_connections.csv: 40 added, 0 updated, 0 unchanged, "
        "1 skipped (line 22)",
    ]
    assert done.stderr == "exit handler ran\n"
    assert not Path(f"{journal}-wal").exists()  # closed, its log folded back in
    with sqlite3.connect(journal) as conn:
        assert conn.execute("SELECT count(*) FROM contacts").fetchone() == (40,)
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    conn.close()


def test_a_refusal_still_says_one_line_and_exits_3(tmp_path):
    missing = tmp_path / "nowhere.csv"
    done = _run("import", str(missing), "--db", str(tmp_path / "journal.sqlite"))
    assert done.returncode == 3
    assert done.stderr == f"networkjournal: error: {missing} does not exist\nexit handler ran\n"


def test_a_reader_that_left_before_the_output_ends_it_quietly(tmp_path):
    """`networkjournal stats | true`: the output is flushed into a closed pipe on the way out."""
    journal = tmp_path / "journal.sqlite"
    assert _run("demo", "--db", str(journal)).returncode == 0
    reader, writer = os.pipe()
    os.close(reader)
    # Buffered, as a program's output into a pipe is (the output then waits for the exit).
    env = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}
    try:
        done = subprocess.run([sys.executable, "-c", ENTRY, "stats", "--db", str(journal)],
                              stdout=writer, stderr=subprocess.PIPE, text=True, timeout=120,
                              env=env)
    finally:
        os.close(writer)
    assert done.returncode == 0
    assert done.stderr == "exit handler ran\n"


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_output_that_cannot_be_written_is_said_in_one_line(tmp_path):
    """`networkjournal import F > file-on-a-full-disk`: the summary is lost, and it says so."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}
    with open("/dev/full", "w") as full:
        done = subprocess.run(
            [sys.executable, "-c", ENTRY, "import", str(DATA / "linkedin_connections.csv"),
             "--db", str(tmp_path / "journal.sqlite")],
            stdout=full, stderr=subprocess.PIPE, text=True, timeout=120, env=env)
    assert done.returncode == 3
    assert done.stderr == ("networkjournal: error: the output could not be written "
                           "(No space left on device)\nexit handler ran\n")


class _Stream:
    def __init__(self, error: OSError | None = None) -> None:
        self.error = error

    def flush(self) -> None:
        if self.error is not None:
            raise self.error


@pytest.mark.parametrize(
    ("platform", "error", "said"),
    [
        ("linux", None, ""),
        ("linux", BrokenPipeError(errno.EPIPE, "Broken pipe"), ""),
        ("linux", OSError(errno.ENOSPC, "No space left on device"), "No space left on device"),
        ("linux", OSError(errno.EINVAL, "Invalid argument"), "Invalid argument"),
        ("win32", OSError(errno.EINVAL, "Invalid argument"), ""),  # `| more` closed early
    ],
    ids=["written", "reader-left", "disk-full", "invalid", "windows-reader-left"],
)
def test_what_the_last_flush_says(monkeypatch, platform, error, said):
    from networkjournal.cli import flush_output

    monkeypatch.setattr(sys, "platform", platform)
    monkeypatch.setattr(sys, "stdout", _Stream(error))
    monkeypatch.setattr(sys, "stderr", None)  # a windowed program has none
    assert flush_output() == said
