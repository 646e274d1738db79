"""The command line: `networkjournal` opens the window; subcommands work on the journal.

Each subcommand lives in its own module with ``register(subparsers, common)``;
none of them imports the GUI (only the bare command starts it, lazily). Those
modules are imported to build the parser, so they import nothing heavy at their
top (SQLAlchemy, Alembic, keyring, platformdirs, Qt, matplotlib): each command
function imports what it needs, and `--version`, `--help` and usage errors
answer in a few tens of milliseconds.
"""

from __future__ import annotations

import argparse
import atexit
import errno
import importlib
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, NoReturn

from networkjournal import __version__
from networkjournal.errors import KeyNeeded, PasswordNeeded, UserError

if TYPE_CHECKING:
    from networkjournal.store.journal import Journal

PROG = "networkjournal"
# Subcommand modules, in the order `--help` lists them.
COMMAND_MODULES = [
    "networkjournal.cli.journal_commands",
    "networkjournal.cli.transfer_commands",
    "networkjournal.cli.stats_command",
    "networkjournal.cli.backup_commands",
    "networkjournal.cli.migrate_command",
    "networkjournal.cli.encryption_commands",
]


class _Parser(argparse.ArgumentParser):
    """argparse that reports usage errors as the one line the contract promises."""

    def error(self, message: str) -> None:  # type: ignore[override]
        sys.stderr.write(f"{PROG}: error: {message}\n")
        sys.exit(2)


def build_parser() -> argparse.ArgumentParser:
    common = _Parser(add_help=False)
    common.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        default=argparse.SUPPRESS,
        help="journal file or SQLAlchemy URL "
        "(default: $NETWORKJOURNAL_DB, else the user data folder)",
    )
    parser = _Parser(
        prog=PROG,
        description="Network Journal: a journal for a job search run on relationships.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    parser.add_argument("--self-test", action="store_true",
                        help="check this installation on a temporary journal (migrations, "
                        "an import, a chart, an export, Qt) and exit; needs no screen")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers, common)
    return parser


def fail(message: str, code: int) -> int:
    # One line, whatever the message holds (a database error can span several).
    first = message.strip().splitlines()[0] if message.strip() else "unknown error"
    sys.stderr.write(f"{PROG}: error: {first}\n")
    return code


def open_existing(db: str | None) -> Journal:
    """The journal a reading command works on, as it is: never created nor upgraded."""
    from networkjournal.paths import resolve_db
    from networkjournal.store.journal import open_journal

    return open_journal(resolve_db(db), read_only=True)


def _refusal(exc: Exception, db: str | None) -> UserError | None:
    """A damaged or unreadable journal met while reading it is refused input, not a bug."""
    if "sqlite3" not in sys.modules:
        return None  # no journal was opened: nothing to word
    from networkjournal.credentials import display_url
    from networkjournal.paths import resolve_db
    from networkjournal.store.environment import environment_error

    return environment_error(exc, display_url(resolve_db(db)))


# Set once a subcommand has returned: the process may then leave without the teardown.
_command_finished = False


def _run_command(args: argparse.Namespace) -> int:
    """Run a subcommand with the cyclic garbage collector paused: a command is a short run
    that imports SQLAlchemy and makes few reference cycles (see gc_pause)."""
    global _command_finished
    from networkjournal.gc_pause import gc_paused

    with gc_paused():
        code = int(args.func(args) or 0)
    _command_finished = True
    return code


def run() -> NoReturn:
    """The programs' entry point (`networkjournal`, `python -m networkjournal`): main(),
    and once a subcommand has finished, out at once.

    The interpreter's teardown frees SQLAlchemy's modules object by object: 60-100 ms
    after every command, a tenth of a whole import, that the user waits for and that
    cleans up nothing a finished command needs: its journal is closed, its files are
    closed by their `with` blocks, and the exit handlers (logging's flush) run first.
    The window is left to quit the usual way (Qt writes its settings as it quits)."""
    code = main()
    if not _command_finished:
        sys.exit(code)
    problem = flush_output()
    if problem:  # a full disk behind a redirection: the output is incomplete
        code = fail(f"the output could not be written ({problem})", 3)
    atexit._run_exitfuncs()
    os._exit(code)


def flush_output() -> str:
    """Write out what is still buffered: "" when done (or nobody is reading any more),
    else why it could not be written."""
    try:
        for stream in (sys.stdout, sys.stderr):
            if stream is not None:  # none at all in a windowed program
                stream.flush()
    except BrokenPipeError:  # the reader left (`| head`): nothing more to say to it
        return ""
    except OSError as exc:
        # Windows says "invalid argument", not "broken pipe", when the reader has left.
        if sys.platform == "win32" and exc.errno == errno.EINVAL:
            return ""
        return exc.strerror or str(exc)
    return ""


def _open_window(db: str | None) -> int:
    """The window, once Qt can start: without a display or a library its platform plugin
    needs, Qt aborts the process (exit 134) naming the wrong library; say what is missing."""
    from networkjournal.display_check import display_problem

    problem = display_problem()
    if problem is not None:
        return fail(problem, 1)
    from networkjournal.app import run_gui

    return run_gui(db)


def _self_test() -> int:
    from networkjournal.self_test import SelfTestFailed, run

    try:
        run()
    except SelfTestFailed as exc:
        sys.stdout.flush()
        return fail(str(exc), 1)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "db", None):
        args.db = None
    try:
        if args.self_test:
            return _self_test()
        if args.command is None:
            return _open_window(args.db)
        return _run_command(args)
    except PasswordNeeded as exc:
        from networkjournal.cli.journal_commands import ask_password

        if ask_password(args.db):  # at a terminal, once: typed, kept for this run only
            return main(argv)
        return fail(str(exc), 3)
    except KeyNeeded as exc:
        from networkjournal.cli.encryption_commands import ask_passphrase

        try:
            asked = ask_passphrase(exc.path)  # at a terminal: typed, kept for this run only
        except UserError as bad:
            return fail(str(bad), 3)
        if asked:
            return main(argv)
        return fail(str(exc), 3)
    except UserError as exc:
        return fail(str(exc), 3)
    except KeyboardInterrupt:
        return fail("interrupted", 1)
    except BrokenPipeError:
        # `networkjournal stats | head`: the reader left; stop quietly, as Unix tools do.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except Exception as exc:  # the contract: one line, never a traceback
        refused = _refusal(exc, args.db)
        if refused is not None:
            return fail(str(refused), 3)
        import logging

        from networkjournal.logs import log_file, setup_logging

        setup_logging()
        logging.getLogger("networkjournal.cli").exception("unexpected error in %s", args.command)
        return fail(f"unexpected {type(exc).__name__}: {exc} (details in {log_file()})", 1)
