"""Progress and cancellation for long work, with no Qt: io and store code report through it."""

from __future__ import annotations

import threading
from collections.abc import Callable


class Cancelled(Exception):
    """The user cancelled the work; whatever it wrote has been rolled back."""


class Progress:
    """Handed to long-running work: it reports how far it got and asks if it should stop.

    ``on_report`` (and ``on_final``) are called from the worker's thread; the UI forwards
    them to the main thread through a queued Qt signal.
    """

    def __init__(self, on_report: Callable[[int, int, str], None] | None = None,
                 on_final: Callable[[], None] | None = None) -> None:
        self._cancel = threading.Event()
        self._on_report = on_report
        self._on_final = on_final
        self._lock = threading.Lock()
        self._final = False  # past the last point the work could stop at

    def report(self, done: int, total: int, text: str = "") -> None:
        """Say how far the work is (``total`` 0 means unknown), then stop if cancelled."""
        if self._on_report is not None:
            self._on_report(done, total, text)
        self.check()

    def cancel(self) -> None:
        """Ask the work to stop; refused once it is in its final step."""
        with self._lock:
            if not self._final:
                self._cancel.set()

    def final_step(self) -> None:
        """Stop here if cancelled; otherwise the work enters a step nothing can stop part-way
        (one transaction another program runs), and cancelling is refused from now on."""
        with self._lock:
            self.check()
            self._final = True
        if self._on_final is not None:
            self._on_final()

    @property
    def final(self) -> bool:
        """Whether the work is in its final step (cancelling is refused)."""
        return self._final

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        """Raise Cancelled when the user asked to stop (call between steps)."""
        if self._cancel.is_set():
            raise Cancelled()


class _NoProgress(Progress):
    """Work nobody watches: nothing to cancel, and its final step changes nothing (it is
    shared by every caller that passes no progress of its own)."""

    def cancel(self) -> None:
        pass

    def final_step(self) -> None:
        pass


NO_PROGRESS: Progress = _NoProgress()


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
