"""Write parsed records into the journal as ONE transaction: match, update, add, report.

How a record meets the journal is in ``import_rules`` (pure rules); contacts are
matched and written by ``import_contacts`` (over the ``import_index`` of the
journal's match keys, updates in ``import_updates``); our own chats.csv and
pipeline.csv rows by ``import_journal``. The whole file is read before the
transaction begins (a slow or hostile file never holds the write lock); match
keys are loaded once into dicts and rows go in by batches (no per-row ORM
query). Dry-run, cancel or any error rolls everything back.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from itertools import islice

from sqlalchemy import text
from sqlalchemy.orm import Session

from networkjournal.core.progress import NO_PROGRESS, Progress
from networkjournal.core.records import (
    ChatRecord,
    ContactRecord,
    OpportunityRecord,
    Rejected,
    Remark,
)
from networkjournal.gc_pause import gc_paused
from networkjournal.store.import_contacts import ContactWriter
from networkjournal.store.import_summary import ImportSummary, RowOutcome
from networkjournal.store.journal import PAGE_CACHE_KB, Journal
from networkjournal.store.models import Contact

__all__ = ["BATCH", "ImportSummary", "RowOutcome", "import_records"]

CONTACTS = Contact.__table__
BATCH = 2000  # records between two writes (and two progress reports)


class _DryRun(Exception):
    """Raised inside the transaction to roll a dry run back."""


Record = ContactRecord | ChatRecord | OpportunityRecord | Rejected | Remark


def import_records(
    journal: Journal,
    records: Iterable[Record],
    *,
    format: str = "",
    dry_run: bool = False,
    progress: Progress = NO_PROGRESS,
    total: int = 0,
    collect_rows: bool = False,
) -> ImportSummary:
    """Read ``records``, then write them in one transaction and say what happened.

    ``total`` (e.g. the file's line count) scales the progress reports: reading
    fills the first half, writing the second.
    """
    summary = ImportSummary(format=format, dry_run=dry_run, rows=[] if collect_rows else None)
    with gc_paused():
        records = _read_all(records, progress, total)
    try:
        with gc_paused(), journal.transaction() as session, _large_page_cache(session):
            writer = ContactWriter(session, summary)
            with _indexes_built_after(session, writer):
                _write(session, summary, writer, records, progress, total)
            progress.report(2 * total, 2 * total, "")
            if dry_run:
                raise _DryRun()
    except _DryRun:
        pass
    return summary


def _write(session: Session, summary: ImportSummary, writer: ContactWriter,
           records: list[Record], progress: Progress, total: int) -> None:
    """Every record into the open transaction, by batches, then the introducers linked."""
    from networkjournal.store.import_journal import JournalRowWriter

    rows = JournalRowWriter(session, summary, writer)
    add_contact = writer.add
    pending = 0
    records.reverse()  # popped from the end: each record is freed once it is written
    pop = records.pop
    while records:
        record = pop()
        if isinstance(record, ContactRecord):
            add_contact(record)
        elif isinstance(record, Rejected):
            summary.reject(record)
        elif isinstance(record, Remark):
            summary.remarks.append(record)
        else:
            rows.add(record)
        pending += 1
        if pending >= BATCH:
            pending = 0
            writer.flush()
            rows.flush()
            progress.report(total + _line(record), 2 * total, "")
    writer.flush()
    rows.flush()
    writer.link_introducers()


def _read_all(records: Iterable[Record], progress: Progress, total: int) -> list[Record]:
    """Every record of the file, in a list of its own, with progress and Cancel while reading."""
    if isinstance(records, list):
        return list(records)
    out: list[Record] = []
    them = iter(records)
    while batch := list(islice(them, BATCH)):  # records pulled at C speed between reports
        out += batch
        progress.report(_line(batch[-1]), 2 * total, "")
    return out


@contextmanager
def _large_page_cache(session: Session) -> Iterator[None]:
    """SQLite keeps 16 MB of pages (not 2) while 30,000 rows and their indexes go in:
    a third less time in SQLite. Only for this connection and this import (the window's
    memory stays small); other databases size their caches themselves."""
    sqlite = session.get_bind().dialect.name == "sqlite"
    if sqlite:
        session.execute(text("PRAGMA cache_size=-16000"))
    try:
        yield
    finally:
        if sqlite:
            session.execute(text(f"PRAGMA cache_size=-{PAGE_CACHE_KB}"))


@contextmanager
def _indexes_built_after(session: Session, writer: ContactWriter) -> Iterator[None]:
    """Into a journal without contacts, SQLite builds the contacts' secondary indexes
    once the rows are in, instead of keeping them up to date row by row: 30,000
    contacts went in in 150 ms instead of 200 ms, and the three indexes took 35 ms
    to build, sorted once. Inside the import's transaction,
    so a failure, a cancel or a dry run puts them back with everything else. The
    import itself looks contacts up by id and uid (kept) and its own dicts. Not on a
    server: dropping an index there locks the table against the other clients."""
    rebuild = session.get_bind().dialect.name == "sqlite" and not writer.ids
    indexes = sorted(CONTACTS.indexes, key=lambda index: str(index.name)) if rebuild else []
    conn = session.connection()
    for index in indexes:
        index.drop(conn)
    yield
    for index in indexes:
        index.create(conn)


def _line(record: object) -> int:
    return int(getattr(record, "line", 0))
