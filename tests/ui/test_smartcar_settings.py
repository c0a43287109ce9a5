"""The shop's Smartcar application as the front desk sets it up: Settings → Smartcar (which API, the two IDs
told apart, the secrets in the keyring only), moving v2 connections to v3 against the simulator, the set-up
wizard's Smartcar page, and Connect's words when something is missing."""

import keyring
import keyring.backends.fail
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QLineEdit
from qt_support import click_and_wait, finish, wait_signal
from words import words

from shopapp.config import Settings
from shopapp.credentials import (
    CLIENT_SECRET_ENTRY,
    MANAGEMENT_TOKEN_ENTRY,
    SERVICE,
    V2_CLIENT_SECRET_ENTRY,
    Credentials,
    KeyringRefusedError,
)
from shopapp.services.connect import STILL_ON_V2, StillOnV2
from shopapp.services.demo import build_demo_shop
from shopapp.services.plan_store import load_plan, save_plan
from shopapp.services.shop_session import ShopSession
from shopapp.services.smartcar_migration import MOVED, STAYS
from shopapp.smartcar.errors import NetworkError
from shopapp.store.database import DATABASE_FILE_NAME
from shopapp.store.models import Connection, db
from shopapp.store.queries import load_settings, save_setting
from shopapp.tasks import BackgroundTasks
from shopapp.ui.connect_dialog import ConnectDialog
from shopapp.ui.dialogs.move_to_v3_dialog import PROMISE, ConnectionCounts
from shopapp.ui.dialogs.settings_dialog import SettingsDialog
from shopapp.ui.dialogs.smartcar_fields import (
    CLIENT_SECRET,
    FILLED_FROM_V2,
    MANAGEMENT_TOKEN,
    V2_CLIENT_SECRET,
    WHERE_API_CLIENT_ID,
    WHERE_APPLICATION_ID,
    WHERE_CLIENT_SECRET_V3,
    WHERE_MANAGEMENT_TOKEN,
    WHERE_V2_SECRET,
)
from shopapp.ui.setup_wizard import SetupWizard

APPLICATION_ID = "8229df9f-91a0-4ff0-a1ae-a1f38ee24d07"
CLIENT_ID = "client_4f1c9a0e2b7d51a3"
SECRET = "sc-secret-9d2e41b7c0aa"
TOKEN = "amt-77f0c3e9b1d24a6e"
V2_SECRET = "sc-v2-secret-31c8e0d5"
SMARTCAR_TAB = 3
API_CLIENT_PREFIX = "client_"


# -- what ShopApp says, from the catalogue -------------------------------------------------------------------


def smartcar_words(source, *values):
    """A message of the Smartcar fields that Settings and the wizard share."""
    return words("SmartcarFields", source, *values)


def application_id_as_client_id():
    return smartcar_words(
        "This looks like the Application ID (a long code with dashes). The API client ID is on the "
        "application's API Credentials tab and begins with %1.",
        API_CLIENT_PREFIX,
    )


def client_id_as_application_id():
    return smartcar_words(
        "This looks like the API client ID (it begins with %1). The Application ID is a long code with "
        "dashes, like %2, on the application's Configuration page.",
        API_CLIENT_PREFIX,
        APPLICATION_ID,
    )


def overridden(name, *, value=True):
    """The note that variable `name` wins over a value (`value`) or a secret typed here."""
    if value:
        return smartcar_words("%1 is set on this computer and is used instead of this value.", name)
    return smartcar_words("%1 is set on this computer and is used instead.", name)


def still_on_v2(count):
    return words("MoveToV3Words", "%n connection(s) still use(s) Smartcar API v2.", n=count)


def not_set_up(missing, where):
    """The set-up not complete: the fields `missing` (in the catalogue's words), then `where` to fill them."""
    fields = (
        missing[0] if len(missing) == 1 else smartcar_words("%1 and %2", ", ".join(missing[:-1]), missing[-1])
    )
    return smartcar_words("Smartcar is not set up yet: fill in the %1 %2.", fields, where)


def click(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def database_bytes(home):
    return b"".join(path.read_bytes() for path in home.glob(DATABASE_FILE_NAME + "*"))


def paste(edit, text):
    """As the front desk does it: copied from the dashboard, pasted into the field."""
    QGuiApplication.clipboard().setText(text)
    edit.setFocus()
    edit.selectAll()
    edit.paste()


def visible_texts(widget):
    return [label.text() for label in widget.findChildren(QLabel) if label.isVisible()]


NO_CONNECTIONS = ConnectionCounts()


def smartcar_tab(qtbot, *, environ=None, counts=NO_CONNECTIONS, session=None, tasks=None):
    dialog = SettingsDialog(
        Settings(load_settings, save_setting),
        Credentials(),
        load_plan,
        save_plan,
        environ=environ or {},
        session=session,
        tasks=tasks,
        counts=lambda: counts,
    )
    dialog.confirm_discard = lambda: True  # pytest-qt closes it at the end; no real "Discard?" box
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.tabs.setCurrentIndex(SMARTCAR_TAB)
    return dialog


def under(field_edit, label):
    """True when `label` is shown right under the editor, in the same column."""
    edit_bottom = field_edit.mapTo(field_edit.window(), field_edit.rect().bottomLeft()).y()
    label_top = label.mapTo(label.window(), label.rect().topLeft()).y()
    return label.isVisible() and 0 <= label_top - edit_bottom <= 12


# -- Settings → Smartcar ----------------------------------------------------------------------------------


def test_v3_ids_and_secrets_are_saved_in_one_go_the_secrets_only_in_the_keyring(
    qtbot, qloop, shop_store, shopapp_home, memory_keyring
):
    dialog = smartcar_tab(qtbot)
    assert dialog.api_choice.value() == "v3"  # a new shop
    paste(dialog.fields["smartcar_application_id"].widget, APPLICATION_ID)
    paste(dialog.fields["smartcar_client_id"].widget, CLIENT_ID)
    qtbot.keyClicks(dialog.secret_edit, SECRET)
    qtbot.keyClicks(dialog.management_token.edit, TOKEN)
    assert dialog.has_unsaved_changes()

    click_and_wait(qloop, dialog.save_button, dialog.settings_saved)
    assert load_settings() == {"smartcar_application_id": APPLICATION_ID, "smartcar_client_id": CLIENT_ID}
    assert memory_keyring.passwords == {
        (SERVICE, CLIENT_SECRET_ENTRY): SECRET,
        (SERVICE, MANAGEMENT_TOKEN_ENTRY): TOKEN,
    }
    stored = database_bytes(shopapp_home)
    assert SECRET.encode() not in stored
    assert TOKEN.encode() not in stored

    again = smartcar_tab(qtbot)
    assert again.fields["smartcar_application_id"].widget.text() == APPLICATION_ID
    assert again.fields["smartcar_client_id"].widget.text() == CLIENT_ID
    assert again.secret_status_label.text() == smartcar_words(CLIENT_SECRET.stored)
    assert again.management_token.status.text() == smartcar_words(MANAGEMENT_TOKEN.stored)
    shown = [edit.text() + edit.placeholderText() for edit in again.findChildren(QLineEdit)]
    assert not any(secret in text for text in shown + visible_texts(again) for secret in (SECRET, TOKEN))


def test_the_application_id_pasted_as_the_client_id_is_said_under_it_and_nothing_is_saved(
    qtbot, shop_store, memory_keyring
):
    dialog = smartcar_tab(qtbot)
    client_id = dialog.fields["smartcar_client_id"]
    paste(client_id.widget, APPLICATION_ID)
    assert under(client_id.widget, client_id.problem)  # said as soon as it is pasted
    assert client_id.problem.text() == application_id_as_client_id()

    qtbot.keyClicks(dialog.secret_edit, SECRET)
    dialog.tabs.setCurrentIndex(0)
    click(qtbot, dialog.save_button)
    assert dialog.tabs.currentIndex() == SMARTCAR_TAB  # brought forward, to the field
    assert dialog.status_label.text() == words(
        "SettingsDialog", "Nothing was saved: correct what is marked in red."
    )
    assert load_settings() == {}
    assert memory_keyring.passwords == {}  # not even the secret

    client_id.widget.clear()
    paste(client_id.widget, CLIENT_ID)
    assert not client_id.problem.isVisible()


def test_an_api_client_id_pasted_as_the_application_id_is_the_reverse_mix_up(qtbot, shop_store):
    dialog = smartcar_tab(qtbot)
    application_id = dialog.fields["smartcar_application_id"]
    paste(application_id.widget, CLIENT_ID)
    assert under(application_id.widget, application_id.problem)
    assert application_id.problem.text() == client_id_as_application_id()
    assert APPLICATION_ID in application_id.problem.text()  # what one looks like
    assert not finish(dialog.save())


def test_an_unusual_client_id_is_remarked_on_but_saved(qtbot, shop_store):
    dialog = smartcar_tab(qtbot)
    edit = dialog.fields["smartcar_client_id"].widget
    qtbot.keyClicks(edit, "4f1c9a0e2b7d")
    assert not dialog.client_id_note.isVisible()  # never while typing
    edit.editingFinished.emit()
    assert dialog.client_id_note.isVisible()
    assert dialog.client_id_note.text() == smartcar_words(
        "A v3 API client ID normally begins with %1: check that all of it was copied.", API_CLIENT_PREFIX
    )
    assert finish(dialog.save())
    assert load_settings() == {"smartcar_client_id": "4f1c9a0e2b7d"}


def test_each_id_says_where_it_is_in_the_dashboard(qtbot, shop_store):
    dialog = smartcar_tab(qtbot)
    texts = visible_texts(dialog)
    assert words("SettingsDialog", "Application ID:") in texts
    assert words("SettingsDialog", "API client ID:") in texts
    for where in (WHERE_APPLICATION_ID, WHERE_API_CLIENT_ID, WHERE_CLIENT_SECRET_V3, WHERE_MANAGEMENT_TOKEN):
        assert smartcar_words(where) in texts
    which_api = words(
        "SettingsDialog",
        "v3 for every Smartcar application created since June 2025, and for older ones once upgraded in the "
        "Smartcar dashboard. v2 only for an application not yet upgraded: Smartcar is retiring v2.",
    )
    assert which_api in texts


def test_a_v2_application_needs_only_its_client_id_and_secret(qtbot, shop_store):
    dialog = smartcar_tab(qtbot)
    click(qtbot, dialog.api_choice.buttons["v2"])
    assert dialog.client_id_label.text() == words("SettingsDialog", "Client ID:")
    assert not dialog.fields["smartcar_application_id"].widget.isVisible()
    assert not dialog.management_token.edit.isVisible()
    client_id = dialog.fields["smartcar_client_id"]
    paste(client_id.widget, APPLICATION_ID)
    assert not client_id.problem.isVisible()  # a v2 client id is the Application ID
    paste(client_id.widget, CLIENT_ID)
    assert client_id.problem.text() == smartcar_words(
        "This is a v3 API client ID (it begins with %1). A v2 application's client ID is on its "
        "Configuration page; or choose API v3 above.",
        API_CLIENT_PREFIX,
    )
    paste(client_id.widget, APPLICATION_ID)
    assert finish(dialog.save())
    assert load_settings() == {"smartcar_api": "v2", "smartcar_client_id": APPLICATION_ID}


def test_choosing_v3_on_a_v2_shop_carries_its_client_id_over_as_the_application_id(
    qtbot, shop_store, memory_keyring
):
    save_setting("smartcar_api", "v2")
    save_setting("smartcar_client_id", APPLICATION_ID)
    Credentials().set_client_secret(V2_SECRET)
    dialog = smartcar_tab(qtbot, counts=ConnectionCounts(on_v2=2))
    assert dialog.api_choice.value() == "v2"
    assert not dialog.v2_secret.edit.isVisible()  # a v2 shop's client secret is the v2 one

    click(qtbot, dialog.api_choice.buttons["v3"])
    assert dialog.fields["smartcar_application_id"].widget.text() == APPLICATION_ID
    assert dialog.fields["smartcar_client_id"].widget.text() == ""
    assert dialog.application_id_note.text() == smartcar_words(FILLED_FROM_V2)
    assert dialog.secret_status_label.text() == words(
        "SettingsDialog",
        "The stored client secret is the v2 one: paste the secret made with the API client ID. The v2 one is "
        "kept for the v2 connections until they are moved.",
    )
    assert dialog.v2_secret.edit.isVisible()  # v2 connections remain

    paste(dialog.fields["smartcar_client_id"].widget, CLIENT_ID)
    qtbot.keyClicks(dialog.secret_edit, SECRET)
    assert finish(dialog.save())
    assert load_settings() == {
        "smartcar_api": "v3",
        "smartcar_client_id": CLIENT_ID,
        "smartcar_application_id": APPLICATION_ID,
    }
    # The v2 connections keep refreshing until they are moved: their secret was kept aside.
    assert memory_keyring.passwords[(SERVICE, CLIENT_SECRET_ENTRY)] == SECRET
    assert memory_keyring.passwords[(SERVICE, V2_CLIENT_SECRET_ENTRY)] == V2_SECRET
    assert dialog.v2_secret.status.text() == smartcar_words(V2_CLIENT_SECRET.stored)


def test_the_v2_client_secret_is_asked_for_only_while_v2_connections_remain(
    qtbot, shop_store, shopapp_home, memory_keyring
):
    assert not smartcar_tab(qtbot).v2_secret.edit.isVisible()
    dialog = smartcar_tab(qtbot, counts=ConnectionCounts(on_v2=3))
    assert dialog.v2_secret.edit.isVisible()
    assert smartcar_words(WHERE_V2_SECRET) in visible_texts(dialog)
    qtbot.keyClicks(dialog.v2_secret.edit, V2_SECRET)
    assert finish(dialog.save())
    assert memory_keyring.passwords == {(SERVICE, V2_CLIENT_SECRET_ENTRY): V2_SECRET}
    assert V2_SECRET.encode() not in database_bytes(shopapp_home)
    assert load_settings() == {}


def test_a_secret_with_spaces_is_refused_under_its_own_field(qtbot, shop_store, memory_keyring):
    dialog = smartcar_tab(qtbot)
    qtbot.keyClicks(dialog.management_token.edit, "amt 77f0 c3e9")
    assert not finish(dialog.save())
    assert under(dialog.management_token.edit, dialog.management_token.problem)
    assert dialog.management_token.problem.text() == smartcar_words(MANAGEMENT_TOKEN.has_spaces)
    assert memory_keyring.passwords == {}


def test_variables_that_override_the_smartcar_values_are_named(qtbot, shop_store):
    environ = {
        "SMARTCAR_APPLICATION_ID": APPLICATION_ID,
        "SMARTCAR_CLIENT_ID": CLIENT_ID,
        "SMARTCAR_CLIENT_SECRET": "env-secret-a1",
        "SMARTCAR_MANAGEMENT_TOKEN": "env-token-b2",
        "SMARTCAR_V2_CLIENT_SECRET": "env-v2-secret-c3",
        "SMARTCAR_REDIRECT_URI": "http://localhost:9000/cb",
    }
    dialog = smartcar_tab(qtbot, environ=environ, counts=ConnectionCounts(on_v2=1))
    notes = visible_texts(dialog)
    for name in ("SMARTCAR_APPLICATION_ID", "SMARTCAR_CLIENT_ID", "SMARTCAR_REDIRECT_URI"):
        assert overridden(name) in notes
    for name in ("SMARTCAR_CLIENT_SECRET", "SMARTCAR_MANAGEMENT_TOKEN", "SMARTCAR_V2_CLIENT_SECRET"):
        assert overridden(name, value=False) in notes
    shown = " ".join(notes) + " ".join(edit.text() for edit in dialog.findChildren(QLineEdit))
    assert not any(value in shown for value in ("env-secret-a1", "env-token-b2", "env-v2-secret-c3"))


def test_without_a_keyring_no_secret_can_be_typed_and_the_ids_still_save(qtbot, shop_store):
    keyring.set_keyring(keyring.backends.fail.Keyring())
    dialog = smartcar_tab(qtbot, counts=ConnectionCounts(on_v2=1))
    assert dialog.keyring_notice.isVisible()
    assert "SMARTCAR_CLIENT_SECRET" in dialog.keyring_notice.text()
    assert "SMARTCAR_MANAGEMENT_TOKEN" in dialog.keyring_notice.text()
    for field in (dialog.client_secret, dialog.management_token, dialog.v2_secret):
        assert not field.edit.isEnabled()
        assert field.status.text() == smartcar_words("Set %1 instead (see the notice above).", field.spec.env)
    paste(dialog.fields["smartcar_application_id"].widget, APPLICATION_ID)
    assert finish(dialog.save())
    assert load_settings() == {"smartcar_application_id": APPLICATION_ID}


def test_moving_to_v3_is_offered_for_v3_only_and_only_with_something_to_move(qtbot, shop_store):
    tasks = BackgroundTasks()
    assert not smartcar_tab(qtbot).move_button.isVisible()  # not offered without the window's session
    session = object()
    nothing = smartcar_tab(qtbot, session=session, tasks=tasks)
    assert not nothing.move_button.isEnabled()
    assert nothing.move_label.text() == words(
        "MoveToV3Words", "Every connection uses Smartcar API v3: nothing to move."
    )

    save_setting("smartcar_api", "v2")
    dialog = smartcar_tab(qtbot, session=session, tasks=tasks, counts=ConnectionCounts(on_v2=4))
    assert not dialog.move_button.isEnabled()
    choose_v3 = words("SettingsDialog", "Choose API v3 above to move them.")
    assert dialog.move_label.text() == f"{still_on_v2(4)} {choose_v3}"
    click(qtbot, dialog.api_choice.buttons["v3"])
    assert dialog.move_button.isEnabled()


# -- moving the v2 connections, against the simulator -----------------------------------------------------


@pytest.fixture
def v2_shop(shopapp_home, memory_keyring):
    """A demo shop whose owners were all connected through Smartcar API v2, its simulator in-process;
    the shop's Smartcar set-up now holds v3 API credentials beside the v2 client: (ShopSession, Simulator)."""
    from shopapp.ui.demo_start import open_demo_session

    session = open_demo_session(shopapp_home, vehicles=8)
    link = session.link
    link.api = "v2"
    finish(build_demo_shop(link.sim, link, session.credentials, session.plan()))
    link.api = "v3"
    session.settings.set("smartcar_api", "v2")
    yield session, link.sim
    db.close()
    db.initialize(None)


async def finished(dialog, within=30):
    while dialog.state in ("ready", "running"):
        await wait_signal(dialog.state_changed, within)
    return dialog.state


def open_move_dialog(qtbot, qloop, session):
    tasks = BackgroundTasks()
    dialog = SettingsDialog(
        session.settings, session.credentials, load_plan, save_plan, environ={}, session=session, tasks=tasks
    )
    dialog.confirm_discard = lambda: True
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentIndex(SMARTCAR_TAB)
    assert not dialog.move_button.isEnabled()  # the shop is on v2
    click(qtbot, dialog.api_choice.buttons["v3"])
    click_and_wait(qloop, dialog.move_button, dialog.settings_saved)  # saves the choice first
    assert session.settings.get("smartcar_api") == "v3"
    return dialog, dialog.move_dialog


def test_v2_connections_move_to_v3_with_a_preview_first_and_the_one_that_stays_says_why(
    qtbot, qloop, v2_shop
):
    session, sim = v2_shop
    on_v2 = Connection.select().where(Connection.api == "v2").count()
    assert on_v2 >= 3
    gone = sim.customers[0]
    sim.revoke_user(gone.id)  # this owner withdrew access: Smartcar no longer lists their cars
    settings_dialog, dialog = open_move_dialog(qtbot, qloop, session)
    assert dialog.isVisible()
    assert words("MoveToV3Dialog", PROMISE) in visible_texts(dialog)  # said before anything is done
    assert dialog.counts_label.text() == still_on_v2(on_v2)
    assert dialog.state == "ready"
    moved = []
    dialog.connections_moved.connect(moved.append)

    async def preview():
        click(qtbot, dialog.preview_button)
        assert dialog.state == "running"
        assert dialog.close_button.text() == words("MoveToV3Dialog", "Stop")
        return await finished(dialog)

    assert qloop.run_until_complete(preview()) == "finished"
    lines = dialog.lines_view.toPlainText().splitlines()
    assert len(lines) == on_v2  # one line per connection
    would_move = words(
        "MoveToV3Words", "Preview only, nothing was changed: %n connection(s) would move to v3.", n=on_v2 - 1
    )
    assert would_move in dialog.status_label.text()
    assert Connection.select().where(Connection.api == "v2").count() == on_v2
    assert moved == []

    async def move():
        click(qtbot, dialog.move_button)
        return await finished(dialog)

    assert qloop.run_until_complete(move()) == "finished"
    report, summary = dialog.report, dialog.summary
    assert dialog.lines_view.toPlainText().splitlines() == [line.describe() for line in report.lines]
    assert len(report.lines) == on_v2  # one line per connection
    assert [line.outcome for line in report.lines].count(MOVED) == on_v2 - 1
    (stayed,) = report.stayed
    assert (stayed.customer, stayed.outcome) == (gone.name, STAYS)
    # Which reason is the migration's to give (tests/services/test_smartcar_migration.py); the dialog says it.
    assert stayed.reason
    result = dialog.status_label.text()
    assert words("MoveToV3Words", "Moved %n connection(s) to Smartcar API v3.", n=on_v2 - 1) in result
    asked = len(summary.results) - len(summary.skipped)
    cars_read = words(
        "MoveToV3Words", "ShopApp read %1 of their %n car(s) through v3.", len(summary.refreshed), n=asked
    )
    assert cars_read in result
    assert words("MoveToV3Words", "%n connection(s) stayed on v2:", n=1) in result
    assert f"• {gone.name}: {stayed.reason}" in result
    assert Connection.select().where(Connection.api == "v2").count() == 1
    assert len(moved) == 1
    # The tab follows: one connection left to move.
    assert settings_dialog.move_label.text() == still_on_v2(1)
    assert settings_dialog.api_choice.value() == "v3"


def test_stop_ends_the_move_and_says_that_moved_connections_stay_moved(qtbot, qloop, v2_shop):
    session, _sim = v2_shop
    _settings_dialog, dialog = open_move_dialog(qtbot, qloop, session)

    async def scenario():
        click(qtbot, dialog.move_button)
        click(qtbot, dialog.close_button)  # "Stop" while it runs
        return await finished(dialog)

    assert qloop.run_until_complete(scenario()) == "stopped"
    assert dialog.isVisible()
    assert dialog.status_label.text() == words(
        "MoveToV3Dialog", "Stopped. Connections already moved stay moved; Move again finishes the rest."
    )
    assert dialog.close_button.text() == words("MoveToV3Dialog", "Close")
    assert dialog.move_button.isEnabled()


def test_moving_without_v3_api_credentials_names_what_to_fill_in(qtbot, qloop, shop_store, shopapp_home):
    from shopapp.resources import trouble_code_catalogue

    session = ShopSession.for_shop(shopapp_home, trouble_code_catalogue())
    dialog = SettingsDialog(
        session.settings,
        session.credentials,
        load_plan,
        save_plan,
        environ={},
        session=session,
        tasks=BackgroundTasks(),
        counts=lambda: ConnectionCounts(on_v2=2),
    )
    qtbot.addWidget(dialog)
    dialog.show()
    paste(dialog.fields["smartcar_application_id"].widget, APPLICATION_ID)
    click_and_wait(qloop, dialog.move_button, dialog.settings_saved)
    mover = dialog.move_dialog

    async def scenario():
        click(qtbot, mover.move_button)
        return await finished(mover)

    assert qloop.run_until_complete(scenario()) == "failed"
    missing = [smartcar_words("API client ID"), smartcar_words("client secret")]
    where = words("MoveToV3Dialog", "on the Smartcar tab, save, and try again")
    assert mover.status_label.text() == not_set_up(missing, where)
    assert mover.move_button.text() == words("MoveToV3Dialog", "Move again")


# -- Connect's words ---------------------------------------------------------------------------------------


class FailingLink:
    def __init__(self, error):
        self.error = error

    def redirect_uri(self):
        return "http://localhost:8765/callback"

    def session(self, gate=None):
        raise self.error

    async def open_browser(self, url):
        pass


def keyring_locked(_error):
    return smartcar_words(
        "The system's password store (keyring) did not let ShopApp in. Unlock it (or sign in to the computer "
        "again) and try again."
    )


def unexpected(_error):
    return words(
        "ConnectDialog",
        "Connect stopped on a problem ShopApp did not expect; the details are in its log file. Try again, "
        "and if it happens again, send the log to whoever supports ShopApp.",
    )


def application_on_v2(_error):
    return words(
        "ConnectDialog",
        "Smartcar answered the way a v2 application does: the shop's Smartcar application is not on API v3 "
        "yet. Upgrade it to v3 in the Smartcar dashboard (your application → Settings), or choose API v2 in "
        "File → Settings → Smartcar with the application's client ID and client secret.",
    )


def connect_incomplete(error):
    return words(
        "ConnectDialog",
        "Smartcar could not complete Connect (%1). Try again in a few minutes.",
        error.description,
    )


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        (
            KeyringRefusedError("The keyring refused to give 'smartcar_client_secret': KeyringLocked"),
            keyring_locked,
        ),
        (RuntimeError("socket exploded"), unexpected),
        (StillOnV2(STILL_ON_V2), application_on_v2),
        (NetworkError("connection refused", code="CONNECT"), connect_incomplete),
    ],
    ids=["keyring locked", "a bug", "still on v2", "network"],
)
def test_connect_says_what_to_fill_in_and_never_an_exception_name(
    qtbot, qloop, shop_store, shopapp_home, error, expected
):
    """Connect stopped once started (a set-up not complete never starts: test_connect_setup.py)."""
    from shopapp.resources import trouble_code_catalogue

    settings = Settings(load_settings, save_setting)
    credentials = Credentials()
    session = ShopSession(
        shopapp_home, False, settings, credentials, FailingLink(error), trouble_code_catalogue()
    )
    environ = {
        "SMARTCAR_CLIENT_ID": CLIENT_ID,
        "SMARTCAR_CLIENT_SECRET": SECRET,
        "SMARTCAR_APPLICATION_ID": APPLICATION_ID,
    }
    dialog = ConnectDialog(session, BackgroundTasks(), environ=environ)
    qtbot.addWidget(dialog)
    dialog.show()

    async def scenario():
        click(qtbot, dialog.start_button)
        while dialog.state == "waiting":
            await wait_signal(dialog.state_changed, 10)

    qloop.run_until_complete(scenario())
    assert dialog.state == "failed"
    text = dialog.status_label.text()
    assert text == expected(error)
    for raw in ("Error", "KeyringLocked", "smartcar_", "SMARTCAR_", "shopapp config", "NETWORK"):
        assert raw not in text


# -- the set-up wizard's Smartcar page ---------------------------------------------------------------------


def smartcar_page(qtbot, *, environ=None):
    wizard = SetupWizard(Settings(load_settings, save_setting), Credentials(), environ=environ or {})
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    wizard.shop_page.fields["shop_name"].widget.setText("Main Street Auto")
    wizard.next()
    wizard.next()
    assert wizard.currentPage() is wizard.smartcar_page
    return wizard, wizard.smartcar_page


def test_the_wizard_asks_a_new_shop_for_its_v3_application(
    qtbot, qloop, shop_store, shopapp_home, memory_keyring
):
    wizard, page = smartcar_page(qtbot)
    assert not page.v2_check.isChecked()  # v3 for a new shop
    assert page.client_id_label.text() == words("SettingsDialog", "API client ID:")
    texts = visible_texts(page)
    assert words("SettingsDialog", "Application ID:") in texts
    assert words("SettingsDialog", "Management token:") in texts
    assert smartcar_words(WHERE_MANAGEMENT_TOKEN) in texts
    paste(page.application_id.widget, APPLICATION_ID)
    paste(page.client_id.widget, CLIENT_ID)
    qtbot.keyClicks(page.secret_edit, SECRET)
    qtbot.keyClicks(page.management_token.edit, TOKEN)
    wizard.next()
    assert wizard.currentPage() is wizard.connect_page
    assert memory_keyring.passwords == {
        (SERVICE, CLIENT_SECRET_ENTRY): SECRET,
        (SERVICE, MANAGEMENT_TOKEN_ENTRY): TOKEN,
    }
    assert wizard.connect_page.connect_check.isChecked()
    click_and_wait(qloop, wizard.button(wizard.WizardButton.FinishButton), wizard.finished_setup)
    values = Settings(load_settings, save_setting).values()
    assert (values["smartcar_api"], values["smartcar_application_id"], values["smartcar_client_id"]) == (
        "v3",
        APPLICATION_ID,
        CLIENT_ID,
    )
    assert "smartcar_api" not in load_settings()  # v3 stays the default, not written
    stored = database_bytes(shopapp_home)
    assert SECRET.encode() not in stored
    assert TOKEN.encode() not in stored


def test_the_wizard_catches_the_two_ids_swapped(qtbot, shop_store):
    wizard, page = smartcar_page(qtbot)
    paste(page.client_id.widget, APPLICATION_ID)
    assert under(page.client_id.widget, page.client_id.problem)
    assert page.client_id.problem.text() == application_id_as_client_id()
    paste(page.application_id.widget, CLIENT_ID)
    assert under(page.application_id.widget, page.application_id.problem)
    assert page.application_id.problem.text() == client_id_as_application_id()
    wizard.next()
    assert wizard.currentPage() is page


def test_the_wizard_knows_an_application_still_on_v2(qtbot, qloop, shop_store):
    wizard, page = smartcar_page(qtbot)
    page.v2_check.click()
    assert page.client_id_label.text() == words("SettingsDialog", "Client ID:")
    assert not page.application_id.widget.isVisible()
    assert not page.management_token.edit.isVisible()
    paste(page.client_id.widget, APPLICATION_ID)
    assert not page.client_id.problem.isVisible()
    qtbot.keyClicks(page.secret_edit, SECRET)
    wizard.next()
    assert wizard.connect_page.connect_check.isEnabled()
    click_and_wait(qloop, wizard.button(wizard.WizardButton.FinishButton), wizard.finished_setup)
    assert load_settings()["smartcar_api"] == "v2"
    assert load_settings()["smartcar_client_id"] == APPLICATION_ID

    _again, page = smartcar_page(qtbot)
    assert page.v2_check.isChecked()  # what the shop chose stays chosen


def test_the_wizard_names_the_variables_that_override_it(qtbot, shop_store):
    environ = {"SMARTCAR_APPLICATION_ID": APPLICATION_ID, "SMARTCAR_MANAGEMENT_TOKEN": "y"}
    _wizard, page = smartcar_page(qtbot, environ=environ)
    notes = visible_texts(page)
    value_note = words(
        "SmartcarPage",
        "%1 is set on this computer and is used instead of this value.",
        "SMARTCAR_APPLICATION_ID",
    )
    assert value_note in notes
    assert overridden("SMARTCAR_MANAGEMENT_TOKEN", value=False) in notes


def test_the_wizard_carries_a_v2_client_id_over_when_v3_is_chosen_again(qtbot, shop_store):
    _wizard, page = smartcar_page(qtbot)
    page.v2_check.click()
    paste(page.client_id.widget, APPLICATION_ID)
    page.v2_check.click()  # "no, it was upgraded after all"
    assert page.application_id.widget.text() == APPLICATION_ID
    assert page.client_id.widget.text() == ""
    assert page.application_id_note.text() == smartcar_words(FILLED_FROM_V2)
    assert not page.client_id.problem.isVisible()
