"""Operations that move a network in or a journal out: import, export, the sample journal."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from networkjournal.core.changes import EVERYTHING, Action, Changes
from networkjournal.core.progress import NO_PROGRESS, Progress
from networkjournal.gc_pause import gc_paused
from networkjournal.io.readers import ImportSource, Record, open_source
from networkjournal.store.import_summary import ImportSummary
from networkjournal.store.imports import import_records
from networkjournal.store.journal import Journal


@dataclass(frozen=True)
class Imported:
    """What an import (or its dry run) answers: the format it read and what it did."""

    label: str
    summary: ImportSummary


def import_source(journal: Journal, source: ImportSource, *, dry_run: bool = False,
                  progress: Progress = NO_PROGRESS, collect_rows: bool = False) -> Changes:
    """Import an opened file in one transaction (a dry run writes nothing).

    A LinkedIn archive's messages keep what the journal's setting says of their text,
    unless the source was told otherwise."""
    if source.format == "linkedin_archive" and source.message_text is None:
        from networkjournal.ops.settings import message_text

        source.message_text = message_text(journal)
    if not dry_run and not _holds_nothing(journal):
        # An import cannot be undone: the journal as it was is kept first (a new, empty
        # journal has nothing to keep, and its copy would rotate a real backup out).
        from networkjournal.store.backups import backup_before  # not for a new journal

        backup_before(journal, "before-import")
    records: Iterable[Record] = source.records(progress)
    if source.format == "linkedin_archive":  # it reports its own progress while it reads
        with gc_paused():  # 100,000 records and no garbage (gc_pause's reasons)
            records = list(records)
    summary = import_records(journal, records, format=source.format, dry_run=dry_run,
                             progress=progress, total=source.total, collect_rows=collect_rows)
    kinds = frozenset() if dry_run else EVERYTHING
    return Changes(Action.IMPORT, kinds, count=summary.added + summary.updated,
                   result=Imported(source.label, summary))


def import_file(journal: Journal, path: Path, expected: str | None = None, *,
                dry_run: bool = False, progress: Progress = NO_PROGRESS,
                collect_rows: bool = False) -> Changes:
    """Open ``path`` (format detected unless ``expected``) and import it."""
    return import_source(journal, open_source(path, expected), dry_run=dry_run,
                         progress=progress, collect_rows=collect_rows)


def export(journal: Journal, what: str, target: Path,
           progress: Progress = NO_PROGRESS) -> Changes:
    """Write ``what`` (contacts, chats, pipeline, all, ics) to ``target``: a file, a folder
    for "all".

    Nothing in the journal changes; ``result`` is the export's own answer.
    """
    result: Any
    if what == "ics":
        from networkjournal.io.ics import export_ics

        result = export_ics(journal, target, progress)
        return Changes(Action.EXPORT, count=result.events, result=result)
    from networkjournal.io.exports import export_all, export_table

    if what == "all":
        result = export_all(journal, target, progress)
    else:
        result = export_table(journal, what, target, progress)
    return Changes(Action.EXPORT, count=result.rows, result=result)


def build_demo(journal: Journal, seed: int = 7, today: date | None = None) -> Changes:
    """Fill an empty journal with the sample (one transaction); ``result`` has the counts."""
    from networkjournal.store.demo import fill_demo

    with journal.transaction() as session:
        counts = fill_demo(session, seed, today)
    return Changes(Action.DEMO, EVERYTHING, count=counts.contacts, result=counts)


def _holds_nothing(journal: Journal) -> bool:
    from networkjournal.store.contacts import holds_nothing

    with journal.read() as session:
        return holds_nothing(session)
