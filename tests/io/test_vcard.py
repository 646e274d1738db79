"""vCard as phones write them: Android 2.1 quoted-printable, Apple 3.0 groups, 4.0 URIs."""

from __future__ import annotations

from pathlib import Path

from networkjournal.core.records import ContactRecord, Rejected
from networkjournal.io.readers import open_source

DATA = Path(__file__).resolve().parents[1] / "data"


def records(path: Path) -> list[ContactRecord | Rejected]:
    return list(open_source(path).records())


def write(tmp_path: Path, text: str, name: str = "c.vcf", encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.replace("\n", "\r\n").encode(encoding))
    return path


def test_android_21_quoted_printable_with_soft_breaks():
    rows = records(DATA / "android_contacts.vcf")
    people = [r for r in rows if isinstance(r, ContactRecord)]
    assert len(people) == 6
    helene = people[0]
    assert (helene.first_name, helene.last_name, helene.company) == ("Hélène", "Leroy", "Ledger")
    assert helene.notes == "Rencontré au salon VivaTech, très sympa et motivée."
    assert helene.phone == "+33 6 99 88 77 00"
    assert helene.other_phones == ["+33 1 40 00 00 00"]
    assert helene.source == "phone"
    assert people[3].company == 'Acme "Rockets" LLC'
    # the last card only has a number: skipped, with the line its BEGIN is on
    assert [(r.line, r.reason) for r in rows if isinstance(r, Rejected)] == [(61, "no name")]


def test_apple_30_grouped_items_and_folded_photo():
    people = [r for r in records(DATA / "apple_contacts.vcf") if isinstance(r, ContactRecord)]
    assert len(people) == 5
    first = people[0]
    assert (first.first_name, first.last_name) == ("Hélène", "Haddad")
    assert (first.company, first.title) == ("BlaBlaCar", "Staff Engineer")
    assert first.email == "apple0@icloud.example"
    assert first.linkedin_url == "https://www.linkedin.com/in/hlne-haddad-3800"
    assert first.notes == "Coffee chat at Blue Bottle\nAsked about their platform team, loved it."
    assert "BEgsp" not in repr(first)  # the base64 photo is skipped


def test_vcard_40_tel_uri_pref_and_escapes(tmp_path):
    path = write(
        tmp_path,
        "BEGIN:VCARD\nVERSION:4.0\nFN:Zoë Martin\nN:Martin;Zoë;;;\n"
        "TEL;VALUE=uri;TYPE=work:tel:+33-1-23-45-67-89\n"
        "TEL;VALUE=uri;PREF=1;TYPE=cell:tel:+33-6-12-34-56-78;ext=12\n"
        "EMAIL;TYPE=work:zoe@work.example\nEMAIL;PREF=1:zoe@home.example\n"
        "ORG:Doctolib\\, SAS;Platform\nTITLE:Staff Engineer\\; SRE\n"
        "CATEGORIES:Tech,Paris\n"
        "X-SOCIALPROFILE;TYPE=linkedin:https://linkedin.com/in/zoe-martin\n"
        "END:VCARD\n",
    )
    (zoe,) = records(path)
    assert isinstance(zoe, ContactRecord)
    assert zoe.phone == "+33-6-12-34-56-78" and zoe.other_phones == ["+33-1-23-45-67-89"]
    assert zoe.email == "zoe@home.example"
    assert zoe.company == "Doctolib, SAS" and zoe.title == "Staff Engineer; SRE"
    assert zoe.tags == "Tech, Paris"
    assert zoe.linkedin_url == "https://linkedin.com/in/zoe-martin"


def test_folded_lines_and_fn_only(tmp_path):
    path = write(
        tmp_path,
        "BEGIN:VCARD\nVERSION:3.0\nFN:Jean-Baptiste\n  de la Fontaine\nNOTE:line one\\nline\n"
        "  two\nEND:VCARD\n",
    )
    (card,) = records(path)
    assert (card.first_name, card.last_name) == ("Jean-Baptiste de la", "Fontaine")
    assert card.notes == "line one\nline two"


def test_21_latin1_charset_and_bare_params(tmp_path):
    path = write(
        tmp_path,
        "BEGIN:VCARD\nVERSION:2.1\nN;CHARSET=ISO-8859-1;QUOTED-PRINTABLE:Dupr=E9;Ren=E9e\n"
        "TEL;CELL;PREF:06 12 34 56 78\nEMAIL;INTERNET:renee@example.fr\nEND:VCARD\n",
    )
    (card,) = records(path)
    assert (card.first_name, card.last_name) == ("Renée", "Dupré")
    assert card.phone == "06 12 34 56 78" and card.email == "renee@example.fr"


def test_google_exported_vcard_with_utf16(tmp_path):
    path = write(
        tmp_path,
        "\ufeffBEGIN:VCARD\nVERSION:3.0\nN:Østergaard;Søren;;;\nFN:Søren Østergaard\n"
        "item1.URL:https\\://www.linkedin.com/in/soren\nitem1.X-ABLabel:LinkedIn\nEND:VCARD\n",
        encoding="utf-16-le",
    )
    (card,) = records(path)
    assert (card.first_name, card.last_name) == ("Søren", "Østergaard")
    assert card.linkedin_url == "https://www.linkedin.com/in/soren"
