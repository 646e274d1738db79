"""One window per journal: a second start says the journal is open elsewhere and raises the
first (a lock file, and a "wake" file the first window watches)."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QFileSystemWatcher, QLockFile, QObject, Signal
from PySide6.QtWidgets import QWidget

from networkjournal.paths import plain_sqlite_path, window_lock_file


class JournalLock(QObject):
    """Held by the window that has the journal open; ``raise_requested`` fires when another
    start of the app asks for this journal.

    A file watch rather than a local socket: QtCore has it on every platform, and the
    window loads no part of Qt's network module.
    """

    raise_requested = Signal()

    def __init__(self, journal: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        lock_file = window_lock_file(journal)
        self.lock = QLockFile(str(lock_file))
        # Never stale by age (a window stays open for days); a lock whose process is gone
        # (killed, crashed) is still taken over: QLockFile checks the process it names.
        self.lock.setStaleLockTime(0)
        self.wake_file = lock_file.with_suffix(".wake")
        self.watcher: QFileSystemWatcher | None = None

    def acquire(self) -> bool:
        """True when this process now holds the journal; False when a window has it."""
        if not self.lock.tryLock(200):
            return False
        self.wake_file.touch()
        self.watcher = QFileSystemWatcher([str(self.wake_file)], self)
        self.watcher.fileChanged.connect(self._woken)
        return True

    def _woken(self, path: str) -> None:
        assert self.watcher is not None
        if path not in self.watcher.files() and Path(path).exists():
            self.watcher.addPath(path)  # replaced rather than written: watch the new one
        self.raise_requested.emit()

    def release(self) -> None:
        if self.watcher is not None:
            self.watcher.removePaths(self.watcher.files())
            self.watcher = None
        self.lock.unlock()

    def wake_holder(self) -> None:
        """Ask the window that holds the journal to come to the front."""
        with self.wake_file.open("a", encoding="ascii") as wake:
            wake.write(f"{time.time():.3f}\n")


def claim_journal(url: str, tell: Callable[[str], object]) -> JournalLock | bool | None:
    """The lock on the journal at ``url`` for this window; None when another window has it
    (it was asked to come to the front, and ``tell`` said so); True when the journal is not
    a plain file (a server journal: several windows may share it)."""
    path = plain_sqlite_path(url)
    if path is None:
        return True
    lock = JournalLock(path)
    if lock.acquire():
        return lock
    lock.wake_holder()
    tell(QCoreApplication.translate(
        "JournalLock", "This journal is already open in another Network Journal window: "
        "it was brought to the front."))
    return None


def bring_to_front(window: QWidget) -> None:
    window.showNormal()
    window.raise_()
    window.activateWindow()
