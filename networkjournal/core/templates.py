"""Outreach templates: the method's notes and messages with placeholders, in English and French.

A template is rendered for one contact: ``{first_name}``, ``{company}``, ``{title}`` and
``{my_name}`` come from the journal; ``{hook}`` (why this person, now: their company's news,
a talk, a project) and ``{their_project}`` are the user's to write — a placeholder left
unfilled stays visible and the note linter says so.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass

from networkjournal.core.vocabulary import InteractionKind

PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")


@dataclass(frozen=True)
class Template:
    key: str
    language: str  # "en" or "fr"
    kind: str  # the interaction it is logged as
    title: str
    summary: str
    text: str
    # Days until the follow-up a sent message of this kind deserves when nobody answers:
    # a request for time or for an introduction left unanswered comes back on Today.
    follow_up_days: int | None = None


_K = InteractionKind
BUILT_IN: tuple[Template, ...] = (
    Template("connection_note", "en", _K.CONNECTION_REQUEST.value, "Connection note",
             "Connection request",
             "Hi {first_name}, {hook} I'm {my_name}, a software engineer following "
             "{company}'s work. I'd be glad to connect."),
    Template("connection_note", "fr", _K.CONNECTION_REQUEST.value, "Note de connexion",
             "Demande de connexion",
             "Bonjour {first_name}, {hook} Je suis {my_name}, ingénieur logiciel, et je suis "
             "le travail de {company} avec intérêt. Au plaisir d'échanger ici."),
    Template("coffee_request", "en", _K.MESSAGE.value, "Coffee chat request",
             "Asked for a coffee chat",
             "Thanks for connecting, {first_name}! I'd love to hear how you work on "
             "{their_project}. Would you have 20 minutes for a coffee or a call in the "
             "coming weeks? I'll fit your schedule.",
             follow_up_days=7),
    Template("coffee_request", "fr", _K.MESSAGE.value, "Proposer un café",
             "Proposé un café",
             "Merci d'avoir accepté, {first_name} ! J'aimerais beaucoup savoir comment vous "
             "travaillez sur {their_project}. Auriez-vous 20 minutes pour un café ou un appel "
             "dans les semaines qui viennent ? Je m'adapte à votre agenda.",
             follow_up_days=7),
    Template("thank_you", "en", _K.THANK_YOU.value, "Thank-you after a chat",
             "Thank-you sent",
             "Thank you for your time today, {first_name}. What you said about "
             "{their_project} gave me a lot to think about. I'll keep you posted."),
    Template("thank_you", "fr", _K.THANK_YOU.value, "Remerciement après un échange",
             "Remerciement envoyé",
             "Merci pour votre temps aujourd'hui, {first_name}. Ce que vous m'avez dit sur "
             "{their_project} m'a beaucoup apporté. Je vous tiens au courant."),
    Template("follow_up", "en", _K.MESSAGE.value, "Follow-up", "Followed up",
             "Hi {first_name}, I hope all is well at {company}. {hook} I thought of you and "
             "wanted to share where I am in my search."),
    Template("follow_up", "fr", _K.MESSAGE.value, "Relance", "Relancé",
             "Bonjour {first_name}, j'espère que tout va bien chez {company}. {hook} J'ai "
             "pensé à vous et voulais vous dire où j'en suis de ma recherche."),
    Template("ask_introduction", "en", _K.MESSAGE.value, "Ask a friend for an introduction",
             "Asked for an introduction",
             "Hi {first_name}, I'm looking at roles at {company} and saw you know people "
             "there. Would you be comfortable introducing me to someone on the team? A short "
             "note from you would mean a lot.",
             follow_up_days=7),
    Template("ask_introduction", "fr", _K.MESSAGE.value, "Demander une mise en relation",
             "Demandé une mise en relation",
             "Bonjour {first_name}, je m'intéresse aux postes chez {company} et je vois que "
             "tu y connais du monde. Accepterais-tu de me mettre en relation avec quelqu'un "
             "de l'équipe ? Un petit mot de ta part compterait beaucoup.",
             follow_up_days=7),
)


def render(text: str, values: Mapping[str, str]) -> str:
    """``text`` with every placeholder that has a value filled; the others are left."""

    def fill(match: re.Match[str]) -> str:
        value = (values.get(match.group(1)) or "").strip()
        return value if value else match.group(0)

    return PLACEHOLDER.sub(fill, text)


def placeholders_left(text: str) -> list[str]:
    """The names of the placeholders still in ``text``, in order, once each."""
    return list(dict.fromkeys(PLACEHOLDER.findall(text)))


USER_KEY_PREFIX = "user:"


def is_users(template: Template) -> bool:
    """True for a template the user wrote (built-in ones cannot be changed)."""
    return template.key.startswith(USER_KEY_PREFIX)


def user_template(key: str, stored: str) -> Template | None:
    """A template the user saved, from its stored JSON; None when it cannot be read."""
    try:
        data = json.loads(stored)
        title, kind, text = str(data["title"]), str(data["kind"]), str(data["text"])
        InteractionKind(kind)
    except (ValueError, KeyError, TypeError):
        return None
    return Template(USER_KEY_PREFIX + key, "", kind, title, title, text)


def stored_template(title: str, kind: str, text: str) -> str:
    """What is kept of a user's template (JSON: it travels with the journal)."""
    return json.dumps({"title": title, "kind": kind, "text": text}, ensure_ascii=False)
