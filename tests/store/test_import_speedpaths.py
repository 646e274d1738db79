"""The import's fast paths give exactly what the general code gives (keys, uids, bulk writes)."""

from __future__ import annotations

import gc
import random
import re
import time
import uuid
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import insert, select

from networkjournal.cli import main
from networkjournal.core.validation import fold, normalize_linkedin_url
from networkjournal.io.readers import open_source
from networkjournal.store.bulk import (
    Folder,
    UidMaker,
    bulk_insert_rows,
    fetch_rows,
    linkedin_key,
)
from networkjournal.store.imports import RowOutcome, import_records
from networkjournal.store.models import Contact

CONTACTS = Contact.__table__
HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On"

URLS = [
    "https://www.linkedin.com/in/anne-martin-1234",
    "https://www.linkedin.com/in/Anne-Martin-1234/",
    "https://www.linkedin.com/in/anne-martin-1234//",
    "https://www.linkedin.com/in/h%C3%A9l%C3%A8ne-dubois",
    "https://www.linkedin.com/in/hélène-dubois",
    "https://www.linkedin.com/in/ΣΟΦΙΑ-ΠΑΠΑΔΟΠΟΥΛΟΥ",
    "https://www.linkedin.com/in/İpek-Yılmaz",
    "https://www.linkedin.com/in/anne?trk=profile",
    "https://www.linkedin.com/in/anne#about",
    "https://www.linkedin.com/in/anne;jsessionid=1",
    "https://www.linkedin.com/in/anne martin",
    "https://www.linkedin.com/in/anne\t",
    "https://www.linkedin.com/in/anne\u00a0",
    "https://www.linkedin.com/in/anne\x1f",
    "https://www.linkedin.com/",
    "https://www.linkedin.com",
    "https://www.linkedin.com//in/anne",
    "https://www.linkedin.com/@someone.example/in/x",
    "  https://www.linkedin.com/in/anne  ",
    "HTTPS://WWW.LINKEDIN.COM/IN/ANNE",
    "http://www.linkedin.com/in/anne",
    "https://linkedin.com/in/anne/",
    "http://linkedin.com/in/anne",
    "www.linkedin.com/in/anne",
    "linkedin.com/in/anne",
    "https://fr.linkedin.com/in/anne",
    "https://www.linkedin.com.evil.example/in/anne",
    "https://www.linkedin.com:443/in/anne",
    "http://[broken/in/anne",
    "https://www.linkedin.com/in/[anne]",
    "",
    None,
]


@pytest.mark.parametrize("url", URLS)
def test_linkedin_key_is_the_normal_form(url):
    assert linkedin_key(url) == normalize_linkedin_url(url)


def test_linkedin_key_is_the_normal_form_for_random_profile_paths():
    rng = random.Random(4)
    alphabet = "abcXYZ-_/.%09éÉßİΣς:@!~ \t?#;[]"
    for _ in range(3000):
        tail = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        url = rng.choice(["https://www.linkedin.com/in/", "https://www.linkedin.com/", ""]) + tail
        assert linkedin_key(url) == normalize_linkedin_url(url), url


def test_folder_is_fold():
    folder = Folder()
    for text in ["Hélène", "HÉLÈNE", "Anne", "ANNE-Marie", "Straße", "Zoë", "İpek", "", None]:
        assert folder(text) == fold(text)
        assert folder(text) == fold(text)  # from the memo


def test_imported_uids_are_time_ordered_uuids():
    """Version-7 UUIDs, increasing in the order they are made (the uid index stays
    in order while 30,000 contacts go in), all different."""
    maker = UidMaker()
    made = [maker.next() for _ in range(10_000)]
    assert len(set(made)) == 10_000
    assert made == sorted(made)
    parsed = [uuid.UUID(u) for u in made]
    assert all(u.version == 7 and u.variant == uuid.RFC_4122 and str(u) == s
               for u, s in zip(parsed, made, strict=True))
    millis = parsed[0].int >> 80
    assert abs(millis - time.time() * 1000) < 60_000  # the time it was made


def test_uids_stay_ordered_past_4096_in_one_millisecond():
    """The 12-bit counter runs out: the next uid moves to the next millisecond."""
    maker = UidMaker()
    maker.next()
    maker._pending.clear()  # the next batch starts where the counter is about to run out
    maker._millis += 5_000  # a clock that went back: the last millisecond is kept
    maker._counter = 0xFFD
    made = [uuid.UUID(maker.next()) for _ in range(4)]
    assert [(u.int >> 80) - maker._millis for u in made] == [-1, -1, 0, 0]
    assert [(u.int >> 64) & 0xFFF for u in made] == [0xFFE, 0xFFF, 0, 1]
    assert made == sorted(made)


def _contact(i: int, when: datetime) -> dict:
    return {
        "uid": f"00000000-0000-4000-8000-{i:012d}", "first_name": f"Anne{i}",
        "last_name": "Martin", "company": "Acme" if i % 2 else "", "title": "",
        "email": "", "phone": "", "linkedin_url": "", "source": "linkedin_1st",
        "introduced_by_id": None, "tags": "", "research_notes": "", "notes": "",
        "cadence_days": i if i % 3 else None, "stage": "connected",
        "connected_on": date(2020, 1, 1 + i % 3) if i % 4 else None, "archived": bool(i % 2),
        "created_at": when, "updated_at": when,
    }  # fmt: skip


def _stored(journal) -> list[tuple]:
    with journal.read() as session:
        rows = session.execute(select(CONTACTS).order_by(CONTACTS.c.uid)).all()
    return [tuple(row)[1:] for row in rows]  # without the integer key


def test_bulk_insert_writes_what_sqlalchemy_writes(journal, tmp_path):
    from networkjournal.store.journal import open_journal

    when = datetime(2024, 3, 12, 9, 30, 15, 123456)
    rows = [_contact(i, when) for i in range(1, 40)]
    with journal.transaction() as session:
        session.execute(insert(CONTACTS), rows)
    other = open_journal(f"sqlite:///{tmp_path / 'bulk.sqlite'}")
    columns = list(reversed(rows[0]))  # not the table's order
    converted: dict[str, dict] = {}
    try:
        with other.transaction() as session:
            for start in (0, 20):  # two calls sharing the conversions
                batch = [tuple(r[c] for c in columns) for r in rows[start : start + 20]]
                bulk_insert_rows(session, CONTACTS, columns, batch, converted)
        assert _stored(other) == _stored(journal)
        with other.read() as session:
            query = select(CONTACTS.c.uid, CONTACTS.c.connected_on).order_by(CONTACTS.c.id)
            raw = list(fetch_rows(session, query, size=7))
        assert [uid for uid, _d in raw] == [r["uid"] for r in rows]
    finally:
        other.close()


def test_the_collector_runs_again_after_an_import(journal, tmp_path):
    path = tmp_path / "Connections.csv"
    path.write_text(f"{HEADER}\nAnne,Martin,,,Acme,CTO,12 Mar 2024\n", encoding="utf-8")
    assert gc.isenabled()
    summary = import_records(journal, open_source(path).records(), collect_rows=True)
    assert summary.added == 1 and summary.rows == [RowOutcome(2, "contact", "added", "Anne Martin")]
    assert gc.isenabled()

    def broken():
        yield from open_source(path).records()
        raise RuntimeError("disk gone")

    with pytest.raises(RuntimeError):
        import_records(journal, broken())
    assert gc.isenabled()
    gc.disable()
    try:
        import_records(journal, open_source(path).records())
        assert not gc.isenabled()  # left as the caller had it
    finally:
        gc.enable()


def test_the_command_line_restores_the_collector(tmp_path, capsys):
    path = tmp_path / "Connections.csv"
    path.write_text(f"{HEADER}\nAnne,Martin,,,Acme,CTO,12 Mar 2024\n", encoding="utf-8")
    assert main(["import", str(path), "--db", str(tmp_path / "j.sqlite")]) == 0
    assert gc.isenabled()
    assert main(["import", str(tmp_path / "missing.csv"), "--db", str(tmp_path / "j.sqlite")]) == 3
    assert gc.isenabled()
    assert "1 added" in capsys.readouterr().out


def test_a_linkedin_export_of_many_rows_goes_in_whole(journal, tmp_path):
    """Several batches: repeated profiles, shared e-mails and dates all land as before."""
    lines = [HEADER]
    for i in range(4500):
        first, last = ("Other", "Person") if i >= 4400 else ("P", "Q")
        email = "info@acme.example" if i % 1000 == 0 else ""
        lines.append(
            f"{first}{i},{last}{i},https://www.linkedin.com/in/p{i % 4400},{email},Acme,CTO,"
            f"{1 + i % 28:02d} Mar 2024"
        )
    path = Path(tmp_path / "Connections.csv")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    summary = import_records(journal, open_source(path).records())
    # 100 rows repeat a profile under another name, 4 share an info@ address with P0:
    # added as other people, each shown for a look.
    assert (summary.added, summary.updated, summary.unchanged) == (4500, 0, 0)
    assert len(summary.suggestions) == 100 + 4
    with journal.read() as session:
        stored = dict(session.execute(select(CONTACTS.c.first_name, CONTACTS.c.connected_on)).all())
    assert stored["P30"] == date(2024, 3, 3)
    assert re.fullmatch(r"\d+ added, 0 updated, 0 unchanged, 0 skipped \(.*\)", summary.line())


def test_each_new_contact_gets_its_own_stage_history_when_ids_are_not_in_sequence(tmp_path):
    """New contacts' ids are counted from the highest one when they follow it in turn; when
    they do not (here SQLite, with the largest id taken, picks free ones at random), they are
    read back, and each contact's first stage step still points at that contact."""
    from networkjournal.paths import sqlite_url
    from networkjournal.store.journal import open_journal
    from networkjournal.store.models import ContactStageChange

    journal = open_journal(sqlite_url(tmp_path / "journal.sqlite"))
    with journal.transaction() as session:
        session.add(Contact(id=2**63 - 1, first_name="Last", last_name="Id"))
    path = tmp_path / "Connections.csv"
    rows = [f"P{i},Q{i},https://www.linkedin.com/in/p{i},,Acme,Eng,{1 + i % 28:02d} Mar 2024"
            for i in range(300)]
    path.write_text("\n".join([HEADER, *rows]) + "\n", encoding="utf-8")
    source = open_source(path)
    assert import_records(journal, source.records(), format=source.format).added == 300
    with journal.read() as session:
        steps = session.execute(
            select(Contact.first_name, ContactStageChange.changed_at)
            .join(ContactStageChange, ContactStageChange.contact_id == Contact.id)
            .where(Contact.first_name != "Last")
        ).all()
        ids = session.scalars(select(Contact.id).where(Contact.first_name != "Last")).all()
    journal.close()
    assert sorted(ids) != list(range(min(ids), min(ids) + 300))  # not in sequence
    assert sorted((first, when.day) for first, when in steps) == sorted(
        (f"P{i}", 1 + i % 28) for i in range(300))
