"""Operations on the journal's settings: goals, stale days, message text, note limit, backups."""

from __future__ import annotations

from dataclasses import dataclass

from networkjournal.core.changes import Action, Changes, Kind
from networkjournal.core.metrics import Goals
from networkjournal.core.outreach import FREE_LIMIT, PREMIUM_LIMIT
from networkjournal.errors import UserError
from networkjournal.io.linkedin_history import TEXT_CHOICES, TEXT_WHOLE
from networkjournal.store.backups import BACKUPS_KEPT, KEEP_BACKUPS
from networkjournal.store.journal import Journal
from networkjournal.store.metrics_query import load_goals, store_goals
from networkjournal.store.opportunities import get_stale_days
from networkjournal.store.opportunities import set_stale_days as store_stale_days
from networkjournal.store.settings import get_setting, set_setting


def save_goals(journal: Journal, goals: Goals) -> Changes:
    with journal.transaction() as session:
        store_goals(session, goals)
    return Changes(Action.SETTINGS, frozenset({Kind.SETTINGS}))


def set_stale_days(journal: Journal, days: int) -> Changes:
    with journal.transaction() as session:
        store_stale_days(session, days)
    # Stale marks are drawn on the cards: the boards reload.
    return Changes(Action.SETTINGS, frozenset({Kind.SETTINGS, Kind.OPPORTUNITIES}))


MESSAGE_TEXT = "import/message_text"  # whole, summary or none


def message_text(journal: Journal) -> str:
    """What an imported LinkedIn message keeps of its text (whole unless the user chose)."""
    value = _read(journal, MESSAGE_TEXT, TEXT_WHOLE)
    return value if value in TEXT_CHOICES else TEXT_WHOLE


def set_message_text(journal: Journal, value: str) -> Changes:
    if value not in TEXT_CHOICES:
        raise UserError(f"message text is one of {', '.join(TEXT_CHOICES)}, not {value!r}")
    return _set(journal, MESSAGE_TEXT, value)


NOTE_LIMIT = "outreach/note_limit"  # the user's LinkedIn account: 200 (free) or 300 (Premium)
NOTE_LIMITS = (FREE_LIMIT, PREMIUM_LIMIT)
MOST_BACKUPS = 100


def note_limit(journal: Journal) -> int:
    """The connection-note length the user's LinkedIn account allows (free unless told)."""
    value = _read(journal, NOTE_LIMIT, str(FREE_LIMIT))
    return PREMIUM_LIMIT if value == str(PREMIUM_LIMIT) else FREE_LIMIT


def backups_kept(journal: Journal) -> int:
    """How many automatic backups of this journal are kept (the oldest go first)."""
    value = _read(journal, BACKUPS_KEPT, str(KEEP_BACKUPS))
    return min(max(int(value), 1), MOST_BACKUPS) if value.isdigit() else KEEP_BACKUPS


def _read(journal: Journal, key: str, default: str) -> str:
    with journal.read() as session:
        return get_setting(session, key, default)


def _set(journal: Journal, key: str, value: str | int) -> Changes:
    with journal.transaction() as session:
        set_setting(session, key, value)
    return Changes(Action.SETTINGS, frozenset({Kind.SETTINGS}))


@dataclass(frozen=True)
class JournalSettings:
    """What the Settings dialog edits that travels with the journal."""

    goals: Goals
    stale_days: int
    note_limit: int
    backups_kept: int
    message_text: str


def journal_settings(journal: Journal) -> JournalSettings:
    with journal.read() as session:
        goals, stale = load_goals(session), get_stale_days(session)
    return JournalSettings(goals, stale, note_limit(journal), backups_kept(journal),
                           message_text(journal))


def save_settings(journal: Journal, settings: JournalSettings) -> Changes:
    """The dialog's Save: every journal setting in one transaction, all or none."""
    if settings.note_limit not in NOTE_LIMITS or not 1 <= settings.backups_kept <= MOST_BACKUPS:
        raise UserError("a note limit of 200 or 300 characters, and 1 to 100 backups kept")
    if settings.message_text not in TEXT_CHOICES:
        raise UserError(f"message text is one of {', '.join(TEXT_CHOICES)}")
    with journal.transaction() as session:
        store_goals(session, settings.goals)
        store_stale_days(session, settings.stale_days)
        set_setting(session, NOTE_LIMIT, settings.note_limit)
        set_setting(session, BACKUPS_KEPT, settings.backups_kept)
        set_setting(session, MESSAGE_TEXT, settings.message_text)
    return Changes(Action.SETTINGS, frozenset({Kind.SETTINGS, Kind.OPPORTUNITIES}))
