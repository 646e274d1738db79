"""Google Contacts CSV: the current header and the legacy one (`Name,Given Name,...`)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from networkjournal.core.records import ContactRecord, Rejected
from networkjournal.core.vocabulary import Source
from networkjournal.io.sniff import Detected, csv_rows, open_text

_GROUP = re.compile(r"^(e-mail|phone|website|organization) (\d+) - (value|name|title|label|type)$")


def _values(cell: str) -> list[str]:
    """Several values in one cell are joined by ' ::: '."""
    return [v.strip() for v in cell.split(":::") if v.strip()]


def parse(path: Path, found: Detected) -> Iterator[ContactRecord | Rejected]:
    column = {name: i for i, name in enumerate(found.header)}
    groups: dict[str, list[tuple[int, str, int]]] = {}
    for name, i in column.items():
        if m := _GROUP.match(name):
            groups.setdefault(m.group(1), []).append((int(m.group(2)), m.group(3), i))
    for entries in groups.values():
        entries.sort()

    def get(row: list[str], *names: str) -> str:
        for name in names:
            i = column.get(name)
            if i is not None and i < len(row) and row[i].strip():
                return row[i].strip()
        return ""

    def group(row: list[str], kind: str, part: str) -> list[str]:
        out: list[str] = []
        for _n, p, i in groups.get(kind, []):
            if p == part and i < len(row):
                out.extend(_values(row[i]))
        return out

    with open_text(path, found.encoding) as handle:
        for line, row in csv_rows(handle, found, path.name):
            first = get(row, "first name", "given name")
            last = get(row, "last name", "family name")
            if not first and not last:
                full = get(row, "name", "file as", "nickname")
                first, _, last = full.rpartition(" ") if " " in full else (full, "", "")
            if not first and not last:
                yield Rejected(line, "no name")
                continue
            emails = group(row, "e-mail", "value")
            phones = group(row, "phone", "value")
            sites = group(row, "website", "value")
            linkedin = next((s for s in sites if "linkedin.com" in s.lower()), None)
            company = get(row, "organization name") or next(
                iter(group(row, "organization", "name")), ""
            )
            title = get(row, "organization title") or next(
                iter(group(row, "organization", "title")), ""
            )
            labels = get(row, "labels", "group membership")
            # "* myContacts" and "* starred" are Google's system groups, not the user's tags.
            tags = ", ".join(v for v in _values(labels) if not v.startswith("*"))
            yield ContactRecord(
                line=line,
                first_name=first,
                last_name=last,
                company=company or None,
                title=title or None,
                email=emails[0] if emails else None,
                phone=phones[0] if phones else None,
                linkedin_url=linkedin,
                source=Source.PHONE.value,
                notes=get(row, "notes") or None,
                tags=tags or None,
                other_emails=emails[1:],
                other_phones=phones[1:],
            )
