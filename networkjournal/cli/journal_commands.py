"""`networkjournal demo` and `networkjournal check`: make a sample journal, check one."""

from __future__ import annotations

import argparse
import sys

from networkjournal.paths import resolve_db
from networkjournal.store.journal import head_revision, integrity_problems, open_journal


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


def run_demo(args: argparse.Namespace) -> int:
    from networkjournal.store.demo import build_demo

    journal = open_journal(resolve_db(args.db))
    try:
        counts = build_demo(journal, seed=args.seed)
    finally:
        journal.close()
    print(
        f"sample journal ready: {counts.contacts} contacts, {counts.interactions} chats, "
        f"{counts.opportunities} opportunities in {journal.url}"
    )
    return 0


def run_check(args: argparse.Namespace) -> int:
    journal = open_journal(resolve_db(args.db))
    try:
        problems = integrity_problems(journal)
    finally:
        journal.close()
    if problems:
        for problem in problems:
            sys.stderr.write(f"networkjournal: problem: {problem}\n")
        return 1
    print(f"journal ok: schema {head_revision()}, {journal.url}")
    return 0
