"""The programs' entry point: `--version` answered at once, anything else by the command line."""

import sys


def run() -> None:
    """`networkjournal --version` needs no parser: it is answered before argparse and the
    commands are imported (a third of its time in a clean install); the rest is cli.run."""
    if sys.argv[1:] == ["--version"]:
        from networkjournal import __version__

        print(f"networkjournal {__version__}")
        return
    from networkjournal.cli import run as run_command_line

    run_command_line()
