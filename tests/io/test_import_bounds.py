"""Every read is bounded: a huge line or field is refused in one line, memory stays small."""

from __future__ import annotations

import sqlite3
import tracemalloc
from pathlib import Path

import pytest

from networkjournal.cli import main
from networkjournal.core.records import ContactRecord
from networkjournal.errors import UserError
from networkjournal.io.readers import open_source
from networkjournal.store.imports import import_records
from networkjournal.store.models import Contact

SAMPLES = Path(__file__).resolve().parents[1] / "data"
HUGE = 40 * 1024 * 1024  # far above any limit, far below what would hurt the test machine
LINKEDIN_HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n"


def _names(journal) -> list[tuple[str, str]]:
    with journal.read() as session:
        return [(c.first_name, c.last_name) for c in session.query(Contact).order_by(Contact.id)]


def _seeded(journal) -> list[tuple[str, str]]:
    source = open_source(SAMPLES / "linkedin_connections.csv")
    import_records(journal, source.records())
    return _names(journal)


def _write(path: Path, head: str, filler: str, size: int, tail: str = "") -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        handle.write(head)
        chunk = filler * (1024 * 1024 // len(filler))
        for _ in range(size // len(chunk)):
            handle.write(chunk)
        handle.write(tail)
    return path


def _peak_mb_refused(journal, path: Path, message: str) -> float:
    """Import ``path``, expect the refusal ``message``; the Python heap's peak in MB."""
    tracemalloc.start()
    try:
        with pytest.raises(UserError, match=message) as info:
            source = open_source(path)
            import_records(journal, source.records(), format=source.format)
        _now, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert "\n" not in str(info.value)
    return peak / 1024 / 1024


def _huge_cases(tmp_path: Path) -> dict[str, tuple[Path, str]]:
    return {
        # One line of 40 MB of commas after a LinkedIn header: 40 million empty cells.
        "csv row of commas": (
            _write(tmp_path / "commas.csv",
                   LINKEDIN_HEADER + "Anne,Martin,,,Acme,CTO,1 Mar 2024\r\n", ",", HUGE),
            r"line 3: a row is longer than 2048 KB",
        ),
        # A file that is one line of 40 MB with no newline: the header search must not hold it.
        "one line, no header": (
            _write(tmp_path / "line.csv", "", "x", HUGE),
            "no known header found",
        ),
        # The header itself never ends.
        "header never ends": (
            _write(tmp_path / "header.csv", LINKEDIN_HEADER.rstrip("\r\n"), ",Position", HUGE),
            "no known header found",
        ),
        "vcard note on one line": (
            _write(tmp_path / "note.vcf", "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Doe;Jane\r\nNOTE:",
                   "n", HUGE, "\r\nEND:VCARD\r\n"),
            r"line 4: a vCard property is larger than 1024 KB",
        ),
        "vcard note folded": (
            _write(tmp_path / "folded.vcf", "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Doe;Jane\r\nNOTE:x",
                   "\r\n " + "n" * 73, HUGE, "\r\nEND:VCARD\r\n"),
            r"line 4: a vCard property is larger than 1024 KB",
        ),
        "vcard 2.1 soft line breaks": (
            _write(tmp_path / "qp.vcf",
                   "BEGIN:VCARD\r\nVERSION:2.1\r\nN:Doe;Jane\r\n"
                   "NOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=C3=A9=\r\n",
                   "=C3=A9" * 12 + "=\r\n", HUGE // 4, "end\r\nEND:VCARD\r\n"),
            r"line 4: a vCard property is larger than 1024 KB",
        ),
    }


CASES = ("csv row of commas", "one line, no header", "header never ends",
         "vcard note on one line", "vcard note folded", "vcard 2.1 soft line breaks")  # fmt: skip


@pytest.mark.parametrize("case", CASES)
def test_huge_line_or_field_is_refused_with_memory_bounded(journal, tmp_path, case):
    before = _seeded(journal)
    path, message = _huge_cases(tmp_path)[case]
    peak = _peak_mb_refused(journal, path, message)
    assert peak < 24, f"{case}: peaked at {peak:.0f} MB for a {HUGE // 2**20} MB line"
    assert _names(journal) == before


def test_a_note_within_the_limit_is_kept(journal, tmp_path):
    note = "n" * (900 * 1024)
    path = tmp_path / "big.vcf"
    path.write_text(f"BEGIN:VCARD\r\nVERSION:3.0\r\nN:Doe;Jane\r\nNOTE:{note}\r\nEND:VCARD\r\n",
                    encoding="utf-8")  # fmt: skip
    summary = import_records(journal, open_source(path).records())
    assert summary.added == 1
    with journal.read() as session:
        assert session.query(Contact).one().notes == note


def test_a_large_photo_is_skipped_not_refused(journal, tmp_path):
    photo = "QUJD" * (800 * 1024)  # 3.2 MB of base64 on one line, and again folded
    folded = "\r\n ".join(photo[i : i + 74] for i in range(0, len(photo), 74))
    path = tmp_path / "photos.vcf"
    path.write_text(
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nN:Doe;Jane\r\nPHOTO;ENCODING=b;TYPE=JPEG:{photo}\r\n"
        "END:VCARD\r\n"
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nN:Roe;Max\r\nPHOTO;ENCODING=b;TYPE=JPEG:{folded}\r\n"
        "EMAIL:max@example.org\r\nEND:VCARD\r\n",
        encoding="utf-8",
    )
    summary = import_records(journal, open_source(path).records())
    assert summary.added == 2
    assert _names(journal) == [("Jane", "Doe"), ("Max", "Roe")]


def test_cli_refuses_a_huge_line_with_exit_3(tmp_path, capsys):
    db = str(tmp_path / "cli.sqlite")
    assert main(["import", str(SAMPLES / "android_contacts.vcf"), "--db", db]) == 0
    capsys.readouterr()
    path = _huge_cases(tmp_path)["vcard note on one line"][0]
    assert main(["import", str(path), "--db", db]) == 3
    err = capsys.readouterr().err
    assert err.startswith("networkjournal: error: note.vcf line 4: a vCard property is larger")
    assert err.count("\n") == 1
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM contacts").fetchone()[0] == 6


@pytest.mark.parametrize(
    "param",
    ["CHARSET=UTF\x00-8", "TYPE=CELL\x00", "X-\x00=1", "\x00"],
)
def test_nul_in_a_vcard_parameter_is_handled(tmp_path, capsys, param):
    path = tmp_path / "nul.vcf"
    path.write_text(
        f"BEGIN:VCARD\r\nVERSION:2.1\r\nN;{param};ENCODING=QUOTED-PRINTABLE:Doe;Jane\r\n"
        f"TEL;{param}:+33 6 12 34 56 78\r\nEND:VCARD\r\n",
        encoding="utf-8",
    )
    code = main(["import", str(path), "--db", str(tmp_path / "j.sqlite")])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    assert "1 added" in captured.out


@pytest.mark.sqlite_only  # SQLite's one writer; tests/store/test_server_concurrency.py
def test_records_are_read_before_the_write_lock_is_taken(journal):
    """A slow file must not keep other writers out: the journal stays writable while it is read."""
    path = journal.path
    assert path is not None
    refused: list[str] = []

    def records():
        for i in range(5000):  # more than one write batch
            yield ContactRecord(line=i + 1, first_name=f"P{i}", last_name="Q", source="other")
            if i in (0, 2500, 4999):
                other = sqlite3.connect(path, timeout=0)
                try:
                    other.execute("INSERT INTO settings (key, value) VALUES (?, '1')",
                                  (f"probe{i}",))  # fmt: skip
                    other.commit()
                except sqlite3.OperationalError as exc:
                    refused.append(f"record {i}: {exc}")
                finally:
                    other.close()

    summary = import_records(journal, records())
    assert refused == []
    assert summary.added == 5000
