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


def test_ones_own_questions_come_after_the_methods_and_are_not_asked_twice():
    from networkjournal.core.questions import BANK, asked_in, questions_for

    own = ["How does your team handle on-call?"]
    proposed = questions_for("en", [], count=5, own=own)
    assert proposed[:3] == [q.en for q in BANK[:3]] and proposed[3] == own[0]
    asked = asked_in(["✓ How does your team handle on-call?\nGreat answer."], own)
    assert asked == own
    assert own[0] not in questions_for("en", asked, count=20, own=own)


def test_questions_asked_keep_their_answers_on_one_line_under_them():
    from networkjournal.core.questions import asked_notes

    lines = asked_notes([("Sur quels types de projets travaillez-vous principalement ?",
                          "Paiements,\n surtout en Rust  "),
                         ("What challenges do you face most often?", "   ")])
    assert lines == ["✓ Sur quels types de projets travaillez-vous principalement ?",
                     "  → Paiements, surtout en Rust",
                     "✓ What challenges do you face most often?"]
    # Kept like this in the notes, both still count as asked.
    assert len(asked_in(lines)) == 2
