"""A record matched to a contact of the journal: read its row, write what the record changes."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from networkjournal.core.clock import utcnow
from networkjournal.core.records import ContactRecord, StageStep
from networkjournal.core.vocabulary import Direction, InteractionKind, InteractionStatus
from networkjournal.store.bulk import bulk_insert, bulk_insert_rows, fetch_rows
from networkjournal.store.driver_values import DayOf
from networkjournal.store.import_rules import FETCH_FIELDS, changes_of, job_change
from networkjournal.store.import_summary import ImportSummary, RowOutcome
from networkjournal.store.models import Contact, ContactStageChange, Interaction, new_uid
from networkjournal.store.past_companies import add_past_companies, left_company

CONTACTS = Contact.__table__
STAGES = ContactStageChange.__table__
INTERACTIONS = Interaction.__table__
STAGE_COLUMNS = ("contact_id", "stage", "changed_at", "manual")
_CHUNK = 500  # ids per IN (...) list


class ContactUpdater:
    """Reads matched contacts by batch and applies each record's changes (import_rules)."""

    def __init__(self, session: Session, summary: ImportSummary, staged: set[str]) -> None:
        self.session = session
        self.summary = summary
        # Contacts whose stage this import sets from our own contacts.csv (shared with
        # the contact writer): their chats must not move them again.
        self.staged = staged
        self.notes: list[dict] = []  # job-change notes, written at flush
        self.left: list[dict] = []  # past companies, written at flush
        self._day_of = DayOf()  # stored connection dates, read once each

    def current(self, ids: dict[str, int], uids: Iterable[str]) -> dict[str, dict]:
        """uid -> the contact's row (FETCH_FIELDS), for those of ``uids`` in the journal."""
        wanted = [ids[u] for u in uids if u in ids]
        out: dict[str, dict] = {}
        cols = [CONTACTS.c[name] for name in FETCH_FIELDS]
        day_of = self._day_of
        for start in range(0, len(wanted), _CHUNK):
            query = select(*cols).where(CONTACTS.c.id.in_(wanted[start : start + _CHUNK]))
            # Driver rows: SQLAlchemy's Row objects and date parsing were a third of a
            # re-import; the two values a driver may give in its own form are made Python's.
            for values in fetch_rows(self.session, query):
                row = dict(zip(FETCH_FIELDS, values, strict=True))
                row["connected_on"] = day_of[row["connected_on"]]
                row["archived"] = bool(row["archived"])
                out[row["uid"]] = row
        return out

    def histories(self, ids: dict[str, int], uids: list[str]) -> dict[str, list[StageStep]]:
        """uid -> the contact's stage history, oldest first."""
        out: dict[str, list[StageStep]] = {u: [] for u in uids}
        by_id = {ids[u]: u for u in uids if u in ids}
        wanted = list(by_id)
        for start in range(0, len(wanted), _CHUNK):
            query = (
                select(STAGES.c.contact_id, STAGES.c.stage, STAGES.c.changed_at, STAGES.c.manual)
                .where(STAGES.c.contact_id.in_(wanted[start : start + _CHUNK]))
                .order_by(STAGES.c.contact_id, STAGES.c.changed_at, STAGES.c.id)
            )
            for cid, stage, when, manual in self.session.execute(query):
                out[by_id[cid]].append((stage, when, bool(manual)))
        return out

    def apply(self, row: dict, rec: ContactRecord, history: list[StageStep] | None) -> None:
        """Write what ``rec`` changes on the contact ``row`` (and count the row)."""
        if rec.authoritative and rec.stage:
            self.staged.add(row["uid"])
        changes, stage_steps = changes_of(row, rec)
        replace_history = (
            rec.authoritative and rec.stage_history is not None and history != rec.stage_history
        )
        cid = row["id"]
        if not changes and not replace_history:
            if self.summary.rows is None:
                self.summary.tally("contact", "unchanged")
            else:
                self.summary.note(RowOutcome(rec.line, "contact", "unchanged", rec.full_name))
            return
        detail = ", ".join(sorted(changes))
        if changes:
            self.session.execute(
                update(CONTACTS).where(CONTACTS.c.id == cid).values(**changes, updated_at=utcnow())
            )
        if replace_history:
            self.session.execute(delete(STAGES).where(STAGES.c.contact_id == cid))
            stage_steps = list(rec.stage_history or [])
            detail = detail or "stage history"
        if stage_steps:
            steps = [(cid, s, w, m) for s, w, m in stage_steps]
            bulk_insert_rows(self.session, STAGES, STAGE_COLUMNS, steps)
        note = None if rec.authoritative else job_change(row, changes)
        old_company = row["company"]
        row.update(changes)  # a later row for the same person in this batch sees the update
        if note is not None:
            self._note_job_change(cid, note)
            detail = note[0]
        if "company" in changes:
            self._note_left(cid, old_company, changes["company"])
        self.summary.note(RowOutcome(rec.line, "contact", "updated", rec.full_name, detail))

    def _note_job_change(self, cid: int, note: tuple[str, str]) -> None:
        now = utcnow()
        self.notes.append({
            "uid": new_uid(), "contact_id": cid, "kind": InteractionKind.NOTE.value,
            "status": InteractionStatus.DONE.value, "direction": Direction.OUTGOING.value,
            "occurred_at": now, "summary": note[0][:500], "notes": note[1],
            "follow_up_on": None, "follow_up_done_on": None, "created_at": now,
        })  # fmt: skip
        self.summary.job_changes += 1

    def _note_left(self, cid: int, old: str, new: str) -> None:
        # Our own journal export (authoritative) carries no past companies: a changed
        # company there is a move too.
        moved = left_company(cid, old, new, utcnow().date())
        if moved is not None:
            self.left.append(moved)

    def flush(self) -> None:
        """Write the job-change notes and past companies gathered so far."""
        if self.notes:
            bulk_insert(self.session, INTERACTIONS, self.notes)
            self.notes = []
        add_past_companies(self.session, self.left)
        self.left = []

