"""The question bank: informed, open questions for a coffee chat, in English and French,
grouped; the method's own questions first, and none asked twice to the same person."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Question:
    group: str  # their work, challenges, technologies, team, advice, the company
    en: str
    fr: str

    def text(self, language: str) -> str:
        return self.fr if language == "fr" else self.en


# Open questions invite the other person to talk about their work; the user carries the
# conversation and never opens with "do you have a job for me". The first three are the
# method's own.
BANK: tuple[Question, ...] = (
    Question("work", "What kinds of projects do you mainly work on?",
             "Sur quels types de projets travaillez-vous principalement ?"),
    Question("challenges", "What challenges do you face most often?",
             "Quels défis rencontrez-vous le plus souvent ?"),
    Question("technologies", "What technologies do you and your team mainly use?",
             "Quelles technologies votre équipe et vous utilisez-vous principalement ?"),
    Question("team", "How did you come to work on this team?",
             "Comment êtes-vous arrivé(e) dans cette équipe ?"),
    Question("team", "What does a good first year look like for someone joining your team?",
             "À quoi ressemble une bonne première année pour quelqu'un qui rejoint votre "
             "équipe ?"),
    Question("company", "What do you wish you had known before joining the company?",
             "Qu'auriez-vous aimé savoir avant de rejoindre l'entreprise ?"),
    Question("company", "How are decisions made about what your team builds next?",
             "Comment se décide ce que votre équipe construit ensuite ?"),
    Question("work", "What part of your work do you enjoy the most?",
             "Quelle partie de votre travail préférez-vous ?"),
    Question("technologies", "What would you change in your stack if you could?",
             "Que changeriez-vous dans votre stack si vous le pouviez ?"),
    Question("advice", "Who else would you suggest I talk to, to learn more about this field?",
             "À qui d'autre me conseilleriez-vous de parler pour mieux connaître ce domaine ?"),
    Question("advice", "What would you focus on if you were starting out in this field today?",
             "Sur quoi vous concentreriez-vous si vous débutiez dans ce domaine aujourd'hui ?"),
)

# The English texts, as the chat dialog has always shown them.
COFFEE_CHAT_QUESTIONS: tuple[str, ...] = tuple(q.en for q in BANK)


METHOD_FIRST = 3  # the method's own questions lead; the user's own come right after


def questions_for(language: str, already_asked: Iterable[str] = (), count: int = 5,
                  own: Sequence[str] = ()) -> list[str]:
    """``count`` questions in ``language`` not yet asked to this person: the method's first,
    then the user's ``own`` (as they wrote them), then the rest of the bank. A bank question
    counts as asked in either language."""
    asked = {text.strip().casefold() for text in already_asked}
    fresh = [q for q in BANK if q.en.casefold() not in asked and q.fr.casefold() not in asked]
    method = [q for q in fresh if BANK.index(q) < METHOD_FIRST]
    rest = [q for q in fresh if BANK.index(q) >= METHOD_FIRST]
    mine = [text for text in dict.fromkeys(own) if text.strip().casefold() not in asked]
    ordered = [q.text(language) for q in method] + mine + [q.text(language) for q in rest]
    return ordered[:count]


def asked_in(notes: Iterable[str], own: Sequence[str] = ()) -> list[str]:
    """The bank's questions (in English or French) and the user's ``own`` found in notes
    already written (after a chat, ticked ones are kept in its notes)."""
    text = "\n".join(notes).casefold()
    found = []
    for variants in [(q.en, q.fr) for q in BANK] + [(mine,) for mine in own]:
        for variant in variants:
            if variant.casefold() in text:
                found.append(variant)
    return found


ANSWER_MARK = "→"


def asked_notes(asked: Iterable[tuple[str, str]]) -> list[str]:
    """Questions ticked after a chat as kept in its notes: "✓ question", and the answer
    noted under it ("  → answer") when there is one; answers keep to one line each."""
    lines = []
    for question, answer in asked:
        lines.append(f"✓ {question}")
        said = " ".join(answer.split())
        if said:
            lines.append(f"  {ANSWER_MARK} {said}")
    return lines
