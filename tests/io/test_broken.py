"""Broken and unrelated files: one clear message each, and the journal exactly as before."""

from __future__ import annotations

from pathlib import Path

import pytest

from networkjournal.errors import UserError
from networkjournal.io.readers import open_source
from networkjournal.store.imports import import_records
from networkjournal.store.models import Contact

BROKEN = Path(__file__).resolve().parents[1] / "data" / "broken"
SAMPLES = Path(__file__).resolve().parents[1] / "data"


def _seed(journal) -> None:
    source = open_source(SAMPLES / "linkedin_connections.csv")
    import_records(journal, source.records())


def _snapshot(journal) -> list[tuple]:
    with journal.read() as session:
        return [
            (c.uid, c.first_name, c.company, c.title, c.stage)
            for c in session.query(Contact).order_by(Contact.id)
        ]


def _import(path: Path, journal, expected: str | None = None):
    source = open_source(path, expected)
    return import_records(journal, source.records(), format=source.format)


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("empty.csv", "is empty"),
        ("blank_lines.csv", "is empty"),
        ("random.bin", "binary file"),
        ("photo.vcf", "binary file"),
        ("truncated_quote.csv", "line 2: a quoted field never ends"),
        ("unrelated.csv", "no known header found"),
        ("login_page.html.csv", "no known header found"),
        ("truncated.vcf", "ends inside a vCard"),
    ],
)
def test_broken_file_is_refused_and_journal_unchanged(journal, name, message):
    _seed(journal)
    before = _snapshot(journal)
    with pytest.raises(UserError, match=message) as info:
        _import(BROKEN / name, journal)
    assert "\n" not in str(info.value)
    assert _snapshot(journal) == before


def test_five_megabyte_field_is_refused_without_holding_it(journal, tmp_path):
    _seed(journal)
    before = _snapshot(journal)
    path = tmp_path / "Connections.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        handle.write("First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n")
        handle.write("Anne,Martin,,,Acme,Engineer,12 Mar 2024\r\n")
        handle.write('Bob,Durand,,,"' + "x" * (5 * 1024 * 1024) + '",CTO,13 Mar 2024\r\n')
    with pytest.raises(UserError, match=r"line 3: a row is longer than 2048 KB"):
        _import(path, journal)
    assert _snapshot(journal) == before


def test_error_half_way_rolls_back_rows_already_written(journal, tmp_path):
    # 5,000 good rows are written in batches before the broken quote is reached.
    path = tmp_path / "Connections.csv"
    lines = ["First Name,Last Name,URL,Email Address,Company,Position,Connected On"]
    lines += [
        f"P{i},Q{i},https://www.linkedin.com/in/p{i},,Acme,Eng,12 Mar 2024" for i in range(5000)
    ]
    lines.append('Last,Row,,,"Acme, never closed,Eng,12 Mar 2024')
    path.write_text("\r\n".join(lines), encoding="utf-8")
    with pytest.raises(UserError, match="line 5002"):
        _import(path, journal)
    assert _snapshot(journal) == []


def test_wrong_format_requested_is_refused(journal):
    with pytest.raises(UserError, match="looks like a vCard file, not LinkedIn"):
        _import(SAMPLES / "apple_contacts.vcf", journal, "linkedin")


def test_missing_file(journal, tmp_path):
    with pytest.raises(UserError, match="does not exist"):
        _import(tmp_path / "nope.csv", journal)


def test_unrelated_file_message_reads_well(journal):
    with pytest.raises(UserError) as info:
        _import(BROKEN / "unrelated.csv", journal)
    assert str(info.value) == (
        "unrelated.csv is not in a supported format: no known header found "
        "(expected a LinkedIn, Google Contacts, vCard or Network Journal export)"
    )
    with pytest.raises(UserError) as info:
        _import(BROKEN / "unrelated.csv", journal, "linkedin")
    assert str(info.value).startswith("unrelated.csv is not a LinkedIn connections file: ")
