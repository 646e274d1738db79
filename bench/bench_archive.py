"""A heavy user's LinkedIn archive: python bench/bench_archive.py [--connections 30000]
[--messages 100000] [--invitations 5000] [--repeat 3].

The archive (a ZIP in LinkedIn's shapes: Connections.csv with its preamble, Invitations.csv,
messages.csv quoted throughout, multi-line messages, groups) is generated, then:
  - floor: plain Python reads the same three files out of the ZIP with `csv` (no parsing
    of dates, no journal), best of --repeat;
  - the archive reader: every record the import would write (the user found, invitations
    checked, conversation-days gathered, names repaired), nothing written; target <= 3x;
  - the whole import: `networkjournal import ARCHIVE.zip` into a new journal, one process
    (Python start-up included), the journal's own import path (info: it writes 30,000
    contacts and the chat log in one transaction);
  - peak memory of that process (VmHWM) against a Python process that reads the files
    with `csv` (info).
"""

from __future__ import annotations

import argparse
import csv
import io
import os
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.io.archive_maker import make_archive  # noqa: E402  (the shapes the tests use)

FLOOR = r"""
import csv, io, sys, zipfile
rows = 0
with zipfile.ZipFile(sys.argv[1]) as archive:
    for name in ("Connections.csv", "Invitations.csv", "messages.csv"):
        with archive.open(name) as raw:
            for row in csv.reader(io.TextIOWrapper(raw, encoding="utf-8-sig", newline="")):
                rows += 1
print(rows)
"""


def floor_read(path: Path) -> tuple[float, int]:
    start = time.perf_counter()
    rows = 0
    with zipfile.ZipFile(path) as archive:
        for name in ("Connections.csv", "Invitations.csv", "messages.csv"):
            with archive.open(name) as raw:
                for _row in csv.reader(io.TextIOWrapper(raw, encoding="utf-8-sig", newline="")):
                    rows += 1
    return time.perf_counter() - start, rows


def reader(path: Path) -> tuple[float, int, int]:
    from networkjournal.core.records import ChatRecord, ContactRecord
    from networkjournal.io.readers import open_source

    start = time.perf_counter()
    records = list(open_source(path).records())
    elapsed = time.perf_counter() - start
    contacts = sum(isinstance(r, ContactRecord) for r in records)
    chats = sum(isinstance(r, ChatRecord) for r in records)
    return elapsed, contacts, chats


# Each child reports its own peak memory: VmHWM of its address space. ru_maxrss would
# carry the parent's peak over the exec (Linux keeps the high-water mark of the old one).
PEAK = r"""
import atexit, runpy, sys
def peak():
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                sys.stderr.write(f"PEAK_KB {line.split()[1]}\n")
atexit.register(peak)
sys.argv = sys.argv[1:]
if sys.argv[0] == "-c":
    sys.argv = ["floor", *sys.argv[1:]]
    exec(compile(FLOOR, "floor", "exec"))
else:
    runpy.run_module(sys.argv[0], run_name="__main__", alter_sys=True)
"""


def process(command: list[str], env: dict[str, str]) -> tuple[float, float, str]:
    """(seconds, peak MiB, stdout) of one child process: ``command`` is a module and its
    arguments, or ["-c"] for the floor's script."""
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", PEAK.replace("FLOOR", repr(FLOOR)), *command],
                          capture_output=True, text=True, env=env)
    elapsed = time.perf_counter() - start
    if done.returncode:
        raise SystemExit(done.stderr)
    kb = [int(line.split()[1]) for line in done.stderr.splitlines()
          if line.startswith("PEAK_KB")]
    return elapsed, kb[-1] / 1024, done.stdout


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--connections", type=int, default=30_000)
    parser.add_argument("--messages", type=int, default=100_000)
    parser.add_argument("--invitations", type=int, default=5_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="nj-archive-"))
    path = make_archive(folder / "Complete_LinkedInDataExport_01-15-2025.zip",
                        args.connections, args.messages, args.invitations)
    size = path.stat().st_size / 1024**2
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env[name] = str(folder / name.lower())

    floor = min(floor_read(path)[0] for _ in range(args.repeat))
    reads = [reader(path) for _ in range(args.repeat)]
    read_time = min(r[0] for r in reads)
    _, contacts, chats = reads[0]
    floor_process = [process(["-c", str(path)], env) for _ in range(args.repeat)]
    imports = []
    for n in range(args.repeat):
        db = f"sqlite:///{folder / f'journal-{n}.sqlite'}"
        imports.append(process(["networkjournal", "import", str(path), "--db", db], env))
    floor_p = min(p[0] for p in floor_process)
    import_p = min(p[0] for p in imports)
    floor_mem = max(p[1] for p in floor_process)
    import_mem = max(p[1] for p in imports)

    print(f"archive: {args.connections} connections, {args.messages} messages, "
          f"{args.invitations} invitations; ZIP {size:.1f} MB; best of {args.repeat}")
    print(f"reader output: {contacts} contacts, {chats} chat-log entries")
    print(imports[0][2].strip())
    print()
    print(f"{'measure':<44}{'floor':>10}{'app':>10}{'ratio':>8}{'target':>9}")
    print("-" * 81)
    ratio = read_time / floor
    print(f"{'read the archive (records, nothing written)':<44}{floor:>9.2f}s{read_time:>9.2f}s"
          f"{ratio:>7.2f}x{'<= 3x':>9}  {'PASS' if ratio <= 3 else 'MISS'}")
    print(f"{'whole import process, new journal':<44}{floor_p:>9.2f}s{import_p:>9.2f}s"
          f"{import_p / floor_p:>7.2f}x{'(info)':>9}")
    print(f"{'peak memory of that process':<44}{floor_mem:>8.0f}MB{import_mem:>8.0f}MB"
          f"{import_mem / floor_mem:>7.2f}x{'(info)':>9}")


if __name__ == "__main__":
    main()
