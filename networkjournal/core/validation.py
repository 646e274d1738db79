"""Checks and normal forms for contact fields: email, URLs, phone numbers, names."""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import urlsplit

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$")


def is_valid_email(text: str) -> bool:
    """A pragmatic check: one @, a dotted domain, no spaces."""
    return bool(_EMAIL.match(text.strip()))


def is_valid_url(text: str) -> bool:
    """An http(s) URL with a host."""
    try:
        parts = urlsplit(text.strip())
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and bool(parts.netloc) and " " not in text.strip()


def normalize_email(text: str | None) -> str:
    """Lower-cased, trimmed email used to match duplicates ('' when empty)."""
    return (text or "").strip().lower()


def normalize_linkedin_url(text: str | None) -> str:
    """A LinkedIn profile URL reduced to host + path, so http/https/www/trailing-slash
    variants of one profile compare equal ('' when empty)."""
    text = (text or "").strip()
    if not text:
        return ""
    if "://" not in text:
        text = "https://" + text
    try:
        parts = urlsplit(text)
    except ValueError:  # e.g. an unbalanced "[" read as a broken IPv6 host
        return text.lower().removeprefix("https://")
    host = parts.netloc.lower().removeprefix("www.")
    path = parts.path.rstrip("/").lower()
    return f"{host}{path}"


def normalize_phone(text: str | None) -> str:
    """Digits only, with a leading + kept and a French-style national 0 left as is.

    Good enough to match the same number typed with spaces, dots or dashes;
    '' when the field holds no digit.
    """
    text = (text or "").strip()
    digits = re.sub(r"\D", "", text)
    if not digits:
        return ""
    if text.startswith("00"):
        return "+" + digits[2:]
    return ("+" if text.startswith("+") else "") + digits


# The combining-mark blocks: what NFKD splits off accented letters.
_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


def fold(text: str | None) -> str:
    """Case- and accent-insensitive form for search ("Hélène" matches "helene").

    Runs for every contact when the table loads, hence the ASCII fast path
    and a regex instead of a per-character loop.
    """
    text = text or ""
    if text.isascii():
        return text.lower()
    return _COMBINING.sub("", unicodedata.normalize("NFKD", text)).casefold()


def split_tags(text: str | None) -> list[str]:
    """Tags typed as 'a, b; c' become ['a', 'b', 'c'] (trimmed, no empties, no repeats)."""
    seen: dict[str, None] = {}
    for part in re.split(r"[,;]", text or ""):
        part = part.strip()
        if part and part.casefold() not in {t.casefold() for t in seen}:
            seen[part] = None
    return list(seen)


def full_name(first: str | None, last: str | None) -> str:
    """How a person's name reads everywhere: "First Last", either part may be missing."""
    return f"{first or ''} {last or ''}".strip()
