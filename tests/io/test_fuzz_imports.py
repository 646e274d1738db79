"""Damaged files through every importer: one line and exit 0 or 3, never a traceback.

Each example damages a real sample (flipped bytes, truncation, NULs, bad UTF-8,
stray quotes and newlines, huge lines and fields) and imports it with the
command line into a journal that already holds the sample: a refusal (exit 3)
must leave every table exactly as it was.
"""

from __future__ import annotations

import contextlib
import io
import os
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from networkjournal.cli import main
from networkjournal.ops.transfer import build_demo, export
from networkjournal.store.journal import open_journal

DATA = Path(__file__).resolve().parents[1] / "data"
BIG = 3 * 1024 * 1024  # past every reading limit (1 MB a field, 2 MB a row)
FOREIGN = ("linkedin_connections.csv", "linkedin_connections_legacy.csv",
           "google_contacts.csv", "android_contacts.vcf", "apple_contacts.vcf")  # fmt: skip
OURS = ("contacts.csv", "chats.csv", "pipeline.csv")
# Examples per format: the suite stays fast; NJ_FUZZ_EXAMPLES=2000 fuzzes for longer.
EXAMPLES = int(os.environ.get("NJ_FUZZ_EXAMPLES", "15"))


@pytest.fixture(scope="module")
def exported(tmp_path_factory) -> Path:
    """Our own contacts.csv, chats.csv and pipeline.csv, as `export all` writes them."""
    folder = tmp_path_factory.mktemp("exported")
    journal = open_journal(f"sqlite:///{folder / 'demo.sqlite'}")
    try:
        build_demo(journal)
        export(journal, "all", folder / "all")
    finally:
        journal.close()
    return folder / "all"


def _damage(data: bytes, draw) -> bytes:
    for _ in range(draw(st.integers(1, 3))):
        # Anywhere; past the header, where a damaged file still gets read row by row; or
        # beside a separator (a vCard parameter, a CSV cell, a quoted-printable escape).
        where = draw(st.sampled_from(["anywhere", "rows", "separator"]))
        marks = [i for i, byte in enumerate(data) if byte in b';:=,"'] or [0]
        if where == "separator":
            at = draw(st.sampled_from(marks)) + draw(st.integers(0, 1))
        else:
            at = draw(st.integers(len(data) // 3 if where == "rows" else 0, len(data)))
        how = draw(st.sampled_from(
            ["flip", "cut", "nul", "utf8", "quote", "newline", "drop", "long line", "long field"]
        ))  # fmt: skip
        if how == "flip" and at < len(data):
            data = data[:at] + bytes([data[at] ^ draw(st.integers(1, 255))]) + data[at + 1 :]
        elif how == "cut":
            data = data[:at]
        elif how == "nul":
            data = data[:at] + b"\x00" * draw(st.integers(1, 3)) + data[at:]
        elif how == "utf8":
            bad = draw(st.sampled_from([b"\xff", b"\xc3", b"\xed\xa0\x80", b"\xfe\xff", b"\x80"]))
            data = data[:at] + bad + data[at:]
        elif how == "quote":
            data = data[:at] + b'"' + data[at:]
        elif how == "newline":
            data = data[:at] + draw(st.sampled_from([b"\n", b"\r", b"\r\n ", b"=\r\n"])) + data[at:]
        elif how == "drop":
            data = data[:at] + data[at + draw(st.integers(1, 200)) :]
        elif how == "long line":
            data = data[:at] + b"x" * BIG + data[at:]
        else:
            data = data[:at] + b"," * draw(st.integers(0, 1)) + b"y" * (BIG // 3) + data[at:]
    return data


def _tables(db: Path) -> dict[str, list[tuple]]:
    with contextlib.closing(sqlite3.connect(db)) as conn:
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return {n: conn.execute(f'SELECT * FROM "{n}" ORDER BY rowid').fetchall() for n in names}


def _run(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(args))
    return code, out.getvalue(), err.getvalue()


def _fuzz(sample: Path, tmp_path: Path, data) -> None:
    db = tmp_path / "fuzz.sqlite"
    if not db.exists():  # the first example seeds the journal with the undamaged sample
        assert _run("import", str(sample), "--db", str(db))[0] == 0
    damaged = tmp_path / sample.name
    damaged.write_bytes(_damage(sample.read_bytes(), data.draw))
    code, out, err = _import_unchanged_if_refused(damaged, db)
    if code == 0:
        assert out.count("\n") == 1 and not err, (out, err)


def _import_unchanged_if_refused(path: Path, db: Path) -> tuple[int, str, str]:
    """Import ``path``: exit 0 or 3, never a traceback; a refusal is one line and leaves
    every table as it was."""
    before = _tables(db)
    code, out, err = _run("import", str(path), "--db", str(db))
    assert code in (0, 3), err
    assert "Traceback" not in out + err
    if code == 3:
        assert err.startswith("networkjournal: error: ") and err.count("\n") == 1, err
        assert _tables(db) == before
    return code, out, err


_SETTINGS = settings(max_examples=EXAMPLES, deadline=None, derandomize=True,
                     suppress_health_check=[HealthCheck.function_scoped_fixture])  # fmt: skip


@pytest.mark.parametrize("name", FOREIGN)
@_SETTINGS
@given(data=st.data())
def test_damaged_foreign_export(tmp_path, name, data):
    _fuzz(DATA / name, tmp_path, data)


@pytest.mark.parametrize("name", OURS)
@_SETTINGS
@given(data=st.data())
def test_damaged_journal_csv(tmp_path, exported, name, data):
    _fuzz(exported / name, tmp_path, data)


def _fuzz_archive(tmp_path: Path, archive: Path) -> None:
    """Import ``archive`` into a journal holding the sample archive: exit 0 or 3, one line on
    refusal and every table as it was; on success, the summary and what it noticed."""
    db = tmp_path / "fuzz.sqlite"
    if not db.exists():
        from tests.io.archive_maker import write_zip

        assert _run("import", str(write_zip(tmp_path / "sample.zip")), "--db", str(db))[0] == 0
    code, out, err = _import_unchanged_if_refused(archive, db)
    if code == 0:
        assert not err and out.startswith("LinkedIn data archive "), (out, err)


@_SETTINGS
@given(data=st.data())
def test_damaged_linkedin_archive_zip(tmp_path, data):
    from tests.io.archive_maker import write_zip

    whole = write_zip(tmp_path / "whole.zip").read_bytes()
    damaged = tmp_path / "Basic_LinkedInDataExport.zip"
    damaged.write_bytes(_damage(whole, data.draw))  # the ZIP's own bytes: CRCs, headers
    _fuzz_archive(tmp_path, damaged)


@_SETTINGS
@given(data=st.data(), member=st.sampled_from(["Connections.csv", "Invitations.csv",
                                               "messages.csv"]))
def test_damaged_linkedin_archive_files(tmp_path, data, member):
    from tests.io.archive_maker import sample_files, write_zip

    files = sample_files()
    files[member] = _damage(files[member].encode(), data.draw).decode("utf-8", "replace")
    _fuzz_archive(tmp_path, write_zip(tmp_path / "Basic_LinkedInDataExport.zip", files))
