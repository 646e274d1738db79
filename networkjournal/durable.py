"""Files that are complete or absent: flushed to the disk before the rename that publishes them."""

from __future__ import annotations

import errno
import os
import sys
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
    if os.name == "posix":
        fsync_file(folder)  # a folder opened read-only flushes like a file


def private_part(target: Path) -> Path:
    """A new, empty ``.<name>.part`` beside ``target``, readable by its owner only from its
    first byte: exports hold names, e-mails and notes about real people."""
    part = target.with_name(f".{target.name}.part")
    part.unlink(missing_ok=True)  # a killed export's leftover (perhaps with other modes)
    os.close(os.open(part, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    return part


def publish(part: Path, target: Path) -> None:
    """Rename the finished ``part`` to ``target`` once its bytes are on the disk, then make the
    rename itself durable: after a crash ``target`` is the old file or the whole new one."""
    fsync_file(part)
    os.replace(part, target)
    fsync_dir(target.parent)


def _exchange(first: Path, second: Path) -> bool:
    """Swap two paths in one step (Linux renameat2 RENAME_EXCHANGE); False where the system
    or the file system cannot."""
    if not sys.platform.startswith("linux"):
        return False
    import ctypes

    renameat2 = getattr(ctypes.CDLL(None, use_errno=True), "renameat2", None)
    if renameat2 is None:
        return False
    at_fdcwd, rename_exchange = -100, 2
    if renameat2(at_fdcwd, os.fsencode(first), at_fdcwd, os.fsencode(second),
                 rename_exchange) == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.EINVAL, errno.ENOSYS, errno.EPERM):
        return False
    raise OSError(code, os.strerror(code), str(second))


def swap_folder(new: Path, target: Path) -> None:
    """Put the finished folder ``new`` (files flushed) in the place of ``target``, which
    ends up at ``new``'s path (or nothing there, when there was no ``target``).

    Where the system can swap two folders in one step, a crash leaves ``target`` the whole
    old folder or the whole new one. Elsewhere the old one is moved aside first: a crash
    between the two renames leaves both sets whole, beside the missing ``target``.
    """
    fsync_dir(new)
    if not target.exists():
        os.rename(new, target)
    elif not _exchange(new, target):
        aside = new.with_name(f"{new.name}.old")
        os.rename(target, aside)
        os.rename(new, target)
        os.rename(aside, new)
    fsync_dir(target.parent)
