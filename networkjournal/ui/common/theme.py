"""Light and dark: the theme setting, a dark palette, and text colours readable on either."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory, QWidget

from networkjournal.core.contrast import RGB, muted, parse_hex, readable

THEME_KEY = "ui/theme"  # "" follows the system, "light" or "dark"
THEMES = ("", "light", "dark")

# What a coloured text means, as its light-palette colour; on any other background the
# colour is nudged (lighter on dark) until it reads at WCAG AA.
DANGER = "#b3261e"  # overdue, refused
GOOD = "#1b7f3b"
INFO = "#1f5fbf"
WARNING = "#8a5300"


def chosen_theme(settings: QSettings | None = None) -> str:
    value = str((settings or QSettings()).value(THEME_KEY, "") or "").strip().lower()
    return value if value in THEMES else ""


def dark_palette() -> QPalette:
    """A dark palette for the Fusion style (the platform's own is used when the system is dark)."""
    palette = QPalette()
    roles = QPalette.ColorRole
    for role, colour in (
        (roles.Window, "#2b2b2b"), (roles.WindowText, "#e8e8e8"), (roles.Base, "#1f1f1f"),
        (roles.AlternateBase, "#2a2a2a"), (roles.Text, "#e8e8e8"), (roles.Button, "#353535"),
        (roles.ButtonText, "#e8e8e8"), (roles.BrightText, "#ffffff"),
        (roles.Highlight, "#2f6fb5"), (roles.HighlightedText, "#ffffff"),
        (roles.ToolTipBase, "#353535"), (roles.ToolTipText, "#e8e8e8"),
        (roles.PlaceholderText, "#a0a0a0"), (roles.Link, "#8ab4f8"),
        (roles.Light, "#505050"), (roles.Midlight, "#404040"), (roles.Mid, "#5a5a5a"),
        (roles.Dark, "#181818"), (roles.Shadow, "#000000"),
    ):
        palette.setColor(role, QColor(colour))
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#808080"))
    return palette


def light_palette() -> QPalette:
    style = QStyleFactory.create("Fusion")
    return style.standardPalette() if style is not None else QPalette()


def apply_theme(app: QApplication, theme: str | None = None) -> str:
    """Force Light or Dark (Fusion style, our palette); the system's otherwise. At start-up."""
    theme = chosen_theme() if theme is None else theme
    if theme in ("light", "dark"):
        app.setStyle("Fusion")
        app.setPalette(dark_palette() if theme == "dark" else light_palette())
    return theme


def rgb_of(colour: QColor) -> RGB:
    return colour.red(), colour.green(), colour.blue()


@lru_cache(maxsize=256)
def _readable(colour: str, background: RGB) -> QColor:
    rgb = readable(parse_hex(colour), background)
    return QColor(*rgb)


def tone(colour: str, palette: QPalette | None = None,
         background: QPalette.ColorRole = QPalette.ColorRole.Base) -> QColor:
    """``colour`` ("#rrggbb") as it should be drawn on ``palette``'s ``background``."""
    palette = palette or QApplication.palette()
    return QColor(_readable(colour, rgb_of(palette.color(background))))


def on(colour: QColor, background: QColor) -> QColor:
    """``colour`` readable on a known ``background`` (a card's pill, a tinted fill)."""
    return QColor(_readable(colour.name(), rgb_of(background)))


def secondary(palette: QPalette | None = None,
              background: QPalette.ColorRole = QPalette.ColorRole.Window) -> QColor:
    """Secondary text (counts, hints, "via …", days in stage): quieter, still AA."""
    palette = palette or QApplication.palette()
    text = QPalette.ColorRole.Text if background == QPalette.ColorRole.Base else (
        QPalette.ColorRole.WindowText)
    return QColor(*muted(rgb_of(palette.color(text)), rgb_of(palette.color(background))))


def colour_text(widget: QWidget, colour: str | None = None) -> None:
    """Draw ``widget``'s text in ``colour`` (a tone), or as secondary text when None."""
    palette = widget.palette()
    role = QPalette.ColorRole.WindowText
    chosen = secondary(palette) if colour is None else tone(colour, palette,
                                                            QPalette.ColorRole.Window)
    palette.setColor(role, chosen)
    palette.setColor(QPalette.ColorRole.Text, chosen)
    widget.setPalette(palette)
    widget.setStyleSheet("")
