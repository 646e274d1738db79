"""The import store call: no duplicates, job changes, dry run, cancel, merge."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, inspect, select, text

from networkjournal.core.progress import Cancelled, Progress
from networkjournal.errors import UserError
from networkjournal.io.exports import export_table
from networkjournal.io.readers import open_source
from networkjournal.ops.contacts import merge_contacts
from networkjournal.store.contacts import contact_choices
from networkjournal.store.imports import import_records
from networkjournal.store.journal import open_journal
from networkjournal.store.models import (
    Contact,
    ContactStageChange,
    Interaction,
    Opportunity,
)

DATA = Path(__file__).resolve().parents[1] / "data"
HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On"


def run(journal, path: Path, **kw):
    source = open_source(path)
    return import_records(journal, source.records(), format=source.format, **kw)


def count(journal, model=Contact) -> int:
    with journal.read() as s:
        return s.scalar(select(func.count()).select_from(model))


def linkedin(tmp_path: Path, *rows: str, name: str = "Connections.csv") -> Path:
    path = tmp_path / name
    path.write_text("\n".join([HEADER, *rows]) + "\n", encoding="utf-8")
    return path


def test_importing_the_same_files_twice_adds_nothing(journal):
    files = [
        "linkedin_connections.csv",
        "linkedin_connections_legacy.csv",
        "google_contacts.csv",
        "android_contacts.vcf",
        "apple_contacts.vcf",
    ]
    added = sum(run(journal, DATA / f).added for f in files)
    assert count(journal) == added
    for f in files:
        again = run(journal, DATA / f)
        assert (again.added, again.updated) == (0, 0), f
    assert count(journal) == added


def test_linkedin_contact_gets_source_stage_and_date(journal):
    run(journal, DATA / "linkedin_connections.csv")
    with journal.read() as s:
        helene = s.scalars(select(Contact).where(Contact.last_name == "Øster")).first()
        assert (helene.source, helene.stage) == ("linkedin_1st", "connected")
        assert helene.connected_on == date(2023, 1, 5)
        assert [(h.stage, h.changed_at.date()) for h in helene.stage_changes] == [
            ("connected", date(2023, 1, 5))
        ]


def test_job_change_updates_contact_and_logs_a_note(journal, tmp_path):
    first = linkedin(
        tmp_path, "Anne,Martin,https://www.linkedin.com/in/anne,,Alan,Engineer,12 Mar 2024"
    )
    run(journal, first)
    later = linkedin(
        tmp_path,
        "Anne,Martin,https://linkedin.com/in/anne/,,Qonto,Staff Engineer,12 Mar 2024",
        name="Connections-2.csv",
    )
    summary = run(journal, later)
    assert (summary.updated, summary.job_changes) == (1, 1)
    assert summary.line() == "0 added, 1 updated, 0 unchanged, 0 skipped (1 job change noted)"
    with journal.read() as s:
        anne = s.scalars(select(Contact)).one()
        assert (anne.company, anne.title) == ("Qonto", "Staff Engineer")
        (note,) = anne.interactions
        assert (note.kind, note.status) == ("note", "done")
        assert note.summary == "now Staff Engineer at Qonto"
        assert note.notes == "was Engineer at Alan"
    assert run(journal, later).job_changes == 0


def test_matching_by_email_and_phone_fills_blanks(journal, tmp_path):
    run(journal, DATA / "google_contacts.csv")
    before = count(journal)
    # same person, spelled without accent, found through the e-mail (upper-cased here)
    path = linkedin(
        tmp_path,
        "Helene,O'Brien,https://www.linkedin.com/in/helene-ob,C0@Example.com,Stitch Fix,"
        "Ingénieure logicielle senior,01 Feb 2022",
    )
    summary = run(journal, path)
    assert (summary.added, summary.updated) == (0, 1)
    assert count(journal) == before
    with journal.read() as s:
        c = s.scalars(select(Contact).where(Contact.last_name == "O'Brien")).one()
        assert c.first_name == "Hélène"  # a foreign file does not rename
        assert c.linkedin_url == "https://www.linkedin.com/in/helene-ob"
        assert c.stage == "connected" and c.connected_on == date(2022, 2, 1)
        assert c.source == "phone"


def test_phone_numbers_match_whatever_the_spacing(journal, tmp_path):
    vcf = tmp_path / "a.vcf"
    vcf.write_text("BEGIN:VCARD\nVERSION:3.0\nN:Petit;Luc\nTEL:+33 6 12 34 56 78\nEND:VCARD\n")
    run(journal, vcf)
    vcf2 = tmp_path / "b.vcf"
    vcf2.write_text(
        "BEGIN:VCARD\nVERSION:3.0\nN:Petit;Lucas\nTEL:0033.6.12.34.56.78\nORG:Alan\nEND:VCARD\n"
    )
    summary = run(journal, vcf2)
    assert (summary.added, summary.updated) == (0, 1)


def test_name_and_company_is_only_a_suggestion(journal, tmp_path):
    vcf = tmp_path / "a.vcf"
    vcf.write_text("BEGIN:VCARD\nVERSION:3.0\nN:Martin;Anne\nORG:Alan\nTEL:0612345678\nEND:VCARD\n")
    run(journal, vcf)
    path = linkedin(tmp_path, "Anne,Martin,https://www.linkedin.com/in/anne,,Alan,CTO,12 Mar 2024")
    summary = run(journal, path, collect_rows=True)
    assert summary.added == 1 and len(summary.suggestions) == 1
    assert "Anne Martin" in summary.suggestions[0].detail
    assert [r.action for r in summary.rows] == ["duplicate"]
    assert count(journal) == 2
    assert run(journal, path).added == 0


def test_rows_repeated_in_one_file_make_one_contact(journal, tmp_path):
    path = linkedin(
        tmp_path,
        "Anne,Martin,https://www.linkedin.com/in/anne,,Alan,CTO,12 Mar 2024",
        "Anne,Martin,https://www.linkedin.com/in/anne,,Alan,CTO,12 Mar 2024",
    )
    summary = run(journal, path)
    assert (summary.added, summary.unchanged) == (1, 1)
    assert count(journal) == 1


def test_dry_run_writes_nothing(journal):
    summary = run(journal, DATA / "linkedin_connections.csv", dry_run=True)
    assert summary.added == 40 and summary.dry_run
    assert summary.line().startswith("dry run, nothing written: 40 added")
    assert count(journal) == 0


def test_cancel_rolls_back_everything(journal, tmp_path):
    rows = [
        f"P{i},Q{i},https://www.linkedin.com/in/p{i},,Acme,Eng,12 Mar 2024" for i in range(5000)
    ]
    path = linkedin(tmp_path, *rows)
    progress = Progress()
    reports = []

    def on_report(done, total, text):
        reports.append(done)
        if len(reports) == 2:  # after two batches are written
            progress.cancel()

    progress._on_report = on_report
    with pytest.raises(Cancelled):
        run(journal, path, progress=progress)
    assert reports and count(journal) == 0
    assert count(journal, ContactStageChange) == 0


def test_an_import_into_an_empty_journal_leaves_every_index_in_place(journal, tmp_path):
    """Into a journal without contacts the indexes are built once the rows are in: after
    a dry run, a cancelled import and a real one, the journal has the indexes it had,
    and a lookup by LinkedIn profile still uses its index."""

    def indexes() -> list[tuple]:
        with journal.read() as s:
            found = inspect(s.connection()).get_indexes("contacts")
        return sorted((i["name"], tuple(i["column_names"]), bool(i["unique"])) for i in found)

    before = indexes()
    assert {"ix_contacts_email", "ix_contacts_linkedin_url", "ix_contacts_company"} <= {
        name for name, _columns, _unique in before
    }
    path = linkedin(tmp_path, *(f"P{i},Q{i},https://www.linkedin.com/in/p{i},,Acme,Eng,"
                                "12 Mar 2024" for i in range(5000)))
    run(journal, path, dry_run=True)
    assert indexes() == before and count(journal) == 0
    lines = 5001
    writing = []

    def on_report(done, total, text):
        if done > lines:  # reading reports up to the file's lines, writing past them
            writing.append(done)
            progress.cancel()

    progress = Progress(on_report)
    with pytest.raises(Cancelled):
        run(journal, path, progress=progress, total=lines)
    assert writing  # cancelled once contacts were going in without their indexes
    assert indexes() == before and count(journal) == 0
    assert run(journal, path).added == 5000
    assert indexes() == before
    if journal.url.startswith("sqlite"):
        with journal.read() as s:
            plan = s.execute(
                text("EXPLAIN QUERY PLAN SELECT id FROM contacts WHERE linkedin_url = 'x'")
            ).all()
        assert "ix_contacts_linkedin_url" in str(plan)


def test_summary_line_names_skipped_lines(journal):
    summary = run(journal, DATA / "linkedin_connections.csv")
    assert summary.line() == "40 added, 0 updated, 0 unchanged, 1 skipped (line 22)"


def test_chat_for_unknown_contact_is_rejected(journal, tmp_path):
    path = tmp_path / "chats.csv"
    path.write_text(
        "uid,contact_uid,contact_name,kind,status,date,summary,notes,follow_up_on\n"
        ",,Nobody Known,call,done,2024-01-01T10:00:00,hi,,\n",
        encoding="utf-8",
    )
    summary = run(journal, path)
    assert [(r.line, r.reason) for r in summary.rejected] == [(2, "unknown contact 'Nobody Known'")]


def test_chat_added_from_a_spreadsheet_moves_the_stage(journal, tmp_path):
    run(journal, DATA / "linkedin_connections.csv")
    path = tmp_path / "chats.csv"
    path.write_text(
        "uid,contact_uid,contact_name,kind,status,date,summary,notes,follow_up_on\n"
        ",,Hélène Øster,coffee_chat,done,2024-05-01T10:00:00,Coffee,,2024-06-01\n",
        encoding="utf-8",
    )
    assert run(journal, path).added == 1
    with journal.read() as s:
        helene = s.scalars(
            select(Contact).where(Contact.last_name == "Øster", Contact.first_name == "Hélène")
        ).one()
        assert helene.stage == "chatted"
        assert helene.stage_changes[-1].stage == "chatted"


def _two_annes(journal):
    with journal.transaction() as s:
        keep = Contact(first_name="Anne", last_name="Martin", company="Alan", tags="paris")
        drop = Contact(
            first_name="Anne", last_name="Martin", company="Alan", email="anne@example.org",
            tags="mentor", stage="chatted", notes="from the phone",
        )  # fmt: skip
        friend = Contact(first_name="Bob", last_name="Durand", introduced_by=drop)
        s.add_all([keep, drop, friend])
        s.flush()
        s.add(Interaction(contact=drop, kind="coffee_chat", status="done"))
        s.add(ContactStageChange(contact=drop, stage="chatted"))
        s.add(Opportunity(company="Alan", channel="referral", referrer=drop))
        return keep.id, drop.id, friend.id


def test_merge_moves_everything_to_the_kept_contact(journal):
    keep_id, drop_id, friend_id = _two_annes(journal)
    with journal.read() as s:
        labels = dict(contact_choices(s, include_archived=True))
    assert labels[keep_id] != labels[drop_id]  # the picker can tell them apart
    result = merge_contacts(journal, keep_id, drop_id).result
    assert (result.interactions, result.opportunities) == (1, 1)
    with journal.read() as s:
        assert s.get(Contact, drop_id) is None
        keep = s.get(Contact, keep_id)
        assert keep.email == "anne@example.org" and keep.stage == "chatted"
        assert keep.tags == "paris, mentor" and keep.notes == "from the phone"
        assert [i.kind for i in keep.interactions] == ["coffee_chat"]
        assert [h.stage for h in keep.stage_changes] == ["chatted"]
        assert s.scalars(select(Opportunity)).one().referrer_id == keep_id
        assert s.get(Contact, friend_id).introduced_by_id == keep_id


def test_merge_refuses_the_same_contact_and_changes_nothing(journal):
    keep_id, _drop, _f = _two_annes(journal)
    with pytest.raises(UserError, match="two different contacts"):
        merge_contacts(journal, keep_id, keep_id)
    assert count(journal) == 3


def test_spreadsheet_rows_link_introducers_by_name(journal, tmp_path):
    path = tmp_path / "contacts.csv"
    path.write_text(
        "uid,first_name,last_name,company,introduced_by,source\n"
        ",Bob,Durand,Qonto,Anne Martin,introduction\n"
        ",Anne,Martin,Alan,,colleague\n",
        encoding="utf-8",
    )
    assert run(journal, path).added == 2
    with journal.read() as s:
        bob = s.scalars(select(Contact).where(Contact.first_name == "Bob")).one()
        assert bob.introduced_by is not None and bob.introduced_by.first_name == "Anne"
        assert bob.source == "introduction"


def test_person_listed_twice_gets_one_job_change_note(journal, tmp_path):
    run(
        journal,
        linkedin(tmp_path, "Anne,Martin,https://www.linkedin.com/in/anne,,Alan,Eng,12 Mar 2024"),
    )
    row = "Anne,Martin,https://www.linkedin.com/in/anne,,Qonto,CTO,12 Mar 2024"
    summary = run(journal, linkedin(tmp_path, row, row, name="again.csv"))
    assert (summary.updated, summary.unchanged, summary.job_changes) == (1, 1, 1)
    assert count(journal, Interaction) == 1


def test_bulk_rows_are_stored_exactly_as_the_orm_stores_them(journal, journal_path):
    """Dates compared in SQL (weekly charts) must share one text format."""
    import sqlite3

    with journal.transaction() as s:
        s.add(Contact(first_name="Orm", last_name="Row"))
    run(journal, DATA / "linkedin_connections.csv")
    with sqlite3.connect(journal_path) as conn:
        stamps = [r[0] for r in conn.execute("SELECT created_at FROM contacts")]
        changes = [r[0] for r in conn.execute("SELECT changed_at FROM contact_stage_changes")]
    assert all(len(t) == 26 and t[10] == " " for t in stamps + changes), stamps[:2] + changes[:2]
    assert "2023-01-05 00:00:00.000000" in changes


SWITCHBOARD = (
    "BEGIN:VCARD\nVERSION:3.0\nN:Martin;Alice\nORG:Acme\nTEL:+33 1 40 00 00 00\nEND:VCARD\n"
    "BEGIN:VCARD\nVERSION:3.0\nN:Durand;Bob\nORG:Acme\nTEL:0033 1 40 00 00 00\nEND:VCARD\n"
)


def names(journal) -> list[str]:
    with journal.read() as s:
        return sorted(f"{c.first_name} {c.last_name}" for c in s.scalars(select(Contact)))


def test_two_people_sharing_a_phone_are_both_kept(journal, tmp_path):
    vcf = tmp_path / "acme.vcf"
    vcf.write_text(SWITCHBOARD, encoding="utf-8")
    summary = run(journal, vcf, collect_rows=True)
    assert summary.line() == ("2 added, 0 updated, 0 unchanged, 0 skipped (1 possible duplicate)")
    assert names(journal) == ["Alice Martin", "Bob Durand"]
    assert "Alice Martin" in summary.suggestions[0].detail
    again = run(journal, vcf)
    assert again.line() == "0 added, 0 updated, 2 unchanged, 0 skipped"
    assert count(journal) == 2


def test_person_sharing_an_email_already_in_the_journal_is_added(journal, tmp_path):
    run(journal, linkedin(tmp_path, "Alice,Martin,,info@acme.fr,Acme,CEO,12 Mar 2024"))
    later = linkedin(
        tmp_path,
        "Bob,Durand,,INFO@acme.fr,Acme,CTO,13 Mar 2024",
        "Alice,Martin,,info@acme.fr,Qonto,CEO,12 Mar 2024",
        name="Connections-2.csv",
    )
    summary = run(journal, later)
    assert (summary.added, summary.updated, summary.job_changes) == (1, 1, 1)
    assert len(summary.suggestions) == 1
    assert names(journal) == ["Alice Martin", "Bob Durand"]
    with journal.read() as s:
        bob = s.scalars(select(Contact).where(Contact.first_name == "Bob")).one()
        assert (bob.company, bob.title) == ("Acme", "CTO")
    # Bob changes job later: the shared address still finds him, not Alice.
    moved = linkedin(
        tmp_path, "Bob,Durand,,info@acme.fr,Alan,CTO,13 Mar 2024", name="Connections-3.csv"
    )
    summary = run(journal, moved)
    assert (summary.added, summary.updated, summary.job_changes) == (0, 1, 1)
    with journal.read() as s:
        companies = {c.first_name: c.company for c in s.scalars(select(Contact))}
    assert companies == {"Alice": "Qonto", "Bob": "Alan"}


def test_same_phone_with_a_nickname_is_still_one_person(journal, tmp_path):
    vcf = tmp_path / "a.vcf"
    vcf.write_text("BEGIN:VCARD\nVERSION:3.0\nN:Durand;Robert\nTEL:0612345678\nEND:VCARD\n")
    run(journal, vcf)
    vcf2 = tmp_path / "b.vcf"
    vcf2.write_text("BEGIN:VCARD\nVERSION:3.0\nN:Durand;Bob\nTEL:0612345678\nEND:VCARD\n")
    assert run(journal, vcf2).line() == "0 added, 0 updated, 1 unchanged, 0 skipped"
    assert names(journal) == ["Robert Durand"]


def test_two_possible_duplicates_are_plural(journal, tmp_path):
    vcf = tmp_path / "acme.vcf"
    vcf.write_text(
        SWITCHBOARD
        + "BEGIN:VCARD\nVERSION:3.0\nN:Petit;Chloé\nORG:Acme\nTEL:+33140000000\nEND:VCARD\n",
        encoding="utf-8",
    )
    summary = run(journal, vcf)
    assert summary.line().endswith("(2 possible duplicates)")
    assert count(journal) == 3


def test_other_journal_s_contact_sharing_a_profile_is_added_and_suggested(journal, tmp_path):
    # Our own CSV from another journal: its uid is new here, so it is a new contact,
    # shown next to the contact of this journal with the same LinkedIn profile.
    run(journal, linkedin(tmp_path, "Alice,Martin,https://www.linkedin.com/in/am,,Acme,CEO,"))
    other = open_journal(f"sqlite:///{tmp_path / 'other.sqlite'}")
    try:
        with other.transaction() as s:
            s.add(
                Contact(first_name="Alice", last_name="Martin", linkedin_url="linkedin.com/in/am")
            )
        export_table(other, "contacts", tmp_path / "contacts.csv")
    finally:
        other.close()
    summary = run(journal, tmp_path / "contacts.csv")
    assert summary.line() == "1 added, 0 updated, 0 unchanged, 0 skipped (1 possible duplicate)"
    assert summary.suggestions[0].detail.startswith(
        "same LinkedIn profile as Alice Martin, already in the journal"
    )
    assert names(journal) == ["Alice Martin", "Alice Martin"]
    assert run(journal, tmp_path / "contacts.csv").added == 0


def test_shared_email_then_own_phone_finds_the_right_person(journal, tmp_path):
    run(journal, linkedin(tmp_path, "Alice,Martin,,info@acme.fr,Acme,CEO,"))
    vcf = tmp_path / "bob.vcf"
    vcf.write_text("BEGIN:VCARD\nVERSION:3.0\nN:Durand;Bob\nTEL:0612345678\nEND:VCARD\n")
    run(journal, vcf)
    google = tmp_path / "contacts.vcf"
    google.write_text(
        "BEGIN:VCARD\nVERSION:3.0\nN:Durand;Bob\nEMAIL:info@acme.fr\nTEL:06 12 34 56 78\n"
        "END:VCARD\n"
    )
    assert run(journal, google).line() == "0 added, 1 updated, 0 unchanged, 0 skipped"
    with journal.read() as s:
        emails = {c.first_name: c.email for c in s.scalars(select(Contact))}
    assert emails == {"Alice": "info@acme.fr", "Bob": "info@acme.fr"}


@pytest.mark.parametrize("sample", ["android_contacts.vcf", "apple_contacts.vcf",
                                    "google_contacts.csv"])
def test_an_address_book_brings_people_the_user_already_knows(journal, sample):
    """Phone and Google contacts are people the user can reach: Connected, not Identified."""
    run(journal, DATA / sample)
    with journal.read() as s:
        stages = set(s.scalars(select(Contact.stage)))
        sources = set(s.scalars(select(Contact.source)))
    assert sources == {"phone"} and stages == {"connected"}
