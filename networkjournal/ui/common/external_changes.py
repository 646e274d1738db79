"""Commits other programs make to the journal (the command line, another window, another
computer on a server journal), noticed while the window runs: every view reloads."""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING, Any

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
        self.listener: Any = None  # a server journal's LISTENing driver connection
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        if journal.path is not None:
            self.reconnect()
            operations.changed.connect(self._made_here)
        elif journal.engine.dialect.name == "postgresql":
            self._listen()
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def _listen(self) -> None:
        """On a server, every commit notifies a channel with the name of the process that
        made it (store.journal.Journal.transaction): listen on a connection of our own."""
        from networkjournal.store.journal import CHANGES_CHANNEL

        try:
            pooled = self.journal.engine.raw_connection()
            listener: Any = pooled.driver_connection
            pooled.detach()  # kept for listening, never handed back to the pool
            listener.autocommit = True
            self.listener = listener
            self.listener.execute(f"LISTEN {CHANGES_CHANNEL}")
        except Exception:  # a server that cannot be reached is reported where it is used
            self.listener = None

    def _others_committed(self) -> bool:
        from networkjournal.store.journal import RUN_ID

        try:
            received = list(self.listener.notifies(timeout=0))
        except Exception:
            return False
        return any(notice.payload != RUN_ID for notice in received)

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
        if self.listener is not None:
            if not self._others_committed():
                return False
            self.operations.everything_changed()
            return True
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
        self.timer.stop()
        if self.connection is not None:
            self.connection.close()
            self.connection = None
        if self.listener is not None:
            self.listener.close()
            self.listener = None
