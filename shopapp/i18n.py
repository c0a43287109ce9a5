"""Translations: Qt's own (standard buttons and dialogs) and ShopApp's, installed once at start (QtCore only,
so the command line can use it too).

Plurals follow Qt's documented way ("Writing Source Code for Translation → Handle plural forms",
https://doc.qt.io/qt-6/i18n-source-translation.html, and the Qt for Python tutorial "Translating
Applications", https://doc.qt.io/qtforpython-6/tutorials/basictutorial/translations.html): the source text
is written once with %n, e.g. `tr("%n need(s) reconnecting", "", n)` in a method, and the source language
gets its own translation that holds only the numerus forms ("%n needs reconnecting" / "%n need
reconnecting"): lupdate's `-pluralonly`, CMake's PLURALS_TS_FILE. Without it Qt only replaces %n and the
window would say "1 car(s)". Here that translation is resources/i18n/shopapp_en.ts: the whole source
catalogue (what a translator starts from), in which only the numerus messages carry (English) forms;
lrelease leaves the others out of shopapp_en.qm, so English falls back to the source text. shopapp_en.qm is
installed for every language, before the language's own file: Qt asks the translator installed last first,
so a French message wins and a message not yet translated still gets proper English plurals.
scripts/update_translations.py refreshes the catalogue and compiles the .qm files.

What pyside6-lupdate (6.11) reads in Python, checked by hand: a plural only in `self.tr(text, "", n)` (a
count given to QCoreApplication.translate() is not seen: the message is not marked plural, and when the count
is an expression such as len(items) the whole call is silently skipped); text and context as string literals
written in the call itself (never through a helper or a constant); %1, %2 filled by fill() after translating.
tests/test_translations.py checks that every literal self.tr()/translate() text reached the catalogue."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from shopapp.paths import resources_dir

log = logging.getLogger(__name__)
SOURCE_LANGUAGE = "en"
CATALOGUE_NAME = "shopapp"


_MARKERS = tuple(f"%{number}" for number in range(1, 10))


def fill(text: str, *values: object) -> str:
    """Qt's QString.arg() for Python: %1, %2, ... in a translated text become `values`, in one pass (a value
    that itself contains "%2" stays as it is). Translations may move the markers; lupdate and Linguist check
    that each one is kept. A 10,000-car CSV export fills about 50,000 reasons: values without a "%" (nearly
    all) are put in with str.replace, which cannot fill a value twice then."""
    words = [str(value) for value in values]
    if len(words) < len(_MARKERS) and not any("%" in word for word in words):
        for marker, word in zip(_MARKERS, words, strict=False):
            text = text.replace(marker, word)
        return text
    pieces = text.split("%")
    filled = [pieces[0]]
    for piece in pieces[1:]:
        index = int(piece[0]) - 1 if piece[:1].isdigit() else -1
        if 0 <= index < len(words):
            filled.append(f"{words[index]}{piece[1:]}")
        else:
            filled.append(f"%{piece}")
    return "".join(filled)


def translations_dir() -> Path:
    """resources/i18n: shopapp_<language>.ts (sources, committed) and .qm (compiled, committed, bundled)."""
    return resources_dir() / "i18n"


def shop_language(locale: QLocale, directory: Path | None = None) -> str:
    """The first of the user's languages ShopApp is translated into, else English. Qt's own dialogs follow the
    same choice: a French desktop does not get French buttons in an English window."""
    folder = translations_dir() if directory is None else directory
    for name in locale.uiLanguages():  # e.g. ["fr-CA", "fr", "en-US"], most preferred first
        language = name.replace("-", "_").split("_")[0].lower()
        if language == SOURCE_LANGUAGE or (folder / f"{CATALOGUE_NAME}_{language}.qm").is_file():
            return language
    return SOURCE_LANGUAGE


def install_translators(
    app: QCoreApplication, locale: QLocale | None = None, *, directory: Path | None = None
) -> list[QTranslator]:
    """Installs, for the language chosen from `locale` (the system's by default): ShopApp's English plural
    forms, Qt's base translations for that language (qtbase_<language>), and shopapp_<language>.qm. Call
    before building any widget (texts are translated when set). Returns the translators installed, parented
    to `app` (a test removes them again with app.removeTranslator)."""
    folder = translations_dir() if directory is None else directory
    language = shop_language(QLocale.system() if locale is None else locale, folder)
    wanted = [(f"{CATALOGUE_NAME}_{SOURCE_LANGUAGE}", folder)]
    if language != SOURCE_LANGUAGE:
        qt_folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
        wanted += [(f"qtbase_{language}", qt_folder), (f"{CATALOGUE_NAME}_{language}", folder)]
    installed = []
    for name, where in wanted:
        translator = QTranslator(app)
        if translator.load(name, str(where)) and app.installTranslator(translator):
            installed.append(translator)
        else:
            log.info("No translation %s in %s", name, where)
            translator.deleteLater()
    log.info("Language: %s (%d translation files)", language, len(installed))
    return installed
