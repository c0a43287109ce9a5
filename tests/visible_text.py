"""Finds string literals in the code that read as words for a person (an English phrase, a capitalised
word) and do not go through Qt's translation functions: what tests/test_translations.py fails on.

A literal is left alone when it is a docstring, the text of tr()/translate()/QT_TRANSLATE_NOOP(), a log
message, the text of a built-in exception (a bug: it goes to the log, the user sees "Something went wrong"),
an object name, property or style sheet, or when its line (or the comment line just above it) says
`# untranslated: <why>` (a product name, the support report, a file format's own words)."""

from __future__ import annotations

import ast
import builtins
import io
import re
import tokenize
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

MARKER = "untranslated:"
TRANSLATING = {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"}
NOT_FOR_PEOPLE = {
    "setObjectName",
    "setProperty",
    "property",
    "setStyleSheet",
    "getLogger",
    "findChild",
    "findChildren",
    "strftime",
    "strptime",
    "toString",
    "fromString",
}
LOGGING = {"debug", "info", "warning", "error", "exception", "critical", "log"}
LOGGERS = {"log", "logger", "_log", "logging", "LOG"}
BUILTIN_ERRORS = {
    name
    for name, value in vars(builtins).items()
    if isinstance(value, type) and issubclass(value, BaseException)
}
_TAG = re.compile(r"<[^>]*>|&\w+;")
_WORD = re.compile(r"[^\W\d_]{2,}")


class Escaped(NamedTuple):
    path: str
    line: int
    text: str


def reads_as_words(text: str) -> bool:
    """ "Refresh all", "Odometer", "<b>Note:</b> due" read as words; "vin", "due_soon", "%H:%M", "SYSTEM_MIL",
    "application/json" do not."""
    bare = _TAG.sub(" ", text).strip()
    if not _WORD.search(bare):
        return False
    if " " not in bare:
        return re.fullmatch(r"[A-Z][a-z]+[a-z.…:!?]*", bare) is not None  # "Odometer", "Cancel", "Saving…"
    return re.fullmatch(r"[\w.\-/:%{}]+(?: [\w.\-/:%{}]+)*", bare) is None or bool(
        re.search(r"[a-z]{2,} [a-z]{2,}", bare, re.IGNORECASE)
    )


def _called_name(call: ast.Call) -> str:
    function = call.func
    if isinstance(function, ast.Attribute):
        return function.attr
    return function.id if isinstance(function, ast.Name) else ""


def _is_logging(call: ast.Call) -> bool:
    function = call.func
    return (
        isinstance(function, ast.Attribute)
        and function.attr in LOGGING
        and isinstance(function.value, ast.Name)
        and function.value.id in LOGGERS
    )


def _raised_builtin(node: ast.Raise) -> bool:
    exc = node.exc.func if isinstance(node.exc, ast.Call) else node.exc
    return isinstance(exc, ast.Name) and exc.id in BUILTIN_ERRORS


def _marked_lines(source: str) -> set[int]:
    marked: set[int] = set()
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        if token.type == tokenize.COMMENT and MARKER in token.string:
            row = token.start[0]
            marked.add(row)
            if token.line.strip().startswith("#"):  # a comment on its own line covers the next line
                marked.add(row + 1)
    return marked


def _docstrings(tree: ast.AST) -> set[ast.AST]:
    found: set[ast.AST] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            first = node.body[0] if node.body else None
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                found.add(first.value)
    return found


def _exempt(node: ast.AST, parents: dict[ast.AST, ast.AST]) -> bool:
    child = node
    while child in parents:
        parent = parents[child]
        if isinstance(parent, ast.Call) and child is not parent.func:
            name = _called_name(parent)
            if name in TRANSLATING or name in NOT_FOR_PEOPLE or _is_logging(parent):
                return True
        if isinstance(parent, ast.Raise) and _raised_builtin(parent):
            return True
        child = parent
    return False


def escaped_texts(path: Path, root: Path) -> Iterator[Escaped]:
    source = path.read_text(encoding="utf-8")
    tree = ast.parse(source)
    parents = {child: parent for parent in ast.walk(tree) for child in ast.iter_child_nodes(parent)}
    docstrings = _docstrings(tree)
    marked = _marked_lines(source)
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            if node in docstrings or isinstance(parents.get(node), ast.JoinedStr):
                continue
            text = node.value
        elif isinstance(node, ast.JoinedStr):
            text = "".join(part.value for part in node.values if isinstance(part, ast.Constant))
        else:
            continue
        lines = range(node.lineno, (node.end_lineno or node.lineno) + 1)
        if not reads_as_words(text) or any(line in marked for line in lines) or _exempt(node, parents):
            continue
        yield Escaped(path.relative_to(root).as_posix(), node.lineno, text)


def python_files(root: Path, targets: list[Path]) -> list[Path]:
    """The .py files under `root` that are one of `targets` (files) or inside one (folders)."""
    wanted = [target.resolve() for target in targets]
    return [
        path
        for path in sorted(root.rglob("*.py"))
        if any(path.resolve() == target or target in path.resolve().parents for target in wanted)
    ]


def checked_files(root: Path) -> list[Path]:
    """The files of CHECKED under `root` (the shopapp package)."""
    return python_files(root, [root / name for name in CHECKED])


def main(arguments: list[str]) -> int:
    """python tests/visible_text.py [FILE_OR_FOLDER ...]: lists what escapes translation (default: CHECKED,
    what a person reads text from)."""
    root = Path(__file__).resolve().parent.parent / "shopapp"
    paths = python_files(root, [Path(name) for name in arguments]) if arguments else checked_files(root)
    escaped = [found for path in paths for found in escaped_texts(path, root)]
    for found in escaped:
        print(f"shopapp/{found.path}:{found.line}: {found.text!r}")
    print(f"{len(escaped)} texts escape translation")
    return 1 if escaped else 0


# Packages (folders) and single modules under shopapp/ whose every text a person may read is checked.
CHECKED = (
    "ui",
    "reports",
    "cli",
    "services",
    "config.py",
    "resources.py",
    "credentials.py",
    "errors.py",
)

if __name__ == "__main__":
    import sys

    sys.exit(main(sys.argv[1:]))
