"""Opening, migrating and protecting the journal file."""

import os
import sqlite3
import stat
from pathlib import Path

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError

from networkjournal.core.drafts import ChatDraft, ContactDraft
from networkjournal.errors import JournalTooNewError, UserError
from networkjournal.store.chats import log_chat
from networkjournal.store.contacts import delete_contacts, save_contact
from networkjournal.store.journal import head_revision, open_journal
from networkjournal.store.journal_health import integrity_problems
from networkjournal.store.models import Contact, ContactStageChange, Interaction


def _add(journal, first="Camille", **fields):
    with journal.transaction() as session:
        return save_contact(session, ContactDraft(first_name=first, **fields)).id


def test_new_journal_is_migrated_and_sound(journal):
    assert integrity_problems(journal) == []
    with journal.engine.connect() as conn:
        if journal.engine.dialect.name == "sqlite":
            assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
            assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == \
            head_revision()


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_journal_file_and_folder_are_owner_only(tmp_path):
    path = tmp_path / "private" / "journal.sqlite"
    open_journal(f"sqlite:///{path}").close()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_foreign_keys_are_enforced(journal):
    with pytest.raises(IntegrityError), journal.transaction() as session:
        session.add(Interaction(contact_id=9999, kind="call"))
        session.flush()


def test_deleting_a_contact_cascades_to_chats_and_history(journal):
    contact_id = _add(journal)
    with journal.transaction() as session:
        log_chat(session, contact_id, ChatDraft(kind="coffee_chat"))
    with journal.transaction() as session:
        delete_contacts(session, [contact_id])
    with journal.read() as session:
        assert session.scalars(select(Interaction)).all() == []
        assert session.scalars(select(ContactStageChange)).all() == []


def test_introducer_deleted_leaves_the_introduced_contact(journal):
    introducer = _add(journal, "Hugo")
    introduced = _add(journal, "Inès", introduced_by_id=introducer)
    with journal.transaction() as session:
        delete_contacts(session, [introducer])
    with journal.read() as session:
        assert session.get(Contact, introduced).introduced_by_id is None


def test_a_failed_unit_of_work_leaves_the_journal_as_before(journal):
    _add(journal, "Hugo")
    with pytest.raises(RuntimeError), journal.transaction() as session:
        save_contact(session, ContactDraft(first_name="Léa"))
        session.flush()  # written inside the transaction...
        raise RuntimeError("disk full")  # ...then the unit of work fails
    with journal.read() as session:
        assert [c.first_name for c in session.scalars(select(Contact))] == ["Hugo"]


def test_savepoints_really_nest(journal):
    """pysqlite's deferred BEGIN breaks SAVEPOINT unless the engine emits BEGIN itself."""
    with journal.transaction() as session:
        save_contact(session, ContactDraft(first_name="Hugo"))
        try:
            with session.begin_nested():
                save_contact(session, ContactDraft(first_name="Léa"))
                raise ValueError
        except ValueError:
            pass
    with journal.read() as session:
        assert [c.first_name for c in session.scalars(select(Contact))] == ["Hugo"]


def test_reopening_keeps_data_and_uids(journal_url):
    journal = open_journal(journal_url)
    contact_id = _add(journal)
    with journal.read() as session:
        uid = session.get(Contact, contact_id).uid
    journal.close()
    again = open_journal(journal_url)
    with again.read() as session:
        assert session.get(Contact, contact_id).uid == uid
    assert again.backup_path is None  # nothing to upgrade, no copy
    again.close()


def test_journal_from_a_newer_version_is_refused(journal_url):
    journal = open_journal(journal_url)
    with journal.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    journal.close()
    with pytest.raises(JournalTooNewError, match="newer version"):
        open_journal(journal_url)


def test_a_file_that_is_not_a_journal_is_refused(tmp_path):
    path = tmp_path / "photo.sqlite"
    path.write_bytes(b"\xff\xd8\xff\xe0 not a database" * 10)
    with pytest.raises(UserError, match="not a Network Journal"):
        open_journal(f"sqlite:///{path}")
    assert path.read_bytes().startswith(b"\xff\xd8")  # untouched


def test_a_foreign_sqlite_database_is_refused(tmp_path):
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE recipes (name TEXT)")
    with pytest.raises(UserError, match="not a Network Journal"):
        open_journal(f"sqlite:///{path}")


def test_schema_head_constant_matches_the_migration_scripts():
    from alembic.script import ScriptDirectory

    from networkjournal.store.journal import alembic_config
    from networkjournal.store.schema_version import SCHEMA_HEAD

    assert ScriptDirectory.from_config(alembic_config()).get_current_head() == SCHEMA_HEAD


def test_a_journal_saved_by_version_0_1_0_opens_with_its_data(tmp_path):
    """tests/data/journal-0.1.0.sqlite is a sample journal as 0.1.0 wrote it: every later
    schema must open it, upgrading a copy-protected original."""
    import shutil

    from networkjournal.store.schema_version import SCHEMA_HEAD

    path = tmp_path / "old.sqlite"
    shutil.copyfile(Path(__file__).resolve().parents[1] / "data" / "journal-0.1.0.sqlite", path)
    with sqlite3.connect(path) as conn:
        saved_revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        saved_uids = {row[0] for row in conn.execute("SELECT uid FROM contacts")}
    journal = open_journal(f"sqlite:///{path}")
    try:
        assert integrity_problems(journal) == []
        with journal.read() as session:
            assert {c.uid for c in session.scalars(select(Contact))} == saved_uids
            assert session.scalars(select(Interaction)).first() is not None
    finally:
        journal.close()
    if saved_revision == SCHEMA_HEAD:
        assert journal.backup_path is None
    else:  # an upgrade ran: the untouched original sits beside the journal
        with sqlite3.connect(journal.backup_path) as conn:
            assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == \
                saved_revision


@pytest.mark.sqlite_only
def test_backup_copies_what_is_still_in_the_write_ahead_log(journal, tmp_path):
    from networkjournal.store.backups import copy_journal

    _add(journal, "Only-in-the-WAL")
    copy = copy_journal(journal.path, tmp_path / "copy.sqlite")
    with sqlite3.connect(copy) as conn:
        assert conn.execute("SELECT first_name FROM contacts").fetchall() == \
            [("Only-in-the-WAL",)]


def test_a_journal_another_program_is_writing_is_refused_as_busy(journal_path, monkeypatch):
    from networkjournal.store import journal as journal_module

    monkeypatch.setattr(journal_module, "BUSY_TIMEOUT_MS", 200)
    journal = open_journal(f"sqlite:///{journal_path}")
    _add(journal, "Before")
    other = sqlite3.connect(journal_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another instance mid-import
    try:
        with pytest.raises(UserError, match="busy"), journal.transaction() as session:
            session.scalars(select(Contact)).all()  # reads first, then writes
            save_contact(session, ContactDraft(first_name="Blocked"))
    finally:
        other.execute("ROLLBACK")
        other.close()
    _add(journal, "After")  # once the other writer is done, work goes on
    with journal.read() as session:
        assert [c.first_name for c in session.scalars(select(Contact))] == ["Before", "After"]
    journal.close()


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_opening_leaves_the_owner_s_file_mode_alone(journal_path):
    open_journal(f"sqlite:///{journal_path}").close()
    journal_path.chmod(0o444)
    open_journal(f"sqlite:///{journal_path}").close()
    assert stat.S_IMODE(journal_path.stat().st_mode) == 0o444


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root ignores file modes")
def test_a_read_only_journal_is_refused_and_left_read_only(journal_path):
    open_journal(f"sqlite:///{journal_path}").close()
    journal_path.chmod(0o444)
    journal = open_journal(f"sqlite:///{journal_path}")
    with pytest.raises(UserError, match="read-only"):
        _add(journal, "Nope")
    journal.close()
    assert stat.S_IMODE(journal_path.stat().st_mode) == 0o444
