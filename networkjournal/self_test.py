"""`networkjournal --self-test`: the whole chain on a throwaway journal, with no screen needed."""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from networkjournal import __version__

if TYPE_CHECKING:
    from networkjournal.store.journal import Journal

# Checks an installed package or a frozen bundle (build_installer.spec) end to end: the
# migrations ship and run, a reader and the store write, matplotlib draws, the exporter
# writes, and Qt starts with its platform plugin, translations and the QtAgg canvas. Each
# of these has been the piece a bundle left out. Nothing is written outside a temporary
# folder: the import goes through the store, not the operation that backs the user's
# data folder up first.

SAMPLE = "samples/Connections.csv"  # ten LinkedIn connections, shipped in resources/


class SelfTestFailed(Exception):
    """A step failed: the message names the step and what went wrong."""


@contextmanager
def _step(name: str) -> Iterator[None]:
    try:
        yield
    except SelfTestFailed:
        raise
    except Exception as exc:
        root = exc  # the first cause says what is missing ("No module named ..."), not the
        while root.__cause__ or root.__context__:  # advice numpy wraps it in
            root = root.__cause__ or root.__context__  # type: ignore[assignment]
        first = (str(root).strip().splitlines() or [type(root).__name__])[0]
        raise SelfTestFailed(f"self-test failed at {name}: {type(root).__name__}: {first}") \
            from exc


def run(say: Callable[[str], object] = print) -> None:
    """Run every step, saying what each did; raises SelfTestFailed on the first failure."""
    started = time.perf_counter()
    frozen = " (frozen)" if getattr(sys, "frozen", False) else ""
    say(f"networkjournal {__version__} self-test{frozen}, Python {sys.version.split()[0]}")
    with tempfile.TemporaryDirectory(prefix="networkjournal-self-test-") as folder:
        work = Path(folder)
        with _step("migrations"):
            journal = _migrated_journal(work / "journal.sqlite", say)
        try:
            with _step("import"):
                count = _import_sample(journal, say)
            with _step("chart"):
                figure = _chart_png(journal, work / "chart.png", say)
            with _step("export"):
                _export_csv(journal, work / "contacts.csv", count, say)
        finally:
            journal.close()
        with _step("Qt"):
            _qt(figure, work / "chart-qt.png", say)
    say(f"self-test passed in {time.perf_counter() - started:.1f} s")


def _migrated_journal(path: Path, say: Callable[[str], object]) -> Journal:
    """An empty file taken through every Alembic revision (a new journal is otherwise built
    from the models at once, so this is what proves the migrations shipped), then opened."""
    from alembic import command
    from alembic.script import ScriptDirectory
    from sqlalchemy import create_engine

    from networkjournal.paths import sqlite_url
    from networkjournal.store.journal import alembic_config, open_journal

    config = alembic_config()
    revisions = list(ScriptDirectory.from_config(config).walk_revisions())
    engine = create_engine(sqlite_url(path))
    try:
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, "head")
    finally:
        engine.dispose()
    journal = open_journal(sqlite_url(path))
    say(f"  ok  migrations: a new journal taken through {len(revisions)} revisions "
        f"to {revisions[0].revision}")
    return journal


def _sample_file() -> Path:
    return Path(str(resources.files("networkjournal.resources").joinpath(SAMPLE)))


def _import_sample(journal: Journal, say: Callable[[str], object]) -> int:
    from networkjournal.io.readers import open_source
    from networkjournal.store.contacts import count_contacts
    from networkjournal.store.imports import import_records

    sample = _sample_file()
    source = open_source(sample)
    summary = import_records(journal, source.records(), format=source.format)
    with journal.read() as session:
        count = count_contacts(session)
    if count == 0 or summary.added != count:
        raise SelfTestFailed(f"self-test failed at import: {summary.added} added, "
                             f"{count} in the journal")
    say(f"  ok  import: {sample.name} ({source.format}): {summary.line()}")
    return count


def _chart_png(journal: Journal, target: Path, say: Callable[[str], object]) -> object:
    """The Charts page's first chart over the last 12 weeks, saved as its Export does."""
    import matplotlib

    matplotlib.use("Agg")  # before pyplot or a canvas: no screen needed
    from matplotlib.figure import Figure

    from networkjournal.core.metrics import compute_stats
    from networkjournal.store.metrics_query import chart_data
    from networkjournal.ui.charts import drawing

    with journal.read() as session:
        records, _goals = chart_data(session)
    today = date.today()
    stats = compute_stats(records, None, today - timedelta(weeks=12), today)
    figure = Figure(figsize=(8, 5), dpi=100)
    chart = drawing.CumulativeChart(figure, drawing.Theme())
    chart.update(stats)
    drawing.save(chart, target, "png")
    _check_png(target)
    say(f"  ok  chart: {target.name}, {target.stat().st_size // 1024} KB "
        f"(matplotlib {matplotlib.__version__}, Agg)")
    return figure


def _check_png(path: Path) -> None:
    if path.read_bytes()[:8] != b"\x89PNG\r\n\x1a\n":
        raise SelfTestFailed(f"self-test failed: {path.name} is not a PNG image")


def _export_csv(journal: Journal, target: Path, count: int,
                say: Callable[[str], object]) -> None:
    from networkjournal.ops.transfer import export

    result = export(journal, "contacts", target).result
    lines = target.read_text(encoding="utf-8-sig").splitlines()
    if result.rows != count or len(lines) != count + 1:
        raise SelfTestFailed(f"self-test failed at export: {result.rows} rows written, "
                             f"{len(lines) - 1} in {target.name}, {count} contacts")
    say(f"  ok  export: {target.name}, {result.rows} contacts, {target.stat().st_size} bytes")


def _qt(figure: object, target: Path, say: Callable[[str], object]) -> None:
    """Qt's platform plugin, the app's icon and translations, matplotlib's Qt canvas."""
    from networkjournal.display_check import display_problem

    if not os.environ.get("QT_QPA_PLATFORM"):
        # Nothing is shown: the window's own platform is checked, then offscreen draws.
        problem = display_problem()
        say("  --  display: " + (problem or "the window can start here"))
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    else:
        problem = display_problem()
        if problem is not None:
            raise SelfTestFailed(f"self-test failed at Qt: {problem}")
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
    from PySide6.QtCore import QCoreApplication

    from networkjournal.app import make_application
    from networkjournal.ui.common.i18n import install_translation, remove_translation

    app = make_application([sys.argv[0]])
    if app.windowIcon().isNull():
        raise SelfTestFailed("self-test failed at Qt: the app's icon did not load")
    install_translation(app, "fr")
    try:
        french = (QCoreApplication.translate("MainWindow", "Charts"),
                  QCoreApplication.translate("QPlatformTheme", "Cancel"))
    finally:
        remove_translation(app)
    if french[0] == "Charts" or french[1] == "Cancel":
        raise SelfTestFailed(f"self-test failed at Qt: French not loaded ({', '.join(french)})")
    canvas = FigureCanvasQTAgg(figure)
    canvas.resize(800, 500)
    canvas.draw()
    if not canvas.grab().save(str(target)):
        raise SelfTestFailed("self-test failed at Qt: the chart canvas could not be saved")
    _check_png(target)
    say(f"  ok  Qt: platform {app.platformName()}, icon, French ({french[0]}, {french[1]}), "
        f"chart through the QtAgg canvas ({target.stat().st_size // 1024} KB)")
