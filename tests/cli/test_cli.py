"""The command-line contract: version, demo, check, and one-line errors with exit codes."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from networkjournal import __version__
from networkjournal.cli import main


def run(*args, env=None):
    return subprocess.run([sys.executable, "-m", "networkjournal", *args],
                          capture_output=True, text=True, env=env, timeout=120)


def test_version():
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"networkjournal {__version__}"


def test_demo_then_check(journal_db, capsys):
    db = journal_db
    assert main(["demo", "--db", str(db)]) == 0
    assert "60 contacts" in capsys.readouterr().out
    assert main(["check", "--db", str(db)]) == 0
    assert "journal ok" in capsys.readouterr().out


def test_db_before_the_subcommand_and_from_the_environment(tmp_path, capsys, monkeypatch):
    db = tmp_path / "env.sqlite"
    assert main(["--db", str(db), "demo"]) == 0
    assert main(["--db", str(db), "check"]) == 0
    monkeypatch.setenv("NETWORKJOURNAL_DB", str(db))
    assert main(["check"]) == 0
    assert capsys.readouterr().out.count("env.sqlite") == 3


def test_a_mistyped_journal_path_is_not_created(tmp_path, capsys):
    missing = tmp_path / "typo" / "jornal.sqlite"
    for command in (["check"], ["stats"], ["export", "contacts", "--out", str(tmp_path / "c.csv")]):
        assert main([*command, "--db", str(missing)]) == 3
        assert f"there is no journal at {missing}" in capsys.readouterr().err
    assert not missing.parent.exists()


def test_default_journal_lives_in_the_user_data_folder(tmp_path, capsys):
    assert main(["demo"]) == 0
    assert main(["check"]) == 0
    out = capsys.readouterr().out
    assert str(tmp_path / "home") in out and "journal.sqlite" in out


def test_demo_refuses_a_journal_that_has_contacts(journal_db, capsys):
    db = journal_db
    assert main(["demo", "--db", str(db)]) == 0
    capsys.readouterr()
    assert main(["demo", "--db", str(db)]) == 3
    err = capsys.readouterr().err
    assert err.startswith("networkjournal: error: this journal already has 60 contacts")
    assert err.count("\n") == 1


def test_refused_input_is_one_line_and_exit_3(tmp_path):
    bogus = tmp_path / "notes.txt"
    bogus.write_text("just some notes, not a journal\n" * 20)
    result = run("check", "--db", str(bogus))
    assert result.returncode == 3
    assert result.stderr.startswith("networkjournal: error: ")
    assert "Traceback" not in result.stderr and result.stderr.count("\n") == 1
    assert bogus.read_text().startswith("just some notes")


def test_usage_error_is_one_line_and_exit_2():
    result = run("frobnicate")
    assert result.returncode == 2
    assert result.stderr.startswith("networkjournal: error: ")
    assert result.stderr.count("\n") == 1


def test_unknown_database_url_is_refused(capsys):
    assert main(["check", "--db", "nosuchdialect://x/y"]) == 3
    assert capsys.readouterr().err.startswith("networkjournal: error: cannot open journal")


OLD_JOURNAL = Path(__file__).resolve().parents[1] / "data" / "journal-0.1.0.sqlite"


@pytest.mark.parametrize("state", ["missing", "empty", "old schema"])
@pytest.mark.parametrize("command", ["check", "stats", "export"])
def test_reading_commands_never_create_or_upgrade_a_journal(tmp_path, capsys, command, state):
    folder = tmp_path / "journals"
    folder.mkdir()
    db = folder / "j.sqlite"
    if state == "empty":
        db.write_bytes(b"")
    elif state == "old schema":
        shutil.copyfile(OLD_JOURNAL, db)
    before = db.read_bytes() if db.exists() else None
    args = {"export": ["export", "contacts", "--out", str(tmp_path / "c.csv")]}.get(
        command, [command])
    assert main([*args, "--db", str(db)]) == 3
    err = capsys.readouterr().err
    assert err.startswith("networkjournal: error: ") and err.count("\n") == 1, err
    assert (db.read_bytes() if db.exists() else None) == before
    # No backup taken, no new file beside it: nothing was upgraded or created.
    assert sorted(p.name for p in folder.iterdir()) == ([] if before is None else ["j.sqlite"])
    assert not (tmp_path / "c.csv").exists()


def test_no_journal_yet_is_refused_by_check_not_created(tmp_path, capsys):
    assert main(["check"]) == 3
    err = capsys.readouterr().err
    assert err.startswith("networkjournal: error: there is no journal at ")
    assert str(tmp_path / "home") in err and "journal.sqlite" in err
    assert not list((tmp_path / "home").rglob("journal.sqlite"))


def _damaged_journal(tmp_path) -> Path:
    """The sample journal with its contacts table's first page overwritten."""
    import sqlite3

    db = tmp_path / "damaged.sqlite"
    assert main(["demo", "--db", str(db)]) == 0
    with sqlite3.connect(db) as conn:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        (root,) = conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'contacts'").fetchone()
    conn.close()
    data = bytearray(db.read_bytes())
    data[(root - 1) * page_size:root * page_size] = b"\xa5" * page_size
    db.write_bytes(bytes(data))
    return db


@pytest.mark.parametrize("command", [["check"], ["export", "contacts"]])
def test_a_damaged_journal_is_refused_in_one_line(tmp_path, capsys, command):
    db = _damaged_journal(tmp_path)
    capsys.readouterr()
    before = db.read_bytes()
    if command[0] == "export":
        command = [*command, "--out", str(tmp_path / "c.csv")]
    assert main([*command, "--db", str(db)]) == 3
    err = capsys.readouterr().err
    assert err.startswith(f"networkjournal: error: the journal file {db} is damaged")
    assert err.count("\n") == 1
    assert db.read_bytes() == before


def _refuse_reading(monkeypatch, db: Path) -> None:
    """What a journal with mode 000 does to its first reader (root reads any file)."""
    real_open = Path.open

    def open_(self, mode="r", *args, **kwargs):
        if self == db:
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, mode, *args, **kwargs)

    monkeypatch.setattr(Path, "open", open_)


@pytest.mark.parametrize("command", [["check"], ["stats"], ["demo"]])
def test_an_unreadable_journal_is_refused_in_one_line(tmp_path, capsys, monkeypatch, command):
    import os

    db = tmp_path / "j.sqlite"
    assert main(["demo", "--db", str(db)]) == 0
    capsys.readouterr()
    if os.geteuid() == 0:
        _refuse_reading(monkeypatch, db)
    else:
        db.chmod(0)
    assert main([*command, "--db", str(db)]) == 3
    err = capsys.readouterr().err
    assert err == f"networkjournal: error: cannot read the journal file {db}: permission denied\n"
