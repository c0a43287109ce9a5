"""Refreshes the translation catalogues from the code and compiles them: pyside6-lupdate over
shopapp/**/*.py into resources/i18n/shopapp_en.ts (the English source catalogue) and every other
shopapp_<language>.ts there, then pyside6-lrelease of each into its .qm (committed: the bundle ships
resources/ as it is).

Run: .venv/bin/python scripts/update_translations.py
Strings removed from the code leave the catalogues (-no-obsolete); no line numbers are stored (-locations
none), so moving code changes nothing. A new plural message (tr("%n car(s) ...", "", n)) needs its English
singular and plural written into shopapp_en.ts (Qt Linguist, or by hand in its <numerusform>s); the script
lists the ones still missing and fails until they are there.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
SOURCE_CATALOGUE = I18N / "shopapp_en.ts"
LUPDATE_OPTIONS = ["-no-obsolete", "-locations", "none", "-source-language", "en", "-silent"]


class Message(NamedTuple):
    context: str
    source: str
    plural: bool


def qt_tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease of the Python running this (the venv's), else from PATH."""
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 in this environment")
    return found


def source_files(root: Path = ROOT) -> list[str]:
    return sorted(str(path.relative_to(root)) for path in (root / "shopapp").rglob("*.py"))


def run_lupdate(catalogue: Path, root: Path = ROOT) -> None:
    """Writes or updates `catalogue` from the code (its existing translations are kept)."""
    language = catalogue.stem.split("_", 1)[1]
    command = [qt_tool("pyside6-lupdate"), *LUPDATE_OPTIONS, "-target-language", language]
    command += [*source_files(root), "-ts", str(catalogue)]
    subprocess.run(command, cwd=root, check=True)


def run_lrelease(catalogue: Path, compiled: Path) -> None:
    command = [qt_tool("pyside6-lrelease"), "-silent", str(catalogue), "-qm", str(compiled)]
    subprocess.run(command, check=True)


def messages(catalogue: Path) -> set[Message]:
    """What a catalogue asks to translate: (context, source text, plural or not)."""
    found = set()
    for context in ElementTree.parse(catalogue).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            plural = message.get("numerus") == "yes"
            found.add(Message(name, message.findtext("source", ""), plural))
    return found


def plurals_without_english(catalogue: Path = SOURCE_CATALOGUE) -> list[Message]:
    """Plural messages whose English singular and plural are not written yet (English would say "car(s)")."""
    missing = []
    for context in ElementTree.parse(catalogue).getroot().iter("context"):
        for message in context.iter("message"):
            if message.get("numerus") != "yes":
                continue
            forms = [form.text or "" for form in message.iter("numerusform")]
            if len(forms) != 2 or not all(form.strip() for form in forms):
                source = message.findtext("source", "")
                missing.append(Message(context.findtext("name", ""), source, True))
    return missing


def main() -> int:
    I18N.mkdir(parents=True, exist_ok=True)
    catalogues = sorted({SOURCE_CATALOGUE, *I18N.glob("shopapp_*.ts")})
    for catalogue in catalogues:
        run_lupdate(catalogue)
    found = messages(SOURCE_CATALOGUE)
    plural = sum(message.plural for message in found)
    print(f"{SOURCE_CATALOGUE.relative_to(ROOT)}: {len(found)} messages ({plural} with plural forms)")
    missing = plurals_without_english()
    for message in missing:
        print(f"  English forms missing: {message.context}: {message.source!r}", file=sys.stderr)
    for catalogue in catalogues:
        run_lrelease(catalogue, catalogue.with_suffix(".qm"))
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
