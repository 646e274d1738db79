"""The layers of DESIGN.md hold: core has no Qt and no SQL, store and io no Qt, the CLI no GUI."""

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "networkjournal"

FORBIDDEN = {
    "core": ("PySide6", "sqlalchemy", "alembic", "networkjournal.store", "networkjournal.io",
             "networkjournal.ui", "networkjournal.cli", "matplotlib"),
    "store": ("PySide6", "networkjournal.io", "networkjournal.ui", "networkjournal.cli",
              "matplotlib"),
    "io": ("PySide6", "networkjournal.ui", "networkjournal.cli", "matplotlib"),
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
