"""Logging set-up: one rotating file in the data folder, with secrets redacted as a safety net."""

from __future__ import annotations

import logging
import logging.handlers
import re
from pathlib import Path

from shopapp.paths import log_dir

LOG_FILE_NAME = "shopapp.log"
_MAX_BYTES = 2_000_000
_BACKUPS = 5

# Code must never log a secret; these patterns catch the ones that slip through anyway
# (an exception text quoting a request, a dict of a token response).
_REDACTIONS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"(?i)\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+"), r"\1 [REDACTED]"),
    (
        re.compile(
            r"""(?ix)
            (["']?(?:access_token|refresh_token|client_secret|secret|password|data_key|management_token)["']?
             \s*[:=]\s*["']?)
            ([^"'&\s,}]+)
            """
        ),
        r"\1[REDACTED]",
    ),
    # The one-time authorization code in a Connect redirect URL.
    (re.compile(r"([?&]code=)[^&\s\"']+"), r"\1[REDACTED]"),
]


def redact(text: str) -> str:
    """Returns `text` with bearer tokens, basic credentials and token/secret values blanked."""
    for pattern, replacement in _REDACTIONS:
        text = pattern.sub(replacement, text)
    return text


class RedactingFilter(logging.Filter):
    """Rewrites each record's message and traceback text with secrets redacted."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = redact(record.getMessage())
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


def init_logging(home: Path, level: int = logging.INFO) -> Path:
    """Sends the root logger to `<home>/logs/shopapp.log` (rotating) and returns the file's path."""
    folder = log_dir(home)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOG_FILE_NAME
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_shopapp", False):
            root.removeHandler(handler)
            handler.close()
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=_MAX_BYTES, backupCount=_BACKUPS, encoding="utf-8"
    )
    handler._shopapp = True  # type: ignore[attr-defined]
    handler.addFilter(RedactingFilter())
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(level)
    # httpx logs every request URL at INFO; URLs carry no secrets but flood the file.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    return path


def log_to_stderr_too() -> None:
    """Also sends ShopApp's own log lines to stderr (redacted): for a service, whose journal reads stderr."""
    handler = logging.StreamHandler()
    handler.addFilter(RedactingFilter())
    handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    logging.getLogger("shopapp").addHandler(handler)


def route_qt_messages() -> None:
    """Qt's own messages (fonts, platform plugins, a misused API) go to the log file under the name "qt",
    at their own level, instead of onto a terminal or into a script's output."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler  # only commands that use Qt pay for it

    levels = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
        QtMsgType.QtCriticalMsg: logging.ERROR,
        QtMsgType.QtFatalMsg: logging.CRITICAL,
    }
    qt_log = logging.getLogger("qt")

    def handler(kind: QtMsgType, _context: object, message: str) -> None:
        qt_log.log(levels.get(kind, logging.WARNING), "%s", message)

    qInstallMessageHandler(handler)


def current_log_file() -> Path | None:
    """The file init_logging sends this process's log to, or None when logging was not set up."""
    for handler in logging.getLogger().handlers:
        if getattr(handler, "_shopapp", False) and isinstance(handler, logging.FileHandler):
            return Path(handler.baseFilename)
    return None
