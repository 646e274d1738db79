"""LinkedIn's Connections.csv (current export with its preamble, and the older one)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path

from networkjournal.core.records import ContactRecord, Rejected
from networkjournal.core.vocabulary import RelationshipStage, Source
from networkjournal.io.sniff import Detected, csv_rows, open_text

_MONTHS = {
    m: i + 1
    for i, m in enumerate(
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    )
}
_TEXT_DATE = re.compile(r"^(\d{1,2})[ \-/]([A-Za-z]{3})[A-Za-z]*\.?[ \-/,]+(\d{2}|\d{4})$")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})")
_SLASH_DATE = re.compile(r"^(\d{1,2})[/.](\d{1,2})[/.](\d{2}|\d{4})$")
_SOURCE = Source.LINKEDIN_1ST.value
_STAGE = RelationshipStage.CONNECTED.value


def parse_connected_on(text: str) -> date | None:
    """'12 Mar 2024' (and what Excel turns it into); None when it is not a date.

    Month names are matched by hand: strptime's %b follows the user's locale.
    """
    text = text.strip()
    try:
        if m := _TEXT_DATE.match(text):
            month = _MONTHS.get(m.group(2).lower())
            if month is None:
                return None
            return date(_year(m.group(3)), month, int(m.group(1)))
        if m := _ISO_DATE.match(text):
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if m := _SLASH_DATE.match(text):
            a, b, year = int(m.group(1)), int(m.group(2)), _year(m.group(3))
            # Day first unless that is impossible (Excel in a US locale writes m/d/y).
            day, month = (a, b) if b <= 12 else (b, a)
            return date(year, month, day)
    except ValueError:
        return None
    return None


def _year(text: str) -> int:
    year = int(text)
    return year + 2000 if year < 100 else year


def parse(path: Path, found: Detected) -> Iterator[ContactRecord | Rejected]:
    """Records for every connection; nameless rows (closed accounts) are rejected."""
    with open_text(path, found.encoding) as handle:
        yield from parse_rows(csv_rows(handle, found, path.name), found)


def parse_rows(rows: Iterable[tuple[int, list[str]]],
               found: Detected) -> Iterator[ContactRecord | Rejected]:
    """The connections of Connections.csv rows (a file, or a LinkedIn archive's member)."""
    column = {name: i for i, name in enumerate(found.header)}
    width = len(found.header)
    missing = width  # an index past the padded row reads as ""

    def at(*names: str) -> int:
        return next((column[n] for n in names if n in column), missing)

    first_i, last_i, company_i, title_i = (
        at("first name"),
        at("last name"),
        at("company"),
        at("position"),
    )
    email_i, url_i, date_i = at("email address"), at("url", "profile url"), at("connected on")
    padding = [""] * (width + 1)
    # A column the header lacks is read at index `width`, which must hold "": its rows are
    # cut to the header's width and padded (a cell past the header is no URL). Otherwise a
    # row at least as long as the header is read as it is, without a copy.
    lacks_a_column = missing in (first_i, last_i, company_i, title_i, email_i, url_i, date_i)
    dates: dict[str, date | None] = {"": None}  # far fewer distinct dates than rows
    source, stage = _SOURCE, _STAGE  # an enum's .value costs a call per row
    for line, row in rows:
        if lacks_a_column or len(row) < width:
            row = row[:width] + padding[: width + 1 - min(len(row), width)]
        first, last = row[first_i].strip(), row[last_i].strip()
        if not first and not last:
            yield Rejected(line, "no name (a closed or private LinkedIn account)")
            continue
        connected = row[date_i].strip()
        if connected in dates:
            connected_on = dates[connected]
        else:
            connected_on = dates[connected] = parse_connected_on(connected)
        yield ContactRecord(
            line=line,
            first_name=first,
            last_name=last,
            company=row[company_i].strip() or None,
            title=row[title_i].strip() or None,
            email=row[email_i].strip() or None,
            linkedin_url=row[url_i].strip() or None,
            source=source,
            stage=stage,
            connected_on=connected_on,
        )
