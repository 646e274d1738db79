"""A journal path names exactly one file, whatever characters it holds."""

import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from networkjournal.cli import main
from networkjournal.paths import plain_sqlite_path, resolve_db
from networkjournal.store.journal import open_journal

# Characters a URL gives a meaning to, and ones a file name may simply hold.
ODD = ["?", "%41", "%", "#", " ", "&", "=", "@", ":", "+", ";", "é", "日本", "~", "'", "[x]"]


def _files_under(folder: Path) -> set[Path]:
    return {p.relative_to(folder) for p in folder.rglob("*") if p.is_file()}


def _creates_exactly(folder: Path, name: str) -> None:
    path = folder / name / "journal.sqlite"
    url = resolve_db(str(path))
    open_journal(url).close()
    assert path.is_file()
    # The first screenful shown while the window opens comes from the same file.
    assert plain_sqlite_path(url) == path
    # Nothing else appears beside it (SQLite's -wal and -shm belong to it).
    assert {p for p in _files_under(folder) if not p.name.endswith(("-wal", "-shm"))} == {
        path.relative_to(folder)}


@pytest.mark.parametrize("name", ["a?b", "x%41", "c#d", "with space", "naïve", "q?mode=ro"])
def test_an_odd_folder_name_is_the_folder_used(tmp_path, name):
    _creates_exactly(tmp_path, name)


@settings(max_examples=30, deadline=None)
@given(st.lists(st.sampled_from(ODD) | st.text("abcXYZ09-_.", min_size=1, max_size=3),
                min_size=1, max_size=5).map("".join).filter(lambda s: s not in (".", "..")))
def test_any_path_opens_the_file_it_names(name):
    with tempfile.TemporaryDirectory() as folder:
        _creates_exactly(Path(folder), name)


def test_the_cli_checks_the_journal_it_was_given(tmp_path, capsys):
    db = tmp_path / "x%41" / "j?.sqlite"
    assert main(["demo", "--db", str(db)]) == 0
    assert db.is_file() and not (tmp_path / "xA").exists()
    assert main(["check", "--db", str(db)]) == 0
    assert str(db) in capsys.readouterr().out
