"""Backups from the window: one taken now, and a restore (the journal it replaces is kept)."""

from __future__ import annotations

from pathlib import Path

from networkjournal.core.changes import EVERYTHING, Action, Changes
from networkjournal.core.progress import NO_PROGRESS, Progress
from networkjournal.errors import UserError
from networkjournal.store.backups import take_backup
from networkjournal.store.journal import Journal, open_journal
from networkjournal.store.restore import restore_journal
from networkjournal.store.schema_version import SCHEMA_HEAD


def _file_of(journal: Journal) -> Path:
    path = journal.path
    if path is None:
        raise UserError("a journal on a database server is restored with "
                        "`networkjournal restore --db URL FILE`")
    return path


def back_up_now(journal: Journal) -> Path:
    """A backup of the journal as it is, into its backup folder (rotated like the others);
    a server journal's is the command line's `backup` (pg_dump, else a journal file)."""
    if journal.path is None:
        from networkjournal.ops.server_backups import back_up_server

        return back_up_server(journal.url).path
    return take_backup(_file_of(journal), "manual")


def restore_backup(journal: Journal, backup: Path,
                   progress: Progress = NO_PROGRESS) -> Changes:
    """Put ``backup`` in the journal's place once it checks out (a bad file is refused and
    the journal left as it was); an older backup is upgraded as at start. Cannot be undone:
    the journal it replaces is kept as a backup instead."""
    path = _file_of(journal)
    progress.report(0, 0, "")  # one step: SQLite's backup API writes it in one transaction
    journal.engine.dispose()  # no pooled connection keeps a snapshot of the journal replaced
    restored = restore_journal(path, backup)
    if restored.revision != SCHEMA_HEAD:
        open_journal(journal.url).close()  # the upgrade an older journal gets when opened
    return Changes(Action.RESTORE, EVERYTHING, result=restored)
