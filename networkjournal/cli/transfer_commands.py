"""`networkjournal import` and `networkjournal export`: bring a network in, take a journal out."""

from __future__ import annotations

import argparse
from pathlib import Path

from networkjournal.cli import open_existing
from networkjournal.io.formats import FORMATS  # not the readers: `--help` stays quick
from networkjournal.paths import resolve_db

# The readers and the store are imported inside the commands: `--help` needs neither.

EXPORTS = ("contacts", "chats", "pipeline", "all", "ics")  # what ops.transfer.export writes


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    imp = subparsers.add_parser(
        "import",
        parents=[common],
        help="import LinkedIn connections or data archive, vCards, Google Contacts or our "
        "own CSV files",
        description="Import contacts (or a folder written by `export all`, or LinkedIn's data "
        "archive: the ZIP or its folder). The format is detected from the content; existing "
        "contacts are updated, never duplicated.",
    )
    imp.add_argument("file", metavar="FILE", type=Path,
                     help="the file (or export folder, or LinkedIn archive)")
    imp.add_argument("--format", choices=FORMATS, help="refuse the file unless it is this format")
    imp.add_argument("--dry-run", action="store_true", help="say what would change, write nothing")
    imp.add_argument("--message-text", choices=("whole", "summary", "none"),
                     help="a LinkedIn archive's messages: keep their text whole, as a short "
                     "summary, or not at all (default: the journal's setting, else whole)")
    imp.set_defaults(func=run_import)
    exp = subparsers.add_parser(
        "export",
        parents=[common],
        help="export contacts, chats, pipeline (CSV), all three, or a calendar (.ics)",
    )
    exp.add_argument("what", choices=EXPORTS, help="what to export")
    exp.add_argument(
        "--out", required=True, type=Path, help="the file to write (a folder for `all`)"
    )
    exp.set_defaults(func=run_export)


def run_import(args: argparse.Namespace) -> int:
    from networkjournal.io.readers import open_source
    from networkjournal.ops.transfer import import_source
    from networkjournal.store.journal import open_journal

    source = open_source(args.file, args.format)  # refuses before the journal is opened
    source.message_text = args.message_text
    journal = open_journal(resolve_db(args.db))
    try:
        imported = import_source(journal, source, dry_run=args.dry_run).result
    finally:
        journal.close()
    print(f"{imported.label} {args.file.name}: {imported.summary.line()}")
    moves = imported.summary.stage_changes
    if moves:
        print("  stages moved forward: " + ", ".join(
            f"{n} to {stage.replace('_', ' ')}" for stage, n in moves.most_common()))
    for remark in imported.summary.remarks:  # what the reader noticed, one line each
        print(f"  {remark.text}")
    return 0


def run_export(args: argparse.Namespace) -> int:
    from networkjournal.ops.transfer import export

    journal = open_existing(args.db)
    try:
        result = export(journal, args.what, args.out).result
    finally:
        journal.close()
    print(result.line())
    return 0
