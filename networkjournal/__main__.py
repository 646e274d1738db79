"""Allow ``python -m networkjournal``."""

from networkjournal.launch import run

run()
