"""The window's Help menu (Welcome…, About ShopApp…), File → Back up database…, and the first-run welcome.

The main window calls install_help_and_backup(window, file_menu, help_menu) once it has built its menus
(passed explicitly: their titles are translated, so they are never looked up by text), and
maybe_welcome(window) once it shows. `window` is the MainWindow: statusBar(), session (ShopSession), tasks,
and connect_action and reload() where present."""

from __future__ import annotations

import logging
import sys
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QProcess, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from shopapp.i18n import fill
from shopapp.services.first_run import shop_is_empty
from shopapp.ui.about_dialog import AboutDialog
from shopapp.ui.backup_action import back_up_from_window
from shopapp.ui.setup_wizard import SetupWizard
from shopapp.ui.welcome_dialog import WelcomeDialog

if TYPE_CHECKING:  # main_window imports this module
    from shopapp.ui.main_window import MainWindow

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class HelpActions:
    welcome: QAction
    about: QAction
    backup: QAction
    help_menu: QMenu


def install_help_and_backup(window: MainWindow, file_menu: QMenu, help_menu: QMenu) -> HelpActions:
    """Adds Back up database… to the File menu (after Settings, before Quit) and fills the Help menu."""
    backup = QAction(QCoreApplication.translate("HelpMenu", "Back up database…"), window)
    backup.setStatusTip(
        QCoreApplication.translate(
            "HelpMenu", "Save a copy of the shop's database (safe while ShopApp is running)"
        )
    )
    backup.triggered.connect(lambda: back_up_from_window(window))
    separators = [action for action in file_menu.actions() if action.isSeparator()]
    if separators:
        file_menu.insertAction(separators[-1], backup)  # Quit stays last, after its separator
    else:
        file_menu.addAction(backup)

    welcome = QAction(QCoreApplication.translate("HelpMenu", "Welcome…"), window)
    welcome.setStatusTip(QCoreApplication.translate("HelpMenu", "Try the demo, or set up your shop"))
    welcome.triggered.connect(lambda: open_welcome(window))
    about = QAction(QCoreApplication.translate("HelpMenu", "About ShopApp…"), window)
    about.setStatusTip(
        QCoreApplication.translate("HelpMenu", "Version, data folder, licences and diagnostics")
    )
    about.setMenuRole(QAction.MenuRole.AboutRole)  # macOS moves it into the application menu
    about.triggered.connect(lambda: open_about(window))
    help_menu.addAction(welcome)
    help_menu.addSeparator()
    help_menu.addAction(about)
    return HelpActions(welcome, about, backup, help_menu)


def maybe_welcome(window: MainWindow) -> WelcomeDialog | None:
    """Opens the welcome (non-blocking) when the shop's database has no customer and no vehicle yet."""
    if window.session.demo or not shop_is_empty():
        return None
    return open_welcome(window)


def open_welcome(window: MainWindow) -> WelcomeDialog:
    dialog = WelcomeDialog(in_demo=window.session.demo, parent=window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.demo_chosen.connect(lambda: _on_welcome_demo_chosen(window))
    dialog.setup_chosen.connect(lambda: _on_welcome_setup_chosen(window))
    dialog.skipped.connect(
        lambda: window.statusBar().showMessage(
            QCoreApplication.translate("HelpMenu", "Help → Welcome… brings the welcome back at any time."),
            15_000,
        )
    )
    window.welcome_dialog = dialog  # kept for tests and so it is not collected while open
    dialog.open()
    return dialog


def open_setup(window: MainWindow) -> SetupWizard:
    session = window.session
    wizard = SetupWizard(
        session.settings, session.credentials, tasks=window.tasks, write=window.write, parent=window
    )
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    wizard.finished_setup.connect(lambda connect_now: _on_setup_finished(window, connect_now))
    window.setup_wizard = wizard
    wizard.open()
    return wizard


def open_about(window: MainWindow) -> AboutDialog:
    session = window.session
    dialog = AboutDialog(session.home, credentials=session.credentials, demo=session.demo, parent=window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.about_dialog = dialog
    dialog.open()
    return dialog


# -- starting the other mode in its own process ----------------------------------------------------------


def app_command(*arguments: str) -> tuple[str, list[str]]:
    """How to start ShopApp again: the bundle's own executable, or this Python with -m shopapp."""
    if getattr(sys, "frozen", False):
        return sys.executable, list(arguments)
    return sys.executable, ["-m", "shopapp", *arguments]


def start_detached(program: str, arguments: list[str]) -> bool:
    """Starts a process that outlives this one; tests replace it."""
    started, _pid = QProcess.startDetached(program, arguments)
    return started


def _on_welcome_demo_chosen(window: MainWindow) -> None:
    program, arguments = app_command("--demo")
    if start_detached(program, arguments):
        window.statusBar().showMessage(
            QCoreApplication.translate(
                "HelpMenu", "The demo opens in a new window; this one stays on your shop."
            ),
            15_000,
        )
    else:
        log.warning("Could not start the demo: %s %s", program, arguments)
        window.statusBar().showMessage(
            fill(QCoreApplication.translate("HelpMenu", "Could not start the demo (%1)."), program), 30_000
        )


def _on_welcome_setup_chosen(window: MainWindow) -> None:
    if not window.session.demo:
        open_setup(window)
        return
    program, arguments = app_command()  # the demo's window cannot hold the shop's settings
    if start_detached(program, arguments):
        window.statusBar().showMessage(
            QCoreApplication.translate("HelpMenu", "ShopApp opens on your own shop in a new window."), 15_000
        )
    else:
        window.statusBar().showMessage(
            fill(QCoreApplication.translate("HelpMenu", "Could not start ShopApp (%1)."), program), 30_000
        )


def _on_setup_finished(window: MainWindow, connect_now: bool) -> None:
    show_name = getattr(window, "show_shop_name", None)
    if show_name is not None:
        show_name()
    window.statusBar().showMessage(
        QCoreApplication.translate("HelpMenu", "Your shop is set up. Settings are under File → Settings…"),
        15_000,
    )
    reload = getattr(window, "reload", None)
    if reload is not None:
        reload()  # the distance unit may have changed every row
    connect_action = getattr(window, "connect_action", None)
    if connect_now and connect_action is not None:
        connect_action.trigger()
