"""The window refuses an oversized file as the command line does: one message, nothing written."""

from __future__ import annotations

from sqlalchemy import func, select

from networkjournal.store.models import Contact


def test_a_huge_vcard_note_is_refused_before_the_preview(qtbot, window, journal, tmp_path):
    path = tmp_path / "contacts.vcf"
    path.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nN:Doe;Jane\r\nNOTE:" + "n" * (3 * 1024 * 1024)
                    + "\r\nEND:VCARD\r\n", encoding="utf-8")  # fmt: skip
    with qtbot.waitSignal(window.transfer.message_shown, timeout=10000) as shown:
        window.transfer.start_import(path)
    assert shown.args[0] == (
        "contacts.vcf line 4: a vCard property is larger than 1024 KB; this is not a contacts file"
    )
    box = window.transfer.error_box
    assert box.isVisible() and "unchanged" in box.informativeText()
    box.accept()
    assert window.transfer.preview is None or not window.transfer.preview.isVisible()
    with journal.read() as session:
        assert session.scalar(select(func.count()).select_from(Contact)) == 0
