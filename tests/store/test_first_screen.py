"""The first screenful at start-up: the same rows the full read gives, read without SQLAlchemy."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from datetime import date

from networkjournal.core.drafts import ContactDraft
from networkjournal.ops.transfer import build_demo
from networkjournal.store.contacts import load_contact_rows, save_contact, set_archived
from networkjournal.store.first_screen import first_contact_rows


def test_first_rows_are_the_tables_first_rows_by_name(journal, journal_path):
    build_demo(journal, seed=5, today=date(2026, 6, 1))
    with journal.transaction() as session:
        set_archived(session, [1, 2], True)
        # An accented first letter sorts as its letter: "Ádám" among the a's, not after z.
        save_contact(session, ContactDraft(first_name="Ádám", last_name="Aaron"))
    with journal.read() as session:
        everyone = load_contact_rows(session)
    # The table sorts names by the folded search text (then as read, by id).
    by_name = sorted(everyone, key=lambda r: (r.search_text, r.id))
    first = first_contact_rows(journal_path, limit=10)
    assert [r.name for r in first] == [r.name for r in by_name[:10]]
    assert "Ádám Aaron" in [r.name for r in first]
    # Every fact on those lines (follow-up due, last chat, stage...) is the full read's.
    rows_by_id = {r.id: r for r in everyone}
    assert all(rows_by_id[r.id] == r for r in first)
    assert not {1, 2} & {r.id for r in first}  # archived people are not listed
    last = first_contact_rows(journal_path, limit=3, descending=True)
    assert [r.name for r in last] == [r.name for r in by_name[::-1][:3]]


def test_anything_unusual_takes_the_normal_path(journal, journal_path, tmp_path):
    assert first_contact_rows(tmp_path / "missing.sqlite") is None
    (tmp_path / "junk.sqlite").write_bytes(b"not a database at all" * 50)
    assert first_contact_rows(tmp_path / "junk.sqlite") is None
    build_demo(journal, seed=5)
    journal.close()
    with sqlite3.connect(journal_path) as db:  # a journal of another schema version
        db.execute("UPDATE alembic_version SET version_num = '0001'")
    assert first_contact_rows(journal_path) is None


def test_reading_the_first_screen_imports_no_sqlalchemy(journal, journal_path):
    build_demo(journal, seed=5)
    code = ("import sys; from pathlib import Path; "
            "from networkjournal.store.first_screen import first_contact_rows; "
            f"rows = first_contact_rows(Path({str(journal_path)!r})); "
            "print(len(rows), 'sqlalchemy' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, timeout=60).stdout.split()
    assert out == ["60", "False"]
