"""Export the journal as our CSV files (contacts, chats, pipeline, or all three)."""

from __future__ import annotations

import csv
import os
import shutil
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

from sqlalchemy.orm import Session

from networkjournal.core.progress import NO_PROGRESS, Progress
from networkjournal.durable import fsync_dir, private_part, publish, swap_folder
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
_STAGING = ".export-"  # a hidden folder beside the target: ".<name>.export-XXXX"


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
    """Write rows of cell strings atomically (a temporary file, flushed to the disk, renamed
    at the end). A cancelled or failed export leaves no half-written file behind.
    """
    path = Path(path)
    count = 0
    tmp = path.with_name(f".{path.name}.part")
    try:
        tmp = private_part(path)
        with tmp.open("w", encoding=CSV_ENCODING, newline="") as handle:
            writer = csv.writer(handle, lineterminator=LINE_END)
            writer.writerow(header)
            rows = iter(rows)
            while chunk := list(islice(rows, _EVERY)):
                writer.writerows(chunk)
                count += len(chunk)
                progress.report(count, 0, "")
        publish(tmp, path)
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
    """The three files into ``folder``, from one consistent read: the whole set or nothing.

    They are written into a hidden folder beside it, flushed, then swapped in (durable's
    swap_folder): a kill or a full disk leaves the old set or the new one, never a mix. A
    folder holding other files too (Documents, say) cannot be swapped: the finished files
    are renamed into it one after the other at the very end.
    """
    folder = Path(folder).absolute()
    if folder.exists() and not folder.is_dir():
        raise UserError(f"{folder} is not a folder")
    try:
        folder.parent.mkdir(parents=True, exist_ok=True)
        for stale in folder.parent.glob(f".{folder.name}{_STAGING}*"):  # a killed export's
            shutil.rmtree(stale, ignore_errors=True)
        staging = Path(tempfile.mkdtemp(prefix=f".{folder.name}{_STAGING}", dir=folder.parent))
    except OSError as exc:
        raise UserError(f"cannot write {folder}: {exc.strerror or exc}") from None
    total = 0
    try:
        with journal.read() as session, session.begin():
            for what, (header, rows) in TABLES.items():
                total += write_csv(staging / FILE_NAMES[what], header, rows(session), progress)
        _move_in(staging, folder)
    except OSError as exc:
        raise UserError(f"cannot write {folder}: {exc.strerror or exc}") from None
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return ExportResult([folder / FILE_NAMES[what] for what in TABLES], total)


def _move_in(staging: Path, folder: Path) -> None:
    names = set(FILE_NAMES.values())
    if not folder.exists() or all(entry.name in names for entry in folder.iterdir()):
        swap_folder(staging, folder)  # the staging folder now holds the old set
        return
    for name in sorted(names):
        os.replace(staging / name, folder / name)  # each already flushed by write_csv
    fsync_dir(folder)
