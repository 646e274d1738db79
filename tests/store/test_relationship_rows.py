"""The relationship board's rows: each contact's stage and since when, read in one pass."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from networkjournal.core.drafts import ContactDraft
from networkjournal.store.contacts import save_contact, set_archived
from networkjournal.store.models import Contact
from networkjournal.store.relationship_cards import relationship_query, relationship_rows
from networkjournal.store.relationships import set_stage

DATA = Path(__file__).resolve().parents[1] / "data"


def _contact(session, first, *, stage="identified", when=None):
    contact = save_contact(session, ContactDraft(first_name=first, stage=stage))
    if when is not None:  # date the creation's stage change like the rest of the story
        contact.stage_changes[0].changed_at = when
    return contact


def _since(journal, ids=None):
    with journal.read() as session:
        return {row.first_name: row.since for row in relationship_rows(session, ids)}


def test_since_is_the_date_of_the_newest_stage_change(journal):
    with journal.transaction() as session:
        camille = _contact(session, "Camille", when=datetime(2026, 1, 5, 9, 0))
        set_stage(session, camille, "request_sent", manual=True, when=datetime(2026, 2, 1, 9, 0))
        set_stage(session, camille, "connected", manual=True, when=datetime(2026, 3, 1, 9, 0))
    assert _since(journal) == {"Camille": datetime(2026, 3, 1, 9, 0)}


def test_the_last_change_made_wins_even_when_dated_earlier(journal):
    """A chat logged after the fact moves the stage with an older date: that move is 'since'."""
    with journal.transaction() as session:
        hugo = _contact(session, "Hugo", when=datetime(2026, 3, 10, 9, 0))
        set_stage(session, hugo, "chatted", manual=False, when=datetime(2026, 3, 2, 18, 0))
    assert _since(journal) == {"Hugo": datetime(2026, 3, 2, 18, 0)}


def test_a_contact_without_history_is_there_since_it_was_added(journal):
    added = datetime(2025, 12, 24, 8, 30)
    with journal.transaction() as session:
        session.add(Contact(first_name="Inès", stage="connected", created_at=added))
    with journal.read() as session:
        [row] = relationship_rows(session)
    assert (row.name, row.stage, row.since) == ("Inès", "connected", added)


def test_archived_contacts_are_left_out_and_ids_pick_cards(journal):
    with journal.transaction() as session:
        ids = {
            name: _contact(session, name, when=datetime(2026, 1, day, 9, 0)).id
            for day, name in enumerate(["Léa", "Omar", "Sara", "Yuki"], start=1)
        }
        set_archived(session, [ids["Omar"]], True)
    with journal.read() as session:
        everyone = relationship_rows(session)
        picked = relationship_rows(session, [ids["Léa"], ids["Omar"], ids["Yuki"]])
    assert [row.first_name for row in everyone] == ["Yuki", "Sara", "Léa"]  # newest first
    assert [row.first_name for row in picked] == ["Yuki", "Léa"]
    assert [row.stage for row in picked] == ["identified", "identified"]


# --- the query plan ------------------------------------------------------------------------
# Joining a grouped "newest change per contact" subquery made SQLite scan the whole
# subquery once per contact: 32 s for 30,000 imported contacts. Every per-contact step
# must be an index search; the one full scan allowed is the pass over the contacts.


def _plan(journal, statement) -> list[tuple[int, int, str]]:
    sql = str(statement.compile(dialect=journal.engine.dialect,
                                compile_kwargs={"literal_binds": True}))
    with journal.engine.connect() as conn:
        rows = conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}").all()
    return [(node, parent, detail) for node, parent, _unused, detail in rows]


def _per_row_scans(plan: list[tuple[int, int, str]]) -> list[str]:
    """Steps that read a whole table or subquery once for each row of an outer loop.

    A nested loop's inner step reads per outer row: it must SEARCH, not SCAN. A
    correlated subquery runs once per row: nothing inside it may SCAN either. A
    MATERIALIZE or LIST subquery runs once, so its own outer scan is fine.
    """
    details = {node: detail for node, _parent, detail in plan}
    parents = {node: parent for node, parent, _detail in plan}

    def correlated(node: int) -> bool:
        while node:
            if details.get(node, "").startswith("CORRELATED"):
                return True
            node = parents.get(node, 0)
        return False

    wrong = []
    loops_seen: dict[int, int] = {}
    for _node, parent, detail in plan:
        if not detail.startswith(("SCAN", "SEARCH")):
            continue
        loops_seen[parent] = loops_seen.get(parent, 0) + 1
        inner_loop = loops_seen[parent] > 1
        if detail.startswith("SCAN") and (inner_loop or correlated(parent)):
            wrong.append(detail)
    return wrong


@pytest.fixture
def imported(journal):
    """A journal filled by the app's own LinkedIn import (one stage change per contact)."""
    from networkjournal.io.readers import open_source
    from networkjournal.store.imports import import_records

    source = open_source(DATA / "linkedin_connections.csv")
    import_records(journal, source.records(), format=source.format)
    with journal.transaction() as session:
        first = session.scalars(select(Contact).order_by(Contact.id)).first()
        set_stage(session, first, "chatted", manual=True)  # some history longer than one
    return journal


@pytest.mark.sqlite_only  # SQLite's query plan
@pytest.mark.parametrize("ids", [None, [1, 2, 3]], ids=["board", "some cards"])
def test_no_step_of_the_board_query_rereads_the_stage_history_per_contact(imported, ids):
    with imported.read() as session:
        assert len(relationship_rows(session)) > 10  # the plan below is of a real board
    plan = _plan(imported, relationship_query(ids))
    text = "\n".join(detail for _n, _p, detail in plan)
    assert _per_row_scans(plan) == [], text
    # the newest change of each contact is found through an index, not by reading history
    assert any(detail.startswith("SEARCH contact_stage_changes USING")
               and "INDEX" in detail for _n, _p, detail in plan), text


def test_the_plan_check_catches_a_scan_inside_a_loop():
    """The check itself: the old query's plan (a subquery scanned per contact) fails it."""
    old_plan = [
        (3, 0, "MATERIALIZE anon_1"),
        (6, 3, "MATERIALIZE anon_2"),
        (13, 6, "SCAN contact_stage_changes USING COVERING INDEX "
                "ix_contact_stage_changes_contact_id"),
        (47, 3, "SCAN anon_2"),
        (49, 3, "SEARCH contact_stage_changes USING INTEGER PRIMARY KEY (rowid=?)"),
        (61, 0, "SCAN contacts"),
        (67, 0, "SCAN anon_1 LEFT-JOIN"),
        (91, 0, "USE TEMP B-TREE FOR ORDER BY"),
    ]
    assert _per_row_scans(old_plan) == ["SCAN anon_1 LEFT-JOIN"]
    correlated_scan = [
        (2, 0, "SCAN contacts"),
        (5, 0, "CORRELATED SCALAR SUBQUERY 1"),
        (9, 5, "SCAN contact_stage_changes"),
    ]
    assert _per_row_scans(correlated_scan) == ["SCAN contact_stage_changes"]
