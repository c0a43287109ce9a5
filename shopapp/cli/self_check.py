"""`shopapp --self-check`: proves an installation works (data folder, database, bundled resources, Qt,
keyring, TLS certificates) with one line per check; exit 0 when all pass, 1 otherwise. Used by the bundle's
acceptance test and by support ("run ShopApp --self-check and send me what it prints")."""

from __future__ import annotations

import argparse
import importlib
import os
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject

from shopapp import __version__
from shopapp.cli.support import EXIT_FAILED, EXIT_OK
from shopapp.i18n import fill
from shopapp.local_format import whole_number
from shopapp.paths import data_home, resources_dir

LETTER_TEMPLATE = Path("letters") / "reminder.html"
QT_MODULES = ("QtCore", "QtGui", "QtWidgets", "QtPrintSupport", "QtSvg")
# How each status is printed; the result keeps the status itself ("ok" passes).
_STATUS_WORDS = {  # QT_TRANSLATE_NOOP marks the text for lupdate and returns it (typed object)
    "ok": QT_TRANSLATE_NOOP("SelfCheck", "ok"),
    "FAILED": QT_TRANSLATE_NOOP("SelfCheck", "FAILED"),
    "MISSING": QT_TRANSLATE_NOOP("SelfCheck", "MISSING"),
}


@dataclass(frozen=True, slots=True)
class CheckResult:
    """One line of the report; `status` is "ok", "FAILED" or "MISSING" (the last two fail the check)."""

    name: str
    status: str
    detail: str

    @property
    def passed(self) -> bool:
        return self.status == "ok"

    def line(self) -> str:
        """Status and name in columns; a longer word (a translation) still leaves one space after it."""
        status = QCoreApplication.translate("SelfCheck", str(_STATUS_WORDS[self.status]))
        return f"{status:<7} {self.name:<17} {self.detail}"


def check_data_folder(home: Path) -> CheckResult:
    name = QCoreApplication.translate("SelfCheck", "data folder")
    try:
        home.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=home):
            pass
    except OSError as exc:
        cannot_write = QCoreApplication.translate("SelfCheck", "%1: cannot write there (%2)")
        return CheckResult(name, "FAILED", fill(cannot_write, home, exc.strerror or exc))
    return CheckResult(name, "ok", fill(QCoreApplication.translate("SelfCheck", "%1 (writable)"), home))


def check_database(home: Path) -> CheckResult:
    """Opens (creating and migrating if needed) the shop's database, as the window would."""
    from shopapp.services.diagnostics import mask_url
    from shopapp.store.customers import customer_and_vehicle_counts
    from shopapp.store.database import (
        StoreError,
        close_store,
        database_description,
        open_store,
        schema_version,
    )

    name = QCoreApplication.translate("SelfCheck", "database")
    try:
        database = open_store(home)
    except StoreError as exc:
        return CheckResult(name, "FAILED", str(exc))
    try:
        customers, vehicles = customer_and_vehicle_counts()
        counts = SelfCheckCounts()
        detail = fill(
            QCoreApplication.translate("SelfCheck", "%1, schema %2, %3, %4"),
            mask_url(database_description(database)),
            schema_version(database),
            counts.customers(customers),
            counts.vehicles(vehicles),
        )
    finally:
        close_store()
    return CheckResult(name, "ok", detail)


def check_trouble_codes() -> CheckResult:
    from shopapp.domain.dtc import TroubleCodeCatalogue
    from shopapp.resources import DTC_CATALOGUE, _catalogue_rows

    name = QCoreApplication.translate("SelfCheck", "DTC catalogue")
    try:
        count = len(TroubleCodeCatalogue(_catalogue_rows))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        return CheckResult(name, "FAILED", f"{resources_dir() / DTC_CATALOGUE}: {exc}")
    if count == 0:
        no_codes = QCoreApplication.translate("SelfCheck", "%1 has no codes")
        return CheckResult(name, "FAILED", fill(no_codes, resources_dir() / DTC_CATALOGUE))
    return CheckResult(name, "ok", fill(SelfCheckCounts().codes(count), whole_number(count)))


def check_letter_template() -> CheckResult:
    name = QCoreApplication.translate("SelfCheck", "letter template")
    path = resources_dir() / LETTER_TEMPLATE
    if not path.is_file():
        return CheckResult(
            name, "MISSING", fill(QCoreApplication.translate("SelfCheck", "%1 does not exist"), path)
        )
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        return CheckResult(name, "FAILED", f"{path}: {exc}")
    if "<" not in text:
        return CheckResult(
            name, "FAILED", fill(QCoreApplication.translate("SelfCheck", "%1 is not HTML"), path)
        )
    size = SelfCheckCounts().characters(len(text))
    return CheckResult(name, "ok", fill(size, path.name, whole_number(len(text))))


def check_qt() -> CheckResult:
    """The Qt modules the window and the letters need, and a platform plugin to show them with."""
    name = "Qt"  # untranslated: a product name
    try:
        for module in QT_MODULES:
            importlib.import_module(f"PySide6.{module}")
    except ImportError as exc:
        return CheckResult(name, "FAILED", f"PySide6.{module}: {exc}")
    from shopapp.services.diagnostics import qt_versions

    qt, pyside = qt_versions()
    platforms = sorted(
        {
            plugin.stem.removeprefix("libq").removeprefix("q")
            for folder in QCoreApplication.libraryPaths()
            for plugin in (Path(folder) / "platforms").glob("*q*.*")
            if plugin.suffix in (".so", ".dll", ".dylib")
        }
    )
    if not platforms:
        no_plugin = QCoreApplication.translate("SelfCheck", "Qt %1: no platform plugin found in %2")
        return CheckResult(name, "FAILED", fill(no_plugin, qt, QCoreApplication.libraryPaths()))
    found = QCoreApplication.translate("SelfCheck", "Qt %1, PySide6 %2; platform plugins: %3")
    return CheckResult(name, "ok", fill(found, qt, pyside, ", ".join(platforms)))


def check_keyring() -> CheckResult:
    """Reports the backend; a machine without a keyring (a server, CI) is normal and does not fail. Only a
    bundle that lost keyring's entry points (so it could never find the OS keychain) fails."""
    from shopapp.credentials import Credentials
    from shopapp.services.diagnostics import keyring_backends_installed, keyring_state

    name = QCoreApplication.translate("SelfCheck", "keyring")
    backends = keyring_backends_installed()
    state = keyring_state(Credentials())
    if state.usable is None:  # keyring could not even be asked: `backend` names the error
        description = fill(QCoreApplication.translate("SelfCheck", "unknown (%1)"), state.backend)
    elif state.usable:
        description = fill(QCoreApplication.translate("SelfCheck", "%1 (usable)"), state.backend)
    else:
        description = fill(
            QCoreApplication.translate(
                "SelfCheck", "%1 (not usable: secrets come from SMARTCAR_CLIENT_SECRET / SHOPAPP_DATA_KEY)"
            ),
            state.backend,
        )
    if not backends:
        no_backends = QCoreApplication.translate("SelfCheck", "%1; no keyring backends installed")
        return CheckResult(name, "FAILED", fill(no_backends, description))
    installed = QCoreApplication.translate("SelfCheck", "%1; backends installed: %2")
    return CheckResult(name, "ok", fill(installed, description, ", ".join(backends)))


def check_certificates() -> CheckResult:
    """httpx verifies Smartcar's TLS certificate against certifi's bundle."""
    name = QCoreApplication.translate("SelfCheck", "TLS certificates")
    try:
        import certifi
    except ImportError as exc:
        return CheckResult(name, "FAILED", str(exc))
    path = Path(certifi.where())
    if not path.is_file():
        return CheckResult(
            name, "FAILED", fill(QCoreApplication.translate("SelfCheck", "%1 does not exist"), path)
        )
    return CheckResult(name, "ok", f"certifi {certifi.__version__}")


SMARTCAR_CHECK_SECONDS = 15.0


def check_smartcar(home: Path) -> CheckResult:
    """Which Smartcar API the shop is on and, for v3, whether the application token can be obtained. A shop
    that never began setting Smartcar up is reported, not failed (the demo and the records work without it);
    one that began (an id or a secret entered, cars connected) but lacks a piece fails, naming every missing
    piece in order: the client id, its secret, the Application ID, the data key that sealed pairs need."""
    import asyncio

    from shopapp.config import Settings
    from shopapp.credentials import Credentials
    from shopapp.services.smartcar_app import (
        SetupError,
        setup_words,
        smartcar_app,
        smartcar_session,
        smartcar_setup,
    )
    from shopapp.services.tokens import sealed_samples
    from shopapp.smartcar.errors import SmartcarError
    from shopapp.store.database import StoreError, close_store, open_store
    from shopapp.store.queries import load_settings
    from shopapp.store.vehicles import any_connected_car

    name = "Smartcar"  # untranslated: a product name
    try:
        open_store(home)
    except StoreError as exc:
        return CheckResult(
            name,
            "FAILED",
            fill(QCoreApplication.translate("SelfCheck", "the shop's settings cannot be read (%1)"), exc),
        )
    credentials = Credentials()
    try:
        settings = Settings(load_settings, lambda key, value: None).values()
        setup = smartcar_setup(
            settings, credentials, sealed_pairs=bool(sealed_samples(1)), connected=any_connected_car()
        )
    finally:
        close_store()
    api = settings["smartcar_api"]
    if not setup.started:
        not_yet = QCoreApplication.translate(
            "SelfCheck",
            "API %1; not set up yet (no Smartcar application entered: File → Settings → Smartcar)",
        )
        return CheckResult(name, "ok", fill(not_yet, api))
    if not setup.complete:
        cannot_work = QCoreApplication.translate("SelfCheck", "API %1; set up but cannot work. %2")
        return CheckResult(name, "FAILED", fill(cannot_work, api, setup_words(setup)))
    try:
        app = smartcar_app(settings, credentials)
    except SetupError as exc:
        return CheckResult(
            name, "FAILED", fill(QCoreApplication.translate("SelfCheck", "API %1; %2"), api, exc)
        )
    if api != "v3":
        return CheckResult(
            name,
            "ok",
            fill(QCoreApplication.translate("SelfCheck", "API v2, client %1"), app.credentials.client_id),
        )

    async def obtain_token() -> None:
        async with smartcar_session(app) as session:
            async with asyncio.timeout(SMARTCAR_CHECK_SECONDS):
                await session.v3_client().tokens.token()

    try:
        asyncio.run(obtain_token())
    except (SmartcarError, SetupError) as exc:
        return CheckResult(
            name,
            "FAILED",
            fill(QCoreApplication.translate("SelfCheck", "API v3: no application token (%1)"), exc),
        )
    except TimeoutError:
        no_answer = QCoreApplication.translate(
            "SelfCheck", "API v3: Smartcar's token service did not answer in time"
        )
        return CheckResult(name, "FAILED", no_answer)
    obtained = QCoreApplication.translate("SelfCheck", "API v3, client %1: application token obtained")
    return CheckResult(name, "ok", fill(obtained, app.credentials.client_id))


def self_check(home: Path) -> list[CheckResult]:
    checks: list[Callable[[], CheckResult]] = [
        lambda: check_data_folder(home),
        lambda: check_database(home),
        check_trouble_codes,
        check_letter_template,
        check_qt,
        check_keyring,
        check_certificates,
        lambda: check_smartcar(home),
    ]
    results = []
    for check in checks:
        try:
            results.append(check())
        except Exception as exc:  # one broken check must not hide the others' answers
            results.append(CheckResult(getattr(check, "__name__", "check"), "FAILED", repr(exc)))
    return results


def run_self_check(_args: argparse.Namespace | None = None) -> int:
    """Prints one line per check; 0 when all pass, 1 otherwise."""
    if getattr(sys, "frozen", False):
        where = fill(QCoreApplication.translate("SelfCheck", "bundle in %1"), Path(sys.executable).parent)
    else:
        where = sys.executable
    header = QCoreApplication.translate("SelfCheck", "ShopApp %1 self-check (%2; SHOPAPP_HOME=%3)")
    print(fill(header, __version__, where, os.environ.get("SHOPAPP_HOME", "-")))
    results = self_check(data_home())
    for result in results:
        print(result.line())
    counts = SelfCheckCounts()
    failed = [result for result in results if not result.passed]
    if failed:
        names = ", ".join(result.name for result in failed)
        print(fill(counts.failed(len(results)), len(failed), names))
        return EXIT_FAILED
    print(counts.passed(len(results)))
    return EXIT_OK


class _SelfCheckAction(argparse.Action):
    """Routes the command line to run_self_check through `args.run`, as the subcommands do."""

    def __call__(self, parser, namespace, values, option_string=None) -> None:
        namespace.run = run_self_check


def add_self_check_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--self-check",
        nargs=0,
        action=_SelfCheckAction,
        default=argparse.SUPPRESS,
        help=QCoreApplication.translate(
            "CommandLine", "check that this installation works (database, resources, Qt, keyring) and exit"
        ),
    )


class SelfCheckCounts(QObject):
    """Counts in the self-check's lines (a QObject for self.tr(): lupdate sees plurals only there)."""

    def customers(self, count: int) -> str:
        return self.tr("%n customer(s)", "", count)

    def vehicles(self, count: int) -> str:
        return self.tr("%n vehicle(s)", "", count)

    def codes(self, count: int) -> str:
        """%1 the count with thousands separators (%n has none in a "C" locale)."""
        return self.tr("%1 code(s)", "", count)

    def characters(self, count: int) -> str:
        """%1 the file name, %2 the count with thousands separators."""
        return self.tr("%1, %2 character(s)", "", count)

    def failed(self, checks: int) -> str:
        """%1 the checks that failed, %2 their names."""
        return self.tr("%1 of %n check(s) failed: %2", "", checks)

    def passed(self, checks: int) -> str:
        return self.tr("All %n check(s) passed.", "", checks)
