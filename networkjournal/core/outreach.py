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

# The hook is what makes a note theirs: something they did or said, news at their company, a
# person or a place in common. It shows as words about *them* ("your talk", "congrats on",
# "votre article", "we met at", "X suggested I write") — a note made only of who the writer
# is and "I'd like to connect" has none, and LinkedIn's default note is the example.
_HOOK_PHRASES = (
    # English
    r"\byour\b(?! (professional )?network)",
    r"\byou('ve| have)? (wrote|written|shared|posted|built|launched|spoke|gave|led)\b",
    r"\bcongrat", r"\bwell done\b", r"\bkudos\b",
    r"\b(we|i) (met|spoke|talked|worked|studied)\b", r"\bmet you\b",
    r"\b(suggested|recommended|introduced|mentioned|pointed me)\b", r"\bmutual\b",
    r"\bin common\b", r"\bboth\b", r"\bsame (school|team|company|class|meetup)\b",
    r"\b(i|i've|i have) (read|saw|seen|watched|heard|enjoyed|loved|followed)\b",
    # French
    r"\b(votre|vos|ton|tes)\b(?! reseau)", r"\bfelicitation", r"\bbravo\b",
    r"\bnous (nous )?sommes (rencontre|croise)", r"\bon s'est (rencontre|croise)",
    r"\b(j'ai|j'avais) (lu|vu|ecoute|regarde|suivi|apprecie|adore)\b",
    r"\b(conseille|recommande|suggere|presente)\b", r"\ben commun\b", r"\btous les deux\b",
    r"\b(meme|la meme) (ecole|equipe|promo|entreprise)\b",
)
_HAS_HOOK = re.compile("|".join(f"(?:{phrase})" for phrase in _HOOK_PHRASES))

TOO_LONG_FOR_FREE = "too_long_free"
TOO_LONG = "too_long"
ASKS_FOR_TIME = "asks_for_time"
PLACEHOLDER_LEFT = "placeholder_left"
NO_HOOK = "no_hook"


@dataclass(frozen=True)
class NoteCheck:
    length: int
    problems: tuple[str, ...]  # codes; the UI words them


def check_connection_note(text: str, limit: int = FREE_LIMIT) -> NoteCheck:
    """What to fix in a connection note before sending it; ``limit`` is the user's account's
    (FREE_LIMIT, or PREMIUM_LIMIT: a Premium user is not warned about a free account's)."""
    length = len(text.strip())
    problems: list[str] = []
    if length > PREMIUM_LIMIT:
        problems.append(TOO_LONG)
    elif length > limit:
        problems.append(TOO_LONG_FOR_FREE)
    if asks_for_time(text):
        problems.append(ASKS_FOR_TIME)
    if _PLACEHOLDER.search(text):
        problems.append(PLACEHOLDER_LEFT)
    # An empty note has nothing to advise on yet; "{hook}" left is already "still to write".
    if length and "{hook}" not in text and not has_hook(text):
        problems.append(NO_HOOK)
    return NoteCheck(length, tuple(problems))


def has_hook(text: str) -> bool:
    """True when the note says something about the reader: a personal hook."""
    return _HAS_HOOK.search(_folded(text)) is not None


def _folded(text: str) -> str:
    return " ".join(fold(text.replace("\u2019", "'")).split())


def asks_for_time(text: str) -> bool:
    """True when the text asks the reader for a coffee, a call, a meeting or minutes."""
    return _ASKS_FOR_TIME.search(_folded(text)) is not None
