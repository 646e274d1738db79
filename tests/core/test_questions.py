"""The question bank: both languages, the method's questions first, none asked twice."""

from networkjournal.core.questions import BANK, asked_in, questions_for


def test_every_question_exists_in_english_and_french():
    assert all(q.en.endswith("?") and q.fr.endswith("?") for q in BANK)
    assert {q.group for q in BANK} == {"work", "challenges", "technologies", "team", "advice",
                                       "company"}


def test_the_methods_questions_come_first():
    assert questions_for("en", count=3) == [
        "What kinds of projects do you mainly work on?",
        "What challenges do you face most often?",
        "What technologies do you and your team mainly use?"]
    assert questions_for("fr", count=1) == [
        "Sur quels types de projets travaillez-vous principalement ?"]


def test_a_question_asked_in_either_language_is_not_proposed_again():
    notes = ["✓ Sur quels types de projets travaillez-vous principalement ?\nLots of Rust."]
    asked = asked_in(notes)
    assert asked == ["Sur quels types de projets travaillez-vous principalement ?"]
    proposed = questions_for("en", asked, count=2)
    assert proposed == ["What challenges do you face most often?",
                        "What technologies do you and your team mainly use?"]
