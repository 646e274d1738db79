"""The installer recipe leaves out no Qt module the app imports, and its build stays out of git.

Building the bundle takes a minute: resources/build_bundle.py and .ci/bundle.yml do it, not
the test suite. This only reads build_installer.spec.
"""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "build_installer.spec"


def _spec_list(name: str) -> list[str]:
    tree = ast.parse(SPEC.read_text(encoding="utf-8"))
    for node in tree.body:
        if (isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name)
                and node.targets[0].id == name):
            return ast.literal_eval(node.value)
    raise AssertionError(f"{name} not found in {SPEC.name}")


def _qt_modules_imported() -> set[str]:
    used = set()
    for path in (ROOT / "networkjournal").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = ([node.module or ""] if isinstance(node, ast.ImportFrom)
                     else [a.name for a in node.names] if isinstance(node, ast.Import) else [])
            used.update(n.split(".")[1] for n in names if n.startswith("PySide6.Qt"))
    return used


def test_no_qt_module_the_app_or_matplotlib_imports_is_left_out():
    unused = set(_spec_list("QT_UNUSED"))
    used = _qt_modules_imported() | {"QtSvg"}  # matplotlib's Qt backend imports QtSvg
    assert {"QtCore", "QtGui", "QtWidgets"} <= used
    assert used & unused == set()
    assert {"QtNetwork", "QtQml", "QtQuick", "QtWebEngineCore"} <= unused


def test_test_frameworks_and_tkinter_stay_out_of_the_bundle():
    assert {"tkinter", "pytest", "pytestqt", "hypothesis"} <= set(_spec_list("EXCLUDES"))


def test_the_build_outputs_are_ignored_by_git():
    ignored = (ROOT / ".gitignore").read_text(encoding="utf-8").split()
    assert {"build/", "dist/"} <= set(ignored)
