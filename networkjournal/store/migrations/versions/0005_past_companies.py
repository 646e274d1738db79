"""past companies: where a contact worked before, for introductions through former colleagues

Filled from the job changes earlier imports noted in the chat log (a note "now … at X"
whose text reads "was … at Y" or "was at Y"): Y is a past company, dated by the note.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None

interactions = sa.table(
    "interactions", sa.column("contact_id", sa.Integer), sa.column("kind", sa.String),
    sa.column("summary", sa.String), sa.column("notes", sa.Text),
    sa.column("occurred_at", sa.DateTime),
)


def upgrade() -> None:
    # A new table only: no existing table is copied, so no row elsewhere can be touched.
    past = op.create_table(
        'past_companies',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('contact_id', sa.Integer(), nullable=False),
        sa.Column('company', sa.String(length=300), nullable=False),
        sa.Column('left_on', sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(['contact_id'], ['contacts.id'],
                                name=op.f('fk_past_companies_contact_id_contacts'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_past_companies')),
    )
    op.create_index(op.f('ix_past_companies_contact_id'), 'past_companies', ['contact_id'],
                    unique=False)
    notes = op.get_bind().execute(
        sa.select(interactions.c.contact_id, interactions.c.notes, interactions.c.occurred_at)
        .where(interactions.c.kind == "note", interactions.c.summary.like("now %"),
               interactions.c.notes.like("was %")))
    rows = [{"contact_id": cid, "company": company, "left_on": when.date()}
            for cid, text, when in notes if (company := _was_at(text))]
    if rows:
        op.bulk_insert(past, rows)


def _was_at(text: str) -> str:
    """"was Engineer at Alan" → "Alan" (the company follows the last " at ")."""
    first_line = text.splitlines()[0] if text else ""
    if first_line.startswith("was at "):
        return first_line[len("was at "):].strip()[:300]
    _, found, company = first_line.rpartition(" at ")
    return company.strip()[:300] if found else ""


def downgrade() -> None:
    op.drop_index(op.f('ix_past_companies_contact_id'), table_name='past_companies')
    op.drop_table('past_companies')
