"""Alembic environment: runs on the connection the journal opened (never its own engine)."""

from __future__ import annotations

from alembic import context

from networkjournal.store.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - only the journal drives migrations
    raise RuntimeError("Migrations run through networkjournal.store.journal.open_journal().")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    # SQLite cannot ALTER most things: batch mode copies the table instead.
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
