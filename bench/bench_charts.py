"""Benchmark the chart panel's full redraw over two years of a large journal.

    python bench/bench_charts.py [--contacts 30000 --interactions 20000 --opportunities 2000]

Measures, on a journal made by bench/generate.py, the panel's full redraw
(query + compute + draw, range "All" = two years of weeks, page 1010x700) and,
in the same run, the floor: matplotlib alone drawing the same series from
precomputed arrays on figures of the same sizes (figure cleared, plotted and
rendered each time). Targets: total <= 150 ms and <= 3x the floor.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


TARGET_MS = 150.0
TARGET_RATIO = 3.0


def _wait_drawn(app, page) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    page.drawn.connect(loop.quit)
    QTimer.singleShot(30_000, loop.quit)
    loop.exec()
    page.drawn.disconnect(loop.quit)


def floor_draw(sizes, arrays, goals) -> None:  # type: ignore[no-untyped-def]
    """matplotlib alone: the same series, titles, legends and bar counts, from arrays."""
    import matplotlib as mpl

    from networkjournal.ui.charts import drawing as d

    weeks, cum_r, cum_a, sent, interviewed, reached, chats, follow_ups = arrays
    with mpl.rc_context(d.RC):
        for (fig, canvas), kind in zip(sizes, ("cumulative", "interviews", "activity"),
                                       strict=True):
            fig.clear()
            ax = fig.add_subplot()
            if kind == "cumulative":
                ax.set_title("Relationships built vs applications sent (cumulative)", loc="left")
                ax.plot(weeks, cum_r, color=d.GREEN, label="Relationships built")
                ax.plot(weeks, cum_a, color=d.VERMILLION, linestyle="--",
                        label="Applications sent")
                ax.legend(loc="upper left")
            elif kind == "interviews":
                ax.set_title("Interviews by channel", loc="left")
                b1 = ax.bar([-0.19, 0.81], sent, 0.38, color=d.SKY, label="Applications sent")
                b2 = ax.bar([0.19, 1.19], interviewed, 0.38, color=d.ORANGE, hatch="//",
                            label="Reached an interview")
                ax.bar_label(b1)
                ax.bar_label(b2)
                ax.set_xticks([0, 1], ["Through a relationship\n(referral, networking)\n57%",
                                       "Cold\n(application, recruiter)\n56%"])
                ax.legend(loc="upper right")
            else:
                ax.set_title("Weekly activity against goals", loc="left")
                for series, goal, color, label in (
                    (reached, goals.new_contacts, d.SKY, "New contacts reached"),
                    (chats, goals.chats, d.GREEN, "Chats held"),
                    (follow_ups, goals.follow_ups, d.PURPLE, "Follow-ups done"),
                ):
                    ax.plot(weeks, series, color=color, label=label)
                    ax.axhline(goal, color=color, linestyle="--")
                ax.legend(loc="upper left", ncols=3)
            canvas.draw()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--contacts", type=int, default=30_000)
    parser.add_argument("--interactions", type=int, default=20_000)
    parser.add_argument("--opportunities", type=int, default=2_000)
    parser.add_argument("--days", type=int, default=730)
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()

    import numpy as np
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from PySide6.QtWidgets import QApplication

    from bench.generate import generate
    from networkjournal.core.metrics import extract_events, summarize
    from networkjournal.store.journal import open_journal
    from networkjournal.store.metrics_query import load_goals, load_records
    from networkjournal.ui.charts.page import ChartsPage
    from networkjournal.ui.common.context import AppContext

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.sqlite"
        made = generate(path, args.contacts, args.interactions, args.opportunities, args.days)
        print(f"journal: {args.contacts} contacts, {args.interactions} interactions, "
              f"{args.opportunities} opportunities over {args.days} days "
              f"(generated in {made['seconds']:.1f} s)")
        journal = open_journal(f"sqlite:///{path}")
        page = ChartsPage(AppContext(journal))
        page.resize(1010, 700)
        page.show()
        _wait_drawn(app, page)  # the first background load
        page.range_combo.setCurrentIndex(page.range_combo.findData("all"))

        rows: dict[str, list[float]] = {"query": [], "compute": [], "draw": [], "total": []}
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            with journal.read() as session:
                records = load_records(session)
                goals = load_goals(session)
            t1 = time.perf_counter()
            events = extract_events(records, page.tz)
            page.events = events
            stats = summarize(events, *page.current_range())
            t2 = time.perf_counter()
            page.goals = goals
            page.draw_stats(stats)
            for card in page.cards.values():
                card.canvas.repaint()  # the Qt paint of the rendered buffer, synchronously
            t3 = time.perf_counter()
            for key, value in zip(rows, (t1 - t0, t2 - t1, t3 - t2, t3 - t0), strict=True):
                rows[key].append(value * 1000)

        arrays = (
            np.array(stats.weeks, dtype="datetime64[D]"),
            np.cumsum(stats.relationships_built), np.cumsum(stats.applications_sent),
            [stats.interviews[g].sent for g in ("via_relationship", "via_cold")],
            [stats.interviews[g].interviewed for g in ("via_relationship", "via_cold")],
            np.array(stats.new_contacts_reached), np.array(stats.chats_held),
            np.array(stats.follow_ups_done),
        )
        figures = []
        for key in ("cumulative", "interviews", "activity"):
            canvas = page.cards[key].canvas
            fig = Figure(figsize=(canvas.width() / 100, canvas.height() / 100), dpi=100)
            figures.append((fig, FigureCanvasAgg(fig)))
        floor: list[float] = []
        render_only: list[float] = []
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            floor_draw(figures, arrays, goals)
            t1 = time.perf_counter()
            for _fig, canvas in figures:
                canvas.draw()
            t2 = time.perf_counter()
            floor.append((t1 - t0) * 1000)
            render_only.append((t2 - t1) * 1000)
        journal.close()

    sizes = ", ".join(f"{c.canvas.width()}x{c.canvas.height()}" for c in page.cards.values())
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"weeks drawn: {len(stats.weeks)}; canvases {sizes}; repeats: {args.repeat}; "
          f"load average {load:.2f} on {os.cpu_count()} CPUs\n")
    print(f"{'step':<34}{'median ms':>10}{'min ms':>9}")
    for key, values in rows.items():
        print(f"{'panel ' + key:<34}{statistics.median(values):>10.1f}{min(values):>9.1f}")
    print(f"{'floor: matplotlib alone (plot+draw)':<34}{statistics.median(floor):>10.1f}"
          f"{min(floor):>9.1f}")
    print(f"{'  (render only, no plotting)':<34}{statistics.median(render_only):>10.1f}"
          f"{min(render_only):>9.1f}")
    total = statistics.median(rows["total"])
    ratio = total / statistics.median(floor)
    print(f"\ntotal {total:.1f} ms (target <= {TARGET_MS:.0f} ms): "
          f"{'OK' if total <= TARGET_MS else 'MISSED'}")
    print(f"total / floor = {ratio:.2f}x (target <= {TARGET_RATIO:.0f}x): "
          f"{'OK' if ratio <= TARGET_RATIO else 'MISSED'}")
    print(f"total / render-only = {total / statistics.median(render_only):.2f}x")


if __name__ == "__main__":
    main()
