"""stage history indexed by (contact_id, id): a contact's newest change in one probe

The relationship board reads each contact's newest stage change; this index serves
that lookup and every "history of this contact" query the old (contact_id) index did.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26
"""

from __future__ import annotations

from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('contact_stage_changes', schema=None) as batch_op:
        batch_op.create_index(
            'ix_contact_stage_changes_contact_id_id', ['contact_id', 'id'], unique=False
        )
        batch_op.drop_index('ix_contact_stage_changes_contact_id')


def downgrade() -> None:
    with op.batch_alter_table('contact_stage_changes', schema=None) as batch_op:
        batch_op.create_index('ix_contact_stage_changes_contact_id', ['contact_id'], unique=False)
        batch_op.drop_index('ix_contact_stage_changes_contact_id_id')
