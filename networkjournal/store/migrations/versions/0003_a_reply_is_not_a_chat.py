"""a written reply no longer makes anyone Chatted: stages recomputed from the log

Until 0.2 a message or e-mail from a contact moved them to Chatted and counted a
relationship built. Only a real conversation (a done coffee chat, call, meeting or
lunch) does now; a reply shows the person is reachable: Connected. Contacts shown
Chatted by the log alone, with no real conversation, get their automatic Chatted steps
rewritten as Connected (same date) and their stage recomputed as the app would have
set it. A stage the user set by hand is kept.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None

ORDER = ["identified", "request_sent", "connected", "chat_planned", "chatted", "advocate"]
CONVERSATIONS = ("coffee_chat", "call", "meeting", "lunch")

contacts = sa.table("contacts", sa.column("id", sa.Integer), sa.column("stage", sa.String))
changes = sa.table(
    "contact_stage_changes", sa.column("id", sa.Integer), sa.column("contact_id", sa.Integer),
    sa.column("stage", sa.String), sa.column("manual", sa.Boolean),
)
interactions = sa.table(
    "interactions", sa.column("contact_id", sa.Integer), sa.column("kind", sa.String),
    sa.column("status", sa.String), sa.column("direction", sa.String),
)


def _rank(stage: str) -> int:
    return ORDER.index(stage) if stage in ORDER else 0


def upgrade() -> None:
    bind = op.get_bind()
    talked = sa.select(interactions.c.contact_id).where(
        interactions.c.status == "done", interactions.c.kind.in_(CONVERSATIONS))
    replied = sa.select(interactions.c.contact_id).where(
        interactions.c.status == "done", interactions.c.kind.in_(("message", "email")),
        interactions.c.direction == "incoming")
    # Chatted, with a reply from them and no conversation: the reply alone did it.
    wrong = sa.select(contacts.c.id).where(contacts.c.stage == "chatted",
                                           contacts.c.id.in_(replied),
                                           contacts.c.id.not_in(talked))
    for contact_id in bind.execute(wrong).scalars().all():
        history = bind.execute(
            sa.select(changes.c.id, changes.c.stage, changes.c.manual)
            .where(changes.c.contact_id == contact_id).order_by(changes.c.id)
        ).all()
        if not history or history[-1].manual:
            continue  # set by hand (or with no history to tell): the user's to keep
        # Replay the history as the app does now: a manual step sets the stage, an
        # automatic one only moves it forward; a Chatted step from the log becomes Connected.
        stage = "identified"
        for step_id, step, manual in history:
            if step == "chatted" and not manual:
                step = "connected"
                if _rank(step) <= _rank(stage):  # no longer a move: drop it
                    bind.execute(sa.delete(changes).where(changes.c.id == step_id))
                    continue
                bind.execute(sa.update(changes).where(changes.c.id == step_id)
                             .values(stage=step))
            if manual or _rank(step) > _rank(stage):
                stage = step
        bind.execute(sa.update(contacts).where(contacts.c.id == contact_id)
                     .values(stage=stage))


def downgrade() -> None:
    # The old rule is not restored: which Connected steps a reply made is not recorded.
    pass
