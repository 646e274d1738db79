"""Commits other programs make to the journal (the command line, another window), noticed
while the window runs: every view reloads."""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from networkjournal.core.changes import Changes

if TYPE_CHECKING:
    from networkjournal.store.journal import Journal
    from networkjournal.ui.common.operations import Operations

CHECK_EVERY_MS = 2000


class ExternalChanges(QObject):
    """Polls SQLite's ``PRAGMA data_version`` on a connection of its own.

    The number changes when any other connection commits, this app's own included, so
    it is read again right after each change made here: a difference found later was
    made by someone else. Cheap (no table is read) and nothing to install.
    """

    def __init__(self, journal: Journal, operations: Operations,
                 parent: QObject | None = None) -> None:
        super().__init__(parent if parent is not None else operations)
        self.operations = operations
        self.journal = journal
        self.connection: sqlite3.Connection | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        if journal.path is None:
            return  # a server journal: not watched this way
        self.reconnect()
        operations.changed.connect(self._made_here)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def reconnect(self) -> None:
        """A connection of its own to the journal file, with its key when it is encrypted
        (after "Encrypt this journal", too)."""
        from networkjournal.store import cipher

        path = self.journal.path
        assert path is not None
        if self.connection is not None:
            self.connection.close()
            self.connection = None
        try:
            key = cipher.key_for_file(path)
            self.connection = cipher.connect(path, key, check_same_thread=False)
            self.version = self._read()
        except Exception:  # an unreadable file is reported where it is used, not here
            self.connection = None

    def _read(self) -> int:
        assert self.connection is not None
        return int(self.connection.execute("PRAGMA data_version").fetchone()[0])

    def _made_here(self, _changes: Changes, _initiator: object) -> None:
        if self.connection is not None:
            self.version = self._read()

    def check(self) -> bool:
        """Reload every view if another program committed since the last look."""
        if self.connection is None:
            return False
        try:
            version = self._read()
        except sqlite3.Error:
            return False
        if version == self.version:
            return False
        self.version = version
        self.operations.everything_changed()  # re-baselines through _made_here
        return True

    def close(self) -> None:
        if self.connection is not None:
            self.timer.stop()
            self.connection.close()
            self.connection = None
