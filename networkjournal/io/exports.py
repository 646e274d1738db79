"""Export the journal as our CSV files (contacts, chats, pipeline, or all three)."""

from __future__ import annotations

import csv
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

from sqlalchemy.orm import Session

from networkjournal.core.progress import NO_PROGRESS, Progress
from networkjournal.errors import UserError
from networkjournal.io.csv_journal import (
    CHAT_COLUMNS,
    CONTACT_COLUMNS,
    CSV_ENCODING,
    FILE_NAMES,
    LINE_END,
    PIPELINE_COLUMNS,
)
from networkjournal.store.export_rows import chat_rows, contact_rows, pipeline_rows
from networkjournal.store.journal import Journal

_EVERY = 2000  # rows between progress reports


@dataclass
class ExportResult:
    paths: list[Path]
    rows: int

    def line(self) -> str:
        where = ", ".join(str(p) for p in self.paths)
        return f"exported {self.rows} rows to {where}"


def write_csv(
    path: Path, header: Iterable[str], rows: Iterable[Iterable[str]], progress: Progress
) -> int:
    """Write rows of cell strings atomically (a temporary file renamed at the end).

    A cancelled or failed export leaves no half-written file behind.
    """
    path = Path(path)
    tmp = path.with_name(f".{path.name}.part")
    count = 0
    try:
        with tmp.open("w", encoding=CSV_ENCODING, newline="") as handle:
            writer = csv.writer(handle, lineterminator=LINE_END)
            writer.writerow(header)
            rows = iter(rows)
            while chunk := list(islice(rows, _EVERY)):
                writer.writerows(chunk)
                count += len(chunk)
                progress.report(count, 0, "")
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise UserError(f"cannot write {path}: {exc.strerror or exc}") from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    finally:
        # A failed write leaves the row reader suspended on its cursor; closed later (at
        # exit: the CLI pauses the collector) it would print a traceback after the error.
        close = getattr(rows, "close", None)
        if close is not None:
            close()
    return count


TABLES: dict[str, tuple[tuple[str, ...], Callable[[Session], Iterator[tuple[str, ...]]]]] = {
    "contacts": (CONTACT_COLUMNS, contact_rows),
    "chats": (CHAT_COLUMNS, chat_rows),
    "pipeline": (PIPELINE_COLUMNS, pipeline_rows),
}


def export_table(
    journal: Journal, what: str, path: Path, progress: Progress = NO_PROGRESS
) -> ExportResult:
    """Write contacts.csv, chats.csv or pipeline.csv (``what``) to ``path``."""
    header, rows = TABLES[what]
    with journal.read() as session:
        count = write_csv(path, header, rows(session), progress)
    return ExportResult([Path(path)], count)


def export_all(journal: Journal, folder: Path, progress: Progress = NO_PROGRESS) -> ExportResult:
    """The three files into ``folder`` (created if needed), from one consistent read."""
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError(f"cannot create {folder}: {exc.strerror or exc}") from None
    if not folder.is_dir():
        raise UserError(f"{folder} is not a folder")
    paths, total = [], 0
    with journal.read() as session, session.begin():
        for what, (header, rows) in TABLES.items():
            path = folder / FILE_NAMES[what]
            total += write_csv(path, header, rows(session), progress)
            paths.append(path)
    return ExportResult(paths, total)
