"""The contact rows of an import: each record matched by key, new ones written by batches.

Contacts are matched by uid, LinkedIn URL, email, normalised phone (in that
order); name + company is only a duplicate *suggestion*. A shared e-mail or
phone (info@, a switchboard) with a wholly different name is another person:
added, and shown as a suggestion. A row of our own CSV carries its uid: an
unknown uid is a new contact, never matched by key.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from networkjournal.core.clock import utcnow
from networkjournal.core.records import ContactRecord
from networkjournal.core.relationship import starting_stage
from networkjournal.core.validation import split_tags
from networkjournal.core.vocabulary import Source
from networkjournal.store.bulk import Folder, UidMaker, bulk_insert_rows, fetch_rows, linkedin_key
from networkjournal.store.import_index import ContactIndex, MatchKey, NameKey
from networkjournal.store.import_rules import (
    changes_of,
    conflicts,
    contact_keys,
    names_differ,
    shared_key,
)
from networkjournal.store.import_summary import ImportSummary, RowOutcome
from networkjournal.store.import_updates import STAGE_COLUMNS, ContactUpdater
from networkjournal.store.models import Contact, ContactStageChange

CONTACTS = Contact.__table__
STAGES = ContactStageChange.__table__
NEW_COLUMNS = (
    "uid", "first_name", "last_name", "company", "title", "email", "phone", "linkedin_url",
    "source", "introduced_by_id", "tags", "research_notes", "notes", "cadence_days", "stage",
    "connected_on", "archived", "created_at", "updated_at",
)  # fmt: skip
_OTHER = Source.OTHER.value
_UIDS_PER_QUERY = 500  # an IN (...) list well under every database's parameter limit


def _full_name(row: dict) -> str:
    return f"{row['first_name']} {row['last_name']}".strip()


class ContactWriter:
    """Contacts: match each record, keep the new ones pending, write them at flush.

    A record that meets an existing contact is decided at flush, when the
    contacts' rows are read by batch (names compared, changes applied).
    """

    def __init__(self, session: Session, summary: ImportSummary) -> None:
        self.session = session
        self.summary = summary
        self.fold = Folder()
        self.index = ContactIndex(session, self.fold)
        self.ids = self.index.ids  # uid -> id
        # Contacts whose stage this import sets from our own contacts.csv: their chats
        # must not move them again (the file already holds the stage and its history).
        self.staged: set[str] = set()
        self.updates = ContactUpdater(session, summary, self.staged)
        self.new: dict[str, tuple] = {}  # uid -> row to insert, in NEW_COLUMNS order
        self.new_history: dict[str, Sequence[tuple[str, datetime, bool]]] = {}
        # uid (or "" to decide at flush), record, candidates, found by a strong key?
        self.matched: list[tuple[str, ContactRecord, list[str], bool]] = []
        self.links: list[list] = []  # [uid, record]: introducer to resolve at the end
        self._open_links: dict[int, list] = {}  # id(record) -> its links cell, uid still unknown
        # Suggestions about a contact already in the journal, named at flush.
        self._to_name: list[tuple[RowOutcome, str, ContactRecord]] = []
        self.uids = UidMaker()
        self._days: dict[date, datetime] = {}
        self._bound: dict[str, dict] = {}  # dates and timestamps as the driver takes them
        self.now = utcnow()  # one timestamp per batch: rows of one batch share it
        self._added = 0  # contacts added since the last flush, not yet in the summary

    # ------------------------------------------------------------------ match
    def add(self, rec: ContactRecord) -> None:
        uid = None
        keys = contact_keys(rec)
        fold = self.fold
        name_key = (fold(rec.full_name), fold(rec.company))
        index = self.index
        if rec.uid:
            # Our own CSV: the uid says who it is. An unknown uid is a new contact even
            # if it shares an e-mail with another row (the editor allows that).
            if rec.uid in self.ids or rec.uid in self.new:
                uid = rec.uid
                self.matched.append((uid, rec, [], False))
            else:
                uid = self._add_known_uid(rec, keys, name_key)
        elif keys and (sharing := index.sharing(keys)):
            # Decide at flush, when the names are at hand: a wholly different name is
            # someone else behind the same info@ or switchboard.
            self.matched.append(("", rec, sharing, True))
        elif (found := index.name_company.get(name_key)) is not None:
            # Decide at flush: identical to a candidate means "unchanged", else a suggestion.
            candidates = [found] if isinstance(found, str) else list(found)
            self.matched.append(("", rec, candidates, False))
        else:
            uid = self._add_new(rec, keys, name_key)
        if rec.introduced_by_uid or rec.introduced_by:
            cell = [uid or "", rec]
            self.links.append(cell)
            if not uid:
                self._open_links[id(rec)] = cell

    def _add_known_uid(self, rec: ContactRecord, keys: list[MatchKey], name_key: NameKey) -> str:
        """A row of our CSV whose uid is new here: added; a look suggested if it meets an
        earlier contact of the journal (rows of this same file are distinct by their uid)."""
        index = self.index
        earlier = index.was_there_before
        other = next((u for u in index.sharing(keys) + index.by_name(name_key) if earlier(u)), None)
        if other is None:
            return self._add_new(rec, keys, name_key)
        outcome = RowOutcome(rec.line, "contact", "duplicate", rec.full_name)
        self.summary.suggestions.append(outcome)
        self._to_name.append((outcome, other, rec))
        return self._add_new(rec, keys, name_key, outcome)

    def _relink(self, rec: ContactRecord, uid: str) -> None:
        cell = self._open_links.pop(id(rec), None)
        if cell is not None:
            cell[0] = uid

    def _suggest(self, rec: ContactRecord, detail: str) -> None:
        """Add the row as its own contact, shown as a possible duplicate."""
        outcome = RowOutcome(rec.line, "contact", "duplicate", rec.full_name, detail)
        self.summary.suggestions.append(outcome)
        name_key = (self.fold(rec.full_name), self.fold(rec.company))
        self._relink(rec, self._add_new(rec, contact_keys(rec), name_key, outcome))

    def _add_new(
        self,
        rec: ContactRecord,
        keys: list[MatchKey],
        name_key: NameKey,
        outcome: RowOutcome | None = None,
    ) -> str:
        """Keep ``rec`` as a new contact, written at the next flush; returns its uid."""
        uid = rec.uid or self.uids.next()
        authoritative = rec.authoritative
        stage = rec.stage
        if authoritative and stage:
            self.staged.add(uid)
        stage = stage or starting_stage(rec.source or _OTHER)  # an address book: known people
        tags = rec.tags or ""
        if tags and not authoritative:
            tags = ", ".join(split_tags(tags))
        now = self.now
        connected = rec.connected_on
        # A tuple per row costs far less than a dict at 30,000 rows.
        self.new[uid] = (
            uid, rec.first_name or "", rec.last_name or "", rec.company or "", rec.title or "",
            rec.email or "", rec.phone or "", rec.linkedin_url or "", rec.source or _OTHER, None,
            tags, rec.research_notes or "", rec.notes or "", rec.cadence_days, stage,
            connected, bool(rec.archived), rec.created_at or now, now,
        )  # fmt: skip
        if rec.stage_history is not None:
            self.new_history[uid] = rec.stage_history
        else:  # one step, dated by the connection when the file gives it
            when = now
            if connected is not None:
                when = self._days.get(connected) or self._day_start(connected)
            self.new_history[uid] = ((stage, when, False),)
        self.index.add(uid, keys, name_key)
        # A possible duplicate is added too, but shown as what needs a look.
        if outcome is None and self.summary.rows is None:
            self._added += 1  # counted at flush: a call per row adds up at 30,000 rows
        else:
            self.summary.note(
                outcome or RowOutcome(rec.line, "contact", "added", rec.full_name), "added"
            )
        return uid

    def _day_start(self, day: date) -> datetime:
        start = self._days[day] = datetime.combine(day, time())
        return start

    # ------------------------------------------------------------------ write
    def flush(self) -> None:
        if self.matched:
            self._apply_matches()
        if self._to_name:
            self._name_suggestions()
        if self.new:
            self._insert_new()
        self.updates.flush()
        if self._added:  # last: a match decided above may add its row as a new contact
            self.summary.tally("contact", "added", self._added)
            self._added = 0

    def _insert_new(self) -> None:
        session = self.session
        before = session.execute(select(func.max(CONTACTS.c.id))).scalar() or 0
        new = self.new
        bulk_insert_rows(session, CONTACTS, NEW_COLUMNS, new.values(), self._bound)
        ids = self.ids
        ids.update(self._ids_given(before, new))
        steps = [
            (ids[uid], s, w, m) for uid, history in self.new_history.items() for s, w, m in history
        ]
        if steps:
            bulk_insert_rows(session, STAGES, STAGE_COLUMNS, steps, self._bound)
        self.now = utcnow()
        self.index.forget_names()  # the new contacts count on the next lookup by name
        self.new = {}
        self.new_history = {}

    def _ids_given(self, before: int, new: dict[str, tuple]) -> dict[str, int]:
        """uid -> id of the rows just inserted after id ``before``, in their order.

        When exactly these rows lie above ``before``, each took the next id in turn
        (the database hands ids out in increasing order), so the ids are counted rather
        than read back. Otherwise (another client's rows in between, a server's sequence
        behind the highest id, SQLite picking free ids once the largest is taken) they
        are read back by uid.
        """
        above = select(func.count(), func.max(CONTACTS.c.id)).where(CONTACTS.c.id > before)
        count, highest = self.session.execute(above).one()
        if count == len(new) and highest == before + len(new):
            return dict(zip(new, range(before + 1, highest + 1), strict=True))
        uids = list(new)
        found: dict[str, int] = {}
        for start in range(0, len(uids), _UIDS_PER_QUERY):
            chunk = uids[start : start + _UIDS_PER_QUERY]
            query = select(CONTACTS.c.uid, CONTACTS.c.id).where(CONTACTS.c.uid.in_(chunk))
            found.update(fetch_rows(self.session, query))
        return found

    def _name_suggestions(self) -> None:
        pending, self._to_name = self._to_name, []
        current = self.updates.current(self.ids, (other for _o, other, _r in pending))
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
        current = self.updates.current(self.ids, wanted)
        histories = self.updates.histories(
            self.ids, [u for u, r, _c, _k in matched if u and r.stage_history is not None]
        )
        for uid, rec, candidates, by_key in matched:
            if by_key:
                uid = self._same_person(rec, candidates, current)
                if not uid:
                    continue
            elif not uid:
                uid = self._identical(rec, candidates, current)
                if not uid:
                    continue
            row = current.get(uid)
            if row is None:
                continue
            self.updates.apply(row, rec, histories.get(uid))
        if self.new:
            self._insert_new()

    def _same_person(self, rec: ContactRecord, candidates: list[str], current: dict) -> str:
        """The contact sharing a strong key with ``rec`` under a compatible name, else ""
        (and ``rec`` is added as another person, shown as a possible duplicate)."""
        fold = self.fold
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
                name_key = (fold(rec.full_name), fold(rec.company))
                self._relink(rec, self._add_new(rec, contact_keys(rec), name_key))
                return ""
            self._suggest(
                rec,
                f"same {shared_key(row, rec)} as {_full_name(row)}, another name: "
                "added as another person; merge them if they are one",
            )
            return ""
        self._relink(rec, uid)
        return uid

    def _identical(self, rec: ContactRecord, candidates: list[str], current: dict) -> str:
        """The same-name-and-company contact ``rec`` changes nothing on, else ""
        (and ``rec`` is added, shown as a possible duplicate)."""
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
                f"same name and company as {_full_name(first)}: merge them if they are one person",
            )
            return ""
        self._relink(rec, same)
        return same

    # --------------------------------------------------------- after the rows
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
        """Folded full name -> uid (None when several share it); see ContactIndex.names."""
        if not self.index.names_loaded:
            self.flush()
        return self.index.names()

    def staged_ids(self) -> set[int]:
        return {self.ids[u] for u in self.staged if u in self.ids}

    def contact_id(self, uid: str | None, name: str, url: str | None = None) -> int | None:
        """A contact for a chat or referrer row: by uid, by LinkedIn profile, else by an
        unambiguous name."""
        if self.new:
            self.flush()
        if uid and uid in self.ids:
            return self.ids[uid]
        if url and (owner := self.index.keys.get(("linkedin", linkedin_key(url)))):
            return self.ids.get(owner)
        found = self.names().get(self.fold(name)) if name.strip() else None
        return self.ids.get(found) if found else None
