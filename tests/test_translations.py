"""The French interface is complete: every string of the window translated, current, compiled."""

from __future__ import annotations

import ast
import importlib.util
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# The developer's command itself (resources/update_translations.py), loaded by its path.
_spec = importlib.util.spec_from_file_location(
    "update_translations", ROOT / "resources" / "update_translations.py")
assert _spec is not None and _spec.loader is not None
translations = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(translations)

FRENCH_TS = translations.ts_file("fr")
UPDATE = "python resources/update_translations.py"

Message = tuple[str, str]  # (context, source text)


def read_ts(path: Path) -> dict[Message, ET.Element]:
    messages = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            messages[(name, message.findtext("source") or "")] = message
    return messages


def translation_of(message: ET.Element) -> ET.Element:
    found = message.find("translation")
    assert found is not None
    return found


@pytest.fixture(scope="module")
def committed() -> dict[Message, ET.Element]:
    return read_ts(FRENCH_TS)


@pytest.fixture(scope="module")
def in_the_code(tmp_path_factory) -> set[Message]:
    """What lupdate finds in the code today, into a file of its own."""
    fresh = tmp_path_factory.mktemp("ts") / "fresh.ts"
    translations.extract(fresh, "fr")
    return set(read_ts(fresh))


def test_every_string_of_the_interface_has_a_french_translation(committed, in_the_code):
    missing = sorted(in_the_code - set(committed))
    assert missing == [], f"new strings, not in {FRENCH_TS.name}: run `{UPDATE}`, translate them"
    unfinished = sorted(key for key, message in committed.items()
                        if translation_of(message).get("type") == "unfinished"
                        or not (translation_of(message).text or "").strip())
    assert unfinished == [], f"untranslated in {FRENCH_TS.name}: {unfinished}"


def test_no_obsolete_string_is_kept(committed, in_the_code):
    obsolete = sorted(set(committed) - in_the_code)
    assert obsolete == [], f"strings gone from the code: run `{UPDATE}`"
    marked = sorted(key for key, message in committed.items()
                    if translation_of(message).get("type") in {"obsolete", "vanished"})
    assert marked == []


PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n|%\d")
TAG = re.compile(r"</?[a-z0-9]+")


def test_translations_keep_placeholders_accelerators_and_markup(committed):
    wrong = []
    for (context, source), message in committed.items():
        text = translation_of(message).text or ""
        for what, pattern in (("placeholders", PLACEHOLDER), ("markup", TAG)):
            if sorted(pattern.findall(source)) != sorted(pattern.findall(text)):
                wrong.append((context, source, what))
        if source.replace("&&", "").count("&") != text.replace("&&", "").count("&"):
            wrong.append((context, source, "accelerator"))
        if source.endswith("…") != text.endswith("…"):
            wrong.append((context, source, "ellipsis"))
    assert wrong == []


def test_the_compiled_translation_is_the_committed_source(tmp_path):
    compiled = tmp_path / "fr.qm"
    translations.compile_qm(FRENCH_TS, compiled)
    assert compiled.read_bytes() == FRENCH_TS.with_suffix(".qm").read_bytes(), (
        f"networkjournal_fr.qm is older than its .ts: run `{UPDATE}`")


# Where a literal reaches the screen: setters and constructors of visible text.
TEXT_SINKS = {
    "setText", "setWindowTitle", "setToolTip", "setPlaceholderText", "setStatusTip",
    "setWhatsThis", "setTitle", "setSuffix", "setPrefix", "setLabelText", "showMessage",
    "setSpecialValueText", "addItem", "addAction", "addMenu", "addRow", "addTab",
    "setHeaderLabels", "information", "warning", "critical", "question",
    "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QAction", "QGroupBox", "QMenu",
    "QToolButton", "QListWidgetItem",
}
WORDS = re.compile(r"[^\W\d_]{2,}")


def literal_words(node: ast.expr) -> str | None:
    """The words of a string literal or of an f-string's literal parts, else None."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        text = node.value
    elif isinstance(node, ast.JoinedStr):
        text = "".join(part.value for part in node.values
                       if isinstance(part, ast.Constant) and isinstance(part.value, str))
    else:
        return None
    text = re.sub(r"<[^>]*>", "", text)  # markup around a translated text is fine
    text = re.sub(r"https?://\S*", "", text)  # an address reads the same in every language
    return text if WORDS.search(text) else None


def test_no_text_reaches_a_widget_without_going_through_tr():
    untranslated = []
    for path in translations.sources():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name not in TEXT_SINKS:
                continue
            for arg in node.args:
                words = literal_words(arg)
                if words is not None:
                    where = f"{path.relative_to(ROOT)}:{node.lineno}"
                    untranslated.append(f"{where} {name}({words!r})")
    assert untranslated == [], "wrap these in self.tr() / QCoreApplication.translate()"


def test_the_update_command_leaves_a_current_translation_unchanged(tmp_path):
    copy = tmp_path / FRENCH_TS.name
    copy.write_bytes(FRENCH_TS.read_bytes())
    translations.extract(copy, "fr")
    assert copy.read_text(encoding="utf-8") == FRENCH_TS.read_text(encoding="utf-8")

