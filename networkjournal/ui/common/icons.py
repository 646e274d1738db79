"""Icons shipped in networkjournal.resources: the same lookup in a source tree, wheel or bundle."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from PySide6.QtGui import QIcon

APP_ICON = "networkjournal"
# Rendered by resources/make_icons.py; Qt picks the closest size for menus, docks and title bars.
APP_ICON_SIZES = (16, 32, 48, 64, 128, 256)


def resource_file(relative: str) -> Path:
    """The file ``relative`` (e.g. "icons/networkjournal.svg") inside networkjournal.resources.

    importlib.resources resolves the package wherever it was installed; wheels and the
    PyInstaller bundle both keep it as real files, which Qt needs to open them by path.
    """
    return Path(str(resources.files("networkjournal.resources").joinpath(relative)))


def icon_path(name: str) -> QIcon:
    """The icon ``name`` from resources/icons: every PNG size that exists, else the SVG.

    A null QIcon (never an exception) when nothing by that name exists, so a missing
    decoration cannot stop the window from opening.
    """
    folder = resource_file("icons")
    icon = QIcon()
    for size in APP_ICON_SIZES:
        png = folder / f"{name}-{size}.png"
        if png.is_file():
            icon.addFile(str(png))
    if icon.isNull():
        for candidate in (folder / f"{name}.svg", folder / f"{name}.png"):
            if candidate.is_file():
                icon.addFile(str(candidate))
                break
    return icon


def app_icon() -> QIcon:
    """The application icon: set it on the QApplication so every window and dialog shows it."""
    return icon_path(APP_ICON)
