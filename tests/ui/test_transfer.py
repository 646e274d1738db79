"""File > Import…/Export… and Contact > Merge contacts… driven like a user would."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from sqlalchemy import func, select

from networkjournal.store.contacts import contact_choices
from networkjournal.store.models import Contact, Interaction
from networkjournal.ui.common.context import AppContext
from networkjournal.ui.main_window import MainWindow
from networkjournal.ui.transfer import dialogs as transfer_dialogs
from networkjournal.ui.transfer.dialogs import outcome_model

DATA = Path(__file__).resolve().parents[1] / "data"


def count(journal) -> int:
    with journal.read() as s:
        return s.scalar(select(func.count()).select_from(Contact))


def open_preview(qtbot, window, path: Path):
    controller = window.transfer
    with qtbot.waitSignal(controller.preview_ready, timeout=10000) as blocker:
        controller.start_import(path)
    return blocker.args[0]


def test_menus_offer_import_export_and_merge(window):
    texts = [a.text() for a in window.menus["file"].actions()]
    assert "&Import contacts…" in texts and "&Export…" in texts
    assert "&Merge contacts…" in [a.text() for a in window.menus["contact"].actions()]
    assert window.transfer.action_import.shortcut().toString() == "Ctrl+I"


def test_preview_then_import_writes_once(qtbot, window, journal):
    preview = open_preview(qtbot, window, DATA / "linkedin_connections.csv")
    assert count(journal) == 0  # the preview wrote nothing
    assert "40 new" in preview.counts.text() and "1 rejected" in preview.counts.text()
    # The default filter shows what needs a look; rejected rows give line and reason.
    model = preview.table.model()
    rejected = [r for r in range(model.rowCount()) if model.index(r, 2).data() == "Rejected"]
    assert rejected == [0]  # what needs a look most comes first
    assert model.index(rejected[0], 0).data() == "22"
    assert "no name" in model.index(rejected[0], 4).data()
    preview.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # by line, last first
    lines = [int(model.index(r, 0).data()) for r in range(model.rowCount())]
    assert lines == sorted(lines, reverse=True)
    changed = []
    window.context.operations.changed.connect(lambda changes, _who: changed.append(changes))
    with qtbot.waitSignal(window.transfer.import_finished, timeout=10000) as done:
        qtbot.mouseClick(preview.import_button, Qt.MouseButton.LeftButton)
    assert done.args[0].added == 40
    assert count(journal) == 40 and changed
    assert "40 new" in window.statusBar().currentMessage()


def test_the_preview_and_the_import_tell_the_same_numbers(qtbot, window, journal, tmp_path):
    """Possible duplicates are added too: the preview counts them among the new contacts."""
    from networkjournal.core.drafts import ContactDraft
    from networkjournal.ops.contacts import save_contact

    save_contact(journal, ContactDraft(first_name="Ana", last_name="Lopez", company="Alan"))
    source = tmp_path / "Connections.csv"
    source.write_text(
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
        "Ana,Lopez,https://www.linkedin.com/in/ana-2,,Alan,CTO,12 Mar 2024\n"
        "Hugo,Petit,https://www.linkedin.com/in/hugo,,Qonto,SRE,12 Mar 2024\n"
        "Léa,Simon,https://www.linkedin.com/in/lea,,Doctolib,PM,12 Mar 2024\n",
        encoding="utf-8")
    preview = open_preview(qtbot, window, source)
    said = preview.counts.text()
    assert said.startswith("3 new (1 possible duplicate among them)"), said
    with qtbot.waitSignal(window.transfer.import_finished, timeout=10000):
        qtbot.mouseClick(preview.import_button, Qt.MouseButton.LeftButton)
    assert count(journal) == 1 + 3
    assert window.statusBar().currentMessage().startswith(
        "Imported: 3 new (1 possible duplicate among them), 0 updated")


def test_cancelling_the_preview_writes_nothing(qtbot, window, journal):
    preview = open_preview(qtbot, window, DATA / "google_contacts.csv")
    preview.reject()
    assert count(journal) == 0


def test_second_import_has_nothing_to_do(qtbot, window, journal):
    preview = open_preview(qtbot, window, DATA / "android_contacts.vcf")
    with qtbot.waitSignal(window.transfer.import_finished, timeout=10000):
        preview.accept()
    again = open_preview(qtbot, window, DATA / "android_contacts.vcf")
    assert not again.import_button.isEnabled()
    assert "Nothing to import" in again.empty.text()
    again.filter.setCurrentIndex(again.filter.findText("Unchanged"))
    assert again.table.model().rowCount() == 6


def test_broken_file_shows_a_clear_message(qtbot, window, journal):
    with qtbot.waitSignal(window.transfer.message_shown, timeout=10000) as shown:
        window.transfer.start_import(DATA / "broken" / "photo.vcf")
    assert "binary file" in shown.args[0]
    box = window.transfer.error_box
    assert box.isVisible() and "unchanged" in box.informativeText()
    box.accept()


def test_import_cancelled_leaves_journal_unchanged(qtbot, window, journal, tmp_path):
    path = tmp_path / "Connections.csv"
    rows = ["First Name,Last Name,URL,Email Address,Company,Position,Connected On"]
    rows += [
        f"P{i},Q{i},https://www.linkedin.com/in/p{i},,Acme,Eng,12 Mar 2024" for i in range(6000)
    ]
    path.write_text("\n".join(rows), encoding="utf-8")
    preview = open_preview(qtbot, window, path)
    controller = window.transfer
    original = controller._run_import

    def run_and_cancel(*args):
        original(*args)
        controller.task.cancel()  # as if the user pressed Cancel right away

    controller._run_import = run_and_cancel
    preview.accepted.disconnect()
    preview.accepted.connect(lambda: controller._run_import(path, None))
    with qtbot.waitSignal(controller.message_shown, timeout=10000) as shown:
        preview.accept()
    assert "cancelled" in shown.args[0]
    assert count(journal) == 0


def test_outcome_model_is_a_sound_model(qtmodeltester):
    from networkjournal.store.imports import RowOutcome

    rows = [RowOutcome(2, "contact", "added", "Anne"), RowOutcome(3, "chat", "rejected", "", "x")]
    qtmodeltester.check(outcome_model(rows))


def test_export_dialog_then_export(qtbot, window, journal, tmp_path):
    with journal.transaction() as s:
        s.add(Contact(first_name="Zoë", last_name="Ørsted", phone="+33 6 00"))
    dialog = transfer_dialogs.ExportDialog(window)
    dialog.buttons["all"].setChecked(True)
    assert dialog.choice() == "all"
    with qtbot.waitSignal(window.transfer.export_finished, timeout=10000):
        window.transfer.start_export("all", tmp_path / "out")
    text = (tmp_path / "out" / "contacts.csv").read_text(encoding="utf-8-sig")
    assert "Zoë,Ørsted" in text and "'+33 6 00" in text


def test_merge_dialog_merges_after_confirmation(qtbot, window, journal, monkeypatch):
    with journal.transaction() as s:
        keep = Contact(first_name="Anne", last_name="Martin", company="Alan")
        drop = Contact(first_name="Anne", last_name="Martin", company="Alan", email="a@x.org")
        s.add_all([keep, drop])
        s.flush()
        s.add(Interaction(contact=drop, kind="call", status="done"))
        keep_id, drop_id = keep.id, drop.id
    asked = []
    monkeypatch.setattr(
        transfer_dialogs, "confirm", lambda parent, title, text: asked.append(text) or True
    )
    dialog = window.transfer.choose_merge(keep_id)
    qtbot.addWidget(dialog)
    assert not dialog.merge_button.isEnabled()
    dialog.drop.set_contact_id(keep_id)
    assert "two different" in dialog.problem.text() and not dialog.merge_button.isEnabled()
    dialog.drop.set_contact_id(drop_id)
    assert dialog.merge_button.isEnabled()
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    assert asked and "will be removed" in asked[0]
    with journal.read() as s:
        assert s.get(Contact, drop_id) is None
        kept = s.get(Contact, keep_id)
        assert kept.email == "a@x.org" and len(kept.interactions) == 1
    assert "Merged" in window.statusBar().currentMessage()


def test_merge_declined_changes_nothing(qtbot, window, journal, monkeypatch):
    with journal.transaction() as s:
        s.add_all([Contact(first_name="A", last_name="B"), Contact(first_name="A", last_name="C")])
    monkeypatch.setattr(transfer_dialogs, "confirm", lambda *a: False)
    dialog = window.transfer.choose_merge()
    qtbot.addWidget(dialog)
    ids = [cid for cid, _ in window.context.read(contact_choices, include_archived=True)]
    dialog.keep.set_contact_id(ids[0])
    dialog.drop.set_contact_id(ids[1])
    dialog.do_merge()
    assert count(journal) == 2 and dialog.isVisible()


def test_menu_module_does_not_import_the_store():
    """The window builds its menus before SQLAlchemy is imported (fast start-up)."""
    import subprocess
    import sys

    code = "import sys, networkjournal.ui.transfer.controller; print('sqlalchemy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_actions_wait_while_the_journal_is_opening(qtbot, journal):
    win = MainWindow()
    qtbot.addWidget(win)
    win.transfer.action_export.trigger()
    assert win.transfer.choose_merge() is None
    win.attach(AppContext(journal))
    with qtbot.waitSignal(win.transfer.preview_ready, timeout=10000):
        win.transfer.start_import(DATA / "apple_contacts.vcf")


def test_import_an_exported_folder_in_one_go(qtbot, window, journal, tmp_path, monkeypatch):
    from networkjournal.io.exports import export_all
    from networkjournal.store.journal import open_journal

    source = open_journal(f"sqlite:///{tmp_path / 'source.sqlite'}")
    with source.transaction() as s:
        anne = Contact(first_name="Anne", last_name="Martin")
        s.add(anne)
        s.add(Interaction(contact=anne, kind="call", status="done"))
    export_all(source, tmp_path / "out")
    source.close()
    monkeypatch.setattr(
        "networkjournal.ui.transfer.controller.QFileDialog.getExistingDirectory",
        lambda *a, **k: str(tmp_path / "out"),
    )
    with qtbot.waitSignal(window.transfer.preview_ready, timeout=10000) as ready:
        window.transfer.action_import_folder.trigger()
    preview = ready.args[0]
    assert "2 new" in preview.counts.text()  # the contact and the chat
    with qtbot.waitSignal(window.transfer.import_finished, timeout=10000):
        preview.accept()
    with journal.read() as s:
        (back,) = s.scalars(select(Contact)).all()
        assert back.first_name == "Anne" and len(back.interactions) == 1


def test_a_linkedin_archive_previews_what_it_noticed_and_keeps_the_text_chosen(
        qtbot, window, journal, tmp_path):
    from networkjournal.ops.settings import message_text
    from tests.io.archive_maker import write_zip

    preview = open_preview(qtbot, window, write_zip(tmp_path / "Basic_LinkedInDataExport.zip"))
    assert "LinkedIn data archive" in preview.findChildren(type(preview.counts))[0].text()
    assert preview.remarks.text().split("<br>") == [
        "Into the chat log: 3 connection requests and 5 conversation-days of messages "
        "(6 messages).",
        "1 of your 1 connection notes asked for a coffee or a call: a connection note only "
        "asks to connect.",
        "Messages you sent to groups are left out (not personal outreach): 1.",
        "Files of the archive not read: Positions.csv, Profile.csv.",
    ]
    # Zoé (a request, then her reply) and Marc (his invitation) become Connected; Ana and René,
    # already Connected, do not move (and no message ever makes anyone Chatted).
    assert preview.stages.text() == "Stages moved forward: 2 to Connected."
    combo = preview.message_text.combo
    assert combo.currentData() == "whole"
    combo.setCurrentIndex(combo.findData("summary"))  # kept in the journal's settings
    assert message_text(journal) == "summary"
    with qtbot.waitSignal(window.transfer.import_finished, timeout=10000):
        qtbot.mouseClick(preview.import_button, Qt.MouseButton.LeftButton)
    with journal.read() as s:
        notes = s.scalars(select(Interaction.notes).where(Interaction.kind == "message")).all()
        assert len(notes) == 5 and set(notes) == {""}  # a one-line summary, no text
