"""What the user reads for each stored vocabulary value, translated through tr()."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from networkjournal.core.changes import Action
from networkjournal.core.vocabulary import (
    Channel,
    Direction,
    InteractionKind,
    InteractionStatus,
    OpportunityStage,
    RelationshipStage,
    Source,
)
from networkjournal.ui.common.i18n import QT_TRANSLATE_NOOP

CONTEXT = "Labels"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


# Written out (not derived from the values) and marked so lupdate collects every label.
_LABELS: dict[str, dict[str, str]] = {
    "source": {
        Source.PHONE: QT_TRANSLATE_NOOP("Labels", "Phone contact"),
        Source.LINKEDIN_1ST: QT_TRANSLATE_NOOP("Labels", "LinkedIn 1st degree"),
        Source.LINKEDIN_2ND: QT_TRANSLATE_NOOP("Labels", "LinkedIn 2nd degree"),
        Source.INTRODUCTION: QT_TRANSLATE_NOOP("Labels", "Introduction"),
        Source.EVENT: QT_TRANSLATE_NOOP("Labels", "Event"),
        Source.COLLEAGUE: QT_TRANSLATE_NOOP("Labels", "Colleague"),
        Source.ALUMNI: QT_TRANSLATE_NOOP("Labels", "Alumni"),
        Source.LINKEDIN_ARCHIVE: QT_TRANSLATE_NOOP("Labels", "LinkedIn messages or invitations"),
        Source.OTHER: QT_TRANSLATE_NOOP("Labels", "Other"),
    },
    "kind": {
        InteractionKind.CONNECTION_REQUEST: QT_TRANSLATE_NOOP("Labels", "Connection request"),
        InteractionKind.MESSAGE: QT_TRANSLATE_NOOP("Labels", "Message"),
        InteractionKind.EMAIL: QT_TRANSLATE_NOOP("Labels", "Email"),
        InteractionKind.CALL: QT_TRANSLATE_NOOP("Labels", "Call"),
        InteractionKind.COFFEE_CHAT: QT_TRANSLATE_NOOP("Labels", "Coffee chat"),
        InteractionKind.LUNCH: QT_TRANSLATE_NOOP("Labels", "Lunch"),
        InteractionKind.MEETING: QT_TRANSLATE_NOOP("Labels", "Meeting"),
        InteractionKind.INTRODUCTION: QT_TRANSLATE_NOOP("Labels", "Introduction"),
        InteractionKind.REFERRAL: QT_TRANSLATE_NOOP("Labels", "Referral"),
        InteractionKind.THANK_YOU: QT_TRANSLATE_NOOP("Labels", "Thank-you"),
        InteractionKind.NOTE: QT_TRANSLATE_NOOP("Labels", "Note"),
    },
    "status": {
        InteractionStatus.PLANNED: QT_TRANSLATE_NOOP("Labels", "Planned"),
        InteractionStatus.DONE: QT_TRANSLATE_NOOP("Labels", "Done"),
    },
    "direction": {
        Direction.OUTGOING: QT_TRANSLATE_NOOP("Labels", "I reached out"),
        Direction.INCOMING: QT_TRANSLATE_NOOP("Labels", "They replied"),
    },
    "stage": {
        RelationshipStage.IDENTIFIED: QT_TRANSLATE_NOOP("Labels", "Identified"),
        RelationshipStage.REQUEST_SENT: QT_TRANSLATE_NOOP("Labels", "Request sent"),
        RelationshipStage.CONNECTED: QT_TRANSLATE_NOOP("Labels", "Connected"),
        RelationshipStage.CHAT_PLANNED: QT_TRANSLATE_NOOP("Labels", "Chat planned"),
        RelationshipStage.CHATTED: QT_TRANSLATE_NOOP("Labels", "Chatted"),
        RelationshipStage.ADVOCATE: QT_TRANSLATE_NOOP("Labels", "Advocate"),
    },
    "channel": {
        Channel.REFERRAL: QT_TRANSLATE_NOOP("Labels", "Referral"),
        Channel.NETWORKING: QT_TRANSLATE_NOOP("Labels", "Networking"),
        Channel.RECRUITER: QT_TRANSLATE_NOOP("Labels", "Recruiter"),
        Channel.COLD_APPLICATION: QT_TRANSLATE_NOOP("Labels", "Cold application"),
    },
    "opportunity_stage": {
        OpportunityStage.INTERESTED: QT_TRANSLATE_NOOP("Labels", "Interested"),
        OpportunityStage.APPLIED: QT_TRANSLATE_NOOP("Labels", "Applied"),
        OpportunityStage.SCREENING: QT_TRANSLATE_NOOP("Labels", "Screening"),
        OpportunityStage.INTERVIEWING: QT_TRANSLATE_NOOP("Labels", "Interviewing"),
        OpportunityStage.OFFER: QT_TRANSLATE_NOOP("Labels", "Offer"),
        OpportunityStage.ACCEPTED: QT_TRANSLATE_NOOP("Labels", "Accepted"),
        OpportunityStage.REJECTED: QT_TRANSLATE_NOOP("Labels", "Rejected"),
        OpportunityStage.WITHDRAWN: QT_TRANSLATE_NOOP("Labels", "Withdrawn"),
        OpportunityStage.GHOSTED: QT_TRANSLATE_NOOP("Labels", "Ghosted"),
    },
    # What Edit ▸ Undo names ("Undo Delete contacts").
    "action": {
        Action.SAVE_CONTACT: QT_TRANSLATE_NOOP("Labels", "Save contact"),
        Action.ARCHIVE: QT_TRANSLATE_NOOP("Labels", "Archive"),
        Action.UNARCHIVE: QT_TRANSLATE_NOOP("Labels", "Unarchive"),
        Action.DELETE_CONTACTS: QT_TRANSLATE_NOOP("Labels", "Delete contacts"),
        Action.MERGE_CONTACTS: QT_TRANSLATE_NOOP("Labels", "Merge contacts"),
        Action.MOVE_RELATIONSHIP: QT_TRANSLATE_NOOP("Labels", "Move on the relationship board"),
        Action.LOG_CHAT: QT_TRANSLATE_NOOP("Labels", "Log chat"),
        Action.EDIT_CHAT: QT_TRANSLATE_NOOP("Labels", "Edit chat"),
        Action.DELETE_CHAT: QT_TRANSLATE_NOOP("Labels", "Delete chat"),
        Action.FOLLOW_UP_DONE: QT_TRANSLATE_NOOP("Labels", "Follow-up done"),
        Action.MARK_ACCEPTED: QT_TRANSLATE_NOOP("Labels", "Mark accepted"),
        Action.SNOOZE: QT_TRANSLATE_NOOP("Labels", "Snooze"),
        Action.SAVE_OPPORTUNITY: QT_TRANSLATE_NOOP("Labels", "Save opportunity"),
        Action.MOVE_OPPORTUNITY: QT_TRANSLATE_NOOP("Labels", "Move opportunity"),
        Action.DELETE_OPPORTUNITY: QT_TRANSLATE_NOOP("Labels", "Delete opportunity"),
        Action.SETTINGS: QT_TRANSLATE_NOOP("Labels", "Settings"),
        Action.SAVE_TEMPLATE: QT_TRANSLATE_NOOP("Labels", "Save template"),
        Action.DELETE_TEMPLATE: QT_TRANSLATE_NOOP("Labels", "Delete template"),
        Action.ADD_QUESTION: QT_TRANSLATE_NOOP("Labels", "Add question"),
        Action.ADD_WIN: QT_TRANSLATE_NOOP("Labels", "Add win"),
        Action.DELETE_WIN: QT_TRANSLATE_NOOP("Labels", "Delete win"),
        Action.IMPORT: QT_TRANSLATE_NOOP("Labels", "Import"),
        Action.RESTORE: QT_TRANSLATE_NOOP("Labels", "Restore a backup"),
        Action.EXPORT: QT_TRANSLATE_NOOP("Labels", "Export"),
        Action.DEMO: QT_TRANSLATE_NOOP("Labels", "Sample journal"),
        Action.UNDO: QT_TRANSLATE_NOOP("Labels", "Undo"),
        Action.REDO: QT_TRANSLATE_NOOP("Labels", "Redo"),
    },
}


def label(group: str, value: str) -> str:
    """The translated label of a stored value (the value itself if unknown)."""
    text = _LABELS[group].get(value)
    return _tr(text) if text is not None else value


def action_text(action: Action | str) -> str:
    """What the user did, as Edit ▸ Undo names it."""
    return label("action", action)


def choices(group: str) -> list[tuple[str, str]]:
    """(value, translated label) pairs in vocabulary order, for combo boxes."""
    return [(str(value), _tr(text)) for value, text in _LABELS[group].items()]


def days_text(days: int) -> str:
    """ "1 day" / "12 days" without relying on a loaded translation for the plural."""
    text = QCoreApplication.translate("KanbanBoard", "1 day") if days == 1 else (
        QCoreApplication.translate("KanbanBoard", "{0} days").format(days))
    return text


def content_language() -> str:
    """The language of the templates and questions offered: French on a French system,
    English everywhere else."""
    from PySide6.QtCore import QLocale

    return "fr" if QLocale().language() == QLocale.Language.French else "en"
