"""Past companies: kept when an import or an edit changes a contact's company; former
colleagues then show as ways into a company."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date

from networkjournal.core.drafts import ContactDraft
from networkjournal.io.readers import open_source
from networkjournal.ops.contacts import merge_contacts, save_contact
from networkjournal.ops.undo import undo
from networkjournal.store.companies import company_detail
from networkjournal.store.contact_views import contact_draft
from networkjournal.store.imports import import_records
from networkjournal.store.journal import open_journal
from networkjournal.store.past_companies import past_companies_by_contact

HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On"


def _import(journal, path, *rows):
    path.write_text("\n".join([HEADER, *rows]) + "\n", encoding="utf-8")
    source = open_source(path)
    return import_records(journal, source.records(), format=source.format)


def _past(journal):
    with journal.read() as s:
        return past_companies_by_contact(s)


def _ways_into(journal, company):
    with journal.read() as s:
        detail = company_detail(s, company, date(2026, 12, 1), 21)
    return [(p.name, p.works_there, p.worked_there, p.worked_with) for p in detail.introducers]


def test_a_job_change_at_import_keeps_the_past_company_and_opens_intro_paths(journal, tmp_path):
    _import(journal, tmp_path / "a.csv",
            "Anne,Martin,https://www.linkedin.com/in/anne,,Alan,Engineer,12 Mar 2024",
            "Bruno,Petit,https://www.linkedin.com/in/bruno,,Malt,PM,12 Mar 2024")
    assert _past(journal) == {}
    _import(journal, tmp_path / "b.csv",
            "Anne,Martin,https://linkedin.com/in/anne/,,Qonto,Staff Engineer,12 Mar 2024",
            "Bruno,Petit,https://www.linkedin.com/in/bruno,,Alan,PM,12 Mar 2024",
            "Chloé,Roux,https://www.linkedin.com/in/chloe,,Qonto,Designer,12 Mar 2024")
    assert list(_past(journal).values()) == [["Alan"], ["Malt"]]
    # Bruno works at Alan now (the direct way); Anne left it and still knows people there.
    assert _ways_into(journal, "Alan") == [
        ("Bruno Petit", True, False, ()),
        ("Anne Martin", False, True, ()),
    ]
    # At Malt nobody works now; Bruno left it.
    assert _ways_into(journal, "Malt") == [("Bruno Petit", False, True, ())]


def test_an_edited_company_is_kept_as_past_unless_only_respelled_and_undo_forgets_it(journal):
    ana = save_contact(journal, ContactDraft(first_name="Ana", company="Datadog")).ids[0]
    with journal.read() as s:
        draft = contact_draft(s, ana)
    save_contact(journal, replace(draft, company="DATADOG "), ana)  # the same company
    assert _past(journal) == {}
    moved = save_contact(journal, replace(draft, company="Qonto"), ana)
    assert _past(journal) == {ana: ["DATADOG"]}  # as it was spelled when they left
    save_contact(journal, ContactDraft(first_name="Ben", company="Datadog", stage="chatted"))
    assert _ways_into(journal, "Qonto") == [
        ("Ben", False, False, (("Ana", "DATADOG"),)),  # worked beside Ana at Datadog
        ("Ana", True, False, ()),
    ]
    undo(journal, moved)
    assert _past(journal) == {}
    with journal.read() as s:
        assert contact_draft(s, ana).company == "DATADOG"
    assert _ways_into(journal, "Qonto") == []
    assert [name for name, *_ in _ways_into(journal, "Datadog")] == ["Ben", "Ana"]


def test_a_merge_keeps_both_peoples_past_companies(journal):
    one = save_contact(journal, ContactDraft(first_name="Ana", company="Alan")).ids[0]
    two = save_contact(journal, ContactDraft(first_name="Ana", company="Malt")).ids[0]
    for contact_id, company in ((one, "Qonto"), (two, "Swile")):
        with journal.read() as s:
            draft = contact_draft(s, contact_id)
        save_contact(journal, replace(draft, company=company), contact_id)
    merge_contacts(journal, one, two)
    assert _past(journal) == {one: ["Alan", "Malt"]}


def test_the_upgrade_finds_past_companies_in_job_changes_noted_before(journal, journal_path,
                                                                     tmp_path):
    _import(journal, tmp_path / "a.csv",
            "Anne,Martin,https://www.linkedin.com/in/anne,,Alan,Founder at Acme,12 Mar 2024",
            "Bruno,Petit,https://www.linkedin.com/in/bruno,,Made at Home,,12 Mar 2024")
    _import(journal, tmp_path / "b.csv",
            "Anne,Martin,https://linkedin.com/in/anne/,,Qonto,Staff Engineer,12 Mar 2024",
            "Bruno,Petit,https://www.linkedin.com/in/bruno,,Malt,PM,12 Mar 2024")
    journal.close()
    with sqlite3.connect(journal_path) as db:  # as 0004 left it: job-change notes only
        db.execute("DROP TABLE past_companies")
        db.execute("UPDATE alembic_version SET version_num = '0004'")
    upgraded = open_journal(f"sqlite:///{journal_path}")
    try:
        assert sorted(c for past in _past(upgraded).values() for c in past) == [
            "Alan", "Made at Home"]
    finally:
        upgraded.close()
