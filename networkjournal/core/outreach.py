"""The connection note: LinkedIn's length limits and the method's one rule about first notes."""

from __future__ import annotations

import re
from dataclasses import dataclass

from networkjournal.core.validation import fold

FREE_LIMIT = 200  # characters in a connection note on a free LinkedIn account
PREMIUM_LIMIT = 300

# A first note says hello and why; asking for their time comes after they accept. Asks are
# recognised by phrases, in English and French, over text folded to lower case without
# accents: "grab a coffee", "a quick call", "autour d'un verre", "en visio" are asks; "call
# stack", "chat feature", "meeting notes" or a company named Café are not.
_NUMBER = r"(\d+|a few|few|some|a couple of|quelques)"
_ASK_PHRASES = (
    # English
    r"\b(grab|get|have|buy you|go for|share|meet for|meet over)( a| an)?( quick| virtual| short)?"
    r" coffee\b",
    r"\bcoffee (chat|sometime|together|next week|this week|soon|catch ?up)\b",
    r"\b(virtual|quick) (coffee|chat)\b",
    r"\b(over|for)( a)?( quick| virtual| short)? coffee\b",
    # "a call", not "a call to action" or "a call for papers"
    r"\b(a|quick|short|brief|phone|video|zoom|teams|intro|introductory) call\b"
    r"(?! (to action|for (papers|speakers|proposals|applications|submissions)))",
    r"\b\d+ ?-? ?min(ute)?s? (call|chat|meeting|zoom)\b",
    r"\b\d+ ?-? ?min(ute)?s?\s*\?",  # "20 min?"
    r"\b(hop|jump|get) on( a| the)?( quick)? (call|zoom|video|phone)\b",
    r"\b(have|schedule|set up|book|arrange|organi[sz]e)( a| an)?( quick| short| brief)?"
    r" (call|chat|meeting|zoom|video ?call)\b",
    r"\b(quick|short|brief|informal) (chat|meeting|catch ?-?up)\b",
    r"\b(up for|open to)( a| an)?( quick| short| brief)? (chat|call|coffee|conversation)\b",
    r"\bchat (sometime|soon|next week|this week|over|with you)\b",
    r"\bto (talk|chat|speak) (sometime|soon|next week|this week)\b",
    rf"\b{_NUMBER} ?(minutes?|mins?)( of your time| to chat| to talk| to speak)\b",
    r"\b(some|a bit|a little|a moment) of your time\b",
    r"\bpick your brain\b",
    r"\b(meet|catch up) (up|sometime|soon|next week|this week|for (a )?(lunch|coffee|drink))\b",
    r"\b(could|can|shall|might) (we|i) (meet|talk|chat|call)\b",
    r"\b(love|like) to (meet|chat|hop on|jump on|talk)\b",
    r"\blet'?s (meet|chat|talk|grab)\b",
    r"\bgrab (lunch|a drink|a beer|a bite)\b",
    r"\b(lunch|a drink|drinks) (together|sometime)\b",
    # French
    r"\b(prendre|boire|partager) un (petit )?(cafe|verre|dej|dejeuner)\b",
    r"\bautour d'un (cafe|verre|dejeuner|the)\b",
    r"\b(un|une|par) (petit |petite |court |courte |bref |breve )?(appel|visio|visioconference"
    r"|coup de fil|zoom|call)\b",
    r"\b(s'|se |nous |vous |te |t')(appeler|rencontrer|voir|parler)\b",
    r"\b(\d+|quelques) ?min(ute)?s? (de votre temps|de ton temps|par telephone|pour (un|une"
    r"|echanger|discuter|parler|en parler))\b",
    r"\b(un peu|quelques instants|un moment) de (votre|ton) temps\b",
    r"\b(echanger|discuter|parler) (de vive voix|par telephone|en visio|ensemble)\b",
    r"\bechanger avec (vous|toi)\b",
    r"\bun (petit |bref )?echange (rapide|telephonique|en visio|de vive voix)\b",
    r"\b(un|prendre) (rendez-vous|rdv)\b",
    r"\bdejeuner ensemble\b",
    r"\bun (cafe|verre) (ensemble|bientot|la semaine prochaine)\b",
)
_ASKS_FOR_TIME = re.compile("|".join(f"(?:{phrase})" for phrase in _ASK_PHRASES))
_PLACEHOLDER = re.compile(r"\{[a-z_]+\}")

TOO_LONG_FOR_FREE = "too_long_free"
TOO_LONG = "too_long"
ASKS_FOR_TIME = "asks_for_time"
PLACEHOLDER_LEFT = "placeholder_left"


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
    if asks_for_time(text):
        problems.append(ASKS_FOR_TIME)
    if _PLACEHOLDER.search(text):
        problems.append(PLACEHOLDER_LEFT)
    return NoteCheck(length, tuple(problems))


def asks_for_time(text: str) -> bool:
    """True when the text asks the reader for a coffee, a call, a meeting or minutes."""
    folded = fold(text.replace("\u2019", "'"))
    return _ASKS_FOR_TIME.search(" ".join(folded.split())) is not None
