"""The connection note: LinkedIn's length limits and the method's one rule about first notes."""

from __future__ import annotations

import re
from dataclasses import dataclass

FREE_LIMIT = 200  # characters in a connection note on a free LinkedIn account
PREMIUM_LIMIT = 300

# A first note says hello and why; asking for their time comes after they accept.
_ASKS_FOR_TIME = re.compile(
    r"\b(coffee|call|chat|meet(ing)?|zoom|15 ?min(ute)?s?|20 ?min(ute)?s?|pick your brain|"
    r"café|appel|rencontrer)\b",
    re.IGNORECASE,
)

TOO_LONG_FOR_FREE = "too_long_free"
TOO_LONG = "too_long"
ASKS_FOR_TIME = "asks_for_time"


@dataclass(frozen=True)
class NoteCheck:
    length: int
    problems: tuple[str, ...]  # codes; the UI words them


def check_connection_note(text: str) -> NoteCheck:
    """What to fix in a connection note before sending it."""
    length = len(text.strip())
    problems: list[str] = []
    if length > PREMIUM_LIMIT:
        problems.append(TOO_LONG)
    elif length > FREE_LIMIT:
        problems.append(TOO_LONG_FOR_FREE)
    if _ASKS_FOR_TIME.search(text):
        problems.append(ASKS_FOR_TIME)
    return NoteCheck(length, tuple(problems))
