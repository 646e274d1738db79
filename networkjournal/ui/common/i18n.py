"""The interface language: the system's or the one in the settings, loaded before any window."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from networkjournal.ui.common.icons import resource_file

LANGUAGE_KEY = "ui/language"  # "" (follow the system), "en" or "fr"
LANGUAGES = ("en", "fr")  # English is the source text: it needs no file
CATALOGUE = "networkjournal"

_installed: list[QTranslator] = []  # kept alive: Qt holds translators by pointer only


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for lupdate in ``context``; it is translated where it is shown."""
    return text


def translations_dir() -> str:
    """resources/translations in the source tree, the installed package or the bundle."""
    return str(resource_file("translations"))


def chosen_language(settings: QSettings | None = None) -> str:
    """The language code the interface uses: the setting when it names one we ship, else the
    system locale's language when we ship it, else English."""
    wanted = str((settings or QSettings()).value(LANGUAGE_KEY, "") or "").strip().lower()
    if wanted in LANGUAGES:
        return wanted
    system = QLocale.system().name().split("_")[0].lower()
    return system if system in LANGUAGES else "en"


def install_translation(app: QCoreApplication, language: str | None = None) -> str:
    """Load the interface's and Qt's own translations for ``language`` (default: the chosen
    one) and make it the default locale (dates, numbers, the templates offered). Replaces
    what an earlier call installed. Returns the language in use."""
    remove_translation(app)
    language = language or chosen_language()
    system = QLocale.system()
    # A language picked in the settings wins over the system's; its own country's formats then.
    locale = system if system.name().split("_")[0] == language else QLocale(language)
    QLocale.setDefault(locale)
    if language == "en":
        return language
    for name, folder in (
        (CATALOGUE, translations_dir()),
        ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
    ):
        translator = QTranslator(app)
        if translator.load(f"{name}_{language}", folder) and app.installTranslator(translator):
            _installed.append(translator)
    return language


def remove_translation(app: QCoreApplication | None) -> None:
    """Back to the source text (English) and the system locale."""
    while _installed:
        translator = _installed.pop()
        if app is not None:
            app.removeTranslator(translator)
    QLocale.setDefault(QLocale.system())
