"""Companies derived from contacts and opportunities: who is there, what is open, who introduces."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from networkjournal.core.intro_paths import IntroPath, Person, intro_paths
from networkjournal.core.pipeline import company_key, is_closed
from networkjournal.core.relationship import stage_rank
from networkjournal.core.validation import full_name
from networkjournal.core.vocabulary import RelationshipStage
from networkjournal.store.models import Contact, Opportunity, PastCompany
from networkjournal.store.opportunities import OpportunityRow, get_stale_days, rows_for_company
from networkjournal.store.past_companies import past_companies_by_contact

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


@dataclass
class CompanyDetail:
    name: str
    contacts: list[PersonRow] = field(default_factory=list)
    opportunities: list[OpportunityRow] = field(default_factory=list)
    introducers: list[IntroPath] = field(default_factory=list)


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
    there: list[Person] = []
    introducer_of: dict[int, Person] = {}
    rows = list(session.execute(query)) if spellings else []
    past = past_companies_by_contact(session, [r.id for r in rows])
    for r in rows:
        person = full_name(r.first_name, r.last_name)
        detail.contacts.append(PersonRow(r.id, person, r.title, r.company, r.stage, r.source))
        there.append(Person(r.id, person, r.company, r.stage, r.source,
                            tuple(past.get(r.id, ()))))
        if r.by_id is not None and not r.by_archived:
            introducer_of[r.id] = Person(r.by_id, full_name(r.by_first, r.by_last),
                                         r.by_company, r.by_stage, r.by_source)
    detail.contacts.sort(key=lambda p: (-_closeness(p.stage), p.name.casefold()))
    detail.introducers = intro_paths(name, there, introducer_of,
                                     _former_colleagues(session, key, there))
    detail.opportunities = rows_for_company(session, name, today, stale_days)
    # Open ones first, each group most recently moved first.
    detail.opportunities.sort(key=lambda row: row.since, reverse=True)
    detail.opportunities.sort(key=lambda row: is_closed(row.stage))
    return detail


def _closeness(stage: str) -> int:
    try:
        return stage_rank(stage)
    except ValueError:
        return -1


def _former_colleagues(session: Session, key: str, there: list[Person]) -> list[Person]:
    """Contacts who left the company, or who work or worked where someone there used to
    (not archived, not there now), with their own past companies."""
    keys = {company_key(name) for p in there for name in p.past} - {""}
    wanted = keys | {key}
    there_ids = {p.id for p in there}
    ids = {contact_id for contact_id, company in session.execute(
        select(PastCompany.contact_id, PastCompany.company)) if company_key(company) in wanted}
    if keys:  # people working now at a company someone there left
        spellings = [name for name in session.scalars(
            select(Contact.company).where(Contact.company != "").distinct())
            if company_key(name) in keys]
        for start in range(0, len(spellings), 500):
            ids.update(session.scalars(select(Contact.id).where(
                Contact.company.in_(spellings[start:start + 500]))))
    ids -= there_ids
    if not ids:
        return []
    past = past_companies_by_contact(session, ids)
    query = select(Contact.id, Contact.first_name, Contact.last_name, Contact.company,
                   Contact.stage, Contact.source).where(Contact.id.in_(list(ids)),
                                                        Contact.archived.is_(False))
    return [Person(r.id, full_name(r.first_name, r.last_name), r.company, r.stage, r.source,
                   tuple(past.get(r.id, ()))) for r in session.execute(query)]


def company_names(session: Session) -> list[str]:
    """The names list_companies shows, for completing a company field."""
    return [company.name for company in list_companies(session)]
