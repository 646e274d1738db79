"""Allow ``python -m networkjournal``."""

from networkjournal.cli import run

run()
