"""A large journal for benchmarks, built the way a user builds one:
python bench/generate.py OUT.sqlite [--contacts N ...].

Nothing is inserted by hand: a LinkedIn ``Connections.csv`` of N people goes through the
importer (so stage history, match keys and indexes are what every real import leaves),
then chats are logged and opportunities created and moved through their stages by the
operations the window calls (``networkjournal.ops``), one unit of work each. The content is
random but shaped like a real search: two years of chats, opportunities in every stage.
A built journal is kept in bench/.cache and copied for each run (building takes a minute).
"""

from __future__ import annotations

import argparse
import csv
import random
import shutil
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from networkjournal.core.clock import utcnow
from networkjournal.core.drafts import ChatDraft
from networkjournal.core.vocabulary import (
    Channel,
    Direction,
    InteractionKind,
    InteractionStatus,
    OpportunityStage,
)
from networkjournal.ops import chats
from networkjournal.ops import opportunities as opportunity_ops
from networkjournal.ops.transfer import import_file
from networkjournal.store.journal import open_journal
from networkjournal.store.opportunities import OpportunityDraft

CACHE = Path(__file__).resolve().parent / ".cache"
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


def write_connections(path: Path, contacts: int, seed: int = 1, days: int = 730, *,
                      namesakes: bool = False) -> Path:
    """A LinkedIn Connections.csv as LinkedIn writes it: the "Notes:" preamble, then people.

    With ``namesakes``, people share names and companies as in a real network (many rows
    are then "possible duplicates"); otherwise every name is made unique.
    """
    rng = random.Random(seed)
    end = datetime(2026, 11, 20)
    with path.open("w", encoding="utf-8", newline="") as handle:
        handle.write('Notes:\n"When exporting your connection data, you may notice that some '
                     'of the email addresses are missing."\n\n')
        writer = csv.writer(handle)
        writer.writerow(["First Name", "Last Name", "URL", "Email Address", "Company",
                         "Position", "Connected On"])
        for i in range(contacts):
            first, last = rng.choice(FIRST), rng.choice(LAST)
            if not namesakes:
                last = f"{last} {i}"
            when = end - timedelta(days=rng.randrange(days))
            writer.writerow([first, last, f"https://www.linkedin.com/in/user-{i}",
                             f"user{i}@example.org" if i % 3 == 0 else "",
                             rng.choice(COMPANIES), rng.choice(TITLES),
                             when.strftime("%d %b %Y")])
    return path


def generate(path: Path, contacts: int, interactions: int, opportunities: int,
             days: int = 730, seed: int = 1) -> dict[str, float]:
    """Build a journal at ``path`` through the importer and the operations (cached)."""
    from networkjournal.store.schema_version import SCHEMA_HEAD

    key = (f"journal-{SCHEMA_HEAD}-{contacts}-{interactions}-{opportunities}-{days}-"
           f"{seed}.sqlite")
    cached = CACHE / key
    started = time.perf_counter()
    if not cached.exists():
        CACHE.mkdir(exist_ok=True)
        building = cached.with_suffix(".building")
        building.unlink(missing_ok=True)
        _build(building, contacts, interactions, opportunities, days, seed)
        building.rename(cached)
    if path.exists():
        path.unlink()
    shutil.copyfile(cached, path)
    return {"contacts": contacts, "interactions": interactions,
            "opportunities": opportunities, "seconds": time.perf_counter() - started}


def _build(path: Path, contacts: int, interactions: int, opportunities: int,
           days: int, seed: int) -> None:
    build(f"sqlite:///{path}", contacts, interactions, opportunities, days, seed)


def build(url: str, contacts: int, interactions: int, opportunities: int,
          days: int = 730, seed: int = 1) -> None:
    """Fill the new journal at ``url`` (a file, or a database on a server) as a user would."""
    rng = random.Random(seed)
    journal = open_journal(url)
    try:
        with tempfile.TemporaryDirectory() as folder:
            csv_path = write_connections(Path(folder) / "Connections.csv", contacts, seed, days)
            import_file(journal, csv_path)
        now = utcnow()
        start = now - timedelta(days=days)
        kinds = list(InteractionKind)
        for i in range(interactions):
            when = start + timedelta(minutes=rng.randrange(days * 24 * 60 + 20 * 24 * 60))
            planned = when > now
            draft = ChatDraft(
                kind=rng.choice(kinds).value,
                status=(InteractionStatus.PLANNED if planned else InteractionStatus.DONE).value,
                direction=rng.choice(list(Direction)).value,
                occurred_at=when.replace(microsecond=0),
                summary="talked about the team's projects",
                follow_up_on=(when + timedelta(days=14)).date() if i % 5 == 0 else None,
            )
            chats.log_chat(journal, rng.randrange(contacts) + 1, draft)
        track = [OpportunityStage.APPLIED, OpportunityStage.SCREENING,
                 OpportunityStage.INTERVIEWING, OpportunityStage.OFFER]
        closed = [OpportunityStage.REJECTED, OpportunityStage.GHOSTED,
                  OpportunityStage.WITHDRAWN, OpportunityStage.ACCEPTED]
        for _ in range(opportunities):
            channel = rng.choice(list(Channel))
            draft = OpportunityDraft(
                rng.choice(COMPANIES), rng.choice(TITLES), channel=channel.value,
                referrer_id=rng.randrange(contacts) + 1 if channel is Channel.REFERRAL else None)
            [made] = opportunity_ops.save_opportunity(journal, draft, "interested").ids
            steps = track[: rng.randint(0, len(track))]
            if rng.random() < 0.5 and steps:
                steps = [*steps, rng.choice(closed)]
            for stage in steps:
                opportunity_ops.move_opportunities(journal, [made], stage)
    finally:
        journal.close()


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
