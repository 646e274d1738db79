"""Open any file a user brings: detect its format and yield its records."""

from __future__ import annotations

import importlib
import itertools
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from networkjournal.core.records import ChatRecord, ContactRecord, OpportunityRecord, Rejected
from networkjournal.errors import UserError
from networkjournal.io.sniff import FORMAT_LABELS, Detected, count_lines, detect

Record = ContactRecord | ChatRecord | OpportunityRecord | Rejected
# The module parsing each format, imported when a file of that format is read.
_PARSER_MODULES = {"linkedin": "linkedin", "vcard": "vcard", "google": "google",
                   "csv": "csv_journal"}  # fmt: skip


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

    def records(self) -> Iterator[Record]:
        """The records, streamed (a large file is never held in memory at once)."""
        return itertools.chain.from_iterable(
            parser_for(found.format)(path, found) for path, found in self.files
        )


def open_source(path: Path, expected: str | None = None) -> ImportSource:
    """Detect what ``path`` holds; a folder means the three files of `export all`."""
    path = Path(path)
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
