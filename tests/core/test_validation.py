"""Field checks and the normal forms duplicates are matched on."""

from datetime import date

from networkjournal.core.drafts import ContactDraft, contact_problems
from networkjournal.core.followups import is_overdue, next_follow_up
from networkjournal.core.validation import (
    fold,
    is_valid_email,
    is_valid_url,
    normalize_linkedin_url,
    normalize_phone,
    split_tags,
)


def test_email_and_url_checks():
    assert is_valid_email("camille@qonto.com")
    assert not is_valid_email("camille@qonto")
    assert not is_valid_email("camille qonto.com")
    assert is_valid_url("https://www.linkedin.com/in/camille")
    assert not is_valid_url("linkedin.com/in/camille")
    assert not is_valid_url("javascript:alert(1)")


def test_linkedin_variants_of_one_profile_compare_equal():
    forms = ["https://www.linkedin.com/in/Camille-L/", "http://linkedin.com/in/camille-l",
             "linkedin.com/in/camille-l"]
    assert len({normalize_linkedin_url(f) for f in forms}) == 1
    assert normalize_linkedin_url("") == ""
    assert normalize_linkedin_url("[") == "["  # not a URL, but no crash either
    assert not is_valid_url("https://[broken")


def test_phone_numbers_typed_differently_match():
    assert normalize_phone("+33 6 12.34-56 78") == normalize_phone("0033612345678")
    assert normalize_phone("06 12 34 56 78") == "0612345678"
    assert normalize_phone("n/a") == ""


def test_fold_ignores_accents_and_case():
    assert fold("Hélène ØSTER") == fold("helene Øster")
    assert "francois" in fold("François Müller")


def test_tags_are_split_and_deduplicated():
    assert split_tags("fintech, Rust; fintech ,, paris") == ["fintech", "Rust", "paris"]


def test_contact_problems_name_email_url():
    assert contact_problems(ContactDraft(first_name="Camille")) == {}
    problems = contact_problems(ContactDraft(email="nope", linkedin_url="linkedin.com/in/x"))
    assert problems == {"first_name": "name_missing", "email": "email_invalid",
                        "linkedin_url": "url_invalid"}


def test_follow_up_prefers_explicit_date_then_cadence():
    last = date(2026, 3, 1)
    assert next_follow_up([date(2026, 3, 20), date(2026, 3, 10)], last, 30) == date(2026, 3, 10)
    assert next_follow_up([], last, 30) == date(2026, 3, 31)
    assert next_follow_up([], None, 30) is None
    assert is_overdue(date(2026, 3, 1), date(2026, 3, 2))
    assert not is_overdue(date(2026, 3, 2), date(2026, 3, 2))


def test_a_planned_chat_answers_the_cadence():
    last, planned = date(2026, 9, 1), date(2026, 11, 27)
    assert next_follow_up([], last, 30, planned) == planned  # not 1 Oct, overdue
    assert next_follow_up([date(2026, 11, 20)], last, 30, planned) == date(2026, 11, 20)


def test_a_name_needs_a_letter_and_a_done_chat_cannot_lie_ahead():
    from datetime import datetime

    from networkjournal.core.drafts import CHAT_DONE_IN_FUTURE, ChatDraft, chat_problems

    assert contact_problems(ContactDraft(first_name="\u200b ")) == {"first_name": "name_missing"}
    assert contact_problems(ContactDraft(first_name="李")) == {}
    now = datetime(2026, 11, 25, 12)
    ahead = ChatDraft(kind="call", status="done", occurred_at=datetime(2026, 12, 25))
    assert chat_problems(ahead, now) == [CHAT_DONE_IN_FUTURE]
    ahead.status = "planned"
    assert chat_problems(ahead, now) == []
