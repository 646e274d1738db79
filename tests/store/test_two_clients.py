"""Two clients on one journal (two programs, two machines on a server): what each one sees."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from networkjournal.core.progress import Progress
from networkjournal.core.records import ContactRecord
from networkjournal.store.imports import import_records
from networkjournal.store.journal import open_journal
from networkjournal.store.models import Contact, Setting


@pytest.fixture
def other_client(journal):
    """A second program on the same journal: its own engine and connections."""
    other = open_journal(journal.url)
    yield other
    other.close()


def _contacts(journal) -> int:
    with journal.read() as session:
        return session.scalar(select(func.count()).select_from(Contact))


def test_another_client_reads_the_journal_as_it_was_while_an_import_writes(journal,
                                                                          other_client):
    seen: list[int] = []

    def halfway(done: int, total: int, _text: str) -> None:
        if total and done > total // 2 and len(seen) < 2:  # writing: rows flushed, no commit
            seen.append(_contacts(other_client))  # answers at once: no wait for the writer

    records = [ContactRecord(line=i + 1, first_name=f"P{i}", last_name="Q", source="other")
               for i in range(5000)]
    summary = import_records(journal, records, progress=Progress(halfway), total=5000)
    assert summary.added == 5000
    assert seen == [0, 0]  # nothing of a transaction not yet committed
    assert _contacts(other_client) == 5000


def test_on_a_server_another_client_writes_while_an_import_runs(journal, other_client):
    """A server takes writes from two clients at once (a journal file has one writer)."""
    if journal.engine.dialect.name == "sqlite":
        pytest.skip("SQLite has one writer at a time (tests/io/test_import_bounds.py)")
    written: list[str] = []

    def halfway(done: int, total: int, _text: str) -> None:
        if total and done > total // 2 and not written:
            with other_client.transaction() as session:
                session.add(Setting(key="from-the-other-machine", value="1"))
            written.append("done")

    records = [ContactRecord(line=i + 1, first_name=f"P{i}", last_name="Q", source="other")
               for i in range(5000)]
    assert import_records(journal, records, progress=Progress(halfway), total=5000).added == 5000
    assert written == ["done"]
    with journal.read() as session:
        assert session.get(Setting, "from-the-other-machine") is not None
