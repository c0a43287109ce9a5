"""What About and `--self-check` report: versions, licences, paths, keyring backend, schema version. Never a
secret: no client secret, data key, token or database password is ever read into this text.

The diagnostics text is for ShopApp's support, who read it in English whatever the shop's language: it stays
untranslated. The components' descriptions are shown in About and are translated."""

from __future__ import annotations

import importlib.metadata
import logging
import os
import platform
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from shopapp import __version__
from shopapp.credentials import Credentials
from shopapp.i18n import fill
from shopapp.log import LOG_FILE_NAME
from shopapp.paths import data_home, log_dir, resources_dir
from shopapp.store.database import StoreError, open_database_description, open_schema_version
from shopapp.store.migrations import LATEST_VERSION

MASK = "***"
# Environment variables whose presence (never value) helps support: they change where data and secrets live.
REPORTED_VARIABLES = (
    "SHOPAPP_HOME",
    "SHOPAPP_DATABASE_URL",
    "SHOPAPP_DATA_KEY",
    "SMARTCAR_CLIENT_ID",
    "SMARTCAR_CLIENT_SECRET",
    "SMARTCAR_REDIRECT_URI",
    "SMARTCAR_API_ORIGIN",
    "SMARTCAR_AUTH_ORIGIN",
    "SMARTCAR_CONNECT_ORIGIN",
    "PYTHON_KEYRING_BACKEND",
    "QT_QPA_PLATFORM",
)
_SECRET_QUERY_KEYS = {"password", "passwd", "pass", "secret", "token", "sslpassword"}


@dataclass(frozen=True, slots=True)
class Component:
    """A third-party part of ShopApp, for the About box: `licence` is an SPDX expression."""

    name: str
    version: str
    licence: str
    url: str


# (shown name, distribution name, licence when the metadata has none, home page). Qt and PySide6 are offered
# under several licences; ShopApp uses them under the LGPLv3 (shared libraries the user may replace). A name
# with words of its own is marked for translation (QT_TRANSLATE_NOOP returns it, typed object).
_COMPONENTS = (
    ("Qt", None, "LGPL-3.0-only", "https://www.qt.io/"),  # untranslated: a product name
    # untranslated: product names
    ("PySide6 (Qt for Python)", "PySide6-Essentials", "LGPL-3.0-only", "https://doc.qt.io/qtforpython-6/"),
    ("httpx", "httpx", "BSD-3-Clause", "https://www.python-httpx.org/"),
    ("qasync", "qasync", "BSD-2-Clause", "https://github.com/CabbageDevelopment/qasync"),
    ("peewee", "peewee", "MIT", "https://github.com/coleifer/peewee"),
    ("keyring", "keyring", "MIT", "https://github.com/jaraco/keyring"),
    # untranslated: an SPDX licence expression
    ("cryptography", "cryptography", "Apache-2.0 OR BSD-3-Clause", "https://cryptography.io/"),
    ("platformdirs", "platformdirs", "MIT", "https://github.com/tox-dev/platformdirs"),
    ("starlette", "starlette", "BSD-3-Clause", "https://www.starlette.io/"),
    ("uvicorn", "uvicorn", "BSD-3-Clause", "https://www.uvicorn.org/"),
    ("h11", "h11", "MIT", "https://github.com/python-hyper/h11"),
    (
        QT_TRANSLATE_NOOP("ThirdPartyComponents", "certifi (CA certificates)"),
        "certifi",
        "MPL-2.0",
        "https://github.com/certifi/python-certifi",
    ),
)
_FIXED_LICENCES = {"Qt", "PySide6 (Qt for Python)"}  # untranslated: product names
KEY_PACKAGES = (
    "httpx",
    "qasync",
    "peewee",
    "keyring",
    "cryptography",
    "platformdirs",
    "starlette",
    "uvicorn",
)
DTC_DATA_COMMIT = "5563d7b"
DTC_CATALOGUE_URL = "https://github.com/foerbsnavi/OBDex"


def distribution_version(name: str) -> str:
    """The installed version of a distribution, or "" when its metadata is not there."""
    try:
        return importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        return ""


def _first_value(metadata: importlib.metadata.PackageMetadata, name: str) -> str:
    """A metadata field, stripped; "" when absent (PackageMetadata has .get only from Python 3.12)."""
    return str((metadata.get_all(name) or [""])[0]).strip()


def _metadata_licence(name: str) -> str:
    try:
        metadata = importlib.metadata.metadata(name)
    except importlib.metadata.PackageNotFoundError:
        return ""
    expression = _first_value(metadata, "License-Expression")
    if expression:
        return expression
    text = _first_value(metadata, "License")  # untranslated: a metadata field's name
    # Some packages paste their whole licence text into this field; only a short name is worth showing.
    if text and "\n" not in text and len(text) <= 60:
        return text
    return ""


def qt_versions() -> tuple[str, str]:
    """(Qt, PySide6) versions."""
    import PySide6
    from PySide6.QtCore import qVersion

    return qVersion(), PySide6.__version__


def components() -> list[Component]:
    """The third-party parts with their installed versions and licences (from the package metadata where it
    names one), then the trouble-code catalogue; descriptions in the shop's language."""
    qt, pyside = qt_versions()
    found = []
    for name, distribution, fallback, url in _COMPONENTS:
        shown = str(name)
        if distribution is None:
            version = qt
        else:
            version = distribution_version(distribution) or (pyside if shown in _FIXED_LICENCES else "")
        if shown in _FIXED_LICENCES or distribution is None:
            licence = fallback
        else:
            licence = _metadata_licence(distribution) or fallback
        found.append(
            Component(QCoreApplication.translate("ThirdPartyComponents", shown), version, licence, url)
        )
    found.append(
        Component(
            QCoreApplication.translate("ThirdPartyComponents", "OBD-II trouble-code catalogue (OBDex)"),
            fill(QCoreApplication.translate("ThirdPartyComponents", "data commit %1"), DTC_DATA_COMMIT),
            "CC0-1.0",
            DTC_CATALOGUE_URL,
        )
    )
    return found


def mask_url(url: str) -> str:
    """A database URL with its password (in the authority or the query) replaced by ***."""
    parts = urlsplit(url)
    netloc, query = parts.netloc, parts.query
    if "@" in netloc:
        credentials, _, host = netloc.rpartition("@")
        user, has_password, _password = credentials.partition(":")
        netloc = f"{user}:{MASK}@{host}" if has_password else f"{user}@{host}"
    pairs = parse_qsl(query, keep_blank_values=True)
    if any(key.lower() in _SECRET_QUERY_KEYS for key, _value in pairs):
        query = urlencode(
            [(key, MASK if key.lower() in _SECRET_QUERY_KEYS else value) for key, value in pairs], safe="*/:"
        )
    if (netloc, query) == (parts.netloc, parts.query):
        return url  # rebuilding would turn sqlite:////abs/path into sqlite://abs/path
    return urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment))


def log_file() -> Path:
    """The file the log goes to (the rotating handler's), else where it would go."""
    for handler in logging.getLogger().handlers:
        filename = getattr(handler, "baseFilename", None)
        if filename:
            return Path(filename)
    return log_dir(data_home()) / LOG_FILE_NAME


def keyring_backends_installed() -> list[str]:
    """The keyring backends this installation can find (their entry points); an empty list inside a bundle
    means the packages' metadata was not bundled and keyring would see no OS keychain."""
    return sorted({entry.name for entry in importlib.metadata.entry_points(group="keyring.backends")})


@dataclass(frozen=True, slots=True)
class KeyringState:
    """The keyring backend in use and whether it can keep secrets; `usable` is None when keyring could not
    even be asked, `backend` then names the error."""

    backend: str
    usable: bool | None


def keyring_state(credentials: Credentials) -> KeyringState:
    keychain = credentials.keychain
    try:
        return KeyringState(keychain.backend_name, keychain.usable)
    except Exception as exc:  # a broken keyring set-up must not stop the About box or the self-check
        return KeyringState(type(exc).__name__, None)


def keyring_description(credentials: Credentials) -> str:
    """The keyring line of the diagnostics text (the self-check words its own, translated)."""
    state = keyring_state(credentials)
    if state.usable is None:
        return f"unknown ({state.backend})"  # untranslated: support report for the developers
    if state.usable:
        return f"{state.backend} (usable)"
    # untranslated: support report for the developers
    return f"{state.backend} (not usable: secrets come from SMARTCAR_CLIENT_SECRET / SHOPAPP_DATA_KEY)"


def frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


def diagnostics_text(
    home: Path,
    *,
    credentials: Credentials | None = None,
    demo: bool = False,
    qt_platform: str | None = None,
    environ: Mapping[str, str] | None = None,
) -> str:
    """The text of About's "Copy diagnostics": versions, paths, keyring backend, schema version. It names
    which secret-bearing variables are set but never reads a secret's value."""
    env = os.environ if environ is None else environ
    qt, pyside = qt_versions()
    try:
        version = open_schema_version()
        # untranslated: support report for the developers
        schema = f"{version} (this ShopApp knows up to {LATEST_VERSION})" if version is not None else "-"
    except StoreError as exc:
        schema = f"unknown ({exc})"  # untranslated: support report for the developers
    packages = ", ".join(f"{name} {distribution_version(name) or '?'}" for name in KEY_PACKAGES)
    variables = [name for name in REPORTED_VARIABLES if (env.get(name) or "").strip()]
    # untranslated: support report for the developers
    backends = ", ".join(keyring_backends_installed()) or "none found"
    # untranslated: support report for the developers
    packaging = "installed bundle" if frozen() else "Python package"
    # untranslated: support report for the developers
    plugin = f" (platform plugin: {qt_platform})" if qt_platform else ""
    demo_shop = " (demo shop)" if demo else ""  # untranslated: support report for the developers
    # untranslated: support report for the developers (English whatever the shop's language)
    return f"""\
ShopApp diagnostics (contains no passwords, keys or tokens)
ShopApp: {__version__} ({packaging})
Python: {platform.python_version()} ({platform.python_implementation()}, {platform.architecture()[0]})
System: {platform.platform()}
Qt: {qt}{plugin}
PySide6: {pyside}
Packages: {packages}
Data folder: {home}{demo_shop}
Database: {mask_url(open_database_description())}
Database schema: {schema}
Log file: {log_file()}
Resources: {resources_dir()}
Keyring: {keyring_description(credentials or Credentials())}
Keyring backends installed: {backends}
Environment variables set (values not shown): {", ".join(variables) or "none"}
"""
