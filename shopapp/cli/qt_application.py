"""The Qt application a command runs in: it gives the command line the window's translations (help texts and
output in the shop's language, proper English plurals). QtCore and QtGui only: a command opens no window."""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication

from shopapp.i18n import install_translators
from shopapp.log import route_qt_messages

# The subcommand that renders text (reminder letters): Qt lays text out only with a QGuiApplication.
RENDERING_COMMANDS = frozenset({"reminders"})
# Options that end the command line before the window could open.
NO_WINDOW_OPTIONS = frozenset({"--self-check", "-h", "--help", "--version"})
QT_LOGGER = "qt"


class _EarlyQtMessages(logging.handlers.BufferingHandler):
    """Holds what Qt says while the application starts (a non-UTF-8 locale, say) until the log file exists:
    before init_logging, Python's last-resort handler would print it into a script's stderr."""

    def shouldFlush(self, record: logging.LogRecord) -> bool:
        return False

    def hand_over(self) -> None:
        """Sends the held messages to the log as it is now set up, and stops holding."""
        logger = logging.getLogger(QT_LOGGER)
        logger.removeHandler(self)
        held, self.buffer = self.buffer, []
        for record in held:
            logger.handle(record)


_EARLY_MESSAGES = _EarlyQtMessages(capacity=0)


def ensure_command_application(argv: Sequence[str]) -> None:
    """Before the parser is built: the Qt application and ShopApp's translators for a command line that does
    not open the window. Nothing when an application exists (tests call main() in-process, translators
    installed) or when the window opens: ui.app.application() makes a QApplication with its translators then,
    so the main options' help is left in the source language at parse time."""
    if QCoreApplication.instance() is not None or opens_the_window(argv):
        return
    logging.getLogger(QT_LOGGER).addHandler(_EARLY_MESSAGES)
    app = ensure_gui_application() if _command_name(argv) in RENDERING_COMMANDS else _core_application()
    install_translators(app)


def log_early_qt_messages() -> None:
    """Once init_logging has run: what Qt said while the application started goes to the log file."""
    _EARLY_MESSAGES.hand_over()


def opens_the_window(argv: Sequence[str]) -> bool:
    """No subcommand and no option that ends the command line first (the window, --demo). The main options
    take no value, so the first word that is not an option is the subcommand."""
    return _command_name(argv) is None and not any(argument in NO_WINDOW_OPTIONS for argument in argv)


def _command_name(argv: Sequence[str]) -> str | None:
    return next((argument for argument in argv if not argument.startswith("-")), None)


def _core_application() -> QCoreApplication:
    route_qt_messages()  # Qt's chatter (locale) goes to the log file, not into a script's output
    return QCoreApplication(["shopapp"])


def ensure_gui_application() -> Any:
    """Qt renders text only with a QGuiApplication. A command needs no display: on Linux it uses the
    offscreen platform unless QT_QPA_PLATFORM says otherwise (a server or a scheduled task has no X)."""
    if sys.platform.startswith("linux"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    if app is not None:
        return app
    route_qt_messages()  # Qt's chatter (fonts, locale) goes to the log file, not into a script's output
    return QGuiApplication(["shopapp"])
