"""A new journal is built at once from the models and stamped at head, not migrated step by step."""

from __future__ import annotations

import sqlite3
import subprocess
import sys

import pytest
from sqlalchemy import create_engine, inspect

from networkjournal.store.journal import alembic_config, head_revision, open_journal
from networkjournal.store.schema_version import SCHEMA_HEAD


def _migrated_from_empty(path) -> None:
    """What opening a new journal used to do: every revision from the first, in order."""
    from alembic import command

    engine = create_engine(f"sqlite:///{path}")
    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
    engine.dispose()


def _parts(ddl: str | None) -> tuple:
    """A CREATE statement as (head, columns in order, table constraints in any order).

    create_all() writes a table's UNIQUE before its FOREIGN KEY, the first revision the
    other way round: the same table. Everything else must match word for word.
    """
    ddl = " ".join((ddl or "").split())
    head, paren, body = ddl.partition("(")
    if not paren or not head.startswith("CREATE TABLE"):
        return (ddl,)
    items, depth, start = [], 0, 0
    body = body.rstrip()[:-1]  # the closing parenthesis of the table
    for at, char in enumerate(body):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if char == "," and depth == 0:
            items.append(body[start:at].strip())
            start = at + 1
    items.append(body[start:].strip())
    columns = [item for item in items if not item.startswith("CONSTRAINT")]
    constraints = sorted(item for item in items if item.startswith("CONSTRAINT"))
    return (head.strip(), columns, constraints)


def _schema(path) -> dict:
    """Everything that makes the schema: sqlite_master's DDL and what inspect() reads."""
    with sqlite3.connect(path) as conn:
        ddl = {
            (kind, name): _parts(sql)
            for kind, name, sql in conn.execute(
                "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"
            )
        }
    return {"ddl": ddl, "tables": inspected(f"sqlite:///{path}")}


def inspected(url: str) -> dict:
    """Every table's columns, keys, indexes and constraints, as SQLAlchemy reads them back."""
    engine = create_engine(url)
    try:
        found = inspect(engine)
        return {
            table: {
                "columns": [
                    (c["name"], str(c["type"]), c["nullable"], c["default"],
                     c.get("primary_key"))
                    for c in found.get_columns(table)
                ],
                "primary_key": found.get_pk_constraint(table),
                "foreign_keys": sorted(found.get_foreign_keys(table), key=repr),
                "indexes": sorted(found.get_indexes(table), key=lambda i: i["name"]),
                "unique": sorted(found.get_unique_constraints(table), key=repr),
            }
            for table in found.get_table_names()
        }
    finally:
        engine.dispose()


def _version(path) -> list[str]:
    with sqlite3.connect(path) as conn:
        return [row[0] for row in conn.execute("SELECT version_num FROM alembic_version")]


@pytest.fixture
def migrated(tmp_path):
    path = tmp_path / "migrated.sqlite"
    _migrated_from_empty(path)
    return path


def test_a_new_journal_has_the_schema_the_migrations_build(tmp_path, migrated):
    created = tmp_path / "created.sqlite"
    open_journal(f"sqlite:///{created}").close()
    expected = _schema(migrated)
    assert {"contacts", "contact_stage_changes", "alembic_version"} <= set(expected["tables"])
    assert _schema(created) == expected
    assert _version(created) == _version(migrated) == [head_revision()] == [SCHEMA_HEAD]


def test_an_empty_existing_file_becomes_the_same_journal(tmp_path, migrated):
    empty = tmp_path / "empty.sqlite"
    empty.write_bytes(b"")
    journal = open_journal(f"sqlite:///{empty}")
    journal.close()
    assert journal.backup_path is None  # nothing to keep a copy of
    assert _schema(empty) == _schema(migrated)
    assert _version(empty) == [SCHEMA_HEAD]


def test_a_new_journal_replays_no_revision(tmp_path, monkeypatch):
    from alembic import command

    def replay(*_args, **_kwargs):
        raise AssertionError("a new journal was migrated step by step")

    monkeypatch.setattr(command, "upgrade", replay)
    open_journal(f"sqlite:///{tmp_path / 'new.sqlite'}").close()
    assert _version(tmp_path / "new.sqlite") == [SCHEMA_HEAD]


def test_opening_a_journal_at_head_does_not_load_alembic(tmp_path):
    path = tmp_path / "journal.sqlite"
    open_journal(f"sqlite:///{path}").close()
    code = (
        "import sys\n"
        "from networkjournal.store.journal import open_journal\n"
        f"open_journal({f'sqlite:///{path}'!r}).close()\n"
        "print(sorted(name for name in sys.modules if name.split('.')[0] == 'alembic'))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"


def test_creating_a_journal_imports_no_alembic(tmp_path):
    """A new journal is built from the models and stamped by one row: no Alembic import."""
    import subprocess
    import sys

    code = ("import sys; from networkjournal.store.journal import open_journal; "
            f"open_journal('sqlite:///{tmp_path / 'new.sqlite'}').close(); "
            "print('alembic' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, timeout=60).stdout
    assert out.strip() == "False"
