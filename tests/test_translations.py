"""The translation catalogue follows the code, and an installed translation reaches the window's texts."""

import ast
import importlib.util
import shutil
import subprocess
from pathlib import Path

import pseudo_translation
import pytest
import visible_text
from PySide6.QtCore import QCoreApplication, QLocale

from shopapp.i18n import fill, install_translators, shop_language, translations_dir

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "update_translations.py"
_spec = importlib.util.spec_from_file_location("update_translations", SCRIPT)
assert _spec is not None
assert _spec.loader is not None
update_translations = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(update_translations)

FRENCH_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
</context>
</TS>
"""


@pytest.fixture
def installed(qapp):
    """Translators a test installs, removed again so that no other test sees them."""
    translators = []
    yield translators
    for translator in translators:
        qapp.removeTranslator(translator)


def test_the_committed_catalogue_lists_every_translatable_string_of_the_code(tmp_path):
    fresh = tmp_path / "shopapp_en.ts"
    update_translations.run_lupdate(fresh)
    committed = update_translations.messages(update_translations.SOURCE_CATALOGUE)
    current = update_translations.messages(fresh)
    assert current - committed == set(), "new strings: run scripts/update_translations.py and commit"
    assert committed - current == set(), "strings gone from the code: run scripts/update_translations.py"


def test_every_plural_message_has_its_english_singular_and_plural():
    assert update_translations.plurals_without_english() == []


def test_the_committed_qm_files_are_compiled_from_their_catalogues(tmp_path):
    for catalogue in sorted(translations_dir().glob("shopapp_*.ts")):
        compiled = tmp_path / catalogue.with_suffix(".qm").name
        update_translations.run_lrelease(catalogue, compiled)
        committed = catalogue.with_suffix(".qm")
        assert committed.is_file(), f"{committed.name} missing: run scripts/update_translations.py"
        assert committed.read_bytes() == compiled.read_bytes(), f"{committed.name} is older than its .ts"


ABOUT_THE_CATALOGUE_ITSELF = pytest.mark.skipif(
    pseudo_translation.ENABLED, reason="checks the real catalogues, which the pseudo-translation hides"
)


@ABOUT_THE_CATALOGUE_ITSELF
def test_an_installed_translation_translates_the_window_texts(qapp, installed, tmp_path):
    source = tmp_path / "shopapp_fr.ts"
    source.write_text(FRENCH_TS, encoding="utf-8")
    lrelease = update_translations.qt_tool("pyside6-lrelease")
    subprocess.run([lrelease, "-silent", str(source), "-qm", str(tmp_path / "shopapp_fr.qm")], check=True)
    shutil.copy(translations_dir() / "shopapp_en.qm", tmp_path)
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"
    installed += install_translators(qapp, QLocale("fr_FR"), directory=tmp_path)
    assert QCoreApplication.translate("MainWindow", "&File") == "&Fichier"
    assert len(installed) == 3  # English plurals, Qt's own French, ShopApp's French


def test_english_needs_no_file_and_a_language_without_one_stays_english(tmp_path):
    assert shop_language(QLocale("en_GB"), tmp_path) == "en"
    assert shop_language(QLocale("de_DE"), tmp_path) == "en"  # no shopapp_de.qm: no German Qt buttons either
    (tmp_path / "shopapp_de.qm").write_bytes(b"")
    assert shop_language(QLocale("de_DE"), tmp_path) == "de"


@ABOUT_THE_CATALOGUE_ITSELF
def test_english_counts_have_a_singular_and_a_plural(qapp, installed):
    installed += install_translators(qapp, QLocale("en_US"))
    words = [
        QCoreApplication.translate("RefreshSummaryText", "%n need(s) reconnecting", "", n) for n in (1, 2)
    ]
    assert words == ["1 needs reconnecting", "2 need reconnecting"]


def translatable_texts(path: Path) -> list[str]:
    """The literal texts given to self.tr(), QCoreApplication.translate() and QT_TRANSLATE_NOOP() (adjacent
    literals are one text, as Python joins them)."""
    texts = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute | ast.Name):
            continue
        name = node.func.attr if isinstance(node.func, ast.Attribute) else node.func.id
        position = 0 if name == "tr" else 1 if name in ("translate", "QT_TRANSLATE_NOOP") else None
        if position is None or len(node.args) <= position:
            continue
        text = node.args[position]
        if isinstance(text, ast.Constant) and isinstance(text.value, str):
            texts.append(text.value)
    return texts


def test_lupdate_skipped_no_translatable_text_of_the_code():
    """lupdate drops some calls without a word (a translate() whose count is len(...)): every literal text
    given to self.tr() or QCoreApplication.translate() must be in the catalogue."""
    sources = {
        message.source for message in update_translations.messages(update_translations.SOURCE_CATALOGUE)
    }
    skipped = [
        f"{path.relative_to(ROOT)}: {text!r}"
        for path in sorted((ROOT / "shopapp").rglob("*.py"))
        for text in translatable_texts(path)
        if text not in sources
    ]
    assert skipped == []


def test_no_text_a_person_reads_escapes_translation():
    """Every literal that reads as words in ui/, reports/, cli/, services/ and the modules of CHECKED
    (config.py, resources.py, credentials.py, errors.py) goes through tr()/translate(), or says why it stays
    (`# untranslated: ...`): tests/visible_text.py."""
    package = ROOT / "shopapp"
    assert [name for name in visible_text.CHECKED if not (package / name).exists()] == []  # no typo
    files = visible_text.checked_files(package)
    assert {path.name for path in files} >= {"config.py", "resources.py", "credentials.py", "errors.py"}
    escaped = [
        f"shopapp/{found.path}:{found.line}: {found.text!r}"
        for path in files
        for found in visible_text.escaped_texts(path, package)
    ]
    assert escaped == []


def test_the_checker_finds_an_untranslated_label_and_accepts_a_translated_one(tmp_path):
    module = tmp_path / "dialog.py"
    module.write_text(
        "label = QLabel('Print reminders')\n"
        "ok = QLabel(self.tr('Print reminders'))\n"
        "name = QLabel('Smartcar')  # untranslated: a product name\n"
        "log.info('Printed %d letters', 3)\n"
        "raise ValueError('not a person\\'s sentence')\n"
        "key = 'due_soon'\n"
        "status = f'{done} of {total} cars'\n",
        encoding="utf-8",
    )
    found = [(escaped.line, escaped.text) for escaped in visible_text.escaped_texts(module, tmp_path)]
    assert sorted(found) == [(1, "Print reminders"), (7, " of  cars")]


def test_fill_puts_values_where_the_translation_put_their_markers():
    assert fill("Refreshed %1 of %2 cars", 3, 4) == "Refreshed 3 of 4 cars"
    assert fill("%2 : %1", "a", "b") == "b : a"  # a translation may reorder them
    assert fill("%1 and %2", "%2", "x") == "%2 and x"  # a value is never filled again
    assert fill("100% of %1, %3 kept", "it") == "100% of it, %3 kept"  # no such value: left as written
