"""The sample journal: a few months of networking a new user can explore (`networkjournal demo`)."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy.orm import Session

from networkjournal.core.drafts import ChatDraft, ContactDraft
from networkjournal.core.relationship import starting_stage
from networkjournal.core.vocabulary import (
    Direction,
    InteractionKind,
    InteractionStatus,
    Source,
)
from networkjournal.errors import UserError
from networkjournal.store.chats import log_chat
from networkjournal.store.contacts import count_contacts, save_contact
from networkjournal.store.models import Contact, new_uid
from networkjournal.store.wins import add_win_row


@dataclass
class DemoCounts:
    contacts: int
    interactions: int
    opportunities: int


PEOPLE = [
    ("Camille", "Laurent", "Qonto", "Staff Engineer"),
    ("Hugo", "Martin", "Doctolib", "Engineering Manager"),
    ("Inès", "Haddad", "Alan", "Senior Backend Engineer"),
    ("Léa", "Moreau", "Datadog", "Product Manager"),
    ("Arthur", "Petit", "Mistral AI", "Research Engineer"),
    ("Manon", "Dubois", "BlaBlaCar", "Data Scientist"),
    ("Yuki", "Nakamura", "Back Market", "Platform Engineer"),
    ("Omar", "Benali", "Algolia", "Developer Advocate"),
    ("Sara", "Costa", "Contentsquare", "Senior Frontend Engineer"),
    ("Tomás", "García", "Dataiku", "Solutions Architect"),
    ("Anya", "Svensson", "Pennylane", "CTO"),
    ("Kofi", "Mensah", "Malt", "Tech Lead"),
    ("Chloé", "Fontaine", "Swile", "Talent Acquisition Partner"),
    ("Noël", "Rossi", "Spendesk", "Staff Engineer"),
    ("Priya", "Tripathi", "Aircall", "Engineering Manager"),
    ("Björn", "Smith", "Shopify", "Senior Software Engineer"),
    ("Mei", "Chae", "Stripe", "Software Engineer"),
    ("Lucas", "Bernard", "Criteo", "Machine Learning Engineer"),
    ("Zoë", "Øster", "Ledger", "Security Engineer"),
    ("François", "Müller", "Société Générale", "Lead Developer"),
]
FIRST_NAMES = ["Amélie", "Bastien", "Clara", "Diego", "Elif", "Farid", "Giulia", "Hannah",
               "Ibrahim", "Jade", "Karim", "Lina", "Mathis", "Nora", "Oscar", "Pauline",
               "Quentin", "Rania", "Simon", "Thaïs", "Ugo", "Victoire", "Wassim", "Xavier",
               "Yasmine", "Zacharie", "Aurélien", "Bérénice", "Cyril", "Dounia"]
LAST_NAMES = ["Roux", "Fournier", "Girard", "Bonnet", "Dupont", "Lambert", "Fontaine", "Rousseau",
              "Vincent", "Muller", "Lefèvre", "Faure", "André", "Mercier", "Blanc", "Guérin",
              "Boyer", "Garnier", "Chevalier", "François", "Legrand", "Gauthier", "Perrin",
              "Robin", "Clément", "Morin", "Nicolas", "Henry", "Roussel", "Mathieu"]
SUMMARIES = {
    InteractionKind.CONNECTION_REQUEST: "Congratulated them on the launch; asked to connect",
    InteractionKind.MESSAGE: "Thanked them for connecting, mentioned their talk",
    InteractionKind.EMAIL: "Shared the article we discussed",
    InteractionKind.CALL: "20-minute call about their team's roadmap",
    InteractionKind.COFFEE_CHAT: "Coffee: their projects, the challenges they face, their stack",
    InteractionKind.LUNCH: "Lunch near their office; met two of their colleagues",
    InteractionKind.MEETING: "Met at the meetup after the talks",
    InteractionKind.INTRODUCTION: "Introduced me to their engineering manager",
    InteractionKind.REFERRAL: "Referred me for the open backend role",
    InteractionKind.THANK_YOU: "Thank-you note after the coffee chat",
    InteractionKind.NOTE: "Read their blog post on migrating to Rust",
}
# Good news the sample's wins log opens with (days ago, what happened).
WINS = [(2, "Invited to a second interview after the referral"),
        (9, "An introduction to an engineering manager, from a coffee chat"),
        (24, "A warm reply from someone I admire, and a chat booked")]
# The arc of one relationship in the method: request, hello, chat, thanks, (referral).
ARC = [
    InteractionKind.CONNECTION_REQUEST,
    InteractionKind.MESSAGE,
    InteractionKind.COFFEE_CHAT,
    InteractionKind.THANK_YOU,
    InteractionKind.REFERRAL,
]


def fill_demo(session: Session, seed: int = 7, today: date | None = None) -> DemoCounts:
    """Fill an empty journal with ~60 contacts and four months of chats (part of the
    caller's unit of work)."""
    rng = random.Random(seed)
    today = today or date.today()
    existing = count_contacts(session)
    if existing:
        raise UserError(
            f"this journal already has {existing} contacts; the sample goes into an empty "
            "journal (choose one with --db)"
        )
    contacts: list[Contact] = []
    interactions = 0
    sources = [
        Source.PHONE,
        Source.LINKEDIN_1ST,
        Source.LINKEDIN_2ND,
        Source.EVENT,
        Source.ALUMNI,
        Source.COLLEAGUE,
    ]
    for n in range(60):
        first, last, company, title = PEOPLE[n % len(PEOPLE)]
        if n >= len(PEOPLE):  # more people at the same companies, each name once
            first = FIRST_NAMES[n % len(FIRST_NAMES)]
            last = LAST_NAMES[(n * 7 + n // len(LAST_NAMES)) % len(LAST_NAMES)]
            title = PEOPLE[(n * 5 + 2) % len(PEOPLE)][3]
        source = Source.INTRODUCTION if n >= 50 else rng.choice(sources)
        slug = f"{first}-{last}-{n}".lower().replace(" ", "-")
        contact_draft = ContactDraft(
            first_name=first,
            last_name=last,
            company=company,
            title=title,
            email=f"{slug}@example.org" if n % 3 == 0 else "",
            linkedin_url=f"https://www.linkedin.com/in/{slug}",
            source=source.value,
            introduced_by_id=contacts[n - 50].id if n >= 50 else None,
            tags=rng.choice(["fintech", "health", "ai", "marketplace", "saas"]),
            research_notes="Gave a talk on observability at a Paris meetup."
            if n % 4 == 0
            else "",
            cadence_days=rng.choice([None, 30, 60]),
            stage=starting_stage(source).value,  # a phone contact, a colleague: connected
            connected_on=today - timedelta(days=rng.randrange(30, 900)),
        )
        contact = save_contact(session, contact_draft)
        # Known for months already: added, and first staged, before the first chat.
        contact.created_at = datetime.combine(today - timedelta(days=130), time(9))
        for change in contact.stage_changes:
            change.changed_at = contact.created_at
        if contact_draft.introduced_by_id is not None:  # the friend who introduced them
            log_chat(session, contact_draft.introduced_by_id, ChatDraft(
                kind=InteractionKind.INTRODUCTION.value, occurred_at=contact.created_at,
                summary=f"Introduced you to {contact.full_name}"))
            interactions += 1
        contacts.append(contact)
    for n, contact in enumerate(contacts):
        steps = ARC[: rng.choice([0, 1, 1, 2, 2, 3, 3, 4, 5])]
        when = today - timedelta(days=rng.randrange(20, 110))
        for kind in steps:
            when = when + timedelta(days=rng.randrange(3, 14))
            planned = when > today
            if planned and kind is not InteractionKind.COFFEE_CHAT:
                break  # only a chat is planned ahead; a referral or a thank-you is not
            at = datetime.combine(
                min(when, today + timedelta(days=10)),
                time(9 + rng.randrange(9), rng.choice([0, 15, 30])),
            )
            chat_draft = ChatDraft(
                kind=kind.value,
                status=(InteractionStatus.PLANNED if planned else InteractionStatus.DONE).value,
                # About half the hellos get a reply: reachable (connected), not yet a chat.
                direction=(
                    Direction.INCOMING
                    if kind is InteractionKind.MESSAGE and rng.random() < 0.5
                    else Direction.OUTGOING
                ).value,
                occurred_at=at,
                summary=SUMMARIES[kind],
                follow_up_on=when + timedelta(days=10)
                if kind is InteractionKind.COFFEE_CHAT
                else None,
            )
            interaction, _ = log_chat(session, contact.id, chat_draft)
            due = chat_draft.follow_up_on
            if due is not None and due < today - timedelta(days=3) and rng.random() < 0.8:
                interaction.follow_up_done_on = due  # a diligent user, mostly
            interactions += 1
        if n % 6 == 0:  # a few coffee chats planned for the coming days
            log_chat(
                session,
                contact.id,
                ChatDraft(
                    kind=InteractionKind.COFFEE_CHAT.value,
                    status=InteractionStatus.PLANNED.value,
                    occurred_at=datetime.combine(
                        today + timedelta(days=rng.randrange(1, 12)), time(8, 30)
                    ),
                    summary="Coffee near their office: prepare questions on their stack",
                ),
            )
            interactions += 1
    opportunities = _add_opportunities(session, contacts, rng, today)
    for days_ago, text in WINS:
        add_win_row(session, today - timedelta(days=days_ago), text, new_uid())
    return DemoCounts(len(contacts), interactions, opportunities)


def _add_opportunities(session: Session, contacts: list[Contact], rng: random.Random,
                       today: date) -> int:
    try:
        from networkjournal.store.demo_pipeline import add_demo_opportunities
    except ImportError:  # the pipeline lands in its own change
        return 0
    return add_demo_opportunities(session, contacts, rng, today)
