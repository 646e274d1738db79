"""`networkjournal demo`, `check` and `password`: a sample journal, a check, a server password."""

from __future__ import annotations

import argparse
import os
import sys

from networkjournal.cli import open_existing
from networkjournal.errors import UserError
from networkjournal.paths import ENV_DB, resolve_db

# SQLAlchemy and keyring are imported inside the commands: `--help` needs neither.


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    demo = subparsers.add_parser(
        "demo", parents=[common], help="fill an empty journal with a realistic sample"
    )
    demo.add_argument("--seed", type=int, default=7, help="random seed (same seed, same journal)")
    demo.set_defaults(func=run_demo)
    check = subparsers.add_parser(
        "check", parents=[common], help="check the journal's integrity and schema version"
    )
    check.set_defaults(func=run_check)
    password = subparsers.add_parser(
        "password", parents=[common],
        help="keep a server journal's password in the system keychain (asks for it)",
    )
    password.set_defaults(func=run_password)


def run_demo(args: argparse.Namespace) -> int:
    from networkjournal.credentials import display_url
    from networkjournal.ops.transfer import build_demo
    from networkjournal.store.journal import open_journal

    journal = open_journal(resolve_db(args.db))
    try:
        counts = build_demo(journal, seed=args.seed).result
    finally:
        journal.close()
    print(
        f"sample journal ready: {counts.contacts} contacts, {counts.interactions} chats, "
        f"{counts.opportunities} opportunities in {display_url(journal.url)}"
    )
    return 0


def run_check(args: argparse.Namespace) -> int:
    from networkjournal.credentials import display_url
    from networkjournal.store.journal import head_revision
    from networkjournal.store.journal_health import integrity_problems

    journal = open_existing(args.db)
    try:
        problems = integrity_problems(journal)
    finally:
        journal.close()
    if problems:
        for problem in problems:
            sys.stderr.write(f"networkjournal: problem: {problem}\n")
        return 1
    print(f"journal ok: schema {head_revision()}, {display_url(journal.url)}")
    return 0


def run_password(args: argparse.Namespace) -> int:
    """Ask for a server journal's password and keep it in the keychain, not in the URL."""
    import getpass

    from sqlalchemy.engine import make_url

    from networkjournal.credentials import display_url, keychain_available, store_password

    url = args.db or os.environ.get(ENV_DB) or ""
    if "://" not in url or url.startswith("sqlite"):
        raise UserError("a journal file needs no password; give a server URL with --db")
    if not make_url(url).username:
        raise UserError("the journal URL names no user (postgresql://USER@host/db)")
    if not keychain_available():
        raise UserError("no system keychain is available here; "
                        "put the password in NETWORKJOURNAL_DB instead")
    secret = sys.stdin.readline().rstrip("\n") if not sys.stdin.isatty() else getpass.getpass()
    if not secret or not store_password(url, secret):
        raise UserError("the password was not stored")
    print(f"password kept in the keychain for {display_url(url)}")
    return 0


_asked = False


def ask_password(db: str | None) -> bool:
    """Ask at the terminal for the password a server journal needs (once per run)."""
    global _asked
    url = db or os.environ.get(ENV_DB) or ""
    if _asked or "://" not in url or not sys.stdin.isatty():
        return False
    _asked = True
    import getpass

    from networkjournal.credentials import display_url, remember_for_this_run

    secret = getpass.getpass(f"password for {display_url(url)}: ")
    if not secret:
        return False
    remember_for_this_run(url, secret)
    return True
