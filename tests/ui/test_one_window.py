"""One window per journal: the second start is told and wakes the first; a lock left by a
killed window is taken over."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap

from networkjournal.ui.common.one_window import JournalLock


def test_a_second_start_on_the_same_journal_is_refused_and_wakes_the_first(qtbot, tmp_path):
    first = JournalLock(tmp_path / "journal.sqlite")
    assert first.acquire()
    second = JournalLock(tmp_path / "journal.sqlite")
    assert not second.acquire()  # open elsewhere
    assert JournalLock(tmp_path / "other.sqlite").acquire()  # another journal: no matter
    with qtbot.waitSignal(first.raise_requested, timeout=5000):
        second.wake_holder()
    with qtbot.waitSignal(first.raise_requested, timeout=5000):  # and again, later
        second.wake_holder()
    first.release()
    assert second.acquire()  # the first window closed: the journal is free
    second.release()


def test_a_lock_left_by_a_killed_window_is_taken_over(qtbot, tmp_path):
    holder = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import sys, time
        from pathlib import Path
        from networkjournal.ui.common.one_window import JournalLock
        lock = JournalLock(Path({str(tmp_path / 'journal.sqlite')!r}))
        print(lock.acquire(), flush=True)
        time.sleep(60)
    """)], stdout=subprocess.PIPE, text=True, env=dict(os.environ))
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "True"
        assert not JournalLock(tmp_path / "journal.sqlite").acquire()  # it is alive
        holder.send_signal(signal.SIGKILL)
        holder.wait(10)
    finally:
        holder.kill()
    lock = JournalLock(tmp_path / "journal.sqlite")
    assert lock.acquire()
    lock.release()


def test_starting_the_app_on_a_journal_open_elsewhere_tells_and_wakes_it(qtbot, tmp_path):
    from networkjournal.paths import sqlite_url
    from networkjournal.ui.common.one_window import claim_journal

    url = sqlite_url(tmp_path / "my journal?.sqlite")
    told: list[str] = []
    first = claim_journal(url, told.append)
    assert isinstance(first, JournalLock) and told == []
    assert claim_journal("postgresql://me@host/journal", told.append) is True  # shared
    # The real start-up path, in another process: it says so, wakes this one, opens nothing.
    script = textwrap.dedent(f"""
        import sys
        from PySide6.QtWidgets import QMessageBox
        QMessageBox.information = staticmethod(lambda *a, **k: print("TOLD", a[2]))
        from networkjournal.app import run_gui
        sys.exit(run_gui({url!r}))
    """)
    with qtbot.waitSignal(first.raise_requested, timeout=15_000):
        done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                              timeout=60, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr
    assert "TOLD This journal is already open in another Network Journal window" in done.stdout
    first.release()
