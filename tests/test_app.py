"""Start-up: the window opens on its journal; the welcome screen opens the sample journal."""

from PySide6.QtCore import Qt

from networkjournal import app as app_module
from networkjournal.app import build_main_window, make_application


def test_open_the_sample_journal_from_the_welcome_screen(qtbot, tmp_path):
    make_application()
    window = build_main_window(f"sqlite:///{tmp_path / 'mine.sqlite'}")
    qtbot.addWidget(window)
    window.show()
    page = window.page("contacts")
    assert page.stack.currentWidget() is page.welcome
    qtbot.mouseClick(page.welcome.sample_button, Qt.MouseButton.LeftButton)
    sample = app_module._windows[-1]
    qtbot.addWidget(sample)
    assert sample is not window and not window.isVisible()
    assert sample.context.journal.path.name == "sample.sqlite"
    assert sample.page("contacts").model.total_count() == 60
    assert "sample.sqlite" in sample.windowTitle()
    sample.close()
    sample.context.journal.close()
