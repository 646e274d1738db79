"""Benchmark the boards on a large journal: python bench/bench_pipeline.py [--repeat N].

2,000 opportunities and 30,000 contacts (bench/generate.py). Each target is
timed against a floor measured in the same run on the same machine:
- switching to a board = construct the page + show it + process events,
  against an empty QWidget and a plain QListView over as many rows;
- moving a card = the store transaction + the view update + process events,
  against a one-row UPDATE transaction plus a plain list view's setData.
Medians of --repeat runs; the table prints milliseconds and the ratio.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QStringListModel, QTimer
from PySide6.QtWidgets import QApplication, QListView, QWidget
from sqlalchemy import select, update

from bench.generate import generate
from networkjournal.store.journal import open_journal
from networkjournal.store.models import Contact, Opportunity
from networkjournal.ui.common.context import AppContext

SIZE = (1280, 760)
FRAME_MS = 1000 / 60


def timed(fn: Callable[[], object], repeat: int) -> tuple[float, list[object]]:
    """Median milliseconds of ``repeat`` calls, and what they returned."""
    times, results = [], []
    for _ in range(repeat):
        started = time.perf_counter()
        results.append(fn())
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times), results


def show(widget: QWidget) -> QWidget:
    widget.resize(*SIZE)
    widget.show()
    QApplication.processEvents()
    return widget


def dispose(widgets: list[object]) -> None:
    for widget in widgets:
        widget.hide()  # type: ignore[attr-defined]
        widget.deleteLater()  # type: ignore[attr-defined]
    QApplication.processEvents()


def wait_loaded(page) -> None:  # type: ignore[no-untyped-def]
    if page.is_loaded:
        return
    loop = QEventLoop()
    page.loaded.connect(loop.quit)
    QTimer.singleShot(60_000, loop.quit)
    loop.exec()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=9)
    parser.add_argument("--contacts", type=int, default=30_000)
    parser.add_argument("--opportunities", type=int, default=2_000)
    args = parser.parse_args()
    repeat = args.repeat
    app = QApplication.instance() or QApplication([])
    folder = Path(tempfile.mkdtemp(prefix="nj-bench-"))
    path = folder / "big.sqlite"
    stats = generate(path, args.contacts, 20_000, args.opportunities)
    journal = open_journal(f"sqlite:///{path}")
    context = AppContext(journal)
    with journal.read() as session:
        opportunity_ids = list(session.scalars(select(Opportunity.id).limit(repeat * 2)))
        contact_ids = list(session.scalars(select(Contact.id).limit(repeat * 2)))
    rows: list[tuple[str, float, str, float]] = []

    def add(target: str, ms: float, floor_name: str, floor_ms: float) -> None:
        rows.append((target, ms, floor_name, floor_ms))

    # ------------------------------------------------------------- floors
    empty_ms, made = timed(lambda: show(QWidget()), repeat)
    dispose(made)

    def plain_list(n: int) -> QListView:
        view = QListView()
        view.setUniformItemSizes(True)
        view.setModel(QStringListModel([f"Company {i} — role" for i in range(n)], view))
        return show(view)  # type: ignore[return-value]

    list_2k_ms, made = timed(lambda: plain_list(args.opportunities), repeat)
    dispose(made)
    list_30k_ms, made = timed(lambda: plain_list(args.contacts), repeat)
    dispose(made)

    floor_view = plain_list(args.opportunities)
    floor_model = floor_view.model()
    counter = iter(range(10**9))

    def one_row_update() -> None:
        n = next(counter)
        with journal.transaction() as session:
            session.execute(update(Opportunity).where(Opportunity.id == opportunity_ids[0])
                            .values(notes=f"bench {n}"))
        floor_model.setData(floor_model.index(n % 50, 0), f"moved {n}")
        QApplication.processEvents()

    update_ms, _ = timed(one_row_update, repeat * 2)
    dispose([floor_view])

    # ------------------------------------------------ opportunities board
    started = time.perf_counter()
    from networkjournal.ui.pipeline.opportunities_page import PipelinePage

    first = show(PipelinePage(context))
    cold_ms = (time.perf_counter() - started) * 1000
    dispose([first])
    board_ms, made = timed(lambda: show(PipelinePage(context)), repeat)
    dispose(made[1:])
    page = made[0]
    add("Pipeline: first switch (imports + build + show)", cold_ms, "empty QWidget", empty_ms)
    add("Pipeline: switch to board (build + show)", board_ms,
        f"QListView, {args.opportunities:,} rows", list_2k_ms)

    page.hide()
    QApplication.processEvents()

    def reshow() -> None:
        page.show()
        QApplication.processEvents()  # shown: reloads only if stale
        QApplication.processEvents()
        page.hide()

    reshow_ms, _ = timed(reshow, repeat)
    add("Pipeline: switch back to built board", reshow_ms, "empty QWidget", empty_ms)
    show(page)
    stages = ["applied", "screening"]
    moves = iter(range(10**9))

    def move_card() -> None:
        n = next(moves)
        page.move_cards([opportunity_ids[n % len(opportunity_ids)]], stages[n % 2])
        QApplication.processEvents()

    move_ms, _ = timed(move_card, repeat * 2)
    add("Pipeline: move a card (transaction + view)", move_ms, "1-row UPDATE + setData", update_ms)

    def type_filter() -> None:
        page.search.setText("stripe")
        QApplication.processEvents()
        page.search.setText("")
        QApplication.processEvents()

    filter_ms, _ = timed(type_filter, repeat)
    add("Pipeline: filter + clear (2 resets)", filter_ms, "empty QWidget", empty_ms)
    dispose([page])

    # ------------------------------------------------ relationship board
    from networkjournal.ui.pipeline.relationships_page import RelationshipBoardPage

    # Timed one at a time: a page still loading on its worker would slow the next one.
    shown_times, loaded_times, pages = [], [], []
    for _ in range(repeat):
        started = time.perf_counter()
        made_page = show(RelationshipBoardPage(context))
        shown_times.append((time.perf_counter() - started) * 1000)
        wait_loaded(made_page)
        QApplication.processEvents()
        loaded_times.append((time.perf_counter() - started) * 1000)
        pages.append(made_page)
    dispose(pages[1:])
    rel = pages[0]
    add("Relationships: switch (build + show, rows load after)",
        statistics.median(shown_times), "empty QWidget", empty_ms)
    add("Relationships: until 30k contacts are on the board", statistics.median(loaded_times),
        f"QListView, {args.contacts:,} rows", list_30k_ms)
    rel_stages = ["connected", "chatted"]
    rel_moves = iter(range(10**9))

    def move_contact() -> None:
        n = next(rel_moves)
        rel.move_cards([contact_ids[n % len(contact_ids)]], rel_stages[n % 2])
        QApplication.processEvents()

    rel_move_ms, _ = timed(move_contact, repeat * 2)
    add("Relationships: move a card (transaction + view)", rel_move_ms,
        "1-row UPDATE + setData", update_ms)
    dispose([rel])
    journal.close()

    print(f"journal: {stats['contacts']:,} contacts, {stats['interactions']:,} interactions, "
          f"{stats['opportunities']:,} opportunities; median of {repeat} "
          f"({repeat * 2} for moves); Python {sys.version.split()[0]}, "
          f"Qt platform {app.platformName()}")
    print(f"{'target':<55} {'ms':>8}  {'floor':<28} {'floor ms':>8} {'ratio':>6} "
          f"{'< 1 frame':>9}")
    for target, ms, floor_name, floor_ms in rows:
        ratio = ms / floor_ms if floor_ms else float("inf")
        print(f"{target:<55} {ms:8.1f}  {floor_name:<28} {floor_ms:8.2f} {ratio:6.1f} "
              f"{'yes' if ms < FRAME_MS else 'no':>9}")


if __name__ == "__main__":
    main()
