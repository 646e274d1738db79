"""unbounded text on PostgreSQL: names, companies, titles, summaries, URLs and uids become TEXT

SQLite never enforces VARCHAR lengths, so journal files hold longer values than the
columns say; a journal on a PostgreSQL server refused them ("value too long"). Nothing
changes in a journal file.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None

COLUMNS = [
    ('contacts', 'uid', 36), ('contacts', 'first_name', 200), ('contacts', 'last_name', 200),
    ('contacts', 'company', 300), ('contacts', 'title', 300), ('contacts', 'email', 320),
    ('contacts', 'phone', 64), ('contacts', 'linkedin_url', 500),
    ('wins', 'uid', 36), ('wins', 'text', 300),
    ('interactions', 'uid', 36), ('interactions', 'summary', 500),
    ('opportunities', 'uid', 36), ('opportunities', 'company', 300),
    ('opportunities', 'role', 300), ('opportunities', 'url', 500),
    ('past_companies', 'company', 300),
]


def upgrade() -> None:
    if op.get_bind().dialect.name != 'postgresql':
        return
    for table, column, length in COLUMNS:
        op.alter_column(table, column, type_=sa.Text(), existing_type=sa.String(length))


def downgrade() -> None:
    if op.get_bind().dialect.name != 'postgresql':
        return
    for table, column, length in COLUMNS:
        op.alter_column(table, column, type_=sa.String(length), existing_type=sa.Text(),
                        postgresql_using=f'left({column}, {length})')
