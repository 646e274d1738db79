"""a log of wins: good news kept with its date (an introduction made, an interview)

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A new table only: no existing table is copied, so no row elsewhere can be touched.
    op.create_table(
        'wins',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('uid', sa.String(length=36), nullable=False),
        sa.Column('happened_on', sa.Date(), nullable=False),
        sa.Column('text', sa.String(length=300), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_wins')),
        sa.UniqueConstraint('uid', name=op.f('uq_wins_uid')),
    )
    op.create_index(op.f('ix_wins_happened_on'), 'wins', ['happened_on'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_wins_happened_on'), table_name='wins')
    op.drop_table('wins')
