"""Write parsed records into the journal as ONE transaction: match, update, add, report.

Contacts are matched by uid, LinkedIn URL, email, normalised phone (in that
order); name + company is only a duplicate *suggestion*. A shared e-mail or
phone (info@, a switchboard) with a wholly different name is another person:
added, and shown as a suggestion. A row of our own CSV carries its uid: an
unknown uid is a new contact, never matched by key. Match keys are loaded
once into dicts and rows go in by batches (no per-row ORM query), so a 30,000
row LinkedIn export takes about a second. Dry-run, cancel or any error rolls
everything back.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime, time

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from networkjournal.core.progress import NO_PROGRESS, Progress
from networkjournal.core.records import (
    ChatRecord,
    ContactRecord,
    OpportunityRecord,
    Rejected,
)
from networkjournal.core.validation import normalize_email, normalize_phone, split_tags
from networkjournal.core.vocabulary import (
    Direction,
    InteractionKind,
    InteractionStatus,
    RelationshipStage,
    Source,
)
from networkjournal.store.bulk import (
    Folder,
    UidMaker,
    bulk_insert,
    bulk_insert_rows,
    fetch_rows,
    linkedin_key,
)
from networkjournal.store.import_rules import (
    FETCH_FIELDS,
    changes_of,
    conflicts,
    contact_keys,
    job_change,
    names_differ,
    shared_key,
)
from networkjournal.store.import_summary import ImportSummary, RowOutcome
from networkjournal.store.journal import Journal
from networkjournal.store.models import Contact, ContactStageChange, Interaction, new_uid, utcnow

BATCH = 2000
CONTACTS = Contact.__table__
STAGES = ContactStageChange.__table__
INTERACTIONS = Interaction.__table__
NEW_COLUMNS = (
    "uid", "first_name", "last_name", "company", "title", "email", "phone", "linkedin_url",
    "source", "introduced_by_id", "tags", "research_notes", "notes", "cadence_days", "stage",
    "connected_on", "archived", "created_at", "updated_at",
)  # fmt: skip
STAGE_COLUMNS = ("contact_id", "stage", "changed_at", "manual")


class _DryRun(Exception):
    """Raised inside the transaction to roll a dry run back."""


def import_records(
    journal: Journal,
    records: Iterable[ContactRecord | ChatRecord | OpportunityRecord | Rejected],
    *,
    format: str = "",
    dry_run: bool = False,
    progress: Progress = NO_PROGRESS,
    total: int = 0,
    collect_rows: bool = False,
) -> ImportSummary:
    """Write ``records`` in one transaction and say what happened.

    ``total`` (e.g. the file's line count) scales the progress reports.
    """
    summary = ImportSummary(format=format, dry_run=dry_run, rows=[] if collect_rows else None)
    try:
        with journal.transaction() as session:
            writer = _Writer(session, summary)
            from networkjournal.store.import_journal import JournalRowWriter

            rows = JournalRowWriter(session, summary, writer)
            add_contact = writer.add
            pending = 0
            for record in records:
                if type(record) is ContactRecord:
                    add_contact(record)
                elif isinstance(record, Rejected):
                    summary.reject(record)
                else:
                    rows.add(record)
                pending += 1
                if pending >= BATCH:
                    pending = 0
                    writer.flush()
                    rows.flush()
                    progress.report(_line(record), total, "")
            writer.flush()
            rows.flush()
            writer.link_introducers()
            progress.report(total, total, "")
            if dry_run:
                raise _DryRun()
    except _DryRun:
        pass
    return summary


def _line(record: object) -> int:
    return int(getattr(record, "line", 0))


def _full_name(row: dict) -> str:
    return f"{row['first_name']} {row['last_name']}".strip()


class _Writer:
    """Contacts: the match dicts, the batch of pending rows, and the bulk writes."""

    def __init__(self, session: Session, summary: ImportSummary) -> None:
        self.session = session
        self.summary = summary
        self.ids: dict[str, int] = {}  # uid -> id, for every contact in the journal
        self.keys: dict[tuple[str, str], str] = {}  # (kind, normalised value) -> uid
        # The other contacts with a key already taken (info@, a switchboard): few.
        self.also: dict[tuple[str, str], list[str]] = {}
        self.loaded_max_id = 0  # contacts with a higher id were added by this import
        # (folded name, folded company) -> uid, or a list of uids when several share it.
        self.name_company: dict[tuple[str, str], str | list[str]] = {}
        self._names: dict[str, str | None] | None = None  # built when a name must be resolved
        self.new: dict[str, dict] = {}  # uid -> row to insert
        self.new_history: dict[str, Sequence[tuple[str, datetime, bool]]] = {}
        # uid (or "" to decide at flush), record, candidates, found by a strong key?
        self.matched: list[tuple[str, ContactRecord, list[str], bool]] = []
        self.links: list[list] = []  # [uid, record]: introducer to resolve at the end
        self._open_links: dict[int, list] = {}  # id(record) -> its links cell, uid still unknown
        # Suggestions about a contact already in the journal, named at flush.
        self._to_name: list[tuple[RowOutcome, str, ContactRecord]] = []
        # Contacts whose stage this import sets from our own contacts.csv: their chats
        # must not move them again (the file already holds the stage and its history).
        self.staged: set[str] = set()
        self.notes: list[dict] = []
        self.fold = Folder()
        self.uids = UidMaker()
        self._days: dict[date, datetime] = {}
        self.now = utcnow()  # one timestamp per batch: rows of one batch share it
        self._load()

    def _load(self) -> None:
        rows = fetch_rows(
            self.session,
            select(
                CONTACTS.c.id,
                CONTACTS.c.uid,
                CONTACTS.c.first_name,
                CONTACTS.c.last_name,
                CONTACTS.c.company,
                CONTACTS.c.email,
                CONTACTS.c.phone,
                CONTACTS.c.linkedin_url,
            ),
        )
        for cid, uid, first, last, company, email, phone, url in rows:
            self.ids[uid] = cid
            self.loaded_max_id = max(self.loaded_max_id, cid)
            self._index(uid, f"{first} {last}".strip(), company, email, phone, url)

    def _index(self, uid, name, company, email, phone, url, name_key=None) -> None:  # type: ignore[no-untyped-def]
        keys = []
        if url and (value := linkedin_key(url)):
            keys.append(("linkedin", value))
        if email and (value := normalize_email(email)):
            keys.append(("email", value))
        if phone and (value := normalize_phone(phone)):
            keys.append(("phone", value))
        self._index_keys(uid, keys)
        self._index_name(uid, name_key or (self.fold(name), self.fold(company)))

    def _index_keys(self, uid: str, keys: list[tuple[str, str]]) -> None:
        setdefault = self.keys.setdefault
        for key in keys:
            owner = setdefault(key, uid)
            if owner != uid:
                sharing = self.also.setdefault(key, [])
                if uid not in sharing:
                    sharing.append(uid)

    def _sharing(self, keys: list[tuple[str, str]]) -> list[str]:
        """Every contact holding one of these keys, best key first."""
        out: list[str] = []
        known, also = self.keys, self.also
        for key in keys:
            uid = known.get(key)
            if uid is not None:
                if uid not in out:
                    out.append(uid)
                more = also.get(key)
                if more:
                    out.extend(u for u in more if u not in out)
        return out

    def _index_name(self, uid: str, name_key: tuple[str, str]) -> None:
        if name_key[0]:
            found = self.name_company.get(name_key)
            if found is None:
                self.name_company[name_key] = uid
            elif isinstance(found, list):
                found.append(uid)
            else:
                self.name_company[name_key] = [found, uid]

    def pending_count(self) -> int:
        return len(self.new) + len(self.matched)

    def _day_start(self, value: date | None) -> datetime | None:
        if value is None:
            return None
        found = self._days.get(value)
        if found is None:
            found = self._days[value] = datetime.combine(value, time())
        return found

    # ------------------------------------------------------------------ match
    def add(self, rec: ContactRecord) -> None:
        uid = None
        keys = contact_keys(rec)
        name_key = (self.fold(rec.full_name), self.fold(rec.company or ""))
        if rec.uid:
            # Our own CSV: the uid says who it is. An unknown uid is a new contact even
            # if it shares an e-mail with another row (the editor allows that).
            if rec.uid in self.ids or rec.uid in self.new:
                uid = rec.uid
                self.matched.append((uid, rec, [], False))
            else:
                uid = self._add_known_uid(rec, keys, name_key)
        elif sharing := self._sharing(keys):
            # Decide at flush, when the names are at hand: a wholly different name is
            # someone else behind the same info@ or switchboard.
            self.matched.append(("", rec, sharing, True))
        else:
            found = self.name_company.get(name_key)
            candidates = [found] if isinstance(found, str) else list(found or ())
            if candidates:
                # Decide at flush: identical to a candidate means "unchanged", else a suggestion.
                self.matched.append(("", rec, candidates, False))
            else:
                uid = self._add_new(rec, keys, name_key=name_key)
        if rec.introduced_by_uid or rec.introduced_by:
            cell = [uid or "", rec]
            self.links.append(cell)
            if not uid:
                self._open_links[id(rec)] = cell

    def _add_known_uid(
        self, rec: ContactRecord, keys: list[tuple[str, str]], name_key: tuple[str, str]
    ) -> str:
        """A row of our CSV whose uid is new here: added; a look suggested if it meets an
        earlier contact of the journal (rows of this same file are distinct by their uid)."""
        found = self.name_company.get(name_key)
        by_name = [found] if isinstance(found, str) else list(found or ())
        ids, floor = self.ids, self.loaded_max_id
        other = next(
            (u for u in self._sharing(keys) + by_name if ids.get(u, floor + 1) <= floor), None
        )
        if other is None:
            return self._add_new(rec, keys, name_key=name_key)
        outcome = RowOutcome(rec.line, "contact", "duplicate", rec.full_name)
        self.summary.suggestions.append(outcome)
        self._to_name.append((outcome, other, rec))
        return self._add_new(rec, keys, outcome, name_key)

    def _relink(self, rec: ContactRecord, uid: str) -> None:
        cell = self._open_links.pop(id(rec), None)
        if cell is not None:
            cell[0] = uid

    def _suggest(self, rec: ContactRecord, detail: str) -> None:
        """Add the row as its own contact, shown as a possible duplicate."""
        outcome = RowOutcome(rec.line, "contact", "duplicate", rec.full_name, detail)
        self.summary.suggestions.append(outcome)
        self._relink(rec, self._add_new(rec, contact_keys(rec), outcome))

    def _add_new(
        self,
        rec: ContactRecord,
        keys: list[tuple[str, str]],
        outcome: RowOutcome | None = None,
        name_key: tuple[str, str] | None = None,
    ) -> str:
        uid = rec.uid or self.uids.next()
        if rec.authoritative and rec.stage:
            self.staged.add(uid)
        now = self.now
        stage = rec.stage or RelationshipStage.IDENTIFIED.value
        tags = rec.tags or ""
        if tags and not rec.authoritative:
            tags = ", ".join(split_tags(tags))
        # In NEW_COLUMNS order: a tuple per row costs far less than a dict at 30,000 rows.
        self.new[uid] = (
            uid, rec.first_name or "", rec.last_name or "", rec.company or "", rec.title or "",
            rec.email or "", rec.phone or "", rec.linkedin_url or "",
            rec.source or Source.OTHER.value, None, tags, rec.research_notes or "",
            rec.notes or "", rec.cadence_days, stage, rec.connected_on, bool(rec.archived),
            rec.created_at or now, now,
        )  # fmt: skip
        if rec.stage_history is not None:
            self.new_history[uid] = rec.stage_history
        else:
            when = self._day_start(rec.connected_on) or now
            self.new_history[uid] = ((stage, when, False),)
        self._index_keys(uid, keys)
        self._index_name(uid, name_key or (self.fold(rec.full_name), self.fold(rec.company)))
        # A possible duplicate is added too, but shown as what needs a look.
        if outcome is None and self.summary.rows is None:
            self.summary.tally("contact", "added")
        else:
            self.summary.note(
                outcome or RowOutcome(rec.line, "contact", "added", rec.full_name), "added"
            )
        return uid

    # ------------------------------------------------------------------ write
    def flush(self) -> None:
        if self.matched:
            self._apply_matches()
        if self._to_name:
            self._name_suggestions()
        if self.new:
            self._insert_new()
        if self.notes:
            bulk_insert(self.session, INTERACTIONS, self.notes)
            self.notes = []

    def _insert_new(self) -> None:
        before = self.session.execute(select(func.max(CONTACTS.c.id))).scalar() or 0
        bulk_insert_rows(self.session, CONTACTS, NEW_COLUMNS, self.new.values())
        for cid, uid in fetch_rows(
            self.session, select(CONTACTS.c.id, CONTACTS.c.uid).where(CONTACTS.c.id > before)
        ):
            if uid in self.new:
                self.ids[uid] = cid
        ids = self.ids
        steps = [
            (ids[uid], s, w, m) for uid, history in self.new_history.items() for s, w, m in history
        ]
        if steps:
            bulk_insert_rows(self.session, STAGES, STAGE_COLUMNS, steps)
        self.now = utcnow()
        self._names = None  # the new contacts count on the next lookup by name
        self.new = {}
        self.new_history = {}

    def _current(self, uids: Iterable[str]) -> dict[str, dict]:
        wanted = [self.ids[u] for u in uids if u in self.ids]
        out: dict[str, dict] = {}
        cols = [CONTACTS.c[name] for name in FETCH_FIELDS]
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            for row in self.session.execute(select(*cols).where(CONTACTS.c.id.in_(chunk))):
                out[row.uid] = dict(row._mapping)
        return out

    def _name_suggestions(self) -> None:
        pending, self._to_name = self._to_name, []
        current = self._current(other for _o, other, _r in pending)
        for outcome, other, rec in pending:
            row = current.get(other)
            if row is not None:
                what = shared_key(row, rec) or "name and company"
                outcome.detail = (
                    f"same {what} as {_full_name(row)}, already in the journal: "
                    "merge them if they are one person"
                )

    def _apply_matches(self) -> None:
        matched, self.matched = self.matched, []
        new = self.new
        if any(u in new for u, _r, _c, _k in matched) or any(
            c in new for _u, _r, cands, _k in matched for c in cands
        ):
            self._insert_new()  # rows repeated inside one file update the earlier row
        wanted = {u for u, _r, _c, _k in matched if u}
        wanted.update(c for _u, _r, cs, _k in matched for c in cs)
        current = self._current(wanted)
        histories = self._histories(
            [u for u, r, _c, _k in matched if u and r.stage_history is not None]
        )
        fold = self.fold
        for uid, rec, candidates, by_key in matched:
            if by_key:
                uid = candidates[0]
                row = current.get(uid)
                if row is None or names_differ(row, rec, fold):
                    uid = next(
                        (
                            c
                            for c in candidates[1:]
                            if c in current and not names_differ(current[c], rec, fold)
                        ),
                        "",
                    )
                if not uid:
                    row = current.get(candidates[0])
                    if row is None:  # not expected: candidates are stored before the lookup
                        self._relink(rec, self._add_new(rec, contact_keys(rec)))
                        continue
                    self._suggest(
                        rec,
                        f"same {shared_key(row, rec)} as {_full_name(row)}, another name: "
                        "added as another person; merge them if they are one",
                    )
                    continue
                self._relink(rec, uid)
            elif not uid:
                same = next(
                    (
                        c
                        for c in candidates
                        if c in current
                        and not conflicts(current[c], rec)
                        and not changes_of(current[c], rec)[0]
                    ),
                    None,
                )
                if same is None:
                    first = current.get(candidates[0]) or {"first_name": "", "last_name": ""}
                    self._suggest(
                        rec,
                        f"same name and company as {_full_name(first)}: "
                        "merge them if they are one person",
                    )
                    continue
                uid = same
                self._relink(rec, uid)
            row = current.get(uid)
            if row is None:
                continue
            self._update(row, rec, histories.get(uid))
        if self.new:
            self._insert_new()

    def _histories(self, uids: list[str]) -> dict[str, list[tuple[str, datetime, bool]]]:
        out: dict[str, list[tuple[str, datetime, bool]]] = {u: [] for u in uids}
        by_id = {self.ids[u]: u for u in uids if u in self.ids}
        ids = list(by_id)
        for start in range(0, len(ids), 500):
            query = (
                select(STAGES.c.contact_id, STAGES.c.stage, STAGES.c.changed_at, STAGES.c.manual)
                .where(STAGES.c.contact_id.in_(ids[start : start + 500]))
                .order_by(STAGES.c.contact_id, STAGES.c.changed_at, STAGES.c.id)
            )
            for cid, stage, when, manual in self.session.execute(query):
                out[by_id[cid]].append((stage, when, bool(manual)))
        return out

    def _update(self, row: dict, rec: ContactRecord, history) -> None:  # type: ignore[no-untyped-def]
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
        row.update(changes)  # a later row for the same person in this batch sees the update
        if note is not None:
            now = utcnow()
            self.notes.append({
                "uid": new_uid(), "contact_id": cid, "kind": InteractionKind.NOTE.value,
                "status": InteractionStatus.DONE.value, "direction": Direction.OUTGOING.value,
                "occurred_at": now, "summary": note[0][:500], "notes": note[1],
                "follow_up_on": None, "follow_up_done_on": None, "created_at": now,
            })  # fmt: skip
            self.summary.job_changes += 1
            detail = note[0]
        self.summary.note(RowOutcome(rec.line, "contact", "updated", rec.full_name, detail))

    def link_introducers(self) -> None:
        """'Introduced by' points at a contact that may come later in the file."""
        self.flush()
        for uid, rec in self.links:
            cid = self.ids.get(uid)
            if cid is None:
                continue
            target = None
            if rec.introduced_by_uid:
                target = self.ids.get(rec.introduced_by_uid)
            if target is None and rec.introduced_by:
                found = self.names().get(self.fold(rec.introduced_by))
                target = self.ids.get(found) if found else None
            if target is not None and target != cid:
                self.session.execute(
                    update(CONTACTS)
                    .where(
                        CONTACTS.c.id == cid, CONTACTS.c.introduced_by_id.is_distinct_from(target)
                    )
                    .values(introduced_by_id=target)
                )

    def names(self) -> dict[str, str | None]:
        """Folded full name -> uid (None when several share it), for rows that name a contact.

        Built from the journal on first use only: LinkedIn, vCard and Google
        imports never need it, so they do not pay for it in memory.
        """
        if self._names is None:
            self.flush()
            self._names = {}
            query = select(CONTACTS.c.uid, CONTACTS.c.first_name, CONTACTS.c.last_name)
            for uid, first, last in self.session.execute(query):
                key = self.fold(f"{first} {last}".strip())
                if key:
                    self._names[key] = None if key in self._names else uid
        return self._names

    def staged_ids(self) -> set[int]:
        return {self.ids[u] for u in self.staged if u in self.ids}

    def contact_id(self, uid: str | None, name: str) -> int | None:
        """A contact for a chat or referrer row: by uid, else by an unambiguous name."""
        if self.new:
            self.flush()
        if uid and uid in self.ids:
            return self.ids[uid]
        found = self.names().get(self.fold(name)) if name.strip() else None
        return self.ids.get(found) if found else None
