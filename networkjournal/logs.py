"""The log file: where unexpected errors are written (and what the crash dialog names)."""

from __future__ import annotations

import logging
import logging.handlers
import os
from io import TextIOWrapper
from pathlib import Path

from networkjournal.paths import log_dir

LOG_NAME = "networkjournal.log"
_configured: Path | None = None


def log_file() -> Path:
    return log_dir() / LOG_NAME


class _PrivateFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating log whose files are created owner-only: a failure can name what failed."""

    def _open(self) -> TextIOWrapper:
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        return open(fd, "a", encoding=self.encoding, errors=self.errors)


def setup_logging() -> Path:
    """Send the program's log to a rotating file in the log folder; returns its path."""
    global _configured
    path = log_file()
    if _configured == path:
        return path
    if os.name == "posix" and path.exists():
        path.chmod(0o600)  # written by an older version with the default 0644
    handler = _PrivateFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
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
