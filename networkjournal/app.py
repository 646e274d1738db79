"""Start-up of the desktop app: QApplication, the journal, the main window."""

from __future__ import annotations

import logging
import sys
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from networkjournal import APP_ID, APP_NAME, __version__
from networkjournal.errors import UserError
from networkjournal.logs import setup_logging
from networkjournal.paths import data_dir, resolve_db
from networkjournal.store.journal import Journal, open_journal
from networkjournal.ui.context import AppContext, JournalEvents
from networkjournal.ui.crash import install_excepthook
from networkjournal.ui.main_window import MainWindow

log = logging.getLogger("networkjournal.app")


def make_application(argv: Sequence[str] | None = None) -> QApplication:
    """The QApplication with the names QSettings and platformdirs agree on."""
    app = QApplication.instance() or QApplication(list(argv or sys.argv[:1]))
    QCoreApplication.setOrganizationName(APP_ID)
    QCoreApplication.setApplicationName(APP_ID)
    QCoreApplication.setApplicationVersion(__version__)
    app.setApplicationDisplayName(APP_NAME)
    app.setDesktopFileName(APP_ID)
    icon = _app_icon()
    if icon is not None:
        app.setWindowIcon(icon)
    return app  # type: ignore[return-value]


def _app_icon() -> QIcon | None:
    try:
        from networkjournal.ui.icons import app_icon
    except ImportError:
        return None
    return app_icon()


def build_main_window(db_url: str) -> MainWindow:
    """Open the journal at ``db_url`` and a main window on it (QApplication must exist)."""
    journal = open_journal(db_url)
    window = MainWindow(AppContext(journal, JournalEvents()))
    window.open_sample_requested.connect(lambda: _open_sample(window))
    return window


def sample_journal_url() -> str:
    return f"sqlite:///{data_dir() / 'sample.sqlite'}"


def _open_sample(current: MainWindow) -> MainWindow:
    """Make (once) and open the sample journal in place of the current window."""
    from networkjournal.store.contacts import count_contacts
    from networkjournal.store.demo import build_demo

    url = sample_journal_url()
    journal: Journal = open_journal(url)
    try:
        with journal.read() as session:
            empty = count_contacts(session) == 0
        if empty:
            build_demo(journal)
    finally:
        journal.close()
    window = build_main_window(url)
    window.setGeometry(current.geometry())
    window.show()
    current.close()
    current.context.journal.close()
    _windows.append(window)
    return window


_windows: list[MainWindow] = []  # windows opened after start-up, kept alive


def run_gui(db: str | None) -> int:
    """`networkjournal` with no subcommand: open the window, return the exit code."""
    setup_logging()
    app = make_application()
    install_excepthook()
    url = resolve_db(db)
    try:
        window = build_main_window(url)
    except UserError as exc:
        QMessageBox.critical(None, APP_NAME, str(exc))
        return 3
    window.show()
    log.info("opened %s", url)
    return app.exec()


def main() -> int:
    """Entry point of the GUI launcher (installer and gui-scripts)."""
    from networkjournal.cli import main as cli_main

    return cli_main(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
