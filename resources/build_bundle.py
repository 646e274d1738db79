"""Build the standalone app (build_installer.spec) and check it: its --self-test, size, start.

    python -m pip install ".[package]" && python resources/build_bundle.py

Builds dist/networkjournal/ for this platform, runs the frozen `networkjournal --self-test`
offscreen (exit 1 if it fails), then prints the folder's size and the median time of
`--version` and `--self-test`, frozen and installed (the `networkjournal` on the PATH, if
any), for README ▸ Packaging. `--no-build` measures the bundle already built.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DIST = ROOT / "dist" / "networkjournal"
EXE = DIST / ("networkjournal.exe" if sys.platform == "win32" else "networkjournal")
if sys.platform == "darwin":
    EXE = ROOT / "dist" / "Network Journal.app" / "Contents" / "MacOS" / "networkjournal"
RUNS = 5


def build() -> None:
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                    str(ROOT / "build_installer.spec")], cwd=ROOT, check=True)


def run(command: list[str]) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(command, env=env, capture_output=True, text=True, timeout=300,
                          check=False)


def median_seconds(command: list[str]) -> float:
    run(command)  # once to warm the disk cache: every figure then reads from memory
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        done = run(command)
        times.append(time.perf_counter() - started)
        if done.returncode != 0:
            raise SystemExit(f"{' '.join(command)} failed: {done.stderr.strip()}")
    return statistics.median(times)


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def main(argv: list[str]) -> int:
    if "--no-build" not in argv:
        build()
    check = run([str(EXE), "--self-test"])
    sys.stdout.write(check.stdout)
    if check.returncode != 0:
        sys.stderr.write(check.stderr)
        return 1
    print(f"\nbundle: {DIST.relative_to(ROOT)}: {folder_size(DIST) / 2**20:.0f} MiB")
    installed = shutil.which("networkjournal")
    rows = [("frozen", str(EXE))] + ([("installed", installed)] if installed else [])
    for label, program in rows:
        version = median_seconds([program, "--version"])
        self_test = median_seconds([program, "--self-test"])
        print(f"{label:9}  --version {version * 1000:5.0f} ms   --self-test {self_test:5.2f} s"
              f"   (median of {RUNS})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
