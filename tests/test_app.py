"""Start-up: the window opens on its journal; the welcome screen opens the sample journal."""

from datetime import date

from PySide6.QtCore import QSettings, Qt

from networkjournal import app as app_module
from networkjournal.app import build_main_window, make_application
from networkjournal.core.today import due_items
from networkjournal.core.validation import fold
from networkjournal.store.today import today_facts


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


def test_the_window_paints_first_and_the_journal_opens_in_the_background(qtbot, tmp_path):
    from networkjournal.app import start_main_window
    from networkjournal.ops.transfer import build_demo
    from networkjournal.store.journal import open_journal

    url = f"sqlite:///{tmp_path / 'mine.sqlite'}"
    journal = open_journal(url)
    build_demo(journal)
    journal.close()
    make_application()
    QSettings().setValue("today/open_first", False)  # the user stays on the contacts
    window = start_main_window(url)
    qtbot.addWidget(window)
    window.show()
    # Nothing blocks the first paint, and it already shows the first contacts by name.
    preview = window.stack.currentWidget()
    assert type(preview).__name__ == "ContactsPreview" and window.context is None
    first = [preview.model.index(r, 0).data() for r in range(preview.model.rowCount())]
    assert len(first) == 60  # the sample has 60 people: a screenful and more
    assert first == sorted(first, key=fold)  # as the table sorts names
    qtbot.waitUntil(lambda: window.context is not None, timeout=10_000)
    qtbot.waitUntil(lambda: preview not in [window.stack.widget(i)
                                            for i in range(window.stack.count())],
                    timeout=10_000)
    # The sample has follow-ups and chats due: the navigation says how many.
    due = window.context.read(lambda s: due_items(today_facts(s, date.today()), date.today()))
    assert due and window.current_page_key() == "contacts"
    qtbot.waitUntil(lambda: window.nav.item(0).text() == f"Today ({len(due)})")
    page = window.page("contacts")
    assert page.model.total_count() == 60
    shown = [page.model.index(r, 0).data() for r in range(page.model.rowCount())]
    assert shown == first  # the page takes over with the same rows, in the same order
    assert "mine.sqlite" in window.windowTitle()
    window.context.journal.close()


def _started(qtbot, url):
    from networkjournal.app import start_main_window

    window = start_main_window(url)
    qtbot.addWidget(window)
    window.show()
    first = type(window.stack.currentWidget()).__name__
    qtbot.waitUntil(lambda: window.context is not None, timeout=10_000)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.pages.get(
        window.current_page_key()), timeout=10_000)
    return window, first


def test_the_window_opens_on_today_when_something_is_due(qtbot, tmp_path):
    from networkjournal.ops.transfer import build_demo
    from networkjournal.store.journal import open_journal

    make_application()
    empty = f"sqlite:///{tmp_path / 'empty.sqlite'}"
    window, _ = _started(qtbot, empty)
    assert window.current_page_key() == "contacts"  # nothing due: the last page
    window.context.journal.close()
    window.close()

    url = f"sqlite:///{tmp_path / 'mine.sqlite'}"
    journal = open_journal(url)
    build_demo(journal)  # follow-ups and planned chats are due in the sample
    journal.close()
    window, _ = _started(qtbot, url)
    assert window.current_page_key() == "today"
    today = window.pages["today"]
    assert today.model.rowCount() > 0
    assert window.nav.item(0).text() == f"Today ({today.model.rowCount()})"
    window.context.journal.close()
    window.close()  # leaves Today as the last page; the contacts were last in real use
    QSettings().setValue("window/page", "contacts")

    # Something was due last time: no contacts flash before Today replaces them.
    window, first = _started(qtbot, url)
    assert first != "ContactsPreview" and window.current_page_key() == "today"
    # The View menu turns it off; the next start stays on the contacts.
    assert window.action_open_on_today.isChecked()
    window.action_open_on_today.trigger()
    window.context.journal.close()
    window.close()
    QSettings().setValue("window/page", "contacts")
    window, first = _started(qtbot, url)
    assert first == "ContactsPreview" and window.current_page_key() == "contacts"
    assert not window.action_open_on_today.isChecked()
    window.context.journal.close()


def test_a_new_journal_paints_with_opening_your_journal(qtbot, tmp_path):
    from networkjournal.app import start_main_window

    make_application()
    window = start_main_window(f"sqlite:///{tmp_path / 'new.sqlite'}")
    qtbot.addWidget(window)
    window.show()
    assert window.stack.currentWidget() is window.opening  # no file yet: nothing to preview
    qtbot.waitUntil(lambda: window.context is not None, timeout=10_000)
    window.context.journal.close()


def _refused_at_start(qtbot, url) -> list[tuple[str, str]]:
    """Start the window on ``url``, which cannot be opened: the dialogs shown, title and text."""
    from PySide6.QtWidgets import QMessageBox

    from networkjournal.app import start_main_window
    from tests.ui.helpers import when_modal

    make_application()
    shown = []

    def read(box: QMessageBox):
        shown.append((box.windowTitle(), box.text()))
        box.accept()

    when_modal(read)
    window = start_main_window(url)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.open_failed, timeout=10_000):
        pass
    assert window.context is None
    return shown


def test_a_journal_that_cannot_be_opened_is_explained(qtbot, tmp_path):
    bogus = tmp_path / "photo.sqlite"
    bogus.write_bytes(b"\xff\xd8\xff\xe0" * 100)
    shown = _refused_at_start(qtbot, f"sqlite:///{bogus}")
    assert "not a Network Journal file" in shown[0][1]


def test_the_charts_code_loads_off_the_ui_thread_on_first_visit(tmp_path):
    """Ctrl+6 shows "Loading…" at once and the chart page once its code (matplotlib) is in."""
    import subprocess
    import sys

    script = f"""
import sys, time
from networkjournal.app import make_application, build_main_window
app = make_application()
window = build_main_window({f"sqlite:///{tmp_path / 'j.sqlite'}"!r})
window.show()
assert "matplotlib" not in sys.modules
from networkjournal.ui.pages import PAGES
window.nav.setCurrentRow([p.key for p in PAGES].index("charts"))  # what Ctrl+6 or a click does
first = window.stack.currentWidget()
print("placeholder:", type(first).__name__, first.text())
end = time.time() + 30
while "charts" not in window.pages or window.stack.currentWidget() is first:
    app.processEvents()
    time.sleep(0.01)
    assert time.time() < end, "the chart page never came"
print("shown:", type(window.stack.currentWidget()).__name__)
window.close()  # stops and waits for the page's own background work before exit
"""
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         timeout=120, env={**__import__("os").environ,
                                           "QT_QPA_PLATFORM": "offscreen"})
    assert out.returncode == 0, out.stderr
    assert "placeholder: QLabel Loading…" in out.stdout
    assert "shown: ChartsPage" in out.stdout


def test_a_damaged_journal_is_explained_not_reported_as_a_crash(qtbot, tmp_path):
    from tests.cli.test_cli import _damaged_journal

    shown = _refused_at_start(qtbot, f"sqlite:///{_damaged_journal(tmp_path)}")
    assert len(shown) == 1
    title, text = shown[0]
    assert title != "Something went wrong" and "unexpected" not in text
    assert text.startswith("the journal file ") and text.endswith("restore a copy you trust")
    assert "damaged.sqlite is damaged (database disk image is malformed)" in text


def test_a_damaged_journal_with_a_backup_offers_it_and_opens_it(qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from networkjournal.app import start_main_window
    from networkjournal.store.backups import take_backup
    from tests.cli.test_cli import _damaged_journal

    path = _damaged_journal(tmp_path)  # the sample journal, then its contacts page damaged
    clean = tmp_path / "clean.sqlite"
    from networkjournal.cli import main

    assert main(["demo", "--db", str(clean)]) == 0
    backup = take_backup(clean, "daily")
    target = take_backup(path, "daily").parent  # the damaged journal's own backup folder
    backup.rename(target / ("99999999-" + backup.name))  # the newest there, and sound
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes)
    make_application()
    window = start_main_window(f"sqlite:///{path}")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.context is not None, timeout=15_000)
    assert "is damaged" in asked[0] and "Restore the newest backup" in asked[0]
    page = window.show_page("contacts")
    qtbot.waitUntil(lambda: page.model.total_count() == 60, timeout=10_000)
    window.context.journal.close()
