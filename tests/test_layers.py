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


# Query methods of a peewee model class (and of the database proxy) that only store/ may call.
QUERY_METHODS = {
    "select",
    "get",
    "get_by_id",
    "get_or_none",
    "get_or_create",
    "create",
    "update",
    "delete",
    "delete_by_id",
    "delete_instance",
    "save",
    "insert",
    "insert_many",
    "insert_from",
    "replace",
    "replace_many",
    "bulk_create",
    "bulk_update",
    "raw",
    "atomic",
    "transaction",
    "execute_sql",
    "connection_context",
}


def outside_store(*parts: str):
    for path in python_files(*parts):
        relative = path.relative_to(PACKAGE)
        if relative.parts[0] != "store":
            yield relative.as_posix(), path


def store_model_names(tree: ast.AST) -> set[str]:
    """Local names bound to shopapp.store.models or to anything imported from it."""
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module == "shopapp.store.models":
            names.update(alias.asname or alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module == "shopapp.store":
            names.update(alias.asname or alias.name for alias in node.names if alias.name == "models")
        elif isinstance(node, ast.Import):
            names.update(
                alias.asname or alias.name for alias in node.names if alias.name == "shopapp.store.models"
            )
    return names


def query_calls(path: Path) -> list[str]:
    """`Model.select(...)`, `db.atomic()`, `models.Vehicle.get_by_id(...)`, `<query>.execute()`: calls whose
    chain starts from a name imported from shopapp.store.models."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    models = store_model_names(tree)
    found: list[str] = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
            continue
        method, receiver = node.func.attr, node.func.value
        # Walk down `models.Vehicle.select(...).where(...).execute()` to the name it starts from.
        root = receiver
        while isinstance(root, (ast.Attribute, ast.Call, ast.Subscript)):
            root = root.func if isinstance(root, ast.Call) else root.value
        if not (isinstance(root, ast.Name) and root.id in models):
            continue
        if method in QUERY_METHODS or method == "execute" or method.startswith(("insert", "delete")):
            found.append(f"line {node.lineno}: {ast.unparse(node.func)}")
    return found


def test_peewee_and_sqlite3_only_in_store():
    offenders = [
        (name, module)
        for name, path in outside_store()
        for module in imported_modules(path)
        if module.split(".")[0] in ("peewee", "playhouse", "sqlite3")
    ]
    assert offenders == []


def test_queries_only_in_store():
    offenders = {name: calls for name, path in outside_store() if (calls := query_calls(path))}
    assert offenders == {}


def test_ui_goes_through_services():
    offenders = [
        (name, module)
        for name, path in outside_store("ui")
        for module in imported_modules(path)
        if module == "shopapp.store" or module.startswith("shopapp.store.")
    ]
    assert offenders == []


def test_the_webhook_receiver_needs_no_gui():
    """The receiver runs on a server without a display: no widgets, no GUI module, nothing of ui/."""
    for path in python_files("receiver"):
        for name in imported_modules(path):
            assert not name.startswith(
                ("PySide6.QtWidgets", "PySide6.QtGui", "PySide6.QtPrintSupport", "shopapp.ui")
            ), (
                path,
                name,
            )
