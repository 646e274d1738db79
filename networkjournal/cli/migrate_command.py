"""`networkjournal migrate-to URL`: the journal copied into a new database, then checked."""

from __future__ import annotations

import argparse

from networkjournal.paths import resolve_db

# The store is imported inside the command: `--help` needs none of it.


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    migrate = subparsers.add_parser(
        "migrate-to", parents=[common],
        help="copy the journal into a new or empty database (a server, or a file)",
        description="Every row, uid, link and stage history goes into the target in one "
        "transaction, then each table's count and checksum are compared with the journal's. "
        "The journal itself is only read. The target must be new or an empty journal.",
    )
    migrate.add_argument("target", metavar="URL",
                         help="postgresql://user@host/database, or a journal file's path")
    migrate.set_defaults(func=run_migrate)


def run_migrate(args: argparse.Namespace) -> int:
    from networkjournal.credentials import display_url
    from networkjournal.ops.migrate import migrate_to

    target = resolve_db(args.target)
    done = migrate_to(resolve_db(args.db), target)
    total = sum(check.rows for check in done.checks)
    print(f"copied to {display_url(target)}: {done.rows('contacts')} contacts, "
          f"{done.rows('interactions')} chats, {done.rows('opportunities')} opportunities "
          f"({total} rows in {len(done.checks)} tables); every table's count and checksum "
          "match the journal's")
    return 0
