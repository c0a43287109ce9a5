"""DESIGN.md layers: only shopapp/ui imports widgets; domain has no I/O; keyring only in credentials.py."""

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "shopapp"


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def python_files(*parts: str):
    return sorted((PACKAGE.joinpath(*parts)).rglob("*.py")) if parts else sorted(PACKAGE.rglob("*.py"))


def test_only_ui_imports_widgets():
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in python_files()
        if "ui" not in path.relative_to(PACKAGE).parts[:1]
        and any(
            name.startswith(("PySide6.QtWidgets", "PySide6.QtPrintSupport"))
            for name in imported_modules(path)
        )
    ]
    assert offenders == []


def test_client_and_simulator_know_nothing_of_qt_or_the_database():
    for package in ("smartcar", "simulator"):
        for path in python_files(package):
            for name in imported_modules(path):
                assert not name.startswith(("PySide6", "peewee", "shopapp.store", "shopapp.ui")), (path, name)


def test_simulator_does_not_borrow_from_the_client():
    # The simulator must stand on its own so the client is tested against an independent reading of the API.
    for path in python_files("simulator"):
        assert not any(name.startswith("shopapp.smartcar") for name in imported_modules(path)), path


def test_keyring_only_in_credentials():
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in python_files()
        if path.name != "credentials.py"
        and any(name.split(".")[0] == "keyring" for name in imported_modules(path))
    ]
    assert offenders == []


def test_domain_is_pure():
    """domain/ is the heart of the product: testable without Qt, network, database or files."""
    forbidden = (
        "PySide6",
        "httpx",
        "peewee",
        "sqlite3",
        "keyring",
        "qasync",
        "starlette",
        "os",
        "pathlib",
        "io",
    )
    for path in python_files("domain"):
        for name in imported_modules(path):
            assert name.split(".")[0] not in forbidden, (path, name)
            if name.startswith("shopapp"):
                assert name.startswith("shopapp.domain"), (path, name)


def test_store_and_services_know_nothing_of_widgets_or_http():
    for package in ("store", "services", "reports"):
        for path in python_files(package):
            for name in imported_modules(path):
                assert not name.startswith(("PySide6.QtWidgets", "httpx", "shopapp.ui")), (path, name)
