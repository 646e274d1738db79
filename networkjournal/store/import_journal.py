"""Import of our own chats.csv and pipeline.csv rows (part of the one import transaction)."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import CursorResult, Table, delete, insert, select, update
from sqlalchemy.orm import Session

from networkjournal.core.clock import utcnow
from networkjournal.core.records import ChatRecord, OpportunityRecord, Rejected
from networkjournal.core.relationship import advance, stage_implied_by, stage_rank
from networkjournal.core.vocabulary import RelationshipStage
from networkjournal.store.bulk import bulk_insert
from networkjournal.store.import_summary import ImportSummary, RowOutcome
from networkjournal.store.models import (
    Contact,
    ContactStageChange,
    Interaction,
    Opportunity,
    OpportunityStageChange,
    new_uid,
)

if TYPE_CHECKING:
    from networkjournal.store.import_contacts import ContactWriter

INTERACTIONS = Interaction.__table__
OPPORTUNITIES = Opportunity.__table__
OPP_STAGES = OpportunityStageChange.__table__
CONTACTS = Contact.__table__
STAGES = ContactStageChange.__table__
_CHAT_FIELDS = (
    "contact_id",
    "kind",
    "status",
    "direction",
    "occurred_at",
    "summary",
    "notes",
    "follow_up_on",
    "follow_up_done_on",
)
_OPP_FIELDS = ("company", "role", "url", "channel", "referrer_id", "stage", "applied_on", "notes")


class JournalRowWriter:
    """Chats and opportunities, matched by uid; contacts found through the contact writer."""

    def __init__(self, session: Session, summary: ImportSummary, contacts: ContactWriter) -> None:
        self.session = session
        self.summary = summary
        self.contacts = contacts
        self.chats: list[ChatRecord] = []
        self.opps: list[OpportunityRecord] = []
        self._chat_ids: dict[str, int] | None = None
        self._opp_ids: dict[str, int] | None = None

    def pending_count(self) -> int:
        return len(self.chats) + len(self.opps)

    def add(self, record: ChatRecord | OpportunityRecord) -> None:
        if isinstance(record, ChatRecord):
            self.chats.append(record)
        else:
            self.opps.append(record)

    def flush(self) -> None:
        if self.chats:
            self._flush_chats()
        if self.opps:
            self._flush_opps()

    # ------------------------------------------------------------------ chats
    def _flush_chats(self) -> None:
        records, self.chats = self.chats, []
        if self._chat_ids is None:
            self._chat_ids = dict(
                self.session.execute(select(INTERACTIONS.c.uid, INTERACTIONS.c.id)).all()
            )
        ids = self._chat_ids
        known = [ids[r.uid] for r in records if r.uid and r.uid in ids]
        current = _rows(self.session, INTERACTIONS, known, ("id", "uid", *_CHAT_FIELDS))
        inserts = []
        now = utcnow()
        for rec in records:
            contact_id = self.contacts.contact_id(rec.contact_uid, rec.contact_name,
                                                  rec.contact_url)
            label = f"{rec.kind.replace('_', ' ').capitalize()} with {rec.contact_name}".strip()
            if contact_id is None:
                who = rec.contact_name or rec.contact_uid or "?"
                self.summary.reject(Rejected(rec.line, f"unknown contact {who!r}", label, "chat"))
                continue
            values = {
                "contact_id": contact_id, "kind": rec.kind, "status": rec.status,
                "direction": rec.direction, "occurred_at": rec.occurred_at,
                "summary": rec.summary, "notes": rec.notes, "follow_up_on": rec.follow_up_on,
                "follow_up_done_on": rec.follow_up_done_on,
            }  # fmt: skip
            row = current.get(rec.uid or "")
            if row is not None:
                changes = {k: v for k, v in values.items() if row[k] != v}
                if changes:
                    self.session.execute(
                        update(INTERACTIONS).where(INTERACTIONS.c.id == row["id"]).values(**changes)
                    )
                    self._note(rec.line, "chat", "updated", label, ", ".join(sorted(changes)))
                else:
                    self._note(rec.line, "chat", "unchanged", label)
                continue
            uid = rec.uid or new_uid()
            if uid in ids:  # the same uid twice in one file
                self.summary.reject(Rejected(rec.line, f"uid {uid} appears twice", label, "chat"))
                continue
            ids[uid] = -1
            inserts.append({"uid": uid, **values, "created_at": rec.created_at or now})
            self._note(rec.line, "chat", "added", label)
        if inserts:
            # At DBAPI speed: a LinkedIn archive brings 100,000 entries.
            bulk_insert(self.session, INTERACTIONS, inserts)
            self._advance_stages(inserts)

    def _advance_stages(self, inserts: list[dict]) -> None:
        """A chat added from a spreadsheet moves its contact forward, as logging it would."""
        wanted: dict[int, tuple[str, datetime]] = {}
        implied_by: dict[tuple[str, str, str], RelationshipStage | None] = {}  # few kinds
        for row in inserts:
            what = (row["kind"], row["status"], row["direction"])
            if what not in implied_by:
                implied_by[what] = stage_implied_by(*what)
            implied = implied_by[what]
            if implied is None:
                continue
            prev = wanted.get(row["contact_id"])
            if prev is None or stage_rank(implied) > stage_rank(prev[0]):
                wanted[row["contact_id"]] = (implied.value, row["occurred_at"])
        for cid in self.contacts.staged_ids():
            wanted.pop(cid, None)
        if not wanted:
            return
        stages = dict(
            self.session.execute(
                select(CONTACTS.c.id, CONTACTS.c.stage).where(CONTACTS.c.id.in_(list(wanted)))
            ).all()
        )
        for cid, (stage, when) in wanted.items():
            if cid in stages and advance(stages[cid], stage).value != stages[cid]:
                self.session.execute(
                    update(CONTACTS).where(CONTACTS.c.id == cid).values(stage=stage)
                )
                self.session.execute(
                    insert(STAGES),
                    [{"contact_id": cid, "stage": stage, "changed_at": when, "manual": False}],
                )
                self.summary.stage_changes[stage] += 1

    # ---------------------------------------------------------- opportunities
    def _flush_opps(self) -> None:
        records, self.opps = self.opps, []
        if self._opp_ids is None:
            self._opp_ids = dict(
                self.session.execute(select(OPPORTUNITIES.c.uid, OPPORTUNITIES.c.id)).all()
            )
        ids = self._opp_ids
        known = [ids[r.uid] for r in records if r.uid and r.uid in ids]
        current = _rows(self.session, OPPORTUNITIES, known, ("id", "uid", *_OPP_FIELDS))
        histories = _opp_histories(self.session, [row["id"] for row in current.values()])
        for rec in records:
            label = f"{rec.role} at {rec.company}".strip()
            referrer = None
            detail = ""
            if rec.referrer_uid or rec.referrer_name.strip():
                referrer = self.contacts.contact_id(rec.referrer_uid, rec.referrer_name)
                if referrer is None:
                    detail = f"referrer {rec.referrer_name or rec.referrer_uid!r} not found"
            values = {
                "company": rec.company, "role": rec.role, "url": rec.url, "channel": rec.channel,
                "referrer_id": referrer, "stage": rec.stage, "applied_on": rec.applied_on,
                "notes": rec.notes,
            }  # fmt: skip
            steps = rec.stage_history
            row = current.get(rec.uid or "")
            if row is not None:
                changes = {k: v for k, v in values.items() if row[k] != v}
                new_history = steps is not None and histories.get(row["id"], []) != steps
                if changes:
                    self.session.execute(
                        update(OPPORTUNITIES)
                        .where(OPPORTUNITIES.c.id == row["id"])
                        .values(**changes, updated_at=utcnow())
                    )
                if new_history:
                    self._replace_history(row["id"], steps or [])
                elif "stage" in changes and steps is None:
                    self._replace_history(
                        row["id"], [*histories.get(row["id"], []), (rec.stage, utcnow())]
                    )
                if changes or new_history:
                    what = ", ".join(sorted(changes)) or "stage history"
                    self._note(
                        rec.line,
                        "opportunity",
                        "updated",
                        label,
                        "; ".join(filter(None, [what, detail])),
                    )
                else:
                    self._note(rec.line, "opportunity", "unchanged", label, detail)
                continue
            uid = rec.uid or new_uid()
            if uid in ids:
                self.summary.reject(
                    Rejected(rec.line, f"uid {uid} appears twice", label, "opportunity")
                )
                continue
            now = utcnow()
            # Session.execute is typed as a Result; an INSERT gives a CursorResult.
            result = cast(CursorResult[Any], self.session.execute(
                insert(OPPORTUNITIES).values(
                    uid=uid, **values, created_at=rec.created_at or now, updated_at=now
                )
            ))
            primary_key = result.inserted_primary_key
            assert primary_key is not None  # an INSERT of one row always has its key
            opp_id = primary_key[0]
            ids[uid] = opp_id
            self._replace_history(
                opp_id, steps if steps is not None else [(rec.stage, rec.created_at or now)]
            )
            self._note(rec.line, "opportunity", "added", label, detail)

    def _replace_history(self, opp_id: int, steps: list[tuple[str, datetime]]) -> None:
        self.session.execute(delete(OPP_STAGES).where(OPP_STAGES.c.opportunity_id == opp_id))
        if steps:
            self.session.execute(
                insert(OPP_STAGES),
                [{"opportunity_id": opp_id, "stage": s, "changed_at": w} for s, w in steps],
            )

    def _note(self, line: int, kind: str, action: str, name: str, detail: str = "") -> None:
        self.summary.note(RowOutcome(line, kind, action, name, detail))


def _rows(session: Session, table: Table, ids: list[int],
          names: tuple[str, ...]) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    cols = [table.c[n] for n in names]
    for start in range(0, len(ids), 500):
        for row in session.execute(select(*cols).where(table.c.id.in_(ids[start : start + 500]))):
            out[row.uid] = dict(row._mapping)
    return out


def _opp_histories(session: Session, ids: list[int]) -> dict[int, list[tuple[str, datetime]]]:
    out: dict[int, list[tuple[str, datetime]]] = {}
    for start in range(0, len(ids), 500):
        query = (
            select(OPP_STAGES.c.opportunity_id, OPP_STAGES.c.stage, OPP_STAGES.c.changed_at)
            .where(OPP_STAGES.c.opportunity_id.in_(ids[start : start + 500]))
            .order_by(OPP_STAGES.c.opportunity_id, OPP_STAGES.c.changed_at, OPP_STAGES.c.id)
        )
        for oid, stage, when in session.execute(query):
            out.setdefault(oid, []).append((stage, when))
    return out
