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

CONTEXT = "Labels"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


# Written out (not derived from the values) so lupdate can collect every label.
_LABELS: dict[str, dict[str, str]] = {
    "source": {
        Source.PHONE: "Phone contact",
        Source.LINKEDIN_1ST: "LinkedIn 1st degree",
        Source.LINKEDIN_2ND: "LinkedIn 2nd degree",
        Source.INTRODUCTION: "Introduction",
        Source.EVENT: "Event",
        Source.COLLEAGUE: "Colleague",
        Source.ALUMNI: "Alumni",
        Source.OTHER: "Other",
    },
    "kind": {
        InteractionKind.CONNECTION_REQUEST: "Connection request",
        InteractionKind.MESSAGE: "Message",
        InteractionKind.EMAIL: "Email",
        InteractionKind.CALL: "Call",
        InteractionKind.COFFEE_CHAT: "Coffee chat",
        InteractionKind.LUNCH: "Lunch",
        InteractionKind.MEETING: "Meeting",
        InteractionKind.INTRODUCTION: "Introduction",
        InteractionKind.REFERRAL: "Referral",
        InteractionKind.THANK_YOU: "Thank-you",
        InteractionKind.NOTE: "Note",
    },
    "status": {InteractionStatus.PLANNED: "Planned", InteractionStatus.DONE: "Done"},
    "direction": {Direction.OUTGOING: "I reached out", Direction.INCOMING: "They replied"},
    "stage": {
        RelationshipStage.IDENTIFIED: "Identified",
        RelationshipStage.REQUEST_SENT: "Request sent",
        RelationshipStage.CONNECTED: "Connected",
        RelationshipStage.CHAT_PLANNED: "Chat planned",
        RelationshipStage.CHATTED: "Chatted",
        RelationshipStage.ADVOCATE: "Advocate",
    },
    "channel": {
        Channel.REFERRAL: "Referral",
        Channel.NETWORKING: "Networking",
        Channel.RECRUITER: "Recruiter",
        Channel.COLD_APPLICATION: "Cold application",
    },
    "opportunity_stage": {
        OpportunityStage.INTERESTED: "Interested",
        OpportunityStage.APPLIED: "Applied",
        OpportunityStage.SCREENING: "Screening",
        OpportunityStage.INTERVIEWING: "Interviewing",
        OpportunityStage.OFFER: "Offer",
        OpportunityStage.ACCEPTED: "Accepted",
        OpportunityStage.REJECTED: "Rejected",
        OpportunityStage.WITHDRAWN: "Withdrawn",
        OpportunityStage.GHOSTED: "Ghosted",
    },
    # What Edit ▸ Undo names ("Undo Delete contacts").
    "action": {
        Action.SAVE_CONTACT: "Save contact",
        Action.ARCHIVE: "Archive",
        Action.UNARCHIVE: "Unarchive",
        Action.DELETE_CONTACTS: "Delete contacts",
        Action.MERGE_CONTACTS: "Merge contacts",
        Action.MOVE_RELATIONSHIP: "Move on the relationship board",
        Action.LOG_CHAT: "Log chat",
        Action.EDIT_CHAT: "Edit chat",
        Action.DELETE_CHAT: "Delete chat",
        Action.FOLLOW_UP_DONE: "Follow-up done",
        Action.MARK_ACCEPTED: "Mark accepted",
        Action.SNOOZE: "Snooze",
        Action.SAVE_OPPORTUNITY: "Save opportunity",
        Action.MOVE_OPPORTUNITY: "Move opportunity",
        Action.DELETE_OPPORTUNITY: "Delete opportunity",
        Action.SETTINGS: "Settings",
        Action.SAVE_TEMPLATE: "Save template",
        Action.DELETE_TEMPLATE: "Delete template",
        Action.ADD_QUESTION: "Add question",
        Action.ADD_WIN: "Add win",
        Action.DELETE_WIN: "Delete win",
        Action.IMPORT: "Import",
        Action.EXPORT: "Export",
        Action.DEMO: "Sample journal",
        Action.UNDO: "Undo",
        Action.REDO: "Redo",
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
