"""`networkjournal stats`: relationships built against applications sent, on the command line."""

from __future__ import annotations

import argparse
from datetime import date, tzinfo
from typing import TYPE_CHECKING, Any

from networkjournal.cli import open_existing
from networkjournal.errors import UserError

if TYPE_CHECKING:
    from networkjournal.core.metrics import GroupCount, Stats

# The metrics and the store (SQLAlchemy) are imported inside the functions that use
# them: `networkjournal --help` builds this command's parser and needs neither.


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    stats = subparsers.add_parser(
        "stats",
        parents=[common],
        help="relationships built against applications sent, week by week",
        description="Totals and weekly counts (Monday-based weeks in your time zone). "
        "A relationship built is a contact with a coffee chat, call, meeting or lunch that "
        "happened (a written reply is not one), counted once; an application sent is an "
        "opportunity that reached 'applied' or later.",
    )
    stats.add_argument("--json", action="store_true", help="print JSON instead of a table")
    stats.add_argument(
        "--timezone",
        metavar="ZONE",
        help="IANA time zone the weeks start in, e.g. Europe/Paris (default: this machine's)",
    )
    stats.set_defaults(func=run)


def _zone(name: str | None) -> tzinfo | None:
    if not name:
        return None
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise UserError(f"unknown time zone {name!r} (expected e.g. Europe/Paris)") from None


def compute(db: str | None, tz: tzinfo | None, today: date | None = None) -> dict[str, Any]:
    """The stats of a journal as the JSON object `stats --json` prints."""
    from dataclasses import asdict

    from networkjournal.core.clock import utcnow
    from networkjournal.core.metrics import extract_events, local_date, summarize, week_start
    from networkjournal.store.metrics_query import load_goals, load_records

    journal = open_existing(db)
    try:
        with journal.read() as session:
            records = load_records(session)
            goals = load_goals(session)
    finally:
        journal.close()
    events = extract_events(records, tz)
    this_week = week_start(today or local_date(utcnow(), tz))
    first, last = events.first_week(), events.last_week()
    # Up to this week (quiet weeks since the last entry show as zeros), or further
    # when an application date lies ahead.
    stats = summarize(events, first, max(last, this_week)) if first and last else summarize(events)
    return to_json(stats, asdict(goals))


def _group(count: GroupCount) -> dict[str, Any]:
    rate = count.rate
    return {"sent": count.sent, "interviewed": count.interviewed,
            "rate": round(rate, 4) if rate is not None else None}


def to_json(stats: Stats, goals: dict[str, int]) -> dict[str, Any]:
    from networkjournal.core.metrics import VIA_COLD, VIA_RELATIONSHIP

    return {
        "contacts": stats.contacts,
        "relationships_built": sum(stats.relationships_built),
        "applications_sent": sum(stats.applications_sent),
        "interviews": {name: stats.interviews[name].interviewed
                       for name in (VIA_RELATIONSHIP, VIA_COLD)},
        "channel_groups": {name: _group(stats.interviews[name])
                           for name in (VIA_RELATIONSHIP, VIA_COLD)},
        "by_channel": {name: _group(count) for name, count in sorted(stats.by_channel.items())},
        "goals": goals,
        "weekly": [
            {
                "week_start": week.isoformat(),
                "applications_sent": stats.applications_sent[i],
                "relationships_built": stats.relationships_built[i],
                "new_contacts_reached": stats.new_contacts_reached[i],
                "chats_held": stats.chats_held[i],
                "follow_ups_done": stats.follow_ups_done[i],
            }
            for i, week in enumerate(stats.weeks)
        ],
    }


def _rate(group: dict[str, Any]) -> str:
    if group["rate"] is None:
        return "no application sent"
    return f"{group['interviewed']} of {group['sent']} reached an interview ({group['rate']:.0%})"


def format_table(data: dict[str, Any]) -> str:
    from networkjournal.core.metrics import VIA_COLD, VIA_RELATIONSHIP

    groups = data["channel_groups"]
    lines = [
        f"Contacts:             {data['contacts']}",
        f"Relationships built:  {data['relationships_built']}",
        f"Applications sent:    {data['applications_sent']}",
        f"Through a relationship (referral, networking): {_rate(groups[VIA_RELATIONSHIP])}",
        f"Cold (application, recruiter):                 {_rate(groups[VIA_COLD])}",
        "",
    ]
    if not data["weekly"]:
        lines.append("No activity yet: log a chat or add an opportunity.")
        return "\n".join(lines)
    goals = data["goals"]
    header = ("Week (Mon)", "Relationships", "Applications", "New contacts", "Chats", "Follow-ups")
    lines.append(f"{header[0]:<11} " + " ".join(f"{h:>13}" for h in header[1:]))
    for row in data["weekly"]:
        cells = (row["relationships_built"], row["applications_sent"],
                 row["new_contacts_reached"], row["chats_held"], row["follow_ups_done"])
        lines.append(f"{row['week_start']:<11} " + " ".join(f"{c:>13}" for c in cells))
    lines.append(
        f"Weekly goals: {goals['new_contacts']} new contacts, {goals['chats']} chats, "
        f"{goals['follow_ups']} follow-ups."
    )
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    data = compute(args.db, _zone(args.timezone))
    if args.json:
        import json  # only for --json: `--help` stays quick

        print(json.dumps(data, indent=2, ensure_ascii=False))
    else:
        print(format_table(data))
    return 0
