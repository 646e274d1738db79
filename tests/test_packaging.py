"""The wheel a user installs holds every package, the migrations and the resources, and runs."""

from __future__ import annotations

import configparser
import os
import shutil
import sqlite3
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
SETUPTOOLS = PYPROJECT["tool"]["setuptools"]
# What the source tree holds besides packages: copied to build the wheel away from the tree
# (an in-tree build would leave build/ and *.egg-info behind while others work here).
SOURCE_ITEMS = ("pyproject.toml", "README.md", "LICENSE", "networkjournal", "resources")

# Files kept under a package folder on purpose without shipping them: the README's
# screenshots (better moved to docs/, outside the package).
NOT_SHIPPED = {"networkjournal.resources": ["screenshots/*"]}

MUST_SHIP = (
    "networkjournal/store/migrations/env.py",
    "networkjournal/store/migrations/script.py.mako",
    "networkjournal/store/migrations/versions/0001_initial.py",
    "networkjournal/resources/icons/networkjournal.svg",
    "networkjournal/resources/icons/networkjournal-16.png",
    "networkjournal/resources/icons/networkjournal-256.png",
    "networkjournal/resources/networkjournal.desktop",
    "networkjournal/resources/translations/networkjournal_fr.qm",
    "networkjournal/resources/samples/Connections.csv",  # what --self-test imports
)


def package_folders() -> dict[str, Path]:
    """Dotted package name -> folder, for every folder with an __init__.py."""
    package_dir = {name: ROOT / folder for name, folder in SETUPTOOLS["package-dir"].items()}
    found: dict[str, Path] = {}
    roots = {"networkjournal": ROOT / "networkjournal", **package_dir}
    for root_name, root in roots.items():
        for init in root.rglob("__init__.py"):
            relative = init.parent.relative_to(root).parts
            found[".".join((root_name, *relative))] = init.parent
    return found


def test_every_package_folder_is_listed_in_pyproject():
    listed = set(SETUPTOOLS["packages"])
    folders = package_folders()
    assert sorted(set(folders) - listed) == [], "package folders missing from pyproject"
    assert sorted(listed - set(folders)) == [], "pyproject lists packages that do not exist"


def test_every_data_file_is_matched_by_a_package_data_glob():
    globs = SETUPTOOLS.get("package-data", {})
    folders = package_folders()
    unshipped = []
    for name, folder in folders.items():
        for path in folder.rglob("*"):
            if path.is_dir() or path.suffix in (".py", ".pyc") or "__pycache__" in path.parts:
                continue
            # a file inside a sub-package belongs to that sub-package's globs
            owner = max(
                (n for n, f in folders.items() if path.is_relative_to(f)),
                key=lambda n: len(folders[n].parts),
            )
            if owner != name:
                continue
            # setuptools expands the globs like glob(): "*.ts" does not reach into subfolders
            shipped = {match for glob in globs.get(name, []) for match in folder.glob(glob)}
            left_out = {match for glob in NOT_SHIPPED.get(name, []) for match in folder.glob(glob)}
            if path not in shipped | left_out:
                unshipped.append(f"{name}: {path.relative_to(folder).as_posix()}")
    assert unshipped == [], "data files no package-data glob ships"


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    """Build the wheel from a copy of the tree, the way `pip install .` does."""
    work = tmp_path_factory.mktemp("wheel")
    source = work / "src"
    source.mkdir()
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for item in SOURCE_ITEMS:
        path = ROOT / item
        if path.is_dir():
            shutil.copytree(path, source / item, ignore=ignore)
        elif path.exists():
            shutil.copy2(path, source / item)
    out = work / "dist"
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(out),
         str(source)],
        capture_output=True, text=True, timeout=300, check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    (built,) = out.glob("networkjournal-*.whl")
    return built


def test_wheel_ships_migrations_icon_and_desktop_entry(wheel):
    archive = zipfile.ZipFile(wheel)
    names = set(archive.namelist())
    assert [path for path in MUST_SHIP if path not in names] == []
    # every package listed in pyproject made it in
    for package in SETUPTOOLS["packages"]:
        assert package.replace(".", "/") + "/__init__.py" in names
    (entry_points,) = [n for n in names if n.endswith(".dist-info/entry_points.txt")]
    text = archive.read(entry_points).decode()
    assert "networkjournal = networkjournal.launch:run" in text
    assert "networkjournal-gui = networkjournal.launch:run" in text


def test_desktop_entry_runs_the_installed_command_with_the_shipped_icon():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # keys are case-sensitive in desktop entries
    entry.read(ROOT / "resources" / "networkjournal.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application"
    assert desktop["Name"] == "Network Journal"
    assert desktop["Exec"].split()[0] in PYPROJECT["project"]["scripts"]
    assert (ROOT / "resources" / "icons" / f"{desktop['Icon']}.svg").is_file()
    assert (ROOT / "resources" / "icons" / f"{desktop['Icon']}-48.png").is_file()


def test_app_icon_has_every_rendered_size_and_a_missing_icon_is_null(qapp):
    from networkjournal.ui.common.icons import APP_ICON_SIZES, app_icon, icon_path

    icon = app_icon()
    assert not icon.isNull()
    assert sorted(size.width() for size in icon.availableSizes()) == list(APP_ICON_SIZES)
    # the 16 px rendering is not blank: the cover and both nodes are drawn
    image = icon.pixmap(16, 16).toImage()
    colours = {image.pixelColor(x, y).name() for x in range(16) for y in range(16)}
    assert len(colours) > 4
    assert icon_path("no-such-icon").isNull()


def test_installed_wheel_creates_and_checks_a_journal_outside_the_source_tree(wheel, tmp_path):
    target = tmp_path / "site"
    install = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "--no-index", "--quiet",
         "--target", str(target), str(wheel)],
        capture_output=True, text=True, timeout=120, check=False,
    )
    assert install.returncode == 0, install.stdout + install.stderr
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {**os.environ, "PYTHONPATH": str(target), "QT_QPA_PLATFORM": "offscreen"}

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, *args], cwd=elsewhere, env=env,
            capture_output=True, text=True, timeout=60, check=False,
        )

    # The installed copy, not the editable source tree, is the one that runs.
    where = run("-c", "import networkjournal.store.journal as j; print(j._migrations_dir())")
    assert where.returncode == 0, where.stderr
    assert Path(where.stdout.strip()).is_relative_to(target)

    db = elsewhere / "new journal.sqlite"
    demo = run("-m", "networkjournal", "demo", "--db", str(db))  # creates and migrates it
    assert demo.returncode == 0, demo.stdout + demo.stderr
    check = run("-m", "networkjournal", "check", "--db", str(db))
    assert check.returncode == 0, check.stdout + check.stderr
    assert check.stdout.startswith("journal ok")
    with sqlite3.connect(db) as conn:
        (revision,) = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
    assert revision in check.stdout
    assert {"contacts", "interactions"} <= tables

    selftest = run("-m", "networkjournal", "--self-test")  # its sample comes from the wheel
    assert selftest.returncode == 0, selftest.stdout + selftest.stderr
    assert selftest.stdout.splitlines()[-1].startswith("self-test passed")

    icon = run("-c", "from networkjournal.ui.common.icons import app_icon, resource_file;"
                     "from PySide6.QtGui import QGuiApplication; app = QGuiApplication([]);"
                     "print(resource_file('icons'), app_icon().isNull())")
    assert icon.returncode == 0, icon.stderr
    folder, null = icon.stdout.split()
    assert Path(folder).is_relative_to(target)
    assert null == "False"
