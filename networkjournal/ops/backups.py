"""Backups from the window: one taken now, and a restore (the journal it replaces is kept)."""

from __future__ import annotations

from pathlib import Path

from networkjournal.core.changes import EVERYTHING, Action, Changes
from networkjournal.core.progress import NO_PROGRESS, Progress
from networkjournal.store.backups import take_backup
from networkjournal.store.journal import Journal, open_journal
from networkjournal.store.restore import restore_journal
from networkjournal.store.schema_version import SCHEMA_HEAD


def back_up_now(journal: Journal) -> tuple[Path, str]:
    """A backup of the journal as it is, into its backup folder (rotated like the others);
    a server journal's is the command line's `backup` (pg_dump, else a journal file). Returns
    where it went, and why a server journal's is a journal file rather than an archive ("" when
    it is not)."""
    if journal.path is None:
        from networkjournal.ops.server_backups import back_up_server

        written = back_up_server(journal.url)
        return written.path, written.why_a_file
    return take_backup(journal.path, "manual"), ""


def restore_backup(journal: Journal, backup: Path,
                   progress: Progress = NO_PROGRESS) -> Changes:
    """Put ``backup`` in the journal's place once it checks out (a bad file is refused and
    the journal left as it was); an older backup is upgraded as at start. Cannot be undone:
    a journal file's replaced journal is kept as a backup instead. A server journal takes
    either of its backups (a pg_dump archive or a journal file) as `restore --db URL` does;
    its answer is then the rows restored."""
    progress.report(0, 0, "")
    if journal.path is None:
        return _restore_server(journal, backup, progress)
    progress.final_step()  # SQLite's backup API writes it in one transaction
    journal.engine.dispose()  # no pooled connection keeps a snapshot of the journal replaced
    restored = restore_journal(journal.path, backup)
    if restored.revision != SCHEMA_HEAD:
        open_journal(journal.url).close()  # the upgrade an older journal gets when opened
    return Changes(Action.RESTORE, EVERYTHING, result=restored)


def _restore_server(journal: Journal, backup: Path, progress: Progress) -> Changes:
    from networkjournal.ops.server_backups import restore_server_backup

    journal.engine.dispose()  # no idle connection of the window's in the way of the restore
    try:
        rows = restore_server_backup(journal.url, backup, progress)
    finally:
        journal.engine.dispose()  # connections opened on the tables replaced go too
    return Changes(Action.RESTORE, EVERYTHING, result=rows)
