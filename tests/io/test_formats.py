"""Parsing the files people bring: LinkedIn, Google Contacts, Excel re-saves."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from networkjournal.core.records import ContactRecord, Rejected
from networkjournal.io.linkedin import parse_connected_on
from networkjournal.io.readers import open_source
from networkjournal.io.sniff import detect

DATA = Path(__file__).resolve().parents[1] / "data"
HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On"


def records(path: Path, expected: str | None = None) -> list[ContactRecord | Rejected]:
    return list(open_source(path, expected).records())


def contacts(path: Path) -> list[ContactRecord]:
    return [r for r in records(path) if isinstance(r, ContactRecord)]


def test_linkedin_current_export_with_preamble():
    found = detect(DATA / "linkedin_connections.csv")
    assert (found.format, found.header_line) == ("linkedin", 3)
    rows = records(DATA / "linkedin_connections.csv")
    people = [r for r in rows if isinstance(r, ContactRecord)]
    assert len(people) == 40
    first = people[0]
    assert (first.first_name, first.last_name, first.company) == ("Hélène", "Øster", "Ledger")
    assert first.linkedin_url == "https://www.linkedin.com/in/hlne-ster-3000"
    assert first.source == "linkedin_1st" and first.stage == "connected"
    assert first.connected_on == date(2023, 1, 5)
    quoted = next(p for p in people if p.last_name == "Kowalski")
    assert quoted.title == 'Senior "Staff" Engineer, Platform'
    assert next(p for p in people if p.last_name == "Rossi").company == 'Acme "Rockets" LLC'
    rejected = [r for r in rows if isinstance(r, Rejected)]
    assert [(r.line, "no name" in r.reason) for r in rejected] == [(22, True)]


def test_linkedin_legacy_export_without_url():
    people = contacts(DATA / "linkedin_connections_legacy.csv")
    assert len(people) == 15
    assert people[0].linkedin_url is None
    assert people[4].email == "michelle-dubois-3204@example.org"
    assert people[4].connected_on == date(2018, 1, 13)


def test_linkedin_rows_shorter_or_longer_than_the_header(tmp_path):
    """A spreadsheet drops trailing empty cells or adds one: the cells present are read,
    the missing ones are empty, with or without every column in the header."""
    full = tmp_path / "full.csv"
    full.write_text(
        HEADER + "\n"
        "Ana,Lopez,https://www.linkedin.com/in/ana,ana@example.org,Datadog,PM,12 Mar 2024\n"
        "Ben,Okafor,https://www.linkedin.com/in/ben\n"
        "Chloé,Durand,,,Alan,Designer,05 Jan 2023,extra\n",
        encoding="utf-8",
    )
    no_url = tmp_path / "no_url.csv"
    no_url.write_text(
        "First Name,Last Name,Email Address,Company,Position,Connected On\n"
        "Dan,Smith,dan@example.org,Qonto\n"
        "Eve,Martin,,Criteo,CTO,01 Feb 2022\n"
        "Fay,Lee,,Acme,CTO,01 Feb 2022,Inc.\n",  # an unquoted comma: one cell too many
        encoding="utf-8",
    )
    read = [(p.first_name, p.linkedin_url, p.email, p.company, p.title, p.connected_on)
            for p in contacts(full) + contacts(no_url)]
    assert read == [
        ("Ana", "https://www.linkedin.com/in/ana", "ana@example.org", "Datadog", "PM",
         date(2024, 3, 12)),
        ("Ben", "https://www.linkedin.com/in/ben", None, None, None, None),
        ("Chloé", None, None, "Alan", "Designer", date(2023, 1, 5)),
        ("Dan", None, "dan@example.org", "Qonto", None, None),
        ("Eve", None, None, "Criteo", "CTO", date(2022, 2, 1)),
        ("Fay", None, None, "Acme", "CTO", date(2022, 2, 1)),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12 Mar 2024", date(2024, 3, 12)),
        ("05 Jan 2023", date(2023, 1, 5)),
        ("12-Mar-24", date(2024, 3, 12)),
        ("2024-03-12", date(2024, 3, 12)),
        ("12/03/2024", date(2024, 3, 12)),
        ("3/25/2024", date(2024, 3, 25)),
        ("31 Feb 2024", None),
        ("soon", None),
    ],
)
def test_connected_on_dates(text, expected):
    assert parse_connected_on(text) == expected


def _write_linkedin(path: Path, encoding: str, delimiter: str, bom: bool = False) -> None:
    rows = [
        HEADER,
        "Hélène,Lefèvre,https://www.linkedin.com/in/helene,,Société Générale,"
        "Ingénieure,12 Mar 2024",
        "José,Núñez,,,Qonto,CTO,01 Apr 2023",
    ]
    text = "\r\n".join(r.replace(",", delimiter) for r in rows) + "\r\n"
    data = text.encode(encoding)
    if bom:
        data = "\ufeff".encode(encoding) + data
    path.write_bytes(data)


@pytest.mark.parametrize(
    ("encoding", "delimiter", "bom"),
    [
        ("utf-8", ",", False),
        ("utf-8", ",", True),
        ("cp1252", ";", False),
        ("utf-16-le", "\t", True),  # Excel "Unicode text"
        ("utf-16-le", "\t", False),
        ("utf-16-be", "\t", True),
        ("utf-8", "\t", False),
    ],
)
def test_excel_resaves_keep_accents(tmp_path, encoding, delimiter, bom):
    path = tmp_path / "Connections.csv"
    _write_linkedin(path, encoding, delimiter, bom)
    people = contacts(path)
    assert [(p.first_name, p.last_name, p.company) for p in people] == [
        ("Hélène", "Lefèvre", "Société Générale"),
        ("José", "Núñez", "Qonto"),
    ]
    assert people[0].connected_on == date(2024, 3, 12)


def test_cp1252_accent_far_down_the_file(tmp_path):
    path = tmp_path / "Connections.csv"
    lines = [HEADER] + [f"P{i},Q{i},,,Acme,Eng,12 Mar 2024" for i in range(3000)]
    lines.append("Zoé,Dupré,,,Café,Barista,12 Mar 2024")
    path.write_bytes("\r\n".join(lines).encode("cp1252"))
    assert contacts(path)[-1].first_name == "Zoé"


def test_multiline_fields_keep_line_numbers(tmp_path):
    path = tmp_path / "Connections.csv"
    path.write_text(
        HEADER + '\nAnne,Martin,,,"Acme\nLabs",Eng,12 Mar 2024\n,,,,,,\n,,,,Ghost,,12 Mar 2024\n',
        encoding="utf-8",
    )
    rows = records(path)
    assert rows[0].company == "Acme\nLabs"  # type: ignore[union-attr]
    # the blank row is ignored; the nameless one is reported with its real line (5)
    assert [(r.line, type(r).__name__) for r in rows] == [(2, "ContactRecord"), (5, "Rejected")]


def test_google_contacts_current_header():
    people = contacts(DATA / "google_contacts.csv")
    assert len(people) == 11
    first = people[0]
    assert (first.first_name, first.last_name) == ("Hélène", "O'Brien")
    assert first.company == "Stitch Fix" and first.title == "Ingénieure logicielle senior"
    assert first.email == "c0@example.com" and first.other_emails == ["c0.perso@example.net"]
    assert first.phone == "+33 6 12 34 56 00" and first.source == "phone"
    assert first.tags == "Tech"  # "* myContacts" is Google's, not the user's
    multi = next(p for p in people if p.first_name == "José")
    assert multi.notes == "Met at a meetup.\r\nWants to hear back in March."
    assert people[-1].first_name == "Plombier"


def test_google_contacts_legacy_header(tmp_path):
    path = tmp_path / "google.csv"
    path.write_text(
        "Name,Given Name,Additional Name,Family Name,Notes,Group Membership,"
        "E-mail 1 - Type,E-mail 1 - Value,Phone 1 - Type,Phone 1 - Value,"
        "Organization 1 - Type,Organization 1 - Name,Organization 1 - Title,"
        "Website 1 - Type,Website 1 - Value\n"
        "Anaïs Petit,Anaïs,,Petit,Met at Devoxx,* myContacts ::: Friends,* Home,"
        "anais@example.org,Mobile,+33 6 11 22 33 44 ::: +33 1 00 00 00 00,,Doctolib,PM,"
        "Profile,https://www.linkedin.com/in/anais-petit\n"
        "Jean Valjean,,,,,,,,,,,,,,\n",
        encoding="utf-8",
    )
    people = contacts(path)
    anais = people[0]
    assert (anais.first_name, anais.last_name, anais.company, anais.title) == (
        "Anaïs",
        "Petit",
        "Doctolib",
        "PM",
    )
    assert anais.phone == "+33 6 11 22 33 44" and anais.other_phones == ["+33 1 00 00 00 00"]
    assert anais.linkedin_url == "https://www.linkedin.com/in/anais-petit"
    assert anais.tags == "Friends"
    assert (people[1].first_name, people[1].last_name) == ("Jean", "Valjean")
