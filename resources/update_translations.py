"""Refresh the translation sources from the code, then compile them for Qt.

Run after adding or changing an interface string, translate what it marks unfinished
(Qt Linguist, or by hand in the .ts file), run it again and commit both files:
    python resources/update_translations.py
tests/test_translations.py fails while a string is untranslated, obsolete or not compiled.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
TRANSLATIONS = HERE / "translations"
LANGUAGES = ("fr",)


def sources() -> list[Path]:
    """Every file whose strings the user reads: the window and the app's start-up."""
    package = ROOT / "networkjournal"
    return [*sorted((package / "ui").rglob("*.py")), package / "app.py"]


def tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease from PySide6, beside this Python or on PATH."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6-Essentials in this environment")
    return found


def ts_file(language: str) -> Path:
    return TRANSLATIONS / f"networkjournal_{language}.ts"


def extract(target: Path, language: str, *, keep_obsolete: bool = False) -> None:
    """Merge the strings found in the code into ``target`` (created when missing). Source
    lines are left out so that moving code does not rewrite the file."""
    args = [tool("pyside6-lupdate"), *map(str, sources()), "-locations", "none", "-silent",
            "-source-language", "en", "-target-language", language]
    if not keep_obsolete:
        args.append("-no-obsolete")
    subprocess.run([*args, "-ts", str(target)], check=True, cwd=ROOT)


def compile_qm(source: Path, target: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(source), "-qm", str(target)],
                   check=True, cwd=ROOT)


def main() -> int:
    TRANSLATIONS.mkdir(exist_ok=True)
    for language in LANGUAGES:
        source = ts_file(language)
        extract(source, language)
        compile_qm(source, source.with_suffix(".qm"))
        print(f"updated {source.relative_to(ROOT)} and its .qm")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
