"""Make the README's screenshots from the sample journal, in English and French (offscreen Qt).

    python resources/screenshots.py [--out docs/screenshots] [--size 1180x760] [--only pipeline]

Writes <page>.png (English) and fr/<page>.png, plus pipeline-dark.png (the dark theme), into
--out. Nothing of the user's is read or written: a temporary journal, data and settings folder.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAGES = ("today", "contacts", "chats", "pipeline", "relationships", "companies", "charts")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--size", default="1180x760", help="window size, e.g. 960x600")
    parser.add_argument("--only", action="append", choices=PAGES, help="these pages only")
    args = parser.parse_args(argv)
    width, height = (int(n) for n in args.size.lower().split("x"))
    home = Path(tempfile.mkdtemp(prefix="nj-shots-"))
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        os.environ[name] = str(home / name.lower())
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))

    from PySide6.QtCore import QCoreApplication, QSettings
    from PySide6.QtWidgets import QApplication

    from networkjournal.ops.transfer import build_demo
    from networkjournal.store.journal import open_journal
    from networkjournal.ui.common.context import AppContext
    from networkjournal.ui.common.i18n import install_translation
    from networkjournal.ui.common.theme import apply_theme
    from networkjournal.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    QCoreApplication.setOrganizationName("NetworkJournalScreenshots")
    QCoreApplication.setApplicationName("networkjournal-screenshots")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(home / "qs"))
    QSettings().setValue("today/open_first", False)
    journal = open_journal(f"sqlite:///{home / 'sample.sqlite'}")
    build_demo(journal)
    pages = args.only or PAGES
    apply_theme(app, "light")  # the same pictures whatever the machine's theme
    for language, folder in (("en", args.out), ("fr", args.out / "fr")):
        install_translation(app, language)
        shoot(MainWindow(AppContext(journal)), pages, folder, width, height)
    install_translation(app, "en")
    apply_theme(app, "dark")
    shoot(MainWindow(AppContext(journal)), ["pipeline"], args.out, width, height, "-dark")
    journal.close()
    return 0


def shoot(window, pages, folder: Path, width: int, height: int, suffix: str = "") -> None:
    from PySide6.QtCore import QDeadlineTimer, QSettings
    from PySide6.QtWidgets import QApplication

    folder.mkdir(parents=True, exist_ok=True)
    window.resize(width, height)
    window.show()
    for key in pages:
        page = window.show_page(key)
        deadline = QDeadlineTimer(20000)
        # Pages filled on a worker thread (charts, Today) say when they are loaded.
        while not deadline.hasExpired() and not _ready(window, page):
            QApplication.processEvents()
        if key == "contacts":  # someone selected: the details show their chats
            page.table.selectRow(1)
        for _ in range(20):
            QApplication.processEvents()
        window.grab().save(str(folder / f"{key}{suffix}.png"))
        print(folder / f"{key}{suffix}.png")
    window.close()
    # Column widths and splitter positions are remembered per run: each language starts fresh.
    settings = QSettings()
    for key in settings.allKeys():
        if key != "today/open_first":
            settings.remove(key)


def _ready(window, page) -> bool:
    loaded = getattr(page, "is_loaded", None)
    if loaded is not None and not loaded:
        return False
    events = getattr(page, "events", True)  # the charts: numbers read
    return window.stack.currentWidget() is page and events is not None


if __name__ == "__main__":
    sys.exit(main())
