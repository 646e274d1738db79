"""`--version`, `--help` and usage errors answer without loading the store, the keychain or Qt."""

import subprocess
import sys

import pytest

from networkjournal import __version__

HEAVY = ("sqlalchemy", "alembic", "keyring", "PySide6", "matplotlib", "platformdirs")

# Runs main() in a fresh interpreter, then prints which heavy packages got imported.
PROBE = """
import sys
from networkjournal.cli import main
try:
    main({argv!r})
except SystemExit:
    pass
heavy = {heavy!r}
print("LOADED:" + ",".join(sorted(name for name in heavy if name in sys.modules)))
"""


def loaded_after(argv: list[str], heavy: tuple[str, ...] = HEAVY
                 ) -> tuple[list[str], subprocess.CompletedProcess]:
    code = PROBE.format(argv=argv, heavy=heavy)
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60
    )
    marker = result.stdout.rsplit("LOADED:", 1)[1].strip()
    return [name for name in marker.split(",") if name], result


@pytest.mark.parametrize(
    "argv",
    [
        ["--version"],
        ["--help"],
        ["import", "--help"],
        ["stats", "--help"],
        ["frobnicate"],
        ["import"],
        ["export", "nonsense", "--out", "x"],
    ],
    ids=[
        "version",
        "help",
        "import-help",
        "stats-help",
        "unknown-command",
        "missing-file",
        "bad-choice",
    ],
)
def test_answers_without_heavy_imports(argv):
    loaded, result = loaded_after(argv)
    assert loaded == []
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("argv", [["--version"], ["--help"]], ids=["version", "help"])
def test_answers_without_the_readers_or_json(argv):
    """The file readers (with dataclasses and inspect) and json took a fifth of `--version`."""
    loaded, _result = loaded_after(argv, ("networkjournal.io.sniff", "json", "dataclasses"))
    assert loaded == []


def test_version_and_help_still_answer():
    _loaded, version = loaded_after(["--version"])
    assert version.stdout.startswith(f"networkjournal {__version__}\n")
    _loaded, helped = loaded_after(["--help"])
    for command in ("import", "export", "stats", "demo", "check", "password"):
        assert command in helped.stdout


def test_python_dash_m_answers_without_heavy_imports():
    """`python -m networkjournal --version`, seen through -X importtime."""
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "networkjournal", "--version"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0
    assert result.stdout.strip() == f"networkjournal {__version__}"
    imported = {
        line.rsplit("|", 1)[-1].strip()
        for line in result.stderr.splitlines()
        if line.startswith("import time:")
    }
    assert not {name for name in imported if name.split(".")[0] in HEAVY}


def test_a_usage_error_is_still_one_line_and_exit_2():
    result = subprocess.run(
        [sys.executable, "-m", "networkjournal", "import"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert result.stderr.startswith("networkjournal: error: ")
    assert result.stderr.count("\n") == 1


def test_the_programs_answer_version_before_building_the_parser():
    """The entry point answers `--version` itself, exactly as the parser would."""
    code = ("import sys; sys.argv = ['networkjournal', '--version']\n"
            "from networkjournal.launch import run\nrun()\n"
            "print('argparse' in sys.modules, 'networkjournal.cli' in sys.modules)")
    quick = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                           timeout=60)
    _loaded, parsed = loaded_after(["--version"])
    answer = parsed.stdout.split("LOADED:")[0]
    assert quick.stdout == f"{answer}False False\n"
    assert answer == f"networkjournal {__version__}\n"
