"""The layers of DESIGN.md hold: core has no Qt and no SQL, store, io and ops no Qt, the CLI
no GUI, and the GUI changes the journal only through operations."""

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "networkjournal"

FORBIDDEN = {
    "core": ("PySide6", "sqlalchemy", "alembic", "networkjournal.store", "networkjournal.io",
             "networkjournal.ops", "networkjournal.ui", "networkjournal.cli", "matplotlib"),
    "store": ("PySide6", "networkjournal.io", "networkjournal.ops", "networkjournal.ui",
              "networkjournal.cli", "matplotlib"),
    "io": ("PySide6", "networkjournal.ops", "networkjournal.ui", "networkjournal.cli",
           "matplotlib"),
    "ops": ("PySide6", "networkjournal.ui", "networkjournal.cli", "matplotlib"),
    # Views show and forward: no ORM class in a view (reads return plain rows).
    "ui": ("networkjournal.store.models", "networkjournal.cli"),
    "cli": ("PySide6", "networkjournal.ui", "matplotlib"),
}


def imported_modules(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports_only_what_it_may(layer):
    offenders = []
    for path in sorted((PACKAGE / layer).rglob("*.py")):
        for name in imported_modules(path):
            if any(name == bad or name.startswith(bad + ".") for bad in FORBIDDEN[layer]):
                offenders.append(f"{path.relative_to(PACKAGE)} imports {name}")
    assert offenders == []


def test_nothing_in_the_gui_opens_a_unit_of_work():
    """Writes go through ops (one runner, one change signal); reads through AppContext.read."""
    offenders = []
    for path in sorted((PACKAGE / "ui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Attribute):
                continue
            value = node.value
            on_journal = ((isinstance(value, ast.Attribute) and value.attr == "journal")
                          or (isinstance(value, ast.Name) and value.id == "journal"))
            if (node.attr in ("transaction", "sessions")
                    or (node.attr == "read" and on_journal and path.name != "context.py")):
                offenders.append(f"{path.relative_to(PACKAGE)}:{node.lineno} .{node.attr}")
    assert offenders == []


def test_the_cli_runs_without_importing_qt(tmp_path):
    import subprocess
    import sys

    code = ("import sys; from networkjournal.cli import main; "
            f"main(['check', '--db', {str(tmp_path / 'j.sqlite')!r}]); "
            "print('PySide6' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=60, check=True).stdout
    assert out.strip().endswith("False")


def test_every_module_says_what_it_is():
    missing = [str(p.relative_to(PACKAGE)) for p in PACKAGE.rglob("*.py")
               if "versions" not in p.parts and not ast.get_docstring(ast.parse(p.read_text()))]
    assert missing == []


def test_no_module_grows_past_400_lines():
    """A file past ~400 lines is two concepts (docs/architecture.md): split it by concept."""
    long = [f"{p.relative_to(PACKAGE)} ({n} lines)" for p in PACKAGE.rglob("*.py")
            if "versions" not in p.parts and (n := len(p.read_text().splitlines())) > 400]
    assert long == []
