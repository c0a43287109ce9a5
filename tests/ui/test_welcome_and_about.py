"""First run (welcome, "Set up my shop"), About with its diagnostics, and the Help and File menu entries
that reach them, as the front desk meets them."""

import sys

import keyring.backends.fail
import peewee
import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow, QMenu
from qt_support import click_and_wait, open_window
from words import words

from shopapp import __version__
from shopapp.config import Settings
from shopapp.credentials import CLIENT_SECRET_ENTRY, DATA_KEY_ENTRY, SERVICE, Credentials, new_data_key
from shopapp.domain.contact import CustomerDraft
from shopapp.resources import trouble_code_catalogue
from shopapp.services.diagnostics import mask_url
from shopapp.services.shop_session import ShopSession
from shopapp.store.customers import save_customer
from shopapp.store.database import DATABASE_FILE_NAME, database_description
from shopapp.store.migrations import LATEST_VERSION
from shopapp.store.queries import load_settings, save_setting
from shopapp.ui import help_menu
from shopapp.ui.about_dialog import AboutDialog
from shopapp.ui.dialogs.smartcar_fields import CLIENT_SECRET
from shopapp.ui.setup_wizard import SetupWizard
from shopapp.ui.welcome_dialog import WelcomeDialog

SECRET = "sc-secret-5be1c0ffee42"
APPLICATION_ID = "8229df9f-91a0-4ff0-a1ae-a1f38ee24d07"
CLIENT_ID = "client_4f1c9a0e2b7d51a3"  # v3 API credentials' client id


@pytest.fixture
def settings(shop_store):
    return Settings(load_settings, save_setting)


def click(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def shown(qtbot, widget):
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def welcome_spy(dialog):
    """The welcome's signals, in the order they came."""
    calls = []
    dialog.demo_chosen.connect(lambda: calls.append("demo"))
    dialog.setup_chosen.connect(lambda: calls.append("setup"))
    dialog.skipped.connect(lambda: calls.append("skipped"))
    return calls


def database_bytes(home):
    return b"".join(path.read_bytes() for path in home.glob(DATABASE_FILE_NAME + "*"))


# -- the welcome ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("button", "choice"), [("demo_button", "demo"), ("setup_button", "setup")])
def test_each_choice_closes_the_welcome_and_is_announced_once(qtbot, button, choice):
    dialog = shown(qtbot, WelcomeDialog())
    calls = welcome_spy(dialog)
    assert dialog.demo_button.text() == words("WelcomeDialog", "Try the demo")
    assert dialog.setup_button.text() == words("WelcomeDialog", "Set up my shop")
    click(qtbot, getattr(dialog, button))
    assert calls == [choice]
    assert not dialog.isVisible()


def test_skip_escape_and_the_close_button_all_skip(qtbot):
    for close in (
        lambda dialog: click(qtbot, dialog.skip_button),
        lambda dialog: qtbot.keyClick(dialog, Qt.Key.Key_Escape),
        lambda dialog: dialog.close(),
    ):
        dialog = shown(qtbot, WelcomeDialog())
        calls = welcome_spy(dialog)
        close(dialog)
        assert calls == ["skipped"]
        assert not dialog.isVisible()


def test_inside_the_demo_the_demo_choice_is_off(qtbot):
    dialog = shown(qtbot, WelcomeDialog(in_demo=True))
    assert not dialog.demo_button.isEnabled()
    assert dialog.setup_button.description() == words(
        "WelcomeDialog",
        "Opens ShopApp on your own shop in a new window, where you can enter your shop's details and connect "
        "the first customer's car.",
    )


# -- Set up my shop ---------------------------------------------------------------------------------------


def wizard_for(qtbot, settings, credentials=None, environ=None):
    wizard = SetupWizard(settings, credentials or Credentials(), environ=environ or {})
    shown(qtbot, wizard)
    return wizard


def test_the_wizard_saves_the_shop_and_keeps_the_secret_in_the_keyring_only(
    qtbot, qloop, settings, shopapp_home, memory_keyring
):
    wizard = wizard_for(qtbot, settings)
    finished = []
    wizard.finished_setup.connect(finished.append)

    shop = wizard.shop_page.fields
    shop["shop_name"].widget.setText("Zoë's Garage & Tyres")
    shop["shop_address"].widget.setPlainText("12 Quay St\nGalway H91 X2Y3")
    shop["shop_phone"].widget.setText("+353 91 555 0101")
    shop["shop_email"].widget.setText("desk@zoes-garage.ie")
    wizard.next()
    assert wizard.currentPage() is wizard.units_page
    wizard.units_page.kilometres_button.click()
    wizard.next()
    assert wizard.currentPage() is wizard.smartcar_page
    wizard.smartcar_page.application_id.widget.setText(APPLICATION_ID)
    wizard.smartcar_page.client_id.widget.setText(CLIENT_ID)
    qtbot.keyClicks(wizard.smartcar_page.secret_edit, SECRET)
    wizard.next()
    assert wizard.currentPage() is wizard.connect_page
    assert memory_keyring.passwords[(SERVICE, CLIENT_SECRET_ENTRY)] == SECRET  # kept on leaving the page
    assert wizard.connect_page.connect_check.isEnabled()
    assert wizard.connect_page.connect_check.isChecked()
    assert load_settings().get("shop_name") is None  # nothing but the secret before Finish

    click_and_wait(qloop, wizard.button(wizard.WizardButton.FinishButton), wizard.finished_setup)
    assert finished == [True]
    assert not wizard.isVisible()
    values = settings.values()
    assert values["shop_name"] == "Zoë's Garage & Tyres"
    assert values["shop_address"] == "12 Quay St\nGalway H91 X2Y3"
    assert values["shop_phone"] == "+353 91 555 0101"
    assert values["shop_email"] == "desk@zoes-garage.ie"
    assert values["distance_unit"] == "km"
    assert values["smartcar_api"] == "v3"
    assert values["smartcar_application_id"] == APPLICATION_ID
    assert values["smartcar_client_id"] == CLIENT_ID
    assert SECRET.encode() not in database_bytes(shopapp_home)
    assert SECRET not in repr(load_settings())


def test_the_wizard_says_what_is_missing_before_moving_on(qtbot, settings):
    wizard = wizard_for(qtbot, settings)
    wizard.next()
    name = wizard.shop_page.fields["shop_name"]
    assert wizard.currentPage() is wizard.shop_page
    assert name.problem.isVisible()
    assert name.problem.text() == words("SetupWizard", "Your shop's name heads every reminder letter.")

    name.widget.setText("Main Street Auto")
    wizard.shop_page.fields["shop_email"].widget.setText("desk@")
    wizard.next()
    assert wizard.currentPage() is wizard.shop_page
    assert wizard.shop_page.fields["shop_email"].problem.text() == words(
        "ContactProblems", "This does not look like an email address (expected name@example.com)."
    )
    assert not name.problem.isVisible()

    wizard.shop_page.fields["shop_email"].widget.setText("")
    wizard.next()
    wizard.next()
    wizard.smartcar_page.secret_edit.setText("has spaces in it")
    wizard.next()
    assert wizard.currentPage() is wizard.smartcar_page
    assert wizard.smartcar_page.secret_problem_label.text() == words(
        "SmartcarFields", CLIENT_SECRET.has_spaces
    )


def test_without_a_keyring_the_wizard_points_to_the_environment_and_still_saves(qtbot, qloop, settings):
    keyring.set_keyring(keyring.backends.fail.Keyring())
    wizard = wizard_for(qtbot, settings)
    finished = []
    wizard.finished_setup.connect(finished.append)
    wizard.shop_page.fields["shop_name"].widget.setText("Main Street Auto")
    wizard.next()
    wizard.next()
    page = wizard.smartcar_page
    assert page.keyring_notice is not None
    assert page.keyring_notice.isVisible()
    assert "SMARTCAR_CLIENT_SECRET" in page.keyring_notice.text()
    assert not page.secret_edit.isEnabled()
    assert not page.management_token.edit.isEnabled()
    page.application_id.widget.setText(APPLICATION_ID)
    page.client_id.widget.setText(CLIENT_ID)
    wizard.next()
    # No secret anywhere: Connect cannot run yet, so the wizard does not offer it.
    assert not wizard.connect_page.connect_check.isEnabled()
    assert wizard.connect_page.not_ready_label.isVisible()
    assert wizard.connect_page.not_ready_label.text() == words(
        "ConnectPage",
        "Connect needs the Smartcar %1 (previous page). Add them later in File → Settings → Smartcar, then "
        "use Vehicles → Connect a vehicle…",
        words("SmartcarFields", "client secret"),
    )
    click_and_wait(qloop, wizard.button(wizard.WizardButton.FinishButton), wizard.finished_setup)
    assert finished == [False]
    assert settings.get("shop_name") == "Main Street Auto"
    assert settings.get("smartcar_client_id") == CLIENT_ID


def test_a_secret_from_the_environment_is_enough_to_connect(qtbot, settings):
    keyring.set_keyring(keyring.backends.fail.Keyring())
    wizard = wizard_for(qtbot, settings, environ={"SMARTCAR_CLIENT_SECRET": SECRET})
    wizard.shop_page.fields["shop_name"].widget.setText("Main Street Auto")
    for _page in range(2):
        wizard.next()
    wizard.smartcar_page.application_id.widget.setText(APPLICATION_ID)
    wizard.smartcar_page.client_id.widget.setText(CLIENT_ID)
    wizard.next()
    assert wizard.connect_page.connect_check.isEnabled()


# -- About ------------------------------------------------------------------------------------------------


def test_about_shows_version_folder_and_licences(qtbot, shop_store, shopapp_home):
    dialog = shown(qtbot, AboutDialog(shopapp_home))
    assert dialog.version_label.text() == words("AboutDialog", "Version %1", __version__)
    assert dialog.folder_label.text() == str(shopapp_home)
    licences = dialog.licences_view.toPlainText()
    for expected in (
        "Qt",
        "PySide6",
        "LGPL-3.0-only",
        "httpx",
        "BSD-3-Clause",
        "qasync",
        "BSD-2-Clause",
        "peewee",
        "MIT",
        "keyring",
        "cryptography",
        "Apache-2.0",
        "platformdirs",
        "starlette",
        "uvicorn",
        "h11",
        "OBDex",
        "CC0-1.0",
    ):
        assert expected in licences, expected
    opened = []
    dialog.open_url = lambda url: opened.append(url) or True
    click(qtbot, dialog.open_folder_button)
    assert opened == [QUrl.fromLocalFile(str(shopapp_home))]


def test_copy_diagnostics_has_versions_paths_and_schema_but_no_secret(
    qtbot, shop_store, shopapp_home, memory_keyring, monkeypatch
):
    data_key = new_data_key()
    credentials = Credentials()
    credentials.set_client_secret(SECRET)
    memory_keyring.set_password(SERVICE, DATA_KEY_ENTRY, data_key)
    monkeypatch.setenv("SMARTCAR_CLIENT_SECRET", SECRET + "-env")
    monkeypatch.setenv("SHOPAPP_DATA_KEY", data_key)
    save_setting("smartcar_client_id", CLIENT_ID)
    dialog = shown(qtbot, AboutDialog(shopapp_home, credentials=credentials))

    click(qtbot, dialog.copy_button)
    text = QGuiApplication.clipboard().text()
    assert dialog.status_label.text() == words(
        "AboutDialog", "Copied to the clipboard: paste it into your message."
    )
    # The diagnostics stay English for support (shopapp/services/diagnostics.py): a format, not prose.
    assert f"ShopApp: {__version__}" in text
    assert f"Database schema: {LATEST_VERSION}" in text
    assert f"Data folder: {shopapp_home}" in text
    assert f"Database: sqlite:///{shopapp_home / DATABASE_FILE_NAME}" in text
    assert "Keyring: memkeyring.MemoryKeyring (usable)" in text
    assert "Python: " in text
    assert "Qt: " in text
    assert "PySide6: " in text
    assert "peewee " in text
    assert "SMARTCAR_CLIENT_SECRET" in text  # that it is set, which matters to support ...
    for secret in (SECRET, data_key, data_key[:12]):  # ... never what it is
        assert secret not in text


def test_a_database_password_never_reaches_the_diagnostics():
    database = peewee.PostgresqlDatabase("shop", host="db.local", port=5433, user="desk", password="hunter2")
    assert database_description(database) == "postgresql://desk@db.local:5433/shop"
    assert mask_url("postgresql://desk:hunter2@db.local/shop") == "postgresql://desk:***@db.local/shop"
    assert "hunter2" not in mask_url("postgresql://db.local/shop?user=desk&password=hunter2")
    assert mask_url("sqlite:////srv/shop/shopapp.sqlite3") == "sqlite:////srv/shop/shopapp.sqlite3"


# -- the Help and File menus on the real window -----------------------------------------------------------


@pytest.fixture
def window(qtbot, qloop, shop_store, shopapp_home):
    session = ShopSession.for_shop(shopapp_home, trouble_code_catalogue())
    return open_window(qtbot, qloop, session, shopapp_home, load=False)  # it installs Help and Back up itself


def menu_texts(menu):
    return [action.text() if not action.isSeparator() else "-" for action in menu.actions()]


def help_words(source):
    return words("HelpMenu", source)


def window_words(source):
    return words("MainWindow", source)


def test_the_menus_offer_backup_welcome_and_about(window):
    file_texts = menu_texts(window.findChild(QMenu, "file_menu"))
    assert window_words("Settings…") in file_texts
    assert file_texts[-3:] == [help_words("Back up database…"), "-", window_words("Quit")]  # Quit stays last
    assert menu_texts(window.findChild(QMenu, "help_menu")) == [
        help_words("Welcome…"),
        "-",
        help_words("About ShopApp…"),
    ]
    assert [action.text() for action in window.menuBar().actions()].count(window_words("&Help")) == 1
    about = window.findChild(QMenu, "help_menu").actions()[-1]
    about.trigger()
    assert window.about_dialog.isVisible()
    assert window.about_dialog.folder_label.text() == str(window.session.home)


def test_help_and_backup_go_into_the_menus_given_whatever_their_titles(qtbot):
    """In French the menus read "&Fichier" and "&Aide": nothing is found, or added twice, by its title."""
    window = QMainWindow()
    qtbot.addWidget(window)
    file_menu = window.menuBar().addMenu("&Fichier")
    file_menu.addAction("Paramètres…")
    file_menu.addSeparator()
    file_menu.addAction("Quitter")
    aide = window.menuBar().addMenu("&Aide")
    actions = help_menu.install_help_and_backup(window, file_menu, aide)
    assert [action.text() for action in window.menuBar().actions()] == ["&Fichier", "&Aide"]
    assert menu_texts(file_menu) == ["Paramètres…", help_words("Back up database…"), "-", "Quitter"]
    assert actions.help_menu is aide
    assert menu_texts(aide) == [help_words("Welcome…"), "-", help_words("About ShopApp…")]


def test_an_empty_shop_is_welcomed_and_the_demo_starts_in_its_own_process(window, monkeypatch):
    started = []
    monkeypatch.setattr(
        help_menu, "start_detached", lambda program, arguments: started.append((program, arguments)) or True
    )
    dialog = help_menu.maybe_welcome(window)
    assert dialog is not None
    assert dialog.isVisible()
    assert dialog.windowModality() == Qt.WindowModality.WindowModal  # open(), never a blocking exec()
    dialog.demo_button.click()
    assert started == [(sys.executable, ["-m", "shopapp", "--demo"])]
    assert window.statusBar().currentMessage() == help_words(
        "The demo opens in a new window; this one stays on your shop."
    )


def test_a_shop_with_customers_is_not_welcomed(window):
    save_customer(CustomerDraft(name="Ana"))
    assert help_menu.maybe_welcome(window) is None


def test_skipping_says_where_the_welcome_is(window):
    dialog = help_menu.maybe_welcome(window)
    dialog.skip_button.click()
    assert window.statusBar().currentMessage() == help_words(
        "Help → Welcome… brings the welcome back at any time."
    )


def test_setting_up_from_the_welcome_renames_the_window_and_opens_connect(window, qloop, settings):
    connects = []
    window.connect_action.triggered.connect(lambda: connects.append("connect"))
    help_menu.maybe_welcome(window).setup_button.click()
    wizard = window.setup_wizard
    assert wizard.isVisible()
    wizard.shop_page.fields["shop_name"].widget.setText("Main Street Auto")
    wizard.next()
    wizard.next()
    wizard.smartcar_page.application_id.widget.setText(APPLICATION_ID)
    wizard.smartcar_page.client_id.widget.setText(CLIENT_ID)
    wizard.smartcar_page.secret_edit.setText(SECRET)
    wizard.next()
    click_and_wait(qloop, wizard.button(wizard.WizardButton.FinishButton), wizard.finished_setup)
    assert window.windowTitle() == words("MainWindow", "ShopApp — %1", "Main Street Auto")
    assert connects == ["connect"]
    assert window.statusBar().currentMessage() == help_words(
        "Your shop is set up. Settings are under File → Settings…"
    )
