"""Without a display or the X libraries Qt needs, the window is refused in one line, exit 1."""

import os
import subprocess
import sys

import pytest

from networkjournal import display_check
from networkjournal.cli import main

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"),
                                reason="Qt's platform plugins are checked on Linux")


def test_no_display_is_one_line_and_exit_1_not_an_abort(tmp_path):
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    journal = tmp_path / "j.sqlite"
    done = subprocess.run([sys.executable, "-m", "networkjournal", "--db", str(journal)],
                          env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 1  # Qt's abort was -6 (134 from a shell)
    assert done.stderr.splitlines() == [
        "networkjournal: error: no display: set DISPLAY or QT_QPA_PLATFORM "
        "(offscreen runs without a screen)"]
    assert not journal.exists()


def test_missing_x_libraries_are_named_with_their_packages(monkeypatch, capsys):
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    monkeypatch.setattr(display_check, "missing_libraries",
                        lambda plugin: ["libxcb-icccm.so.4", "libxcb-keysyms.so.1"])
    assert main([]) == 1
    assert capsys.readouterr().err == (
        "networkjournal: error: Qt's xcb platform cannot start, missing system libraries: "
        "libxcb-icccm.so.4, libxcb-keysyms.so.1 "
        "(Debian/Ubuntu: apt install libxcb-icccm4 libxcb-keysyms1)\n")


def test_a_display_no_x_server_answers_is_named():
    problem = display_check.display_problem({"DISPLAY": ":917", "QT_QPA_PLATFORM": "xcb"},
                                            loader=lambda plugin: [])
    assert problem is not None and problem.startswith("cannot open display ':917'")


def test_offscreen_needs_no_display():
    assert display_check.display_problem({"QT_QPA_PLATFORM": "offscreen"}) is None
    # Qt tries each platform of a list in turn: one that can start is enough.
    assert display_check.display_problem({"QT_QPA_PLATFORM": "xcb;offscreen"}) is None
