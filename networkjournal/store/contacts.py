"""Contacts in the store: rows for the table, save with duplicate checks, archive, delete."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import case, delete, exists, func, or_, select, update
from sqlalchemy.orm import Session

from networkjournal.core.clock import today_utc
from networkjournal.core.drafts import ContactDraft
from networkjournal.core.validation import full_name, normalize_email, normalize_linkedin_url
from networkjournal.core.vocabulary import Channel, InteractionStatus
from networkjournal.gc_pause import gc_paused
from networkjournal.store.bulk import fetch_rows
from networkjournal.store.contact_rows import ContactRow, ContactRowMaker
from networkjournal.store.gone import get_or_gone
from networkjournal.store.models import Contact, Interaction, Opportunity
from networkjournal.store.past_companies import add_past_companies, left_company
from networkjournal.store.relationships import set_stage


def load_contact_rows(session: Session, *, include_archived: bool = False,
                      ids: Iterable[int] | None = None) -> list[ContactRow]:
    """Every contact (or only ``ids``) with its last done chat and next follow-up."""
    # One pass over the chat log gives each contact's last done chat, next open follow-up
    # and next planned chat (three GROUP BYs read the log three times).
    done = Interaction.status == InteractionStatus.DONE.value
    planned = Interaction.status == InteractionStatus.PLANNED.value
    open_follow_up = Interaction.follow_up_on.is_not(None) & Interaction.follow_up_done_on.is_(None)
    facts = select(
        Interaction.contact_id,
        func.max(case((done, Interaction.occurred_at))).label("last_at"),
        func.min(case((open_follow_up, Interaction.follow_up_on))).label("due"),
        func.min(case((planned, Interaction.occurred_at))).label("planned_at"),
    ).group_by(Interaction.contact_id)
    wanted = None if ids is None else list(ids)
    if wanted is not None:  # a few people changed: read their chats only
        facts = facts.where(Interaction.contact_id.in_(wanted))
    per_contact = facts.subquery()
    query = (
        select(
            Contact.id,
            Contact.first_name,
            Contact.last_name,
            Contact.company,
            Contact.title,
            Contact.email,
            Contact.source,
            Contact.stage,
            Contact.archived,
            Contact.notes,
            Contact.tags,
            Contact.cadence_days,
            per_contact.c.last_at,
            per_contact.c.due,
            per_contact.c.planned_at,
        )
        .outerjoin(per_contact, per_contact.c.contact_id == Contact.id)
    )  # no ORDER BY: the table model sorts (by the column the user chose)
    if not include_archived:
        query = query.where(Contact.archived.is_(False))
    if wanted is not None:
        query = query.where(Contact.id.in_(wanted))
    # Driver rows unpacked as tuples: the ORM's per-row bookkeeping doubled the load time,
    # SQLAlchemy's date parsing took a third of what was left (see driver_values).
    make = ContactRowMaker()
    with gc_paused():
        rows = [make(*values) for values in fetch_rows(session, query)]
    return rows


def draft_of(contact: Contact) -> ContactDraft:
    """The editable fields of a stored contact."""
    fields = ContactDraft.__dataclass_fields__
    return ContactDraft(**{name: getattr(contact, name) for name in fields})


def find_duplicates(
    session: Session, draft: ContactDraft, exclude_id: int | None = None
) -> list[Contact]:
    """Contacts with the same email or LinkedIn profile as ``draft``."""
    conditions = []
    email = normalize_email(draft.email)
    if email:
        conditions.append(func.lower(Contact.email) == email)
    profile = normalize_linkedin_url(draft.linkedin_url)
    if profile:
        # Narrow in SQL by the profile path, confirm in Python (http/www/slash variants).
        tail = profile.split("/", 1)[-1]
        conditions.append(func.lower(Contact.linkedin_url).contains(tail))
    if not conditions:
        return []
    query = select(Contact).where(or_(*conditions))
    if exclude_id is not None:
        query = query.where(Contact.id != exclude_id)
    found = []
    for contact in session.scalars(query):
        same_email = email and normalize_email(contact.email) == email
        same_profile = profile and normalize_linkedin_url(contact.linkedin_url) == profile
        if same_email or same_profile:
            found.append(contact)
    return found


def save_contact(session: Session, draft: ContactDraft, contact_id: int | None = None) -> Contact:
    """Create or update a contact from ``draft``; a stage set by hand is recorded."""
    contact = Contact() if contact_id is None else get_or_gone(session, Contact, contact_id)
    old_stage = contact.stage if contact_id is not None else None
    old_company = contact.company if contact_id is not None else ""
    for name in ContactDraft.__dataclass_fields__:
        if name != "stage":
            setattr(contact, name, getattr(draft, name))
    for name in ("first_name", "last_name", "company", "title", "email", "phone", "linkedin_url"):
        setattr(contact, name, getattr(contact, name).strip())
    if contact_id is None:
        session.add(contact)
    if draft.stage != old_stage:
        set_stage(session, contact, draft.stage, manual=True)
    session.flush()
    moved = left_company(contact.id, old_company, contact.company, today_utc())
    if moved is not None:  # a former colleague there is a way in
        add_past_companies(session, [moved])
    return contact


def set_archived(session: Session, ids: Iterable[int], archived: bool) -> None:
    session.execute(update(Contact).where(Contact.id.in_(list(ids))).values(archived=archived))


@dataclass
class DeletionEffects:
    """What else deleting some contacts touches, for the confirmation to say."""

    referred: list[str]  # "Company — Role" of referrals they made
    introduced: list[str]  # names of contacts they introduced


def deletion_effects(session: Session, ids: Iterable[int]) -> DeletionEffects:
    ids = list(ids)
    referred = session.execute(
        select(Opportunity.company, Opportunity.role).where(Opportunity.referrer_id.in_(ids))
    ).all()
    introduced = session.execute(
        select(Contact.first_name, Contact.last_name)
        .where(Contact.introduced_by_id.in_(ids), Contact.id.not_in(ids))
    ).all()
    return DeletionEffects(
        [f"{company} — {role}" if role else company for company, role in referred],
        [full_name(first, last) for first, last in introduced],
    )


def delete_contacts(session: Session, ids: Iterable[int]) -> None:
    """Delete contacts; their chats and stage history go with them (ON DELETE CASCADE).

    A referral they made stays a relationship-made opportunity: it becomes
    "networking" with a note naming them (a referral must name its referrer, and
    both count as "through a relationship" in the charts).
    """
    ids = list(ids)
    names: dict[int | None, str] = {
        cid: full_name(first, last) for cid, first, last in session.execute(
            select(Contact.id, Contact.first_name, Contact.last_name).where(Contact.id.in_(ids)))
    }
    for opportunity in session.scalars(
        select(Opportunity).where(Opportunity.referrer_id.in_(ids))
    ):
        if opportunity.channel == Channel.REFERRAL.value:
            opportunity.channel = Channel.NETWORKING.value
        note = f"Referred by {names.get(opportunity.referrer_id, 'a deleted contact')}."
        opportunity.notes = f"{opportunity.notes}\n{note}".strip()
        opportunity.referrer_id = None
    session.flush()
    session.execute(delete(Contact).where(Contact.id.in_(ids)))


def contact_choices(session: Session, *, include_archived: bool = False) -> list[tuple[int, str]]:
    """(id, "Name — Company") for pickers, every label distinct.

    Two people with the same name at the same company are told apart by their
    email or phone (else their number): a picker that maps a label back to a
    contact must never pick the wrong one of two namesakes.
    """
    query = select(
        Contact.id, Contact.first_name, Contact.last_name, Contact.company, Contact.email,
        Contact.phone,
    ).order_by(Contact.first_name, Contact.last_name, Contact.id)
    if not include_archived:
        query = query.where(Contact.archived.is_(False))
    labelled = []
    for cid, first, last, company, email, phone in session.connection().execute(query):
        name = full_name(first, last)
        labelled.append((cid, f"{name} — {company}" if company else name, email or phone))
    count: dict[str, int] = {}
    for _cid, label, _extra in labelled:
        count[label] = count.get(label, 0) + 1
    result, used = [], set()
    for cid, label, extra in labelled:
        if count[label] > 1:
            label = f"{label} ({extra})" if extra else f"{label} #{cid}"
        if label in used:
            label = f"{label} #{cid}"
        used.add(label)
        result.append((cid, label))
    return result


def count_contacts(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(Contact)) or 0


def holds_nothing(session: Session) -> bool:
    """No contact and no opportunity yet (a new journal): nothing an import could lose."""
    return not session.scalar(select(exists().select_from(Contact))) and not session.scalar(
        select(exists().select_from(Opportunity)))


__all__ = [
    "ContactRow",
    "contact_choices",
    "count_contacts",
    "delete_contacts",
    "draft_of",
    "find_duplicates",
    "load_contact_rows",
    "save_contact",
    "set_archived",
]
