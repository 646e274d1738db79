"""LinkedIn's data archive (the ZIP "Get a copy of your data" delivers, or its unzipped folder),
read in place: nothing is extracted to disk."""

from __future__ import annotations

import csv
import io
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import TextIO

from networkjournal.errors import UserError
from networkjournal.io.sniff import Detected

# The files the journal reads, by their lower-case name; the rest is listed as ignored.
MEMBERS = {"connections.csv": "connections", "invitations.csv": "invitations",
           "messages.csv": "messages"}  # fmt: skip
# A member larger than this uncompressed is not a LinkedIn file (the heaviest users'
# messages.csv weigh a few hundred MB); a small ZIP claiming more is a ZIP bomb.
MAX_MEMBER_BYTES = 2 * 1024**3
MAX_RATIO = 200  # uncompressed / compressed: text compresses 5-20x, never 200x
ZIP_MAGIC = b"PK\x03\x04"
_HEAD_LINES = 60


@dataclass
class Archive:
    """Where each known file of an archive is, and the files it ignores."""

    path: Path
    zipped: bool
    members: dict[str, str] = field(default_factory=dict)  # kind -> member name or file path
    ignored: list[str] = field(default_factory=list)
    sizes: dict[str, int] = field(default_factory=dict)  # kind -> uncompressed bytes

    @contextmanager
    def open(self, kind: str) -> Iterator[TextIO]:
        """The file of ``kind`` as text (UTF-8, as LinkedIn writes it), read as it streams."""
        name = self.members[kind]
        try:
            if self.zipped:
                with zipfile.ZipFile(self.path) as archive, archive.open(name) as raw:
                    yield io.TextIOWrapper(raw, encoding="utf-8-sig", errors="replace",
                                           newline="")
            else:
                with open(name, encoding="utf-8-sig", errors="replace", newline="") as handle:
                    yield handle
        except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, zlib.error) as exc:
            # zlib.error: a damaged compressed stream, found only while it is read.
            raise UserError(f"{self.path.name} is a damaged ZIP file ({exc})") from None
        except OSError as exc:
            raise UserError(f"cannot read {PurePosixPath(name).name} in {self.path.name}: "
                            f"{exc.strerror or exc}") from None

    def detect(self, kind: str) -> Detected:
        """The header of the file of ``kind`` (Connections.csv opens with a "Notes:" preamble)."""
        with self.open(kind) as handle:
            for index in range(_HEAD_LINES):
                line = handle.readline(64 * 1024)
                if not line:
                    break
                try:
                    cells = next(csv.reader([line]))
                except (csv.Error, StopIteration):
                    continue
                names = tuple(c.strip().strip("\ufeff").strip().lower() for c in cells)
                if _is_header(kind, names):
                    return Detected("linkedin_archive", "utf-8-sig", kind, ",", index, names)
        label = PurePosixPath(self.members[kind]).name
        raise UserError(f"{label} in {self.path.name} has no LinkedIn header")


def _is_header(kind: str, names: tuple[str, ...]) -> bool:
    wanted = {"connections": {"first name", "last name"},
              "invitations": {"from", "to", "direction"},
              "messages": {"conversation id", "from", "date"}}[kind]  # fmt: skip
    return wanted <= set(names)


def is_archive(path: Path) -> bool:
    """A ZIP file, or a folder holding one of the archive's files (not our own CSV folder)."""
    if path.is_dir():
        return any(_folder_files(path))
    try:
        with path.open("rb") as handle:
            return handle.read(4) == ZIP_MAGIC
    except OSError:
        return False


def open_archive(path: Path) -> Archive:
    """Find the known files of the archive at ``path``; refuse a broken or foreign one."""
    archive = Archive(path, zipped=not path.is_dir())
    if archive.zipped:
        _read_zip(archive)
    else:
        for kind, file, size in _folder_files(path):
            archive.members.setdefault(kind, str(file))
            archive.sizes.setdefault(kind, size)
        archive.ignored = sorted(p.name for p in path.rglob("*") if p.is_file()
                                 and p.name.lower() not in MEMBERS)
    if not archive.members:
        raise UserError(f"{path.name} is not a LinkedIn data archive: it holds no "
                        "Connections.csv, Invitations.csv or messages.csv")
    return archive


def _read_zip(archive: Archive) -> None:
    try:
        with zipfile.ZipFile(archive.path) as zipped:
            infos = zipped.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError) as exc:
        raise UserError(f"{archive.path.name} is a damaged ZIP file ({exc})") from None
    for info in infos:
        name = info.filename
        parts = PurePosixPath(name.replace("\\", "/")).parts
        if name.startswith(("/", "\\")) or ".." in parts or (parts and ":" in parts[0]):
            raise UserError(f"{archive.path.name} holds a file outside the archive "
                            f"({name!r}): refused")
        if info.is_dir():
            continue
        kind = MEMBERS.get(parts[-1].lower()) if parts else None
        if kind is None:
            archive.ignored.append(parts[-1] if parts else name)
            continue
        if info.file_size > MAX_MEMBER_BYTES or (
                info.file_size > 50 * 1024**2
                and info.file_size > MAX_RATIO * max(info.compress_size, 1)):
            raise UserError(f"{archive.path.name}: {parts[-1]} would unpack to "
                            f"{info.file_size // 1024**2} MB; this is not a LinkedIn archive")
        if kind not in archive.members or len(parts) < len(
                PurePosixPath(archive.members[kind]).parts):  # the shallowest copy wins
            archive.members[kind] = name
            archive.sizes[kind] = info.file_size
    archive.ignored.sort()


def _folder_files(path: Path) -> Iterator[tuple[str, Path, int]]:
    """The archive's known files in a folder or one folder down, shallowest first."""
    for pattern in ("*", "*/*"):
        for file in sorted(path.glob(pattern)):
            kind = MEMBERS.get(file.name.lower())
            if kind is not None and file.is_file():
                yield kind, file, file.stat().st_size
