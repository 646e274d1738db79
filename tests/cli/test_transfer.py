"""`networkjournal import` and `networkjournal export`, as the contract promises."""

from __future__ import annotations

import csv
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from icalendar import Calendar
from sqlalchemy import func, select

from networkjournal.cli import main
from networkjournal.paths import resolve_db
from networkjournal.store.journal import open_journal
from networkjournal.store.models import Contact, Interaction

DATA = Path(__file__).resolve().parents[1] / "data"


@pytest.fixture
def db(journal_db) -> str:
    return journal_db


def contacts_in(db: str) -> int:
    journal = open_journal(resolve_db(db))
    try:
        with journal.read() as s:
            return s.scalar(select(func.count()).select_from(Contact))
    finally:
        journal.close()


def test_import_prints_one_summary_line(db, capsys):
    assert main(["import", str(DATA / "linkedin_connections.csv"), "--db", db]) == 0
    out = capsys.readouterr().out
    assert out.count("\n") == 1
    assert "40 added, 0 updated, 0 unchanged, 1 skipped" in out
    assert main(["import", str(DATA / "linkedin_connections.csv"), "--db", db]) == 0
    assert "0 added, 0 updated, 40 unchanged, 1 skipped" in capsys.readouterr().out
    assert contacts_in(db) == 40


def test_dry_run_changes_nothing(db, capsys):
    code = main(["import", str(DATA / "android_contacts.vcf"), "--dry-run", "--db", db])
    assert code == 0
    assert "6 added" in capsys.readouterr().out
    assert contacts_in(db) == 0


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["broken/photo.vcf"], "binary file"),
        (["broken/truncated_quote.csv"], "quoted field never ends"),
        (["broken/unrelated.csv"], "no known header"),
        (["broken/empty.csv"], "is empty"),
        (["apple_contacts.vcf", "--format", "google"], "not Google Contacts CSV"),
    ],
)
def test_unreadable_file_exits_3_with_one_line(db, capsys, args, message):
    main(["import", str(DATA / "google_contacts.csv"), "--db", db])
    capsys.readouterr()
    code = main(["import", str(DATA / args[0]), *args[1:], "--db", db])
    captured = capsys.readouterr()
    assert code == 3
    assert captured.err.startswith("networkjournal: error: ") and message in captured.err
    assert captured.err.count("\n") == 1 and "Traceback" not in captured.err
    assert contacts_in(db) == 11


def test_export_contacts_and_all_and_reimport_folder(db, tmp_path, capsys, new_journal_url):
    main(["import", str(DATA / "google_contacts.csv"), "--db", db])
    out = tmp_path / "contacts.csv"
    assert main(["export", "contacts", "--out", str(out), "--db", db]) == 0
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 11 and rows[0]["first_name"] == "Hélène"
    assert rows[0]["phone"] == "'+33 6 12 34 56 00"  # no formula in Excel
    folder = tmp_path / "all"
    assert main(["export", "all", "--out", str(folder), "--db", db]) == 0
    assert sorted(p.name for p in folder.iterdir()) == ["chats.csv", "contacts.csv", "pipeline.csv"]
    capsys.readouterr()
    assert main(["import", str(folder), "--db", db]) == 0
    assert "0 added, 0 updated, 11 unchanged" in capsys.readouterr().out
    fresh = new_journal_url("fresh")
    assert main(["import", str(out), "--db", fresh]) == 0
    assert contacts_in(fresh) == 11


def test_export_ics_holds_planned_chats_and_follow_ups(db, tmp_path):
    journal = open_journal(resolve_db(db))
    soon = datetime(2030, 5, 2, 9, 30)
    with journal.transaction() as s:
        anne = Contact(first_name="Anne", last_name="Martin")
        s.add(anne)
        s.add(
            Interaction(
                contact=anne,
                kind="coffee_chat",
                status="planned",
                occurred_at=soon,
                summary="Ask about the platform team",
            )
        )
        s.add(
            Interaction(contact=anne, kind="message", status="done", follow_up_on=date(2030, 5, 10))
        )
        s.add(
            Interaction(
                contact=anne,
                kind="call",
                status="done",
                follow_up_on=date(2030, 4, 1),
                follow_up_done_on=date(2030, 4, 1),
            )
        )
    journal.close()
    out = tmp_path / "journal.ics"
    assert main(["export", "ics", "--out", str(out), "--db", db]) == 0
    cal = Calendar.from_ical(out.read_bytes())
    events = {str(e["summary"]): e for e in cal.walk("VEVENT")}
    assert set(events) == {"Coffee chat with Anne Martin", "Follow up with Anne Martin"}
    chat = events["Coffee chat with Anne Martin"]
    start = chat.decoded("dtstart")
    assert start.replace(tzinfo=None) == soon and start.utcoffset() == timedelta(0)
    assert "platform team" in str(chat["description"])
    assert events["Follow up with Anne Martin"].decoded("dtstart") == date(2030, 5, 10)


def test_export_to_unwritable_place_is_one_line(db, tmp_path, capsys):
    main(["import", str(DATA / "google_contacts.csv"), "--db", db])
    capsys.readouterr()
    code = main(
        ["export", "contacts", "--out", str(tmp_path / "no" / "such" / "c.csv"), "--db", db]
    )
    assert code == 3
    assert capsys.readouterr().err.startswith("networkjournal: error: cannot write")


def test_move_to_a_new_computer_keeps_two_contacts_sharing_an_email(db, tmp_path, capsys,
                                                                   new_journal_url):
    journal = open_journal(resolve_db(db))
    with journal.transaction() as s:
        for first, last, summary in (("Alice", "Martin", "Lunch"), ("Bob", "Durand", "Call")):
            person = Contact(first_name=first, last_name=last, email="info@acme.fr")
            s.add(person)
            s.add(Interaction(contact=person, kind="call", status="done", summary=summary))
    with journal.read() as s:
        before = sorted(
            (c.uid, c.first_name, c.last_name, c.email, [i.summary for i in c.interactions])
            for c in s.scalars(select(Contact))
        )
    journal.close()
    folder = tmp_path / "all"
    assert main(["export", "all", "--out", str(folder), "--db", db]) == 0
    capsys.readouterr()
    fresh = new_journal_url("fresh")
    assert main(["import", str(folder), "--db", fresh]) == 0
    assert capsys.readouterr().out == (
        "Network Journal CSV all: 4 added, 0 updated, 0 unchanged, 0 skipped\n"
    )
    moved = open_journal(fresh)
    try:
        with moved.read() as s:
            after = sorted(
                (c.uid, c.first_name, c.last_name, c.email, [i.summary for i in c.interactions])
                for c in s.scalars(select(Contact))
            )
    finally:
        moved.close()
    assert after == before


def _many_contacts(db: str) -> None:
    """The sample journal, its contacts copied until there are more than an export batch."""
    import sqlite3

    assert main(["demo", "--db", db]) == 0
    with sqlite3.connect(db) as conn:
        columns = [row[1] for row in conn.execute("PRAGMA table_info(contacts)")
                   if row[1] not in ("id", "uid")]
        names = ", ".join(columns)
        for _ in range(6):  # 60 * 2**6 = 3840
            conn.execute(f"INSERT INTO contacts (uid, {names}) "
                         f"SELECT lower(hex(randomblob(16))), {names} FROM contacts")
    conn.close()


@pytest.mark.sqlite_only  # the journal is filled with SQLite's own SQL
@pytest.mark.parametrize("what", ["contacts", "all"])
def test_a_full_disk_during_an_export_is_one_line(db, tmp_path, what, capsys):
    """A file-size limit stands in for a full disk: the write fails part way."""
    import resource
    import subprocess
    import sys

    _many_contacts(db)
    capsys.readouterr()
    out = tmp_path / "out" / ("contacts.csv" if what == "contacts" else "all")
    out.parent.mkdir()

    def limit_file_size() -> None:  # above SQLite's 32 KB shared-memory file, below the CSV
        resource.setrlimit(resource.RLIMIT_FSIZE, (100_000, 100_000))

    result = subprocess.run(
        [sys.executable, "-m", "networkjournal", "export", what, "--db", db, "--out", str(out)],
        capture_output=True, text=True, timeout=120, preexec_fn=limit_file_size)
    assert result.returncode == 3
    assert result.stderr.startswith("networkjournal: error: cannot write ")
    assert "File too large" in result.stderr
    assert result.stderr.count("\n") == 1, result.stderr
    assert sorted(p.name for p in out.parent.rglob("*.part")) == []
