"""`networkjournal backup` and `networkjournal restore`: a copy of the journal, and back."""

from __future__ import annotations

import argparse
from pathlib import Path

from networkjournal.cli import open_existing
from networkjournal.errors import UserError
from networkjournal.paths import resolve_db

# The store is imported inside the commands: `--help` needs none of it.


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    backup = subparsers.add_parser(
        "backup", parents=[common],
        help="copy the journal into its backup folder (or to --out FILE)",
        description="A consistent copy of the journal, even while the window has it open. "
        "Without --out it goes with the automatic backups (the last ten are kept). "
        "A journal on a PostgreSQL server is backed up as a pg_dump archive when pg_dump is "
        "on the PATH (a --out name ending in .sqlite asks for a journal file instead), "
        "else as a journal file.",
    )
    backup.add_argument("--out", type=Path, metavar="FILE", help="write the copy to this file")
    backup.set_defaults(func=run_backup)
    restore = subparsers.add_parser(
        "restore", parents=[common],
        help="replace the journal by a backup (the journal replaced is kept as a backup)",
        description="The file is checked first (sound, a Network Journal this version can "
        "open); a file that is not is refused and the journal left as it is.",
    )
    restore.add_argument("file", metavar="FILE", type=Path, help="the backup to restore")
    restore.set_defaults(func=run_restore)


def _journal_file(url: str) -> Path:
    from networkjournal.store.journal import sqlite_path

    path = sqlite_path(url)
    if path is None:
        raise UserError("backups are for journal files: back a server journal up with the "
                        "server's own tools")
    return path


def run_backup(args: argparse.Namespace) -> int:
    from networkjournal.store.backups import copy_journal, take_backup
    from networkjournal.store.cipher import database_errors

    url = resolve_db(args.db)
    if _is_server(url):
        return _back_up_server(url, args.out)
    path = _journal_file(url)
    open_existing(args.db).close()  # refuses a missing, damaged or foreign file first
    try:
        if args.out is None:
            written = take_backup(path, "by-hand")
        else:
            out = args.out.expanduser().resolve()
            if out == path.resolve() or out.is_dir():
                raise UserError(f"{out} is the journal itself or a folder: name a new file")
            written = copy_journal(path, out)
            out.chmod(0o600)
    except database_errors(OSError) as exc:
        raise UserError(f"the backup could not be written ({exc}); "
                        "the journal is as it was") from None
    print(f"backup written: {written}")
    return 0


def _is_server(url: str) -> bool:
    from networkjournal.store.server import is_server_url

    return is_server_url(url)


def _back_up_server(url: str, out: Path | None) -> int:
    """A server journal's backup: a pg_dump archive, or a journal file (the output says which)."""
    from networkjournal.ops.server_backups import back_up_server

    done = back_up_server(url, out)
    print(f"backup written: {done.path} ({done.describe()})")
    return 0


def run_restore(args: argparse.Namespace) -> int:
    from networkjournal.store.journal import open_journal
    from networkjournal.store.restore import restore_journal

    url = resolve_db(args.db)
    if _is_server(url):
        from networkjournal.ops.server_backups import restore_server_backup

        rows = restore_server_backup(url, args.file)
        print(f"restored {args.file} into the server journal: {rows} rows, "
              "every table checked")
        return 0
    restored = restore_journal(_journal_file(url), args.file)
    open_journal(url).close()  # a backup from an older version is upgraded now
    kept = f"; the journal it replaced is kept as {restored.kept}" if restored.kept else ""
    print(f"restored {args.file} (schema {restored.revision}){kept}")
    return 0
