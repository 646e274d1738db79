"""Companies derived from contacts and opportunities: who is there, what is open, who introduces."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from networkjournal.core.pipeline import company_key, is_closed
from networkjournal.core.relationship import KNOWN_SOURCES, stage_rank
from networkjournal.core.validation import full_name
from networkjournal.core.vocabulary import RelationshipStage
from networkjournal.store.models import Contact, Opportunity
from networkjournal.store.opportunities import OpportunityRow, get_stale_days, rows_for_company

# Contacts the user has really talked with: the warm way in.
WARM_STAGES = (RelationshipStage.CHATTED.value, RelationshipStage.ADVOCATE.value)
_NOBODY: tuple[str, str, str, str, list[str]] = ("", "", "", "", [])


@dataclass(frozen=True, slots=True)
class CompanySummary:
    """One company as the list shows it."""

    key: str
    name: str  # the spelling used most often
    contacts: int
    warm: int  # contacts there the user has chatted with (or who advocate)
    opportunities: int
    open_opportunities: int


@dataclass(frozen=True, slots=True)
class PersonRow:
    id: int
    name: str
    title: str
    company: str
    stage: str
    source: str = ""


@dataclass(frozen=True, slots=True)
class Introducer:
    """Someone who could get the user in: works there, or introduced the user to someone there."""

    id: int
    name: str
    company: str
    stage: str
    works_there: bool
    introduced_to: tuple[str, ...] = ()  # names of the people there they introduced
    source: str = ""


@dataclass
class CompanyDetail:
    name: str
    contacts: list[PersonRow] = field(default_factory=list)
    opportunities: list[OpportunityRow] = field(default_factory=list)
    introducers: list[Introducer] = field(default_factory=list)


def list_companies(session: Session) -> list[CompanySummary]:
    """Every company named on an active contact or an opportunity, most opportunities first."""
    names: dict[str, Counter[str]] = defaultdict(Counter)
    contacts: Counter[str] = Counter()
    warm: Counter[str] = Counter()
    opportunities: Counter[str] = Counter()
    open_ones: Counter[str] = Counter()
    contact_query = (
        select(Contact.company, Contact.stage, func.count())
        .where(Contact.archived.is_(False), Contact.company != "")
        .group_by(Contact.company, Contact.stage)
    )
    for company, stage, count in session.execute(contact_query):
        key = company_key(company)
        if not key:
            continue
        names[key][company.strip()] += count
        contacts[key] += count
        if stage in WARM_STAGES:
            warm[key] += count
    opportunity_query = select(Opportunity.company, Opportunity.stage, func.count()).group_by(
        Opportunity.company, Opportunity.stage
    )
    for company, stage, count in session.execute(opportunity_query):
        key = company_key(company)
        if not key:
            continue
        names[key][company.strip()] += count
        opportunities[key] += count
        if not is_closed(stage):
            open_ones[key] += count
    summaries = [
        CompanySummary(
            key=key,
            name=spellings.most_common(1)[0][0],
            contacts=contacts[key],
            warm=warm[key],
            opportunities=opportunities[key],
            open_opportunities=open_ones[key],
        )
        for key, spellings in names.items()
    ]
    summaries.sort(key=lambda s: (-s.open_opportunities, -s.warm, -s.contacts, s.key))
    return summaries


def _spellings(session: Session, key: str) -> list[str]:
    """Every way the company is typed on contacts (so the query can use the company index)."""
    query = select(Contact.company).where(Contact.company != "").distinct()
    return [name for name in session.scalars(query) if company_key(name) == key]


def company_detail(session: Session, name: str, today: date,
                   stale_days: int | None = None) -> CompanyDetail:
    """The contacts at ``name``, its opportunities and who could introduce the user.

    ``stale_days`` defaults to the journal's setting.
    """
    if stale_days is None:
        stale_days = get_stale_days(session)
    key = company_key(name)
    detail = CompanyDetail(name=name)
    if not key:
        return detail
    spellings = _spellings(session, key)
    introducer = aliased(Contact)
    query = (
        select(
            Contact.id,
            Contact.first_name,
            Contact.last_name,
            Contact.title,
            Contact.company,
            Contact.stage,
            Contact.source,
            introducer.id.label("by_id"),
            introducer.first_name.label("by_first"),
            introducer.last_name.label("by_last"),
            introducer.company.label("by_company"),
            introducer.stage.label("by_stage"),
            introducer.source.label("by_source"),
            introducer.archived.label("by_archived"),
        )
        .outerjoin(introducer, introducer.id == Contact.introduced_by_id)
        .where(Contact.company.in_(spellings), Contact.archived.is_(False))
    )
    via: dict[int, tuple[str, str, str, str, list[str]]] = {}
    for r in session.execute(query) if spellings else ():
        person = full_name(r.first_name, r.last_name)
        detail.contacts.append(PersonRow(r.id, person, r.title, r.company, r.stage, r.source))
        if r.by_id is not None and not r.by_archived:
            name_by = full_name(r.by_first, r.by_last)
            via.setdefault(r.by_id, (name_by, r.by_company, r.by_stage, r.by_source, []))[
                4].append(person)
    detail.contacts.sort(key=lambda p: (-_closeness(p.stage), p.name.casefold()))
    introducers = [
        Introducer(p.id, p.name, p.company, p.stage, True,
                   tuple(via.pop(p.id, _NOBODY)[4]), p.source)
        for p in detail.contacts
    ]
    introducers += [
        Introducer(contact_id, name_by, company, stage, False, tuple(names), source)
        for contact_id, (name_by, company, stage, source, names) in via.items()
    ]
    # The closest relationships first: an advocate or a friend you chatted with is the best
    # way in; at the same stage, people the user already knows (a phone contact, a colleague)
    # before LinkedIn acquaintances.
    introducers.sort(key=lambda i: (-_closeness(i.stage), i.source not in _KNOWN,
                                    not i.works_there, i.name.casefold()))
    detail.introducers = introducers
    detail.opportunities = rows_for_company(session, name, today, stale_days)
    # Open ones first, each group most recently moved first.
    detail.opportunities.sort(key=lambda row: row.since, reverse=True)
    detail.opportunities.sort(key=lambda row: is_closed(row.stage))
    return detail


_KNOWN = {source.value for source in KNOWN_SOURCES}


def _closeness(stage: str) -> int:
    try:
        return stage_rank(stage)
    except ValueError:
        return -1


def company_names(session: Session) -> list[str]:
    """The names list_companies shows, for completing a company field."""
    return [company.name for company in list_companies(session)]
