"""Generate a large journal for benchmarks: python bench/generate.py OUT.sqlite [--contacts N ...].

Rows go in with Core bulk inserts in one transaction so a 30,000-contact
journal takes seconds; the data is random but shaped like a real search
(two years of chats, opportunities with stage histories).
"""

from __future__ import annotations

import argparse
import random
import sys
import time
import uuid
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import insert

from networkjournal.core.vocabulary import (
    Channel,
    Direction,
    InteractionKind,
    InteractionStatus,
    OpportunityStage,
    RelationshipStage,
    Source,
)
from networkjournal.store.journal import open_journal
from networkjournal.store.models import (
    Contact,
    Interaction,
    Opportunity,
    OpportunityStageChange,
)

FIRST = ["Hélène", "François", "Zoë", "José", "Michelle", "Daniel", "Aïcha", "Søren", "Priya",
         "Łukasz", "Chloé", "Noël", "Björn", "Mei", "Oluwaseun", "Camille", "Lucas", "Inès",
         "Hugo", "Léa", "Arthur", "Manon", "Yuki", "Omar", "Sara", "Tomás", "Anya", "Kofi"]
LAST = ["Martin", "Bernard", "Dubois", "Nakamura", "Tripathi", "Kowalski", "Haddad", "García",
        "Chae", "Fontaine", "Smith", "Ndiaye", "O'Brien", "Rossi", "Müller", "Øster", "Leroy",
        "Petit", "Moreau", "Laurent", "Simon", "Michel", "Nguyen", "Costa", "Svensson"]
COMPANIES = ["Ledger", "Stripe", "BlaBlaCar", "Alan", "Criteo", "Doctolib", "Mistral AI",
             "Société Générale", "Back Market", "Datadog", "Shopify", "Qonto", "Algolia",
             "Contentsquare", "Dataiku", "Swile", "Pennylane", "Malt", "Spendesk", "Aircall"]
TITLES = ["Software Engineer", "Senior Software Engineer", "Staff Engineer", "Engineering Manager",
          "Product Manager", "Data Scientist", "CTO", "Recruiter", "Designer", "SRE"]


def generate(path: Path, contacts: int, interactions: int, opportunities: int,
             days: int = 730, seed: int = 1) -> dict[str, float]:
    """Write a fresh journal at ``path``; returns counts and seconds taken."""
    rng = random.Random(seed)
    if path.exists():
        path.unlink()
    started = time.perf_counter()
    journal = open_journal(f"sqlite:///{path}")
    end = datetime(2026, 11, 20, 12, 0)
    start = end - timedelta(days=days)
    now = datetime(2026, 11, 20)
    sources = list(Source)
    stages = list(RelationshipStage)
    kinds = list(InteractionKind)
    contact_rows = []
    for i in range(contacts):
        first, last = rng.choice(FIRST), rng.choice(LAST)
        contact_rows.append({
            "id": i + 1, "uid": str(uuid.UUID(int=rng.getrandbits(128))),
            "first_name": first, "last_name": f"{last} {i}", "company": rng.choice(COMPANIES),
            "title": rng.choice(TITLES), "email": f"user{i}@example.org" if i % 3 == 0 else "",
            "phone": "", "linkedin_url": f"https://www.linkedin.com/in/user-{i}",
            "source": rng.choice(sources).value, "introduced_by_id": None, "tags": "",
            "research_notes": "", "notes": "met at a meetup" if i % 7 == 0 else "",
            "cadence_days": rng.choice([None, 30, 60, 90]),
            "stage": rng.choice(stages).value,
            "connected_on": (start + timedelta(days=rng.randrange(days))).date(),
            "archived": False, "created_at": now, "updated_at": now,
        })
    interaction_rows = []
    for i in range(interactions):
        when = start + timedelta(minutes=rng.randrange(days * 24 * 60))
        interaction_rows.append({
            "uid": str(uuid.UUID(int=rng.getrandbits(128))),
            "contact_id": rng.randrange(contacts) + 1, "kind": rng.choice(kinds).value,
            "status": (InteractionStatus.PLANNED if when > end - timedelta(days=10)
                       else InteractionStatus.DONE).value,
            "direction": rng.choice(list(Direction)).value, "occurred_at": when,
            "summary": "talked about the team's projects", "notes": "",
            "follow_up_on": (when + timedelta(days=14)).date() if i % 5 == 0 else None,
            "follow_up_done_on": None, "created_at": when,
        })
    opportunity_rows, history_rows = [], []
    track = [OpportunityStage.INTERESTED, OpportunityStage.APPLIED, OpportunityStage.SCREENING,
             OpportunityStage.INTERVIEWING, OpportunityStage.OFFER]
    closed = [OpportunityStage.REJECTED, OpportunityStage.GHOSTED, OpportunityStage.WITHDRAWN,
              OpportunityStage.ACCEPTED]
    for i in range(opportunities):
        channel = rng.choice(list(Channel))
        when = start + timedelta(days=rng.randrange(days - 30))
        steps = track[: rng.randint(1, len(track))]
        if rng.random() < 0.5 and len(steps) > 1:
            steps = [*steps, rng.choice(closed)]
        applied_on = None
        for n, stage in enumerate(steps):
            at = when + timedelta(days=7 * n)
            history_rows.append({"opportunity_id": i + 1, "stage": stage.value, "changed_at": at})
            if stage is OpportunityStage.APPLIED:
                applied_on = at.date()
        opportunity_rows.append({
            "id": i + 1, "uid": str(uuid.UUID(int=rng.getrandbits(128))),
            "company": rng.choice(COMPANIES), "role": rng.choice(TITLES), "url": "",
            "channel": channel.value,
            "referrer_id": rng.randrange(contacts) + 1 if channel is Channel.REFERRAL else None,
            "stage": steps[-1].value, "applied_on": applied_on, "notes": "",
            "created_at": when, "updated_at": when,
        })
    with journal.transaction() as session:
        if contact_rows:
            session.execute(insert(Contact), contact_rows)
        if interaction_rows:
            session.execute(insert(Interaction), interaction_rows)
        if opportunity_rows:
            session.execute(insert(Opportunity), opportunity_rows)
            session.execute(insert(OpportunityStageChange), history_rows)
    journal.close()
    return {"contacts": contacts, "interactions": interactions, "opportunities": opportunities,
            "seconds": time.perf_counter() - started}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path)
    parser.add_argument("--contacts", type=int, default=30_000)
    parser.add_argument("--interactions", type=int, default=20_000)
    parser.add_argument("--opportunities", type=int, default=2_000)
    parser.add_argument("--days", type=int, default=730)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    stats = generate(args.out, args.contacts, args.interactions, args.opportunities,
                     args.days, args.seed)
    print(f"{args.out}: {stats['contacts']} contacts, {stats['interactions']} interactions, "
          f"{stats['opportunities']} opportunities in {stats['seconds']:.1f} s")


if __name__ == "__main__":
    main()
