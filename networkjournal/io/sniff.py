"""Recognise what a user's file is: text encoding, CSV separator, header and format."""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from networkjournal.errors import UserError
from networkjournal.io.formats import FORMAT_LABELS

# A field this large is not a contact: refuse instead of holding it in memory.
FIELD_LIMIT = 1024 * 1024
# Characters one record may span (all its physical lines): every read stops there, so
# memory never grows with a line's length.
ROW_LIMIT = 2 * FIELD_LIMIT
_HEAD = 64 * 1024
_CHUNK = 1024 * 1024


@dataclass(frozen=True)
class Detected:
    """What a file turned out to be."""

    format: str  # one of FORMATS
    encoding: str
    kind: str = "contacts"  # for our own CSV: contacts, chats or pipeline
    delimiter: str = ","
    header_line: int = 0  # 0-based physical line of the CSV header
    header: tuple[str, ...] = ()


def _looks_utf16(head: bytes) -> str | None:
    """UTF-16 without a BOM shows as NUL bytes on every other position of ASCII text."""
    if len(head) < 4:
        return None
    even = head[0:200:2].count(0)
    odd = head[1:200:2].count(0)
    half = len(head[:200]) // 2
    if odd > half * 0.6 and even < half * 0.1:
        return "utf-16-le"
    if even > half * 0.6 and odd < half * 0.1:
        return "utf-16-be"
    return None


def detect_encoding(path: Path) -> str:
    """The encoding Python should read ``path`` with; refuses empty and binary files."""
    try:
        with path.open("rb") as handle:
            head = handle.read(_HEAD)
            if not head.strip():
                raise UserError(f"{path.name} is empty")
            if head.startswith(codecs.BOM_UTF8):
                encoding = "utf-8-sig"
            elif head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
                return "utf-16"
            elif (guess := _looks_utf16(head)) is not None:
                return guess
            else:
                encoding = "utf-8"
            # Check the whole file in chunks (memory stays flat): Excel's Windows-1252
            # re-saves often keep their first accented name far down the file.
            decoder = codecs.getincrementaldecoder("utf-8")()
            handle.seek(0)
            try:
                while chunk := handle.read(_CHUNK):
                    decoder.decode(chunk)
                decoder.decode(b"", final=True)
            except UnicodeDecodeError:
                # Not UTF-8: a legacy text file has no NUL and few control bytes.
                if b"\x00" in head or _control_share(head) > 0.05:
                    raise UserError(
                        f"{path.name} is a binary file, not a contacts export"
                    ) from None
                return "cp1252" if not _has_cp1252_holes(path) else "latin-1"
            # Valid UTF-8 may hold a stray NUL or control character in a note; only a
            # file made mostly of them is binary.
            if _control_share(head) > 0.5:
                raise UserError(f"{path.name} is a binary file, not a contacts export")
            return encoding
    except OSError as exc:
        raise UserError(f"cannot read {path}: {exc.strerror or exc}") from None


def _control_share(head: bytes) -> float:
    sample = head[:4096]
    control = sum(1 for b in sample if b < 32 and b not in (9, 10, 13))
    return control / max(len(sample), 1)


def _has_cp1252_holes(path: Path) -> bool:
    # Five bytes are undefined in Windows-1252; Latin-1 maps every byte.
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            if any(b in chunk for b in (b"\x81", b"\x8d", b"\x8f", b"\x90", b"\x9d")):
                return True
    return False


@contextmanager
def open_text(path: Path, encoding: str) -> Iterator[TextIO]:
    """The file as text with universal-newline-free reading (what csv wants)."""
    try:
        handle = path.open("r", encoding=encoding, newline="")
    except OSError as exc:
        raise UserError(f"cannot read {path}: {exc.strerror or exc}") from None
    with handle:
        yield handle


def _norm(cell: str) -> str:
    return cell.strip().strip("\ufeff").strip().lower()


def classify_header(cells: list[str]) -> tuple[str, str] | None:
    """(format, kind) for a header row we know, else None."""
    names = {_norm(c) for c in cells}
    if {"uid", "first_name", "last_name"} <= names:
        return "csv", "contacts"
    if {"uid", "contact_uid", "kind"} <= names:
        return "csv", "chats"
    if {"uid", "company", "role", "channel"} <= names:
        return "csv", "pipeline"
    if {"first name", "last name", "connected on"} <= names:
        return "linkedin", "contacts"
    if {"first name", "last name"} <= names and (
        "organization name" in names
        or any(n.startswith("e-mail 1") for n in names)
        or any(n.startswith("phone 1") for n in names)
    ):
        return "google", "contacts"
    if {"name", "given name", "family name"} <= names:
        return "google", "contacts"
    return None


def detect(path: Path, expected: str | None = None) -> Detected:
    """Find the format from the content (never from the file name).

    ``expected`` (a --format choice) turns a mismatch into a clear refusal.
    """
    encoding = detect_encoding(path)
    with open_text(path, encoding) as handle:
        head_lines = []
        try:
            for _ in range(60):
                line = handle.readline(_HEAD)
                if not line or len(line) == _HEAD:  # no header is this long: above or nowhere
                    break
                head_lines.append(line)
        except UnicodeDecodeError as exc:
            raise UserError(f"{path.name} is not a text file ({exc.reason})") from None
    first = next((ln.strip().lstrip("\ufeff") for ln in head_lines if ln.strip()), "")
    if first.upper().startswith("BEGIN:VCARD"):
        found = Detected("vcard", encoding)
    else:
        header = _find_csv_header(head_lines, encoding)
        if header is None:
            what = (
                f"{_article(FORMAT_LABELS[expected])} file" if expected else "in a supported format"
            )
            raise UserError(
                f"{path.name} is not {what}: no known header found "
                "(expected a LinkedIn, Google Contacts, vCard or Network Journal export)"
            )
        found = header
    if expected and expected != found.format:
        raise UserError(
            f"{path.name} looks like {_article(FORMAT_LABELS[found.format])} file, "
            f"not {FORMAT_LABELS[expected]}"
        )
    return found


def _article(what: str) -> str:
    return ("an " if what[:1].lower() in "aeiou" else "a ") + what


def _find_csv_header(lines: list[str], encoding: str) -> Detected | None:
    for index, line in enumerate(lines):
        for delimiter in (",", ";", "\t"):
            if delimiter not in line:
                continue
            try:
                cells = next(csv.reader(io.StringIO(line), delimiter=delimiter))
            except (csv.Error, StopIteration):
                continue
            known = classify_header(cells)
            if known is not None:
                return Detected(
                    known[0], encoding, known[1], delimiter, index, tuple(_norm(c) for c in cells)
                )
    return None


def csv_rows(handle: TextIO, found: Detected, name: str) -> Iterator[tuple[int, list[str]]]:
    """(first line number, cells) for each data row after the header.

    Refuses, with the line, a quote that never closes and a field too large
    to be a contact detail (both mean a broken or unrelated file).
    """
    csv.field_size_limit(FIELD_LIMIT)
    used = [0]  # characters read since the current row began
    lines = bounded_lines(handle, used)
    reader = csv.reader(lines, delimiter=found.delimiter, strict=True)
    last = 0
    offset = found.header_line + 1
    try:
        for _ in range(offset):  # the preamble and the header, read when the format was found
            next(lines, None)
            used[0] = 0
        for row in reader:
            used[0] = 0
            start = offset + last + 1
            last = reader.line_num
            if not any(row) or not "".join(row).strip():  # C-level tests: this loop is hot
                continue
            yield start, row
    except RowTooLong:
        raise UserError(
            f"{name} line {offset + last + 1}: a row is longer than {ROW_LIMIT // 1024} KB; "
            "this is not a contacts file"
        ) from None
    except csv.Error as exc:
        line = offset + last + 1
        message = str(exc)
        if "field larger" in message:
            raise UserError(
                f"{name} line {line}: a field is larger than {FIELD_LIMIT // 1024} KB; "
                "this is not a contacts file"
            ) from None
        if "end of data" in message or "EOF" in message:
            raise UserError(
                f"{name} line {line}: a quoted field never ends (the file looks truncated)"
            ) from None
        raise UserError(f"{name} line {line}: {message}") from None
    except UnicodeDecodeError as exc:
        raise UserError(f"{name} is not a text file ({exc.reason})") from None


class RowTooLong(Exception):
    """One record spans more than ROW_LIMIT characters."""


def bounded_lines(handle: TextIO, used: list[int]) -> Iterator[str]:
    """The physical lines of ``handle``, never reading more than ROW_LIMIT at once.

    ``used[0]`` adds up the characters read; the caller zeroes it where a record
    begins, and RowTooLong stops a record (or a line) that passes the limit.
    """
    readline = handle.readline
    while line := readline(ROW_LIMIT):
        used[0] += len(line)
        if used[0] >= ROW_LIMIT:
            raise RowTooLong()
        yield line


def count_lines(path: Path) -> int:
    """A quick line count, used as the progress total."""
    total = 0
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            total += chunk.count(b"\n")
    return max(total, 1)
