"""vCard 2.1/3.0/4.0 as phones write them (our own parser: vobject fails on Android's 2.1).

Handles folded lines, quoted-printable with soft line breaks, CHARSET,
grouped Apple items (item1.URL + item1.X-ABLabel), 4.0 ``tel:`` URIs; photos
and other binary properties are skipped.
"""

from __future__ import annotations

import quopri
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from networkjournal.core.records import ContactRecord, Rejected
from networkjournal.core.vocabulary import Source
from networkjournal.errors import UserError
from networkjournal.io.sniff import FIELD_LIMIT, Detected, open_text

_SKIP = {"PHOTO", "LOGO", "SOUND", "KEY"}


@dataclass
class Property:
    group: str
    name: str
    params: dict[str, list[str]]
    value: str  # decoded, still escaped for 3.0/4.0 text

    def has_type(self, wanted: str) -> bool:
        types = [t.lower() for t in self.params.get("TYPE", [])]
        return wanted.lower() in types

    @property
    def preferred(self) -> bool:
        return self.has_type("pref") or "1" in self.params.get("PREF", [])


@dataclass
class Card:
    line: int
    props: list[Property] = field(default_factory=list)


def _physical_lines(handle: TextIO) -> Iterator[tuple[int, str, bool]]:
    """(number, line without its end, cut): a line longer than FIELD_LIMIT is cut there
    and the rest of it read in chunks and dropped, so memory never grows with a line."""
    readline = handle.readline
    number = 0
    while line := readline(FIELD_LIMIT):
        number += 1
        if len(line) < FIELD_LIMIT or line.endswith(("\n", "\r")):
            yield number, line.rstrip("\r\n"), False
            continue
        while (rest := readline(FIELD_LIMIT)) and not rest.endswith(("\n", "\r")):
            pass
        yield number, line, True


def _logical_lines(handle: TextIO, name: str) -> Iterator[tuple[int, str]]:
    """Unfolded lines with their first physical line number.

    Pieces are joined once at the end (joining as they come is quadratic: 2.1
    soft line breaks can make one value of 100,000 lines); a value larger than
    FIELD_LIMIT is refused, and skipped properties (photos) are never kept.
    """
    pieces: list[str] = []
    size = start = 0
    skip = qp_soft = False
    for number, line, cut in _physical_lines(handle):
        if start and (qp_soft or line[:1] in (" ", "\t")):
            if qp_soft:  # 2.1 quoted-printable: a trailing '=' continues on the next line
                qp_soft = line.endswith("=")
                if not skip:
                    pieces[-1] = pieces[-1][:-1]
            else:
                line = line[1:]
            if not skip:
                size += len(line)
                if cut or size > FIELD_LIMIT:
                    raise _too_large(name, start)
                pieces.append(line)
            continue
        if start and not skip:
            yield start, "".join(pieces)
        start, size = number, len(line)
        head = _head(line)
        skip = _property_name(head) in _SKIP
        qp_soft = line.endswith("=") and "QUOTED-PRINTABLE" in head.upper()
        if not skip and cut:
            raise _too_large(name, start)
        pieces = [line]
    if start and not skip:
        yield start, "".join(pieces)


def _too_large(name: str, line: int) -> UserError:
    return UserError(
        f"{name} line {line}: a vCard property is larger than {FIELD_LIMIT // 1024} KB; "
        "this is not a contacts file"
    )


def _property_name(head: str) -> str:
    """'item1.PHOTO;ENCODING=b' -> 'PHOTO'."""
    return head.partition(";")[0].rpartition(".")[2].strip().upper()


def _head(line: str) -> str:
    """The name and parameters before the first ':' that is not inside quotes."""
    colon = line.find(":")
    if colon < 0:
        return line
    if '"' not in line[:colon]:  # nearly every line: no per-character loop
        return line[:colon]
    quoted = False
    for i, char in enumerate(line):
        if char == '"':
            quoted = not quoted
        elif char == ":" and not quoted:
            return line[:i]
    return line


def _parse_property(line: str) -> Property | None:
    head = _head(line)
    if len(head) == len(line):
        return None
    value = line[len(head) + 1 :]
    parts = head.split(";")
    name = parts[0].strip()
    group, _, name = name.rpartition(".")
    params: dict[str, list[str]] = {}
    for part in parts[1:]:
        if "=" in part:
            key, _, val = part.partition("=")
            params.setdefault(key.strip().upper(), []).extend(
                v.strip().strip('"') for v in val.split(",")
            )
        elif part.strip():
            # 2.1 bare parameters: "CELL", "QUOTED-PRINTABLE", "UTF-8".
            bare = part.strip()
            key = "ENCODING" if bare.upper() in ("QUOTED-PRINTABLE", "BASE64", "B") else "TYPE"
            params.setdefault(key, []).append(bare)
    prop = Property(group.lower(), name.upper(), params, value)
    encoding = [e.upper() for e in params.get("ENCODING", [])]
    if "QUOTED-PRINTABLE" in encoding:
        charset = (params.get("CHARSET") or ["utf-8"])[0]
        raw = quopri.decodestring(value.encode("ascii", "ignore"))
        try:
            prop.value = raw.decode(charset)
        except (LookupError, ValueError):  # an unknown or garbled CHARSET (a NUL in it)
            prop.value = raw.decode("cp1252", "replace")
    return prop


def cards(handle: TextIO, name: str) -> Iterator[Card]:
    card: Card | None = None
    last_line = 0
    for number, line in _logical_lines(handle, name):
        last_line = number
        upper = line.strip().upper()
        if upper.startswith("BEGIN:VCARD"):
            card = Card(number)
            continue
        if upper.startswith("END:VCARD"):
            if card is not None:
                yield card
            card = None
            continue
        if card is None or not line.strip():
            continue
        prop = _parse_property(line)
        if prop is not None and prop.name not in _SKIP:
            card.props.append(prop)
    if card is not None:
        raise UserError(
            f"{name} line {last_line}: the file ends inside a vCard (started line {card.line}); "
            "it looks truncated"
        )


_ESCAPES = re.compile(r"\\(.)", re.DOTALL)


def unescape(text: str) -> str:
    """3.0/4.0 text escapes: \\n, \\, \\; \\\\."""
    return _ESCAPES.sub(lambda m: "\n" if m.group(1) in "nN" else m.group(1), text)


def split_structured(text: str) -> list[str]:
    """N and ORG components split on ';' that are not escaped."""
    return [unescape(p) for p in re.split(r"(?<!\\);", text)]


def _tel(value: str) -> str:
    value = value.strip()
    if value.lower().startswith("tel:"):
        value = value[4:].split(";")[0]
    return value


def _ordered(props: list[Property]) -> list[Property]:
    return sorted(props, key=lambda p: not p.preferred)


def to_record(card: Card, version_hint: str = "") -> ContactRecord | Rejected:
    by_name: dict[str, list[Property]] = {}
    labels: dict[str, str] = {}
    for prop in card.props:
        by_name.setdefault(prop.name, []).append(prop)
        if prop.name == "X-ABLABEL" and prop.group:
            labels[prop.group] = prop.value.lower()

    def text(name: str) -> str:
        props = by_name.get(name)
        return unescape(props[0].value).strip() if props else ""

    first = last = ""
    if "N" in by_name:
        parts = [*split_structured(by_name["N"][0].value), "", ""]
        last, first = parts[0].strip(), parts[1].strip()
    if not first and not last:
        full = text("FN")
        first, _, last = full.rpartition(" ") if " " in full else (full, "", "")
    if not first and not last:
        return Rejected(card.line, "no name")
    emails = [unescape(p.value).strip() for p in _ordered(by_name.get("EMAIL", []))]
    phones = [_tel(unescape(p.value)) for p in _ordered(by_name.get("TEL", []))]
    emails = [e for e in emails if e]
    phones = [p for p in phones if p]
    linkedin = None
    for prop in by_name.get("URL", []) + by_name.get("X-SOCIALPROFILE", []):
        value = unescape(prop.value).strip()
        label = labels.get(prop.group, "")
        if (
            "linkedin.com" in value.lower()
            or (label == "linkedin" and value)
            or prop.has_type("linkedin")
        ):
            linkedin = value
            break
    org = split_structured(by_name["ORG"][0].value)[0].strip() if "ORG" in by_name else ""
    categories = text("CATEGORIES")
    return ContactRecord(
        line=card.line,
        first_name=first,
        last_name=last,
        company=org or None,
        title=text("TITLE") or None,
        email=emails[0] if emails else None,
        phone=phones[0] if phones else None,
        linkedin_url=linkedin,
        source=Source.PHONE.value,
        notes=text("NOTE") or None,
        tags=", ".join(c.strip() for c in categories.split(",") if c.strip()) or None,
        other_emails=emails[1:],
        other_phones=phones[1:],
    )


def parse(path: Path, found: Detected) -> Iterator[ContactRecord | Rejected]:
    with open_text(path, found.encoding) as handle:
        try:
            for card in cards(handle, path.name):
                yield to_record(card)
        except UnicodeDecodeError as exc:
            raise UserError(f"{path.name} is not a text file ({exc.reason})") from None
