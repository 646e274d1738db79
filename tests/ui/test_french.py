"""The window in French: chosen in the settings, every page and the chat dialog read French."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QWidget,
)

from networkjournal.ops.transfer import build_demo
from networkjournal.ui.common.context import AppContext
from networkjournal.ui.common.i18n import LANGUAGE_KEY, chosen_language, install_translation
from tests.ui.helpers import activate, when_modal

FRENCH_TS = (Path(__file__).resolve().parents[2] / "resources" / "translations"
             / "networkjournal_fr.ts")


def english_only() -> set[str]:
    """Source texts whose French differs: seen on screen, they were not translated."""
    texts = set()
    for message in ET.parse(FRENCH_TS).getroot().iter("message"):
        source, french = message.findtext("source") or "", message.findtext("translation") or ""
        if plain(source) != plain(french):
            texts.add(plain(source))
    return texts


def plain(text: str) -> str:
    """What the user reads: no markup, no accelerator ampersand."""
    return re.sub(r"<[^>]*>", "", text).replace("&&", "\0").replace("&", "").replace("\0", "&")


def texts_on_screen(root: QWidget) -> set[str]:
    """Every label, button, field hint, combo item, menu entry and column header under root."""
    seen: set[str] = set()
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        if isinstance(widget, (QLabel, QAbstractButton)):
            seen.add(plain(widget.text()))
        if isinstance(widget, QLineEdit):
            seen.add(widget.placeholderText())
        if isinstance(widget, QComboBox):
            seen.update(widget.itemText(i) for i in range(widget.count()))
        if isinstance(widget, QHeaderView) and widget.model() is not None:
            model = widget.model()
            count = model.columnCount() if widget.orientation() == Qt.Orientation.Horizontal \
                else 0
            seen.update(str(model.headerData(i, widget.orientation()) or "")
                        for i in range(count))
        seen.add(plain(widget.toolTip()))
        seen.update(plain(action.text()) for action in widget.actions())
    return {text for text in seen if text}


@pytest.fixture
def french_window(qtbot, qapp, journal):
    """The sample journal in a 960×600 window, the language set to French in the settings."""
    from networkjournal.ui.main_window import MainWindow

    QSettings().setValue(LANGUAGE_KEY, "fr")
    assert install_translation(qapp) == "fr"
    build_demo(journal)
    window = MainWindow(AppContext(journal))
    qtbot.addWidget(window)
    window.resize(960, 600)
    window.show()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.pages.get(
        window.current_page_key()))
    activate(qtbot, window)
    return window


def visit(qtbot, window, key: str):
    page = window.show_page(key)
    if getattr(page, "is_loaded", None) is not None:  # filled from a worker thread
        qtbot.waitUntil(lambda: page.is_loaded)
    qtbot.wait(10)
    return page


def test_the_language_setting_wins_over_the_system_locale(qapp):
    QSettings().setValue(LANGUAGE_KEY, "fr")
    assert chosen_language() == "fr"
    QSettings().setValue(LANGUAGE_KEY, "")
    system = QLocale.system().name().split("_")[0]
    assert chosen_language() == (system if system in {"en", "fr"} else "en")


def test_the_main_flows_read_french(qtbot, french_window):
    window = french_window
    leftovers = english_only()
    nav = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert nav[0].startswith("Aujourd'hui")
    assert nav[1:] == ["Contacts", "Échanges", "Opportunités", "Relations", "Entreprises",
                       "Graphiques"]
    menus = [plain(action.text()) for action in window.menuBar().actions()]
    assert menus == ["Fichier", "Édition", "Contact", "Affichage", "Aide"]

    contacts = visit(qtbot, window, "contacts")
    headers = [contacts.model.headerData(i, Qt.Orientation.Horizontal)
               for i in range(contacts.model.columnCount())]
    assert headers[:4] == ["Nom", "Entreprise", "Étape", "Relance"]
    stages = {contacts.model.index(row, 2).data() for row in range(contacts.model.rowCount())}
    assert "En contact" in stages and "Connected" not in stages
    assert texts_on_screen(window) & leftovers == set()

    # Ctrl+L on the first contact: the chat dialog, its kinds and questions in French.
    contacts.table.selectRow(0)
    seen: dict[str, object] = {}

    def fill(dialog):
        seen["title"] = dialog.windowTitle()
        seen["kinds"] = [dialog.kind.itemText(i) for i in range(dialog.kind.count())]
        dialog.kind.setCurrentIndex(dialog.kind.findData("coffee_chat"))
        dialog.status.setCurrentIndex(dialog.status.findData("done"))
        seen["leftovers"] = texts_on_screen(dialog) & leftovers
        qtbot.keyClicks(dialog.summary, "Cafe sur leur plateforme de paiement")  # ASCII: QTest
        save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
        seen["save"] = plain(save.text())  # Qt's own buttons: from Qt's French translation
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)

    when_modal(fill)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "title" in seen)
    assert seen["title"] == "Noter un échange"
    assert {"Café", "Demande de connexion", "Appel", "Remerciement"} <= set(seen["kinds"])
    assert seen["leftovers"] == set()
    assert seen["save"] == "Enregistrer"
    assert "Échange réalisé" in window.statusBar().currentMessage()
    assert plain(window.action_undo.text()) == "Annuler\u00a0: Noter un échange"

    today = visit(qtbot, window, "today")
    assert "Aujourd'hui" in today.title.text()
    assert plain(today.done_button.text()) == "Fait"
    assert texts_on_screen(window) & leftovers == set()

    pipeline = visit(qtbot, window, "pipeline")
    labels = texts_on_screen(pipeline)
    assert {"Intéressé", "Postulé", "Entretiens", "Offre"} <= {
        re.split(r"\d", text)[0].strip() for text in labels}
    assert labels & leftovers == set()

    for key in ("chats", "relationships", "companies", "charts"):
        page = visit(qtbot, window, key)
        assert texts_on_screen(page) & leftovers == set(), key


def test_dates_follow_the_chosen_language(qapp):
    from networkjournal.ui.common.dates import show_date
    from networkjournal.ui.common.labels import content_language

    install_translation(qapp, "fr")
    assert show_date(date(2026, 3, 3)) == "3 mars 2026"
    assert content_language() == "fr"  # templates and questions offered in French too
