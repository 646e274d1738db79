"""Sample opportunities for the demo journal: every stage and channel, with dated histories."""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta

from sqlalchemy.orm import Session

from networkjournal.core.vocabulary import Channel, OpportunityStage
from networkjournal.store.models import Contact
from networkjournal.store.opportunities import OpportunityDraft, create_opportunity, move_stage

S = OpportunityStage
_TRACK = [S.INTERESTED, S.APPLIED, S.SCREENING, S.INTERVIEWING, S.OFFER, S.ACCEPTED]

# (path through the stages, waiting long enough to be stale) — 25 cards, every stage present.
PATHS: list[tuple[list[OpportunityStage], bool]] = [
    (_TRACK[:1], False), (_TRACK[:1], False), (_TRACK[:1], False), (_TRACK[:1], False),
    (_TRACK[:2], False), (_TRACK[:2], False), (_TRACK[:2], True), (_TRACK[:2], True),
    (_TRACK[:3], False), (_TRACK[:3], False), (_TRACK[:3], True),
    ([S.INTERESTED, S.SCREENING], False),  # a recruiter skipped the application form
    (_TRACK[:4], False), (_TRACK[:4], False), (_TRACK[:4], False),
    (_TRACK[:5], False), (_TRACK[:5], False),
    (_TRACK[:6], False),
    ([*_TRACK[:2], S.REJECTED], False), ([*_TRACK[:2], S.REJECTED], False),
    ([*_TRACK[:4], S.REJECTED], False),
    ([S.INTERESTED, S.WITHDRAWN], False),
    ([*_TRACK[:2], S.GHOSTED], False), ([*_TRACK[:2], S.GHOSTED], False),
    ([*_TRACK[:3], S.WITHDRAWN], False),
]
ROLES = ["Backend Engineer", "Senior Software Engineer", "Data Engineer", "Platform Engineer",
         "Staff Engineer", "Engineering Manager", "Product Engineer", "Site Reliability Engineer",
         "Machine Learning Engineer", "Full-stack Developer"]
OTHER_COMPANIES = ["Aircall", "Swile", "Pennylane", "Spendesk", "Malt", "Algolia"]
NOTES = {
    Channel.REFERRAL: "Referred after our coffee chat; they sent my CV to the hiring manager.",
    Channel.NETWORKING: "Came up in a chat: the team is growing next quarter.",
    Channel.RECRUITER: "Recruiter reached out on LinkedIn.",
    Channel.COLD_APPLICATION: "Applied through the careers page.",
}
# Relationships first, like the method: more referrals and networking than cold applications.
CHANNELS = [Channel.REFERRAL] * 4 + [Channel.NETWORKING] * 3 + [Channel.RECRUITER] * 2 + [
    Channel.COLD_APPLICATION] * 2


def add_demo_opportunities(
    session: Session, contacts: list[Contact], rng: random.Random, today: date
) -> int:
    """Add ~25 opportunities across all stages and channels; returns how many."""
    by_company: dict[str, list[Contact]] = {}
    for contact in contacts:
        if contact.company:
            by_company.setdefault(contact.company, []).append(contact)
    companies = list(by_company) or OTHER_COMPANIES
    for n, (path, stale) in enumerate(PATHS):
        channel = CHANNELS[n % len(CHANNELS)] if n >= 4 else list(Channel)[n]
        referrer = None
        if channel is Channel.REFERRAL or channel is Channel.NETWORKING:
            company = companies[n % len(companies)]
            people = by_company.get(company) or contacts
            referrer = rng.choice(people) if people else None
            if referrer is None:
                channel = Channel.COLD_APPLICATION
        else:
            company = rng.choice(OTHER_COMPANIES + companies)
        # The last move happened recently, or long ago for the stale ones; earlier steps
        # are spaced like real hiring processes (a few days to two weeks).
        last = today - timedelta(days=rng.randrange(25, 45) if stale else rng.randrange(0, 12))
        days = [last]
        for _ in path[1:]:
            days.append(days[-1] - timedelta(days=rng.randrange(4, 15)))
        days.reverse()
        stamps = [datetime.combine(d, time(8 + rng.randrange(10), rng.choice([0, 20, 40])))
                  for d in days]
        draft = OpportunityDraft(
            company=company,
            role=ROLES[n % len(ROLES)],
            url=f"https://jobs.example.org/{company.lower().replace(' ', '-')}/{n + 100}",
            channel=channel.value,
            referrer_id=referrer.id if referrer is not None else None,
            notes=NOTES[channel],
        )
        opportunity = create_opportunity(session, draft, path[0], stamps[0])
        for stage, when in zip(path[1:], stamps[1:], strict=True):
            move_stage(session, opportunity, stage, when)
    session.flush()
    return len(PATHS)
