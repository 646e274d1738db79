"""The window opens on a real X server (Xvfb, Qt's xcb platform), not only offscreen."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

pytestmark = pytest.mark.skipif(shutil.which("xvfb-run") is None,
                                reason="xvfb-run is not installed (the CI installs it)")

# The app as it starts (make_application: names, language, theme), on the sample journal;
# once the window is exposed it says where it is drawn and quits.
CHILD = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from networkjournal.app import make_application
from networkjournal.ops.transfer import build_demo
from networkjournal.store.journal import open_journal
from networkjournal.ui.common.context import AppContext
from networkjournal.ui.main_window import MainWindow

app = make_application()
journal = open_journal(sys.argv[1])
build_demo(journal)
window = MainWindow(AppContext(journal))
window.show()

def report():
    handle = window.windowHandle()
    if handle is None or not handle.isExposed():
        QTimer.singleShot(50, report)
        return
    status = window.statusBar().currentMessage()
    print(QGuiApplication.platformName(), window.current_page_key(), status)
    window.close()
    app.quit()

QTimer.singleShot(0, report)
sys.exit(app.exec())
"""


def test_the_window_opens_and_quits_under_xvfb(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "HOME": str(tmp_path), "LC_ALL": "C.UTF-8",
           "LANGUAGE": ""}  # the English window whatever the machine speaks
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env[name] = str(tmp_path / name.lower())
    journal = tmp_path / "sample.sqlite"
    done = subprocess.run(
        ["xvfb-run", "-a", "-s", "-screen 0 1280x800x24", sys.executable, "-c", CHILD,
         f"sqlite:///{journal}"],
        env=env, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    platform, page, status = done.stdout.strip().splitlines()[-1].split(" ", 2)
    assert platform == "xcb"
    assert page == "contacts"
    assert status == f"Journal: {journal}"  # a path, not an SQLAlchemy URL
