"""Connect on a shop whose Smartcar set-up is not complete on this computer (issue 14, item 7): the dialog
names every missing piece in order (client id, secret, Application ID, data key) with what to do, Start
stays disabled, and "Open Smartcar settings…" opens Settings on its Smartcar tab."""

import asyncio

import pytest
from PySide6.QtCore import Qt
from qt_support import open_window
from words import words

from shopapp.credentials import CLIENT_SECRET_ENTRY, SERVICE
from shopapp.resources import trouble_code_catalogue
from shopapp.services.shop_session import ShopSession
from shopapp.store.queries import save_setting
from shopapp.tasks import BackgroundTasks
from shopapp.ui.connect_dialog import ConnectDialog

APPLICATION_ID = "8229df9f-91a0-4ff0-a1ae-a1f38ee24d07"
CLIENT_ID = "client_4f1c9a0e2b7d51a3"
pytestmark = pytest.mark.usefixtures("without_smartcar_variables")


def field_words(source, *values):
    return words("SmartcarFields", source, *values)


CLIENT_ID_V3 = (
    "The API client ID: copy it from the Smartcar dashboard (your application → API Credentials; it begins "
    "with %1) into Settings → Smartcar."
)
SECRET_NO_KEYRING = (
    "The client secret: this computer has no keyring (the system's password store) to keep it in. Unlock or "
    "install one (e.g. GNOME Keyring), or have %1 set for ShopApp."
)
SECRET_UNSET = (
    "The client secret: paste it into Settings → Smartcar, from the page of the Smartcar dashboard where the "
    "client ID is. It is kept in this computer's keyring."
)
APPLICATION_ID_UNSET = (
    "The Application ID: copy it from the Smartcar dashboard (your application → Configuration) into "
    "Settings → Smartcar."
)
CLIENT_ID_V2 = (
    "The client ID: copy it from the Smartcar dashboard (your application → Configuration) into Settings → "
    "Smartcar."
)
DATA_KEY_NO_KEYRING = (
    "The shop's data key, which keeps the cars' Smartcar tokens safe: this computer has no keyring to keep "
    "it in. Unlock or install one, or have %1 set for ShopApp."
)


def not_set_up(*steps):
    """The dialog's words: why no car can be connected, then each step numbered in order."""
    intro = field_words(
        "Smartcar is not set up on this computer yet, so no car can be connected. Still missing, in this "
        "order:"
    )
    numbered = [field_words("%1. %2", number, step) for number, step in enumerate(steps, start=1)]
    return intro + "\n\n" + "\n".join(numbered)


def connect_dialog(qtbot, shopapp_home, environ=None):
    session = ShopSession.for_shop(shopapp_home, trouble_code_catalogue())
    dialog = ConnectDialog(session, BackgroundTasks(), environ=environ or {})
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_nothing_set_up_and_no_keyring_names_the_client_id_first_and_never_the_data_key(
    qtbot, shop_store, shopapp_home, no_keyring
):
    dialog = connect_dialog(qtbot, shopapp_home)
    assert dialog.state == "needs_setup"
    assert dialog.status_label.text() == not_set_up(
        field_words(CLIENT_ID_V3, "client_"),
        field_words(SECRET_NO_KEYRING, "SMARTCAR_CLIENT_SECRET"),
        field_words(APPLICATION_ID_UNSET),
    )
    # A v3 Connect seals nothing: the data key is no piece of its set-up.
    assert "SHOPAPP_DATA_KEY" not in dialog.status_label.text()
    assert not dialog.start_button.isEnabled()
    assert dialog.settings_button.isVisible()
    assert dialog.settings_button.isDefault()
    assert not dialog.url_field.isVisible()  # nothing to copy until Connect can run


def test_only_what_is_still_missing_is_named_in_order(qtbot, shop_store, shopapp_home):
    save_setting("smartcar_client_id", CLIENT_ID)
    dialog = connect_dialog(qtbot, shopapp_home)
    assert dialog.status_label.text() == not_set_up(
        field_words(SECRET_UNSET), field_words(APPLICATION_ID_UNSET)
    )
    assert not dialog.start_button.isEnabled()


def test_a_v2_shop_without_a_keyring_is_told_of_the_data_key_last(
    qtbot, shop_store, shopapp_home, no_keyring
):
    save_setting("smartcar_api", "v2")
    dialog = connect_dialog(qtbot, shopapp_home)
    assert dialog.status_label.text() == not_set_up(
        field_words(CLIENT_ID_V2),
        field_words(SECRET_NO_KEYRING, "SMARTCAR_CLIENT_SECRET"),
        field_words(DATA_KEY_NO_KEYRING, "SHOPAPP_DATA_KEY"),
    )


def test_a_complete_set_up_offers_start_and_no_settings_button(
    qtbot, shop_store, shopapp_home, memory_keyring
):
    save_setting("smartcar_client_id", CLIENT_ID)
    save_setting("smartcar_application_id", APPLICATION_ID)
    memory_keyring.set_password(SERVICE, CLIENT_SECRET_ENTRY, "sc-secret-9d2e41b7c0aa")
    dialog = connect_dialog(qtbot, shopapp_home)
    assert dialog.state == "ready"
    assert dialog.start_button.isEnabled()
    assert not dialog.settings_button.isVisible()


def test_the_variables_complete_the_set_up_without_a_keyring(qtbot, shop_store, shopapp_home, no_keyring):
    environ = {
        "SMARTCAR_CLIENT_ID": CLIENT_ID,
        "SMARTCAR_CLIENT_SECRET": "sc-secret-9d2e41b7c0aa",
        "SMARTCAR_APPLICATION_ID": APPLICATION_ID,
    }
    dialog = connect_dialog(qtbot, shopapp_home, environ)
    assert dialog.start_button.isEnabled()


def test_open_smartcar_settings_closes_connect_and_opens_settings_on_the_smartcar_tab(
    qtbot, qloop, shop_store, shopapp_home, no_keyring
):
    session = ShopSession.for_shop(shopapp_home, trouble_code_catalogue())
    window = open_window(qtbot, qloop, session, shopapp_home, load=False)
    window.connect_action.trigger()
    dialog = window.connect_dialog
    qtbot.waitExposed(dialog)
    assert not dialog.start_button.isEnabled()
    qtbot.mouseClick(dialog.settings_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    settings = window.settings_dialog
    qtbot.waitExposed(settings)
    settings.confirm_discard = lambda: True
    current = settings.tabs.currentWidget()
    assert current is not None
    assert current.isAncestorOf(settings.api_choice)
    assert settings.tabs.tabText(settings.tabs.currentIndex()) == "Smartcar"


def test_a_refresh_without_smartcar_set_up_names_what_is_missing_in_the_windows_words(
    shop_window, qloop, monkeypatch
):
    for key in ("SMARTCAR_CLIENT_ID", "SMARTCAR_CLIENT_SECRET", "SMARTCAR_APPLICATION_ID"):
        monkeypatch.delenv(key, raising=False)
    window = shop_window
    failed = []
    window.refresher.refresh_failed.connect(failed.append)
    window.refresh_all_action.trigger()

    async def until_failed():
        for _ in range(250):
            if failed:
                return
            await asyncio.sleep(0.02)

    qloop.run_until_complete(until_failed())
    assert failed, "the refresh stopped before it began"
    message = failed[0]
    assert "shopapp config" not in message  # the command line's way, not the window's
    assert "SHOPAPP_DATA_KEY" not in message
    assert words("RefreshController", "in File → Settings → Smartcar") in message
    assert message in window.statusBar().currentMessage()
