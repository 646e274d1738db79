"""Upgrading to 0003: people a written reply alone had made Chatted are Connected again."""

from __future__ import annotations

import sqlite3
from datetime import datetime

from sqlalchemy import select

from networkjournal.store.journal import open_journal
from networkjournal.store.models import Contact, ContactStageChange, Interaction
from networkjournal.store.schema_version import SCHEMA_HEAD


def _person(s, name, stage, steps, chats):
    contact = Contact(first_name=name, stage=stage)
    s.add(contact)
    s.flush()
    for n, (step, manual) in enumerate(steps):
        s.add(ContactStageChange(contact_id=contact.id, stage=step, manual=manual,
                                 changed_at=datetime(2026, 3, 1 + n, 9)))
    for n, (kind, direction) in enumerate(chats):
        s.add(Interaction(contact_id=contact.id, kind=kind, direction=direction,
                          occurred_at=datetime(2026, 3, 1 + n, 9)))
    return contact.id


def test_a_reply_alone_no_longer_makes_anyone_chatted(journal, journal_path):
    with journal.transaction() as s:
        replied = _person(s, "Ben", "chatted", [("request_sent", False), ("chatted", False)],
                          [("connection_request", "outgoing"), ("message", "incoming")])
        planned = _person(s, "Chloé", "chatted",
                          [("chat_planned", False), ("chatted", False)],
                          [("coffee_chat", "outgoing"), ("email", "incoming")])
        talked = _person(s, "Ana", "chatted", [("chatted", False)],
                         [("message", "incoming"), ("coffee_chat", "outgoing")])
        by_hand = _person(s, "Dana", "chatted", [("request_sent", False), ("chatted", True)],
                          [("message", "incoming")])
        s.execute(Interaction.__table__.update()
                  .where(Interaction.contact_id == planned, Interaction.kind == "coffee_chat")
                  .values(status="planned"))
    journal.close()
    with sqlite3.connect(journal_path) as db:  # the journal as 0.1/0002 left it
        db.execute("UPDATE alembic_version SET version_num = '0002'")
        db.execute("DROP TABLE wins")  # added by 0004
        db.execute("DROP TABLE past_companies")  # added by 0005
    upgraded = open_journal(f"sqlite:///{journal_path}")
    try:
        with upgraded.read() as s:
            stage = dict(s.execute(select(Contact.id, Contact.stage)).all())

            def steps(cid):
                return [(c.stage, c.manual) for c in s.scalars(
                    select(ContactStageChange).where(ContactStageChange.contact_id == cid)
                    .order_by(ContactStageChange.id))]

            assert stage[replied] == "connected"  # reachable, not a relationship built
            assert steps(replied) == [("request_sent", False), ("connected", False)]
            assert stage[planned] == "chat_planned"  # the planned chat still stands
            assert steps(planned) == [("chat_planned", False)]  # Connected was no move
            assert stage[talked] == "chatted" and steps(talked) == [("chatted", False)]
            assert stage[by_hand] == "chatted"  # moved by hand: kept
        assert upgraded.backup_path is not None  # the journal was copied before the upgrade
    finally:
        upgraded.close()
    with sqlite3.connect(journal_path) as db:
        assert db.execute("SELECT version_num FROM alembic_version").fetchone()[0] == SCHEMA_HEAD
