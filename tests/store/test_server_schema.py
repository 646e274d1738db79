"""On PostgreSQL, a new journal (built from the models) and one migrated step by step match."""

from __future__ import annotations

from sqlalchemy import create_engine, insert, select

from networkjournal.store.journal import alembic_config, open_journal
from networkjournal.store.models import Contact
from networkjournal.store.schema_version import SCHEMA_HEAD
from tests.store.test_journal_create import inspected


def _upgrade(url: str, revision: str) -> None:
    from alembic import command

    engine = create_engine(url)
    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, revision)
    engine.dispose()


def test_a_new_server_journal_equals_one_migrated_step_by_step(server_journal_url,
                                                              server_schemas):
    created, migrated = server_journal_url, server_schemas()
    open_journal(created).close()
    _upgrade(migrated, "head")
    assert inspected(created) == inspected(migrated)


def test_an_older_server_journal_is_upgraded_at_open_with_its_rows(server_journal_url):
    """A journal made by 0.1.0 (schema 0001) on a server: opening it runs every revision."""
    _upgrade(server_journal_url, "0001")
    engine = create_engine(server_journal_url)
    long_name = "N" * 250  # longer than 0001's VARCHAR(200): TEXT once 0006 ran
    with engine.begin() as conn:
        conn.execute(insert(Contact.__table__).values(
            uid="0f0e0d0c-0000-4000-8000-000000000001", first_name="Ana", last_name="",
            company="Alan", title="", email="", phone="", linkedin_url="", source="other",
            tags="", research_notes="", notes="", stage="connected", archived=False))
    engine.dispose()
    journal = open_journal(server_journal_url)
    try:
        assert journal.backup_path is None  # a server journal is backed up by its server
        with journal.transaction() as session:
            session.add(Contact(first_name=long_name))
        with journal.read() as session:
            assert sorted(session.scalars(select(Contact.first_name))) == ["Ana", long_name]
        with journal.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() \
                == SCHEMA_HEAD
    finally:
        journal.close()
