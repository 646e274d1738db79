"""Every page of a real 30,000-contact journal, from the click to its data shown:
python bench/bench_pages.py [--runs 5] [--contacts 30000].

The journal is built by bench/generate.py through the importer and the operations the
window calls. The window is opened as the app opens it (the contacts are read on a worker
while it paints), left to settle (its idle-time warm-up done), then each page is clicked in
the navigation and timed until its data is on screen: the first visit, a switch back to it
(nothing changed), and a switch back after a chat was logged elsewhere (it reloads). Each
figure is the median of --runs fresh windows, all in one process.

Floors, measured in the same run: switching a QStackedWidget to an empty QWidget (the
least a click costs), and, for the relationship board, the same "newest stage change per
contact" answer computed by one GROUP BY in plain sqlite3 over the same journal.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtWidgets import QApplication, QStackedWidget, QWidget

from bench.generate import generate
from networkjournal.core.drafts import ChatDraft
from networkjournal.ops.chats import log_chat
from networkjournal.store.journal import open_journal
from networkjournal.ui.main_window import PAGES, MainWindow

TIMEOUT_S = 120
SETTLE_S = 2.5  # the window imports the other pages' code 1.5 s after it opened


def ready(key: str, page: QWidget | None) -> bool:
    """The page shows the journal's data (not "Loading…")."""
    if page is None or not page.isVisible():
        return False
    if key == "contacts":
        return page.model.total_count() > 0 and not page.loading
    if key == "chats":
        return page.model.rowCount() > 0 and not page.loading
    if key == "pipeline":
        return bool(page.model.items())
    if key == "relationships":
        return page.is_loaded and not page.loading.isVisible()
    if key == "companies":
        return page.companies.rowCount() > 0
    if key == "charts":
        return page.stats is not None and page._task is None
    if key == "today":
        return bool(page.title.text())
    raise KeyError(key)


def wait_until(condition: Callable[[], bool]) -> float:
    started = time.perf_counter()
    while not condition():
        QApplication.processEvents()
        if time.perf_counter() - started > TIMEOUT_S:
            raise TimeoutError
        time.sleep(0.0005)
    return (time.perf_counter() - started) * 1000


def click(window: MainWindow, key: str) -> float:
    """Milliseconds from choosing ``key`` in the navigation to its data shown."""
    row = [spec.key for spec in PAGES].index(key)
    started = time.perf_counter()
    window.nav.setCurrentRow(row)
    wait_until(lambda: ready(key, window.pages.get(key)))
    return (time.perf_counter() - started) * 1000


def settle(seconds: float) -> None:
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        QApplication.processEvents()
        time.sleep(0.005)


def one_window(path: Path) -> dict[str, dict[str, float]]:
    from PySide6.QtCore import QSettings

    from networkjournal.app import start_main_window

    QSettings().setValue("window/page", "contacts")  # the window opens on its last page
    QSettings().setValue("today/open_first", False)  # ... not on Today (things are due)

    window: MainWindow = start_main_window(f"sqlite:///{path}")
    window.show()
    times: dict[str, dict[str, float]] = {"first": {}, "back": {}, "after a change": {}}
    # From start to the page the window opens on (Today when something is due) with its data.
    wait_until(lambda: window.context is not None and ready(
        window.current_page_key(), window.pages.get(window.current_page_key())))
    opening = window.current_page_key()
    settle(SETTLE_S)
    keys = [spec.key for spec in PAGES]
    for key in keys:
        if key != opening:
            times["first"][key] = click(window, key)
    times["first"][opening] = float("nan")  # shown at start: see bench_startup.py
    for key in keys:
        click(window, "contacts" if key != "contacts" else "chats")
        times["back"][key] = click(window, key)
    journal = window.context.journal
    for key in keys:
        click(window, "contacts" if key != "contacts" else "chats")
        # A chat logged in another part of the window: every page shows it when next shown.
        window.context.operations.perform(
            log_chat, 1, ChatDraft(occurred_at=datetime(2026, 1, 5, 9)))
        times["after a change"][key] = click(window, key)
    window.close()
    journal.close()
    window.deleteLater()
    QApplication.processEvents()
    return times


def stack_floor(runs: int) -> float:
    stack = QStackedWidget()
    pages = [QWidget(stack) for _ in range(2)]
    for page in pages:
        stack.addWidget(page)
    stack.show()
    QApplication.processEvents()
    samples = []
    for n in range(runs * 4):
        started = time.perf_counter()
        stack.setCurrentWidget(pages[n % 2])
        QApplication.processEvents()
        samples.append((time.perf_counter() - started) * 1000)
    stack.close()
    return statistics.median(samples)


def group_by_floor(path: Path, runs: int) -> float:
    """The relationship board's answer in one GROUP BY, plain sqlite3."""
    query = """
        SELECT c.id, c.first_name, c.last_name, c.company, c.title, c.source, c.stage,
               COALESCE(h.changed_at, c.created_at)
        FROM contacts c LEFT JOIN (
            SELECT contact_id, MAX(id) AS id FROM contact_stage_changes GROUP BY contact_id
        ) n ON n.contact_id = c.id
        LEFT JOIN contact_stage_changes h ON h.id = n.id
        WHERE NOT c.archived"""
    samples = []
    for _ in range(runs):
        db = sqlite3.connect(str(path))
        started = time.perf_counter()
        db.execute(query).fetchall()
        samples.append((time.perf_counter() - started) * 1000)
        db.close()
    return statistics.median(samples)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--contacts", type=int, default=30_000)
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child is not None:  # one window, in this fresh process: print its times
        QApplication.instance() or QApplication([])
        print(json.dumps(one_window(args.child)))
        return
    folder = Path(tempfile.mkdtemp(prefix="nj-pages-"))
    os.environ["XDG_CONFIG_HOME"] = str(folder)  # the bench's window settings, not the user's
    app = QApplication.instance() or QApplication([])
    path = folder / "journal.sqlite"
    scale = args.contacts / 30_000  # 20,000 chats and 2,000 opportunities at 30,000 people
    generate(path, args.contacts, round(20_000 * scale), round(2_000 * scale))
    open_journal(f"sqlite:///{path}").close()  # a schema upgrade is not what we time
    runs = []
    for _ in range(args.runs + 1):  # the first one warms the OS file cache: not counted
        done = subprocess.run([sys.executable, __file__, "--child", str(path)], check=True,
                              capture_output=True, text=True, env=dict(os.environ))
        runs.append(json.loads(done.stdout.strip().splitlines()[-1]))
    runs = runs[1:]
    floor = stack_floor(args.runs)
    board_floor = group_by_floor(path, args.runs)
    print(f"\nPages of a {args.contacts:,}-contact journal built by the importer and the "
          f"operations; median of {args.runs} windows, ms from the click to the data shown")
    print(f"floor: QStackedWidget switch to an empty QWidget {floor:.2f} ms; "
          f"relationship board's rows by one GROUP BY in sqlite3 {board_floor:.0f} ms\n")
    header = f"{'page':<14}" + "".join(f"{kind:>16}" for kind in runs[0])
    print(header)
    for spec in PAGES:
        cells = []
        for kind in runs[0]:
            values = [run[kind][spec.key] for run in runs if run[kind][spec.key] == run[kind][
                spec.key]]  # NaN: the page the window opened on (timed by bench_startup)
            cells.append(f"{statistics.median(values):>13.0f} ms" if values else "at start")
        print(f"{spec.key:<14}" + "".join(f"{c:>16}" for c in cells))
    worst = max(ms for run in runs for kind in run for ms in run[kind].values() if ms == ms)
    print(f"\nslowest single figure: {worst:.0f} ms (bar: every page under 1,000 ms)")
    rel = statistics.median(run["first"]["relationships"] for run in runs)
    print(f"relationship board, first visit: {rel:.0f} ms = {rel / board_floor:.1f}x its "
          f"GROUP BY floor (goal <= 150 ms)")
    app.quit()


if __name__ == "__main__":
    main()
