"""Starting the window: the shop's database (or a fresh demo shop), one qasync event loop, an excepthook
that logs a bug and shows it once, Qt's own messages routed into the log."""

from __future__ import annotations

import asyncio
import logging
import os
import sys
import traceback
from pathlib import Path
from types import TracebackType

os.environ.setdefault("QT_API", "pyside6")  # qasync picks its binding from this; PySide6 is ours

import qasync
from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from shopapp.errors import UserFacingError, bug_words
from shopapp.i18n import install_translators
from shopapp.log import current_log_file, route_qt_messages
from shopapp.resources import trouble_code_catalogue
from shopapp.services.shop_session import ShopSession, StoreError, open_shop_database
from shopapp.ui.app_icon import app_icon
from shopapp.ui.gui_thread_gc import GuiThreadGarbageCollector
from shopapp.ui.help_menu import maybe_welcome
from shopapp.ui.main_window import MainWindow

log = logging.getLogger(__name__)
UI_STATE_FILE = "window.ini"


def ui_state_for(home: Path) -> QSettings:
    """Window geometry, splitter and columns: per data folder, so demo mode and tests keep their own."""
    return QSettings(str(home / UI_STATE_FILE), QSettings.Format.IniFormat)


class ErrorReporter:
    """sys.excepthook for the window. A UserFacingError that escaped a slot says its sentence; anything else
    is a bug: logged with its traceback and shown as "Something went wrong" with the log file's place. Each
    is shown once (the same error repeating in a timer must not bury the front desk under dialogs)."""

    def __init__(self) -> None:
        self.shown: set[str] = set()
        self.boxes: list[QMessageBox] = []  # a parentless box lives only while Python holds it

    def __call__(self, kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        user_facing = isinstance(error, UserFacingError)
        if user_facing:
            log.warning("%s: %s", kind.__name__, error)
        else:
            log.error("Unexpected error", exc_info=(kind, error, tb))
        key = "".join(traceback.format_exception_only(kind, error)).strip()
        if key in self.shown or QApplication.instance() is None:
            return
        self.shown.add(key)
        if user_facing:
            box = QMessageBox(QMessageBox.Icon.Warning, "ShopApp", error.words())  # type: ignore[attr-defined]
        else:
            box = QMessageBox(
                QMessageBox.Icon.Critical,
                QCoreApplication.translate("ErrorReporter", "ShopApp — unexpected error"),
                bug_words(current_log_file()),
            )
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.finished.connect(lambda _result, box=box: self.boxes.remove(box))
        self.boxes.append(box)
        box.show()  # never exec(): a nested loop would stall every task on the event loop


def application() -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    else:
        app = QApplication(sys.argv)
        install_translators(app)  # once, before any widget: texts are translated when they are set
    app.setApplicationName("ShopApp")
    app.setOrganizationName("ShopApp")
    app.setApplicationDisplayName("ShopApp")
    app.setDesktopFileName("com.shopapp.ShopApp")  # matches packaging/linux/*.desktop for the taskbar icon
    app.setWindowIcon(app_icon())
    return app


def run_window(home: Path, *, demo: bool = False) -> int:
    """Opens the window on the shop's database (or demo mode) and runs until it closes. Returns the exit
    status: 0, or 2 when the database cannot be opened."""
    app = application()
    route_qt_messages()
    GuiThreadGarbageCollector(app).start()  # Qt objects must never be freed on a database thread
    sys.excepthook = ErrorReporter()
    with asyncio.Runner(loop_factory=lambda: qasync.QEventLoop(app)) as runner:
        return runner.run(_run(app, home, demo))


async def _run(app: QApplication, home: Path, demo: bool) -> int:
    if demo:
        from shopapp.ui.demo_start import open_demo_session

        session = open_demo_session(home)
    else:
        try:
            open_shop_database(home)
        except StoreError as exc:
            QMessageBox.critical(None, "ShopApp", str(exc))  # nothing runs yet: a blocking box stalls nothing
            return 2
        session = ShopSession.for_shop(home, trouble_code_catalogue())
    window = MainWindow(session, ui_state_for(session.home))
    closed = asyncio.Event()
    app.lastWindowClosed.connect(closed.set)
    window.show()
    if demo:
        from shopapp.ui.demo_start import fill_demo_shop

        window.tasks.start(fill_demo_shop(window), name="demo")
    else:
        await window.load_rows_now()
        maybe_welcome(window)  # an empty shop: try the demo, or set up the shop
        window.refresher.start_automatic()
    await closed.wait()
    await window.tasks.close()
    return 0
