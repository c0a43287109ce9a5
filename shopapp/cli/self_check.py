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

from shopapp import __version__
from shopapp.cli.support import EXIT_FAILED, EXIT_OK
from shopapp.paths import data_home, resources_dir

LETTER_TEMPLATE = Path("letters") / "reminder.html"
QT_MODULES = ("QtCore", "QtGui", "QtWidgets", "QtPrintSupport", "QtSvg")


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
        return f"{self.status:<8}{self.name:<18}{self.detail}"


def check_data_folder(home: Path) -> CheckResult:
    try:
        home.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=home):
            pass
    except OSError as exc:
        return CheckResult("data folder", "FAILED", f"{home}: cannot write there ({exc.strerror or exc})")
    return CheckResult("data folder", "ok", f"{home} (writable)")


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

    try:
        database = open_store(home)
    except StoreError as exc:
        return CheckResult("database", "FAILED", str(exc))
    try:
        customers, vehicles = customer_and_vehicle_counts()
        detail = (
            f"{mask_url(database_description(database))}, schema {schema_version(database)}, "
            f"{customers} customers, {vehicles} vehicles"
        )
    finally:
        close_store()
    return CheckResult("database", "ok", detail)


def check_trouble_codes() -> CheckResult:
    from shopapp.domain.dtc import TroubleCodeCatalogue
    from shopapp.resources import DTC_CATALOGUE, _catalogue_rows

    try:
        count = len(TroubleCodeCatalogue(_catalogue_rows))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        return CheckResult("DTC catalogue", "FAILED", f"{resources_dir() / DTC_CATALOGUE}: {exc}")
    if count == 0:
        return CheckResult("DTC catalogue", "FAILED", f"{resources_dir() / DTC_CATALOGUE} has no codes")
    return CheckResult("DTC catalogue", "ok", f"{count:,} codes")


def check_letter_template() -> CheckResult:
    path = resources_dir() / LETTER_TEMPLATE
    if not path.is_file():
        return CheckResult("letter template", "MISSING", f"{path} does not exist")
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        return CheckResult("letter template", "FAILED", f"{path}: {exc}")
    if "<" not in text:
        return CheckResult("letter template", "FAILED", f"{path} is not HTML")
    return CheckResult("letter template", "ok", f"{path.name}, {len(text):,} characters")


def check_qt() -> CheckResult:
    """The Qt modules the window and the letters need, and a platform plugin to show them with."""
    try:
        for name in QT_MODULES:
            importlib.import_module(f"PySide6.{name}")
    except ImportError as exc:
        return CheckResult("Qt", "FAILED", f"PySide6.{name}: {exc}")
    from PySide6.QtCore import QCoreApplication

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
        return CheckResult(
            "Qt", "FAILED", f"Qt {qt}: no platform plugin found in {QCoreApplication.libraryPaths()}"
        )
    return CheckResult("Qt", "ok", f"Qt {qt}, PySide6 {pyside}; platform plugins: {', '.join(platforms)}")


def check_keyring() -> CheckResult:
    """Reports the backend; a machine without a keyring (a server, CI) is normal and does not fail. Only a
    bundle that lost keyring's entry points (so it could never find the OS keychain) fails."""
    from shopapp.credentials import Credentials
    from shopapp.services.diagnostics import keyring_backends_installed, keyring_description

    backends = keyring_backends_installed()
    description = keyring_description(Credentials())
    if not backends:
        return CheckResult("keyring", "FAILED", f"{description}; no keyring backends installed")
    return CheckResult("keyring", "ok", f"{description}; backends installed: {', '.join(backends)}")


def check_certificates() -> CheckResult:
    """httpx verifies Smartcar's TLS certificate against certifi's bundle."""
    try:
        import certifi
    except ImportError as exc:
        return CheckResult("TLS certificates", "FAILED", str(exc))
    path = Path(certifi.where())
    if not path.is_file():
        return CheckResult("TLS certificates", "FAILED", f"{path} does not exist")
    return CheckResult("TLS certificates", "ok", f"certifi {certifi.__version__}")


SMARTCAR_CHECK_SECONDS = 15.0


def check_smartcar(home: Path) -> CheckResult:
    """Which Smartcar API the shop is on and, for v3, whether the application token can be obtained. A shop
    that has not set Smartcar up yet is reported, not failed (the demo and the records work without it)."""
    import asyncio

    from shopapp.config import Settings
    from shopapp.credentials import Credentials
    from shopapp.services.smartcar_app import SetupError, smartcar_app, smartcar_session
    from shopapp.smartcar.errors import SmartcarError
    from shopapp.store.database import StoreError, close_store, open_store
    from shopapp.store.queries import load_settings

    try:
        open_store(home)
    except StoreError as exc:
        return CheckResult("Smartcar", "FAILED", f"the shop's settings cannot be read ({exc})")
    try:
        settings = Settings(load_settings, lambda key, value: None).values()
    finally:
        close_store()
    api = settings["smartcar_api"]
    try:
        app = smartcar_app(settings, Credentials())
    except SetupError as exc:
        return CheckResult("Smartcar", "ok", f"API {api}; not set up yet ({exc})")
    if api != "v3":
        return CheckResult("Smartcar", "ok", f"API v2, client {app.credentials.client_id}")

    async def obtain_token() -> None:
        async with smartcar_session(app) as session:
            async with asyncio.timeout(SMARTCAR_CHECK_SECONDS):
                await session.v3_client().tokens.token()

    try:
        asyncio.run(obtain_token())
    except (SmartcarError, SetupError) as exc:
        return CheckResult("Smartcar", "FAILED", f"API v3: no application token ({exc})")
    except TimeoutError:
        return CheckResult("Smartcar", "FAILED", "API v3: Smartcar's token service did not answer in time")
    return CheckResult(
        "Smartcar", "ok", f"API v3, client {app.credentials.client_id}: application token obtained"
    )


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
    where = f"bundle in {Path(sys.executable).parent}" if getattr(sys, "frozen", False) else sys.executable
    print(f"ShopApp {__version__} self-check ({where}; SHOPAPP_HOME={os.environ.get('SHOPAPP_HOME', '-')})")
    results = self_check(data_home())
    for result in results:
        print(result.line())
    failed = [result for result in results if not result.passed]
    if failed:
        print(f"{len(failed)} of {len(results)} checks failed: {', '.join(result.name for result in failed)}")
        return EXIT_FAILED
    print(f"All {len(results)} checks passed.")
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
        help="check that this installation works (database, resources, Qt, keyring) and exit",
    )
