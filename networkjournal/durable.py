"""Files that are complete or absent: flushed to the disk before the rename that publishes them."""

from __future__ import annotations

import os
from pathlib import Path


def fsync_file(path: Path) -> None:
    """Flush ``path``'s contents to the disk (a rename alone may reach it first)."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(folder: Path) -> None:
    """Flush a folder's entries (a rename or a new file in it); a no-op where folders cannot
    be opened (Windows)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def publish(part: Path, target: Path) -> None:
    """Rename the finished ``part`` to ``target`` once its bytes are on the disk, then make the
    rename itself durable: after a crash ``target`` is the old file or the whole new one."""
    fsync_file(part)
    os.replace(part, target)
    fsync_dir(target.parent)
