"""How a parsed record meets the journal: its match keys, and what it changes on a match.

Pure rules (no SQL): our own CSV is the journal itself and wins; a foreign
export (LinkedIn, phone, Google) only fills blanks, except the facts it knows
best (company, title, connection date), and never moves a stage backward.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time

from networkjournal.core.clock import utcnow
from networkjournal.core.records import ContactRecord
from networkjournal.core.relationship import stage_rank
from networkjournal.core.validation import normalize_email, normalize_phone, split_tags
from networkjournal.store.bulk import linkedin_key

# Fields compared and copied as they are (names, stage, tags have their own rules).
PLAIN_FIELDS = (
    "company",
    "title",
    "email",
    "phone",
    "linkedin_url",
    "source",
    "connected_on",
    "notes",
    "research_notes",
    "cadence_days",
    "archived",
)


def _day_start(value: date | None) -> datetime | None:
    return datetime.combine(value, time()) if value else None


def contact_keys(rec: ContactRecord) -> list[tuple[str, str]]:
    """The strong match keys of a record, best first (LinkedIn, emails, phones)."""
    keys = []
    if rec.linkedin_url and (url := linkedin_key(rec.linkedin_url)):
        keys.append(("linkedin", url))
    if rec.email and (e := normalize_email(rec.email)):
        keys.append(("email", e))
    for email in rec.other_emails:
        if e := normalize_email(email):
            keys.append(("email", e))
    if rec.phone and (p := normalize_phone(rec.phone)):
        keys.append(("phone", p))
    for phone in rec.other_phones:
        if p := normalize_phone(phone):
            keys.append(("phone", p))
    return keys


def _same_name_part(mine: str, theirs: str) -> bool:
    """Equal, missing on one side, or one starts the other ("J." and "Jean", "Bob", "Bobby")."""
    mine, theirs = mine.strip(" ."), theirs.strip(" .")
    return not mine or not theirs or mine.startswith(theirs) or theirs.startswith(mine)


def names_differ(row: dict, rec: ContactRecord, fold: Callable[[str | None], str]) -> bool:
    """Different first AND last names: two people sharing an e-mail, phone or profile.

    A switchboard, info@ or a family landline is shared; a nickname ("Bob" for
    "Robert" Durand), a new last name or first/last swapped is still one person.
    """
    if row["first_name"] == rec.first_name or row["last_name"] == rec.last_name:
        return False  # the usual re-import: spelt the same
    first, last = fold(row["first_name"]), fold(row["last_name"])
    their_first, their_last = fold(rec.first_name), fold(rec.last_name)
    if _same_name_part(first, their_first) or _same_name_part(last, their_last):
        return False
    return not (_same_name_part(first, their_last) and _same_name_part(last, their_first))


def shared_key(row: dict, rec: ContactRecord) -> str:
    """Which strong key a record shares with a row, in words ("phone"); "" when none."""
    keys = set(contact_keys(rec))
    if ("linkedin", linkedin_key(row["linkedin_url"])) in keys:
        return "LinkedIn profile"
    if ("email", normalize_email(row["email"])) in keys:
        return "e-mail"
    if ("phone", normalize_phone(row["phone"])) in keys:
        return "phone"
    return ""


def conflicts(row: dict, rec: ContactRecord) -> bool:
    """Two different LinkedIn profiles, e-mails or phones: not the same person."""
    pairs = (
        (linkedin_key(row["linkedin_url"]), linkedin_key(rec.linkedin_url)),
        (normalize_email(row["email"]), normalize_email(rec.email)),
        (normalize_phone(row["phone"]), normalize_phone(rec.phone)),
    )
    return any(mine and theirs and mine != theirs for mine, theirs in pairs)


def changes_of(row: dict, rec: ContactRecord) -> tuple[dict, list[tuple[str, datetime, bool]]]:
    """Column changes a record brings to an existing contact, and stage steps to add.

    Our own CSV is the journal itself: what it says wins. A foreign export only
    fills blanks, except company/title/connection date which it knows best.
    """
    changes: dict = {}
    steps: list[tuple[str, datetime, bool]] = []
    if rec.authoritative:
        for name in ("first_name", "last_name", "tags", *PLAIN_FIELDS):
            value = getattr(rec, name)
            if value is not None and value != row[name]:
                changes[name] = value
        if rec.stage and rec.stage != row["stage"]:
            changes["stage"] = rec.stage
            if rec.stage_history is None:
                steps.append((rec.stage, utcnow(), True))
        return changes, steps
    for name in ("first_name", "last_name", "email", "phone", "linkedin_url", "notes"):
        value = getattr(rec, name)
        if value and not row[name]:
            changes[name] = value
    for name in ("company", "title", "connected_on"):
        value = getattr(rec, name)
        if value and value != row[name]:
            changes[name] = value
    if rec.tags:
        merged = ", ".join(split_tags(f"{row['tags']}, {rec.tags}"))
        if merged != row["tags"] and split_tags(merged) != split_tags(row["tags"]):
            changes["tags"] = merged
    if rec.stage and stage_rank(rec.stage) > stage_rank(row["stage"]):
        changes["stage"] = rec.stage
        steps.append((rec.stage, _day_start(rec.connected_on) or utcnow(), False))
    return changes, steps


def job_change(row: dict, changes: dict) -> tuple[str, str] | None:
    """('now Staff Engineer at Qonto', 'was Engineer at Alan') when a known job changed.

    A ready reason to reach out; nothing when the journal knew no job before.
    """
    if "company" not in changes and "title" not in changes:
        return None
    old_title, old_company = row["title"], row["company"]
    if not old_title and not old_company:
        return None
    title = changes.get("title", old_title)
    company = changes.get("company", old_company)
    now = f"now {title} at {company}" if title else f"now at {company}"
    was = f"was {old_title} at {old_company}" if old_title else f"was at {old_company}"
    return now, was


# What the writer reads of an existing contact to apply these rules.
FETCH_FIELDS = ("id", "uid", "first_name", "last_name", "stage", "tags", *PLAIN_FIELDS)
