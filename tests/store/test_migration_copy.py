"""A migration that copies a table (Alembic batch mode) keeps every row of every table."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from networkjournal.errors import UserError
from networkjournal.ops.transfer import build_demo
from networkjournal.store import journal as journal_module
from networkjournal.store.journal import open_journal
from networkjournal.store.journal_health import integrity_problems
from networkjournal.store.schema_version import SCHEMA_HEAD

# A throwaway next revision, as a future schema change would be written: batch mode rebuilds
# `contacts` (create a copy, copy the rows, DROP the old table, rename), which the chats,
# stage history and past companies point at with ON DELETE CASCADE.
NEXT_REVISION = '''"""test: rebuild contacts

Revision ID: 9001
Revises: {head}
"""
import sqlalchemy as sa
from alembic import op

revision = "9001"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("contacts", recreate="always") as batch_op:
        batch_op.add_column(sa.Column("pronouns", sa.String(40), nullable=True))
    {extra}


def downgrade() -> None:
    pass
'''


def _with_next_revision(monkeypatch, tmp_path: Path, extra: str = "") -> None:
    """The shipped migrations plus one more revision, as the runner sees them."""
    migrations = tmp_path / "migrations"
    shutil.copytree(Path(journal_module.__file__).parent / "migrations", migrations,
                    ignore=shutil.ignore_patterns("__pycache__"))
    (migrations / "versions" / "9001_rebuild_contacts.py").write_text(
        NEXT_REVISION.format(head=SCHEMA_HEAD, extra=extra or "pass"), encoding="utf-8")
    monkeypatch.setattr(journal_module, "_migrations_dir", lambda: str(migrations))
    monkeypatch.setattr(journal_module, "SCHEMA_HEAD", "9001")


def _rows(path: Path) -> dict[str, list[tuple]]:
    """Every table's rows (the columns every revision has), in key order."""
    with sqlite3.connect(path) as conn:
        tables = [name for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
            "AND name != 'alembic_version' ORDER BY name")]
        found = {}
        for table in tables:
            columns = [row[1] for row in conn.execute(f'PRAGMA table_info("{table}")')
                       if row[1] != "pronouns"]
            names = ", ".join(f'"{c}"' for c in columns)
            found[table] = conn.execute(f'SELECT {names} FROM "{table}" ORDER BY 1').fetchall()
    conn.close()
    return found


@pytest.fixture
def sample(journal, journal_path):
    build_demo(journal)
    journal.close()
    return journal_path


def test_a_migration_copying_contacts_keeps_every_row(sample, tmp_path, monkeypatch):
    before = _rows(sample)
    assert len(before["interactions"]) > 100 and len(before["contact_stage_changes"]) > 100
    _with_next_revision(monkeypatch, tmp_path)
    upgraded = open_journal(f"sqlite:///{sample}")
    try:
        assert integrity_problems(upgraded) == []
        with upgraded.engine.connect() as conn:  # foreign keys are back on afterwards
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    finally:
        upgraded.close()
    after = _rows(sample)
    assert {t: len(r) for t, r in after.items()} == {t: len(r) for t, r in before.items()}
    assert after == before


def test_a_migration_that_would_break_links_is_refused_and_changes_nothing(
        sample, tmp_path, monkeypatch):
    before = _rows(sample)
    # A faulty revision: it leaves chats pointing at a contact that no longer exists.
    _with_next_revision(monkeypatch, tmp_path,
                        extra='op.execute("DELETE FROM contacts WHERE id = '
                              '(SELECT min(contact_id) FROM interactions)")')
    with pytest.raises(UserError, match="nothing was changed"):
        open_journal(f"sqlite:///{sample}")
    assert _rows(sample) == before
    with sqlite3.connect(sample) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == \
            SCHEMA_HEAD
    conn.close()


def test_check_reports_rows_pointing_at_nothing(journal, journal_path):
    build_demo(journal)
    journal.close()
    with sqlite3.connect(journal_path) as conn:  # foreign keys off: as a bad tool would
        conn.execute("DELETE FROM contacts WHERE id = (SELECT min(contact_id) FROM interactions)")
    conn.close()
    reopened = open_journal(f"sqlite:///{journal_path}", read_only=True)
    try:
        assert any(p.startswith("foreign key: table interactions")
                   for p in integrity_problems(reopened))
    finally:
        reopened.close()
