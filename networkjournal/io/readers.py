"""Open any file a user brings: detect its format and yield its records."""

from __future__ import annotations

import importlib
import itertools
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from networkjournal.core.progress import NO_PROGRESS, Progress
from networkjournal.core.records import (
    ChatRecord,
    ContactRecord,
    OpportunityRecord,
    Rejected,
    Remark,
)
from networkjournal.errors import UserError
from networkjournal.io.formats import FORMAT_LABELS
from networkjournal.io.linkedin_archive import is_archive
from networkjournal.io.sniff import Detected, count_lines, detect

Record = ContactRecord | ChatRecord | OpportunityRecord | Rejected | Remark
# The module parsing each format, imported when a file of that format is read.
_PARSER_MODULES = {"linkedin": "linkedin", "vcard": "vcard", "google": "google",
                   "csv": "csv_journal",
                   "linkedin_archive": "linkedin_archive_records"}  # fmt: skip


def parser_for(format: str) -> Callable[[Path, Detected], Iterator[Record]]:
    """The parse(path, detected) function of a format."""
    module = importlib.import_module(f"networkjournal.io.{_PARSER_MODULES[format]}")
    return module.parse


@dataclass
class ImportSource:
    """A detected file (or export folder) ready to be read once."""

    path: Path
    format: str
    label: str  # e.g. "LinkedIn connections"
    files: list[tuple[Path, Detected]]
    total: int  # lines, for progress
    # What a LinkedIn archive's messages keep of their text: whole, summary or none
    # (None: the journal's setting).
    message_text: str | None = None

    def records(self, progress: Progress = NO_PROGRESS) -> Iterator[Record]:
        """The records, streamed (a large file is never held in memory at once). A reader
        that reads several files before its records come (a LinkedIn archive) reports its
        own progress; the others are followed by the lines of the records they give."""
        if self.format == "linkedin_archive":
            from networkjournal.io.linkedin_archive_records import parse

            return parse(self.path, self.files[0][1], self.message_text or "whole",
                         progress, self.total)
        return itertools.chain.from_iterable(
            parser_for(found.format)(path, found) for path, found in self.files
        )


def open_source(path: Path, expected: str | None = None) -> ImportSource:
    """Detect what ``path`` holds; a folder means the three files of `export all`."""
    path = Path(path)
    if (expected in (None, "linkedin_archive") and path.exists()
            and is_archive(path)):
        return _archive_source(path)
    if expected == "linkedin_archive":
        raise UserError(f"{path.name} is not a LinkedIn data archive (a ZIP or its folder)")
    if path.is_dir():
        from networkjournal.io.csv_journal import FILE_NAMES

        files = []
        for kind in ("contacts", "chats", "pipeline"):  # contacts first: chats point at them
            candidate = path / FILE_NAMES[kind]
            if candidate.exists():
                found = detect(candidate, "csv")
                if found.kind != kind:
                    raise UserError(f"{candidate.name} does not hold {kind} columns")
                files.append((candidate, found))
        if not files:
            raise UserError(f"{path} holds no contacts.csv, chats.csv or pipeline.csv")
        if expected and expected != "csv":
            raise UserError(f"{path} is a folder of Network Journal CSV files")
        total = sum(count_lines(p) for p, _f in files)
        return ImportSource(path, "csv", FORMAT_LABELS["csv"], files, total)
    if not path.exists():
        raise UserError(f"{path} does not exist")
    found = detect(path, expected)
    return ImportSource(path, found.format, FORMAT_LABELS[found.format], [(path, found)],
                        count_lines(path))  # fmt: skip


def _archive_source(path: Path) -> ImportSource:
    """A LinkedIn data archive: its files are found (and a foreign ZIP refused) now."""
    from networkjournal.io.linkedin_archive import open_archive

    archive = open_archive(path)
    found = Detected("linkedin_archive", "utf-8-sig", "archive")
    # Rough progress total: the archive's files hold ~100 bytes per line.
    total = max(sum(archive.sizes.values()) // 100, 1)
    return ImportSource(path, "linkedin_archive", FORMAT_LABELS["linkedin_archive"],
                        [(path, found)], total)
