"""Spreadsheet cells that would run as formulas (OWASP "CSV Injection"): neutralise, restore."""

from __future__ import annotations

import re

# Any number of apostrophes before a trigger: adding one more on export and
# removing exactly one on import keeps values that already start with "'=" intact.
_DANGEROUS = re.compile(r"^'*[=+\-@\t\r\n]")
_NEUTRALISED = re.compile(r"^'+[=+\-@\t\r\n]")


_TRIGGERS = frozenset("'=+-@\t\r\n")


def neutralise(text: str) -> str:
    """What a spreadsheet may show without running it as a formula."""
    # The first-character test skips the regex for almost every cell (exports are hot).
    if text and text[0] in _TRIGGERS and _DANGEROUS.match(text):
        return "'" + text
    return text


def restore(text: str) -> str:
    """Undo :func:`neutralise` (only for our own files)."""
    return text[1:] if _NEUTRALISED.match(text) else text
