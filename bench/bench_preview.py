"""The import preview in the window against the command line's dry run, on one file:
python bench/bench_preview.py [--rows 30000] [--runs 3].

Floor: a whole `networkjournal import FILE --dry-run` process (it reads, matches and counts
every row, writes nothing). Measured: File ▸ Import in a running window, from choosing the
file to the preview dialog on screen with its rows and counts (the same dry run on a worker
thread, plus the dialog). The file is a LinkedIn Connections.csv in which people share
names and companies as they do in a real network (a third of the rows are "possible
duplicates"), imported into an empty journal.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.generate import write_connections  # noqa: E402


def write_file(path: Path, rows: int, seed: int = 3) -> Path:
    return write_connections(path, rows, seed, namesakes=True)


def cli_dry_run(path: Path, db: Path) -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "networkjournal", "import", str(path), "--dry-run",
                    "--db", str(db)], check=True, capture_output=True, cwd=ROOT)
    return time.perf_counter() - started


def gui_preview(window, path: Path) -> tuple[float, str]:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    shown = []
    window.transfer.preview_ready.connect(shown.append)
    started = time.perf_counter()
    window.transfer.start_import(path)
    while not shown:
        QApplication.processEvents()
        time.sleep(0.0005)
    dialog = shown[0]
    QApplication.processEvents()  # painted
    elapsed = time.perf_counter() - started
    text = dialog.counts.text()
    window.transfer.preview_ready.disconnect(shown.append)
    dialog.reject()
    dialog.deleteLater()
    QApplication.processEvents()
    return elapsed, text


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=30_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="nj-preview-"))
    os.environ["XDG_CONFIG_HOME"] = str(folder)
    path = write_file(folder / "Connections.csv", args.rows)
    db = folder / "journal.sqlite"

    from PySide6.QtWidgets import QApplication

    from networkjournal.app import build_main_window, make_application

    app = make_application()
    window = build_main_window(f"sqlite:///{db}")
    window.show()
    QApplication.processEvents()
    cli_dry_run(path, db)  # warm-up: the OS file cache, .pyc files
    floor = statistics.median(cli_dry_run(path, db) for _ in range(args.runs))
    runs = [gui_preview(window, path) for _ in range(args.runs)]
    gui = statistics.median(seconds for seconds, _ in runs)
    print(f"\n{args.rows:,}-row LinkedIn file into an empty journal, median of {args.runs}")
    print(f"{'figure':<46}{'floor':>10}{'ours':>10}{'ratio':>8}")
    print(f"{'import preview in the window (file -> dialog)':<46}{floor * 1000:>8.0f} ms"
          f"{gui * 1000:>8.0f} ms{gui / floor:>7.2f}x   (floor: CLI --dry-run process;"
          " bar <= 1.2x)")
    print(f"preview says: {runs[-1][1]}")
    window.close()
    app.quit()


if __name__ == "__main__":
    main()
