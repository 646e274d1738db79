"""Start-up of the desktop app: QApplication, the journal, the main window."""

from __future__ import annotations

import logging
import sys
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from networkjournal import APP_ID, APP_NAME, __version__
from networkjournal.core.progress import Progress
from networkjournal.errors import JournalDamaged, KeyNeeded, PasswordNeeded, UserError
from networkjournal.logs import setup_logging
from networkjournal.paths import data_dir, resolve_db, sqlite_url
from networkjournal.ui.common.background import run_in_background
from networkjournal.ui.common.context import AppContext
from networkjournal.ui.common.crash import install_excepthook, report_exception
from networkjournal.ui.common.i18n import install_translation
from networkjournal.ui.common.theme import apply_theme
from networkjournal.ui.main_window import MainWindow
from networkjournal.ui.today.start import preview_contacts_first

# The store (SQLAlchemy, Alembic) is imported inside functions: the window paints
# first, and the journal opens on a worker thread meanwhile.

log = logging.getLogger("networkjournal.app")


def make_application(argv: Sequence[str] | None = None) -> QApplication:
    """The QApplication with the names QSettings and platformdirs agree on, in the user's
    language."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(
        list(argv or sys.argv[:1]))
    QCoreApplication.setOrganizationName(APP_ID)
    QCoreApplication.setApplicationName(APP_ID)
    QCoreApplication.setApplicationVersion(__version__)
    app.setApplicationDisplayName(APP_NAME)
    app.setDesktopFileName(APP_ID)
    icon = _app_icon()
    if icon is not None:
        app.setWindowIcon(icon)
    # After the names (the language setting is read from QSettings), before any window.
    install_translation(app)
    apply_theme(app)  # Light or Dark when the settings force one
    return app


def _app_icon() -> QIcon | None:
    try:
        from networkjournal.ui.common.icons import app_icon
    except ImportError:
        return None
    return app_icon()


def build_main_window(db_url: str) -> MainWindow:
    """Open the journal at ``db_url`` and a main window on it, all at once."""
    from networkjournal.store.journal import open_journal

    window = MainWindow(AppContext(open_journal(db_url)))
    window.open_sample_requested.connect(lambda: _open_sample(window))
    _watch_other_programs(window)
    return window


def _watch_other_programs(window: MainWindow) -> None:
    """Commits of the command line or another window reload this one's views (the watch
    lives and dies with the window)."""
    from networkjournal.ui.common.external_changes import ExternalChanges

    context = window.context
    window.external_changes = ExternalChanges(  # type: ignore[attr-defined]
        context.journal, context.operations, parent=window)


def _open_and_load(db_url: str, progress: Progress) -> tuple[object, dict[str, object]]:
    """Worker: open (maybe upgrade) the journal, count what is due today (first: its
    scratch memory is then reused by the 30,000 rows rather than added to them) and read
    the contacts table's rows."""
    from datetime import date

    from networkjournal.core.today import due_items
    from networkjournal.store.backups import daily_backup
    from networkjournal.store.contacts import load_contact_rows
    from networkjournal.store.journal import open_journal
    from networkjournal.store.journal_health import refuse_damaged
    from networkjournal.store.today import today_facts

    journal = open_journal(db_url)
    try:
        # Damage anywhere is found now; and found before the day's backup, which would
        # otherwise rotate a sound copy out for a damaged one.
        refuse_damaged(journal)
        daily_backup(journal)  # the day's automatic backup, on the first open of the day
        with journal.read() as session:
            today = date.today()
            due = len(due_items(today_facts(session, today), today))
            rows = load_contact_rows(session)
    except BaseException:
        journal.close()
        raise
    return journal, {"contact_rows": rows, "today_count": due}


def start_main_window(db_url: str) -> MainWindow:
    """Show the window at once and open the journal on a worker thread.

    With 30,000 contacts, opening and reading them takes longer than a window
    takes to paint; the window paints with the first screenful of contacts (read
    without SQLAlchemy) or "Opening your journal…", and the whole journal follows.
    A journal that cannot be opened is explained, then the app quits.
    """
    window = MainWindow()
    window.open_sample_requested.connect(lambda: _open_sample(window))
    if preview_contacts_first():
        from networkjournal.ui.contacts.preview import preview_first_contacts

        preview = preview_first_contacts(db_url, window)
        if preview is not None:
            window.show_preview(preview)

    def opened(result: tuple) -> None:
        journal, preloaded = result
        window.attach(AppContext(journal, preloaded))
        _watch_other_programs(window)

    def failed(exc: BaseException, url: str) -> None:
        from networkjournal.store.cipher import WrongKey  # loaded by the open that failed

        if isinstance(exc, KeyNeeded | WrongKey) and _asked_passphrase(window, url, exc):
            start(url)  # the passphrase is kept for this run: open it with it
            return
        if isinstance(exc, JournalDamaged) and _restored_backup(window, url, exc):
            start(url)  # the backup is in the journal's place now: open it
            return
        if isinstance(exc, PasswordNeeded) and url == db_url:
            retry = _ask_password(window, url)  # no keychain holds it: ask, once
            if retry is not None:
                start(retry)
                return
        if isinstance(exc, UserError):
            QMessageBox.critical(window, APP_NAME, str(exc))
        else:
            report_exception(exc)
        window.open_failed.emit()

    def start(url: str) -> None:
        run_in_background(lambda progress: _open_and_load(url, progress), opened,
                          parent=window, on_error=lambda exc: failed(exc, url),
                          show_dialog=False)

    start(db_url)
    return window


def _asked_passphrase(window: MainWindow, url: str, exc: UserError) -> bool:
    """An encrypted journal whose key no keychain holds (or a passphrase that did not open
    it): ask for the recovery passphrase; False when the user cancels."""
    from networkjournal.paths import plain_sqlite_path
    from networkjournal.store.cipher import WrongKey
    from networkjournal.ui.transfer.encryption_action import ask_passphrase

    path = plain_sqlite_path(url)
    return path is not None and ask_passphrase(window, path, again=isinstance(exc, WrongKey))


def _restored_backup(window: MainWindow, url: str, exc: JournalDamaged) -> bool:
    """Offer the newest sound backup of a damaged journal file; True once restored."""
    from networkjournal.paths import plain_sqlite_path
    from networkjournal.ui.common.restore_offer import offer_backup

    path = plain_sqlite_path(url)
    return path is not None and offer_backup(window, path, str(exc))


def _ask_password(window: MainWindow, url: str) -> str | None:
    """The server journal's URL with the password the user types (kept for this run only)."""
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    from networkjournal.credentials import display_url, remember_for_this_run, with_stored_password

    secret, ok = QInputDialog.getText(
        window, APP_NAME,
        QCoreApplication.translate("Start", "Password for {journal}:").format(
            journal=display_url(url)),
        QLineEdit.EchoMode.Password)
    if not ok or not secret:
        return None
    remember_for_this_run(url, secret)
    return with_stored_password(url)


def sample_journal_url() -> str:
    return sqlite_url(data_dir() / "sample.sqlite")


def _open_sample(current: MainWindow) -> MainWindow:
    """Make (once) and open the sample journal in place of the current window."""
    from networkjournal.ops.transfer import build_demo
    from networkjournal.store.contacts import count_contacts

    url = sample_journal_url()
    from networkjournal.store.journal import open_journal

    journal = open_journal(url)
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
    from networkjournal.ui.common.one_window import bring_to_front, claim_journal

    # One window per journal: two writing to one file would each show stale rows.
    claim = claim_journal(url, lambda text: QMessageBox.information(None, APP_NAME, text))
    if claim is None:
        return 0  # open elsewhere: that window came to the front
    window = start_main_window(url)
    if not isinstance(claim, bool):
        claim.setParent(window)
        claim.raise_requested.connect(lambda: bring_to_front(window))
    window.open_failed.connect(lambda: app.exit(3))
    window.show()
    return app.exec()
