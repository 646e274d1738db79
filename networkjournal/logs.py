"""The log file: where unexpected errors are written (and what the crash dialog names)."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from networkjournal.paths import log_dir

LOG_NAME = "networkjournal.log"
_configured: Path | None = None


def log_file() -> Path:
    return log_dir() / LOG_NAME


def setup_logging() -> Path:
    """Send the program's log to a rotating file in the log folder; returns its path."""
    global _configured
    path = log_file()
    if _configured == path:
        return path
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger("networkjournal")
    root.setLevel(logging.INFO)
    for old in list(root.handlers):
        if isinstance(old, logging.handlers.RotatingFileHandler):
            root.removeHandler(old)
            old.close()
    root.addHandler(handler)
    _configured = path
    return path
