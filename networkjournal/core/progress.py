"""Progress and cancellation for long work, with no Qt: io and store code report through it."""

from __future__ import annotations

import threading
from collections.abc import Callable


class Cancelled(Exception):
    """The user cancelled the work; whatever it wrote has been rolled back."""


class Progress:
    """Handed to long-running work: it reports how far it got and asks if it should stop.

    ``on_report`` is called from the worker's thread; the UI forwards it to the
    main thread through a queued Qt signal.
    """

    def __init__(self, on_report: Callable[[int, int, str], None] | None = None) -> None:
        self._cancel = threading.Event()
        self._on_report = on_report

    def report(self, done: int, total: int, text: str = "") -> None:
        """Say how far the work is (``total`` 0 means unknown), then stop if cancelled."""
        if self._on_report is not None:
            self._on_report(done, total, text)
        self.check()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        """Raise Cancelled when the user asked to stop (call between steps)."""
        if self._cancel.is_set():
            raise Cancelled()


NO_PROGRESS = Progress()


class RowTicker:
    """Counts rows as a reader reads them; every ``every`` rows it reports how far it got
    (the first half of ``2 * total``: writing fills the second) and stops if cancelled."""

    def __init__(self, progress: Progress = NO_PROGRESS, total: int = 0,
                 every: int = 1000) -> None:
        self.progress, self.total, self.every = progress, max(total, 1), every
        self.done = 0

    def tick(self) -> None:
        self.done += 1
        if self.done % self.every == 0:
            self.progress.report(min(self.done, self.total), 2 * self.total)
