"""The main window's dialogs as the front desk uses them: a customer, a service, the shop's settings."""

import asyncio
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from functools import partial

import keyring
import keyring.backends.fail
import pytest
from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QPlainTextEdit
from qt_support import click_and_wait, finish
from words import words

from shopapp.config import SettingError, Settings, spec_for
from shopapp.credentials import CLIENT_SECRET_ENTRY, SERVICE, Credentials
from shopapp.domain.contact import CustomerDraft
from shopapp.domain.plan import default_plan, miles
from shopapp.domain.powertrain import Powertrain
from shopapp.domain.units import KM_PER_MILE, DistanceUnit
from shopapp.i18n import fill
from shopapp.services.front_desk import (
    OdometerBelowEarlier,
    ServiceEntryError,
    customer_draft,
    record_service,
    save_customer,
)
from shopapp.services.plan_store import load_plan, save_plan
from shopapp.store.database import DATABASE_FILE_NAME, StoreError
from shopapp.store.models import Customer, OdometerReading, Vehicle
from shopapp.store.queries import load_settings, save_setting
from shopapp.store.worker import run_on_own_thread
from shopapp.ui.dialogs.customer_dialog import CustomerDialog
from shopapp.ui.dialogs.editor import sentence
from shopapp.ui.dialogs.plan_editor import COL_DISTANCE, COL_KEYWORDS, COL_MONTHS, COL_NAME, COL_POWERTRAINS
from shopapp.ui.dialogs.service_dialog import ServiceDialog
from shopapp.ui.dialogs.settings_dialog import SettingsDialog
from shopapp.ui.dialogs.smartcar_fields import CLIENT_SECRET

SECRET = "sc-secret-7f3a9d1e44b2"
TODAY = date(2026, 11, 22)


def not_an_email():
    return words("ContactProblems", "This does not look like an email address (expected name@example.com).")


def not_a_phone():
    return words("ContactProblems", "Use digits, spaces and + ( ) - . / only (an extension as x12).")


def click(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def shown(qtbot, dialog):
    # pytest-qt closes leftover widgets after the test: with edits, that would open a real "Discard?" box.
    dialog.confirm_discard = lambda: True
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


# -- customer dialog ---------------------------------------------------------------------------------------


class SaveSpy:
    def __init__(self, result=7, error=None):
        self.calls = []
        self.result = result
        self.error = error

    def __call__(self, draft, customer_id):
        self.calls.append((draft, customer_id))
        if self.error:
            raise self.error
        return self.result


def test_an_invalid_email_shows_a_message_and_blocks_saving(qtbot):
    save = SaveSpy()
    dialog = shown(qtbot, CustomerDialog(save))
    dialog.edits["name"].setText("Seán O'Brien")  # keyClicks types ASCII only
    qtbot.keyClicks(dialog.edits["email"], "sean@")
    qtbot.keyClick(dialog.edits["email"], Qt.Key.Key_Return)  # finishes the field and presses OK

    message = dialog.problem_labels["email"]
    assert message.isVisible()
    assert message.text() == not_an_email()
    click(qtbot, dialog.ok_button)
    assert save.calls == []
    assert dialog.isVisible()
    assert dialog.status_label.text() == words(
        "CustomerDialog", "Correct the fields marked in red; nothing was saved yet."
    )

    qtbot.keyClicks(dialog.edits["email"], "example.ie")  # the message goes as soon as it is right
    assert not message.isVisible()
    click(qtbot, dialog.ok_button)
    assert [draft.email for draft, _id in save.calls] == ["sean@example.ie"]
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_a_missing_name_is_said_when_saving(qtbot):
    save = SaveSpy()
    dialog = shown(qtbot, CustomerDialog(save))
    qtbot.keyClicks(dialog.edits["phone"], "555-0101")
    click(qtbot, dialog.ok_button)
    assert dialog.problem_labels["name"].text() == words("ContactProblems", "A name is required.")
    assert dialog.problem_labels["name"].isVisible()
    assert not dialog.problem_labels["phone"].isVisible()
    assert save.calls == []


def test_a_bad_phone_number_says_what_is_expected(qtbot):
    dialog = shown(qtbot, CustomerDialog(SaveSpy()))
    dialog.edits["phone"].setText("call after 5")
    dialog.edits["phone"].editingFinished.emit()
    assert dialog.problem_labels["phone"].text() == not_a_phone()


def test_cancel_with_edits_asks_and_keeping_on_editing_keeps_the_values(qtbot, monkeypatch):
    dialog = shown(qtbot, CustomerDialog(SaveSpy()))
    questions = []
    monkeypatch.setattr(dialog, "confirm_discard", lambda: questions.append("discard?") or False)
    dialog.edits["name"].setText("Zoë Ñúñez")
    dialog.notes_edit.setPlainText("Call after 5 pm")

    click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Cancel))
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    dialog.close()
    assert questions == ["discard?"] * 3  # Cancel, Escape and the window's close button all ask
    assert dialog.isVisible()
    assert dialog.draft().name == "Zoë Ñúñez"
    assert dialog.draft().notes == "Call after 5 pm"

    monkeypatch.setattr(dialog, "confirm_discard", lambda: True)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_cancel_without_edits_does_not_ask(qtbot, monkeypatch):
    dialog = shown(qtbot, CustomerDialog(SaveSpy(), CustomerDraft(name="Li Wei"), customer_id=3))
    monkeypatch.setattr(dialog, "confirm_discard", lambda: pytest.fail("asked with nothing to lose"))
    click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Cancel))
    assert not dialog.isVisible()


def test_a_refused_save_keeps_the_dialog_and_every_edit(qtbot):
    refusal = StoreError("This customer no longer exists (deleted on another computer?).")
    dialog = shown(qtbot, CustomerDialog(SaveSpy(error=refusal), CustomerDraft(name="Ana"), customer_id=4))
    dialog.edits["city"].setText("Sevilla")
    click(qtbot, dialog.ok_button)
    assert dialog.isVisible()
    assert dialog.status_label.text() == words("CustomerDialog", "Not saved: %1", refusal.words())
    assert dialog.draft().city == "Sevilla"


def test_a_new_customer_is_saved_and_then_edited(qtbot, shop_store):
    dialog = shown(qtbot, CustomerDialog(save_customer))
    dialog.edits["name"].setText("  🚗 D'Arcy & Sons ")
    qtbot.keyClicks(dialog.edits["phone"], "+1 (555) 010-2345 x12")
    qtbot.keyClicks(dialog.edits["postal_code"], "H91 X2Y3")
    with qtbot.waitSignal(dialog.customer_saved) as saved:
        click(qtbot, dialog.ok_button)
    (customer_id,) = saved.args
    assert Customer.get_by_id(customer_id).name == "🚗 D'Arcy & Sons"

    edit = shown(qtbot, CustomerDialog(save_customer, customer_draft(customer_id), customer_id))
    assert edit.edits["phone"].text() == "+1 (555) 010-2345 x12"
    assert edit.windowTitle() == words("CustomerDialog", "Edit customer — %1", "🚗 D'Arcy & Sons")
    edit.edits["email"].setText("fleet@darcy.example")
    click(qtbot, edit.ok_button)
    assert customer_draft(customer_id).email == "fleet@darcy.example"
    assert Customer.select().count() == 1


def test_the_preferred_contact_is_chosen_in_words_and_saved(qtbot, shop_store):
    dialog = shown(qtbot, CustomerDialog(save_customer))
    combo = dialog.preferred_contact
    assert [combo.itemText(index) for index in range(combo.count())] == [
        words("CustomerDialog", text) for text in ("Letter", "Email", "Text message", "Phone call")
    ]
    assert combo.currentData() == "letter"
    assert not dialog.has_unsaved_changes()
    dialog.edits["name"].setText("Ana Ruiz")
    combo.setCurrentIndex(combo.findData("sms"))
    with qtbot.waitSignal(dialog.customer_saved) as saved:
        click(qtbot, dialog.ok_button)
    (customer_id,) = saved.args
    assert Customer.get_by_id(customer_id).preferred_contact == "sms"

    edit = shown(qtbot, CustomerDialog(save_customer, customer_draft(customer_id), customer_id))
    assert edit.preferred_contact.currentText() == words("CustomerDialog", "Text message")
    assert not edit.has_unsaved_changes()
    edit.preferred_contact.setCurrentIndex(edit.preferred_contact.findData("phone"))
    assert edit.has_unsaved_changes()
    click(qtbot, edit.ok_button)
    assert customer_draft(customer_id).preferred_contact == "phone"


# -- service dialog ----------------------------------------------------------------------------------------


def service_dialog(qtbot, unit, latest_km=30_000 * KM_PER_MILE, plan=None, record=None):
    return shown(
        qtbot,
        ServiceDialog(
            plan or default_plan(),
            unit,
            vehicle_title="2021 Toyota Camry",
            latest_odometer_km=latest_km,
            today=TODAY,
            record=record,
        ),
    )


def test_in_miles_the_odometer_is_shown_in_miles_and_returned_in_km(qtbot):
    dialog = service_dialog(qtbot, DistanceUnit.MI)
    assert dialog.odometer_spin.value() == 30_000
    assert dialog.odometer_spin.suffix() == " mi"
    dialog.odometer_spin.setValue(30_500)
    dialog.task_boxes["oil_change"].setChecked(True)
    dialog.cost_spin.setValue(89.5)
    values = dialog.result_values()
    assert values["odometer_km"] == pytest.approx(30_500 * 1.609344)
    assert values["cost_cents"] == 8950
    assert values["task_keys"] == ["oil_change"]
    assert values["performed_on"] == TODAY


def test_the_cost_is_asked_in_the_shops_currency(qtbot):
    dialog = shown(qtbot, ServiceDialog(default_plan(), DistanceUnit.MI, currency="USD", today=TODAY))
    assert dialog.cost_label.text() == words("ServiceDialog", "Cost (%1):", "$")  # the en_US test locale
    assert service_dialog(qtbot, DistanceUnit.MI).cost_label.text() == words("ServiceDialog", "Cost:")


def test_an_untouched_odometer_returns_the_reading_itself(qtbot):
    dialog = service_dialog(qtbot, DistanceUnit.MI, latest_km=48_213.7)
    assert dialog.result_values()["odometer_km"] == 48_213.7


def test_in_km_the_odometer_is_km(qtbot):
    dialog = service_dialog(qtbot, DistanceUnit.KM, latest_km=48_213.7)
    assert dialog.odometer_spin.value() == 48_214
    assert dialog.odometer_spin.suffix() == " km"
    dialog.odometer_spin.setValue(48_300)
    assert dialog.result_values()["odometer_km"] == 48_300


def test_a_car_never_read_has_no_odometer_until_one_is_typed(qtbot):
    dialog = service_dialog(qtbot, DistanceUnit.MI, latest_km=None)
    assert dialog.odometer_spin.text() == words("ServiceDialog", "not read")
    assert dialog.result_values()["odometer_km"] is None


def test_the_date_defaults_to_today_and_cannot_be_in_the_future(qtbot):
    dialog = service_dialog(qtbot, DistanceUnit.MI)
    dialog.date_edit.setDate(QDate(2026, 11, 30))
    assert dialog.result_values()["performed_on"] == TODAY
    dialog.date_edit.setDate(QDate(2026, 10, 2))
    assert dialog.result_values()["performed_on"] == date(2026, 10, 2)


def test_an_empty_service_is_refused(qtbot):
    dialog = service_dialog(qtbot, DistanceUnit.MI)
    click(qtbot, dialog.ok_button)
    assert dialog.isVisible()
    assert dialog.message_label.text() == words(
        "ServiceDialog", "Tick the work done, or describe it under Other work."
    )
    dialog.other_work_edit.setPlainText("Replaced wiper blades")
    assert not dialog.message_label.isVisible()
    click(qtbot, dialog.ok_button)
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_other_work_that_names_a_plan_task_says_it_counts_for_it(qtbot):
    dialog = service_dialog(qtbot, DistanceUnit.MI)
    dialog.other_work_edit.setPlainText("Rotated tires\n\n Replaced wiper blades ")
    assert dialog.counts_label.isVisible()
    rotation = default_plan().task("tire_rotation").name
    counts_as = words("ServiceDialog", "“%1” counts as %2", "Rotated tires", rotation)
    assert dialog.counts_label.text() == f"{counts_as}."  # the dialog ends the list with "." itself
    assert dialog.result_values()["extra_tasks"] == ["Rotated tires", "Replaced wiper blades"]


def test_cancelling_a_service_with_work_ticked_asks_first(qtbot, monkeypatch):
    dialog = service_dialog(qtbot, DistanceUnit.MI)
    monkeypatch.setattr(dialog, "confirm_discard", lambda: False)
    dialog.task_boxes["brake_inspection"].setChecked(True)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()
    assert dialog.task_boxes["brake_inspection"].isChecked()


def test_what_the_dialog_returns_is_what_record_service_takes(qtbot, shop_store):
    owner = Customer.create(name="Ana", created_at=date(2026, 1, 1))
    car = Vehicle.create(customer=owner, make="TOYOTA", model="Camry", created_at=date(2026, 1, 1))
    dialog = service_dialog(qtbot, DistanceUnit.MI)
    dialog.task_boxes["oil_change"].setChecked(True)
    dialog.other_work_edit.setPlainText("Rotated tires")
    click(qtbot, dialog.ok_button)
    record = record_service(car.id, **dialog.result_values(), plan=default_plan())
    assert record.odometer_km == pytest.approx(30_000 * KM_PER_MILE)
    assert {task.task_key for task in record.tasks} == {"oil_change", "tire_rotation"}


def test_a_service_the_use_case_refuses_keeps_the_dialog_open_with_its_sentence(qtbot, qloop, shop_store):
    owner = Customer.create(name="Ana", created_at=date(2026, 1, 1))
    car = Vehicle.create(customer=owner, make="TOYOTA", model="Camry", created_at=date(2026, 1, 1))
    OdometerReading.create(
        vehicle=car, recorded_at=datetime(2026, 11, 1, 15, tzinfo=UTC), value_km=48_000 * KM_PER_MILE
    )
    recorded = []
    refused = []

    async def record(values):  # as the window does it: the one use case, on a database thread
        entry = partial(
            record_service, car.id, **values, plan=default_plan(), unit=DistanceUnit.MI, today=TODAY
        )
        try:
            recorded.append(await run_on_own_thread(entry))
        except ServiceEntryError as exc:
            refused.append(exc)
            raise

    dialog = service_dialog(qtbot, DistanceUnit.MI, record=record)
    dialog.task_boxes["oil_change"].setChecked(True)
    dialog.odometer_spin.setValue(4_800)  # a digit short
    click(qtbot, dialog.ok_button)
    assert dialog.saving_label.isVisible()
    qloop.run_until_complete(asyncio.sleep(0.3))
    (refusal,) = refused
    assert isinstance(refusal, OdometerBelowEarlier)
    assert refusal.earlier.on == date(2026, 11, 1)
    # The use case's sentence (written in shopapp/services/front_desk.py, outside the catalogue), with the
    # distances and the date it names.
    assert dialog.message_label.text() == refusal.words()
    for value in ("4,800 mi", "48,000 mi", "1 Nov"):
        assert value in dialog.message_label.text()
    assert dialog.isVisible()
    assert dialog.ok_button.isEnabled()
    assert recorded == []
    # Below an earlier reading is a question; "Correct the number" goes back to the field.
    box = dialog.below_box
    correct = next(b for b in box.buttons() if b.text() == words("ServiceDialog", "Correct the number"))
    correct.click()
    assert dialog.below_box is None
    qloop.run_until_complete(asyncio.sleep(0.05))  # the box hands the focus back as it closes
    assert dialog.focusWidget() is dialog.odometer_spin
    assert recorded == []

    dialog.odometer_spin.setValue(48_150)
    click_and_wait(qloop, dialog.ok_button, dialog.recorded)
    assert not dialog.isVisible()
    assert [round(record.odometer_km) for record in recorded] == [round(48_150 * KM_PER_MILE)]


# -- settings dialog ---------------------------------------------------------------------------------------


def settings_dialog(qtbot, environ=None):
    dialog = SettingsDialog(
        Settings(load_settings, save_setting), Credentials(), load_plan, save_plan, environ=environ or {}
    )
    return shown(qtbot, dialog)


def plan_row(dialog, key):
    table = dialog.plan_editor.table
    for row in range(table.rowCount()):
        if table.item(row, COL_NAME).data(Qt.ItemDataRole.UserRole).key == key:
            return row
    raise AssertionError(key)


def set_cell(dialog, row, column, value):
    dialog.plan_editor.table.item(row, column).setData(Qt.ItemDataRole.EditRole, value)


def cell(dialog, row, column):
    return dialog.plan_editor.table.item(row, column).data(Qt.ItemDataRole.EditRole)


def database_bytes(home):
    return b"".join(path.read_bytes() for path in home.glob(DATABASE_FILE_NAME + "*"))


def test_settings_round_trip(qtbot, qloop, shop_store, shopapp_home, memory_keyring):
    dialog = settings_dialog(qtbot)
    dialog.fields["shop_name"].widget.setText("Zoë's Garage & Tyres")
    dialog.fields["shop_address"].widget.setPlainText("12 Quay St\nGalway H91 X2Y3")
    dialog.unit_combo.setCurrentIndex(dialog.unit_combo.findData("km"))
    dialog.currency_combo.setCurrentIndex(dialog.currency_combo.findData("CAD"))
    dialog.fields["refresh_interval_hours"].widget.setText("12")
    dialog.fields["refresh_concurrency"].widget.setText("16")
    rotation = plan_row(dialog, "tire_rotation")
    assert cell(dialog, rotation, COL_DISTANCE) == 9656  # 6,000 mi, now shown in km
    set_cell(dialog, rotation, COL_DISTANCE, 10_000)
    dialog.fields["smartcar_application_id"].widget.setText("8229df9f-91a0-4ff0-a1ae-a1f38ee24d07")
    dialog.fields["smartcar_client_id"].widget.setText("client_4f1c9a0e2b7d51a3")
    qtbot.keyClicks(dialog.secret_edit, SECRET)

    click_and_wait(qloop, dialog.save_button, dialog.settings_saved)
    assert dialog.result() == QDialog.DialogCode.Accepted

    again = settings_dialog(qtbot)
    assert again.fields["shop_name"].widget.text() == "Zoë's Garage & Tyres"
    assert again.fields["shop_address"].widget.toPlainText() == "12 Quay St\nGalway H91 X2Y3"
    assert again.unit_combo.currentData() == "km"
    assert again.currency_combo.currentData() == "CAD"
    assert load_settings()["currency"] == "CAD"
    assert again.fields["refresh_interval_hours"].widget.text() == "12"
    assert again.fields["refresh_concurrency"].widget.text() == "16"
    assert cell(again, plan_row(again, "tire_rotation"), COL_DISTANCE) == 10_000
    assert again.plan_editor.table.horizontalHeaderItem(COL_DISTANCE).text() == words(
        "PlanEditorWidget", "Every (%1)", "km"
    )
    assert again.fields["smartcar_application_id"].widget.text() == "8229df9f-91a0-4ff0-a1ae-a1f38ee24d07"
    assert again.fields["smartcar_client_id"].widget.text() == "client_4f1c9a0e2b7d51a3"
    assert again.secret_status_label.text() == words("SmartcarFields", CLIENT_SECRET.stored)
    assert again.secret_edit.text() == ""
    texts = [edit.text() for edit in again.findChildren(QLineEdit)] + [
        label.text() for label in again.findChildren(QLabel)
    ]
    assert not any(SECRET in text for text in texts)  # stored, never shown

    # Only the edited task changed, to the km typed, and the untouched distances did not drift.
    plan = load_plan()
    assert plan.task("tire_rotation").triggers.distance_km == 10_000
    assert plan.tasks == tuple(
        replace(task, triggers=replace(task.triggers, distance_km=10_000))
        if task.key == "tire_rotation"
        else task
        for task in default_plan().tasks
    )
    assert memory_keyring.passwords[(SERVICE, CLIENT_SECRET_ENTRY)] == SECRET
    assert SECRET.encode() not in database_bytes(shopapp_home)
    assert "smartcar_client_secret" not in load_settings()


def test_untouched_settings_save_nothing(qtbot, shop_store):
    dialog = settings_dialog(qtbot)
    assert not dialog.has_unsaved_changes()
    assert finish(dialog.save())
    assert load_settings() == {}  # defaults stay defaults, the plan stays the default plan
    assert load_plan() == default_plan()


def test_the_currency_starts_as_the_locales_and_each_choice_is_named(qtbot, shop_store):
    dialog = settings_dialog(qtbot)
    combo = dialog.currency_combo
    assert combo.currentData() == "USD"  # US English, the suite's locale
    code_name_symbol = ("SettingsDialog", "%1 — %2 (%3)", "a currency's code, name and symbol")
    assert combo.currentText() == fill(QCoreApplication.translate(*code_name_symbol), "USD", "US Dollar", "$")
    assert combo.itemText(combo.findData("EUR")) == fill(
        QCoreApplication.translate(*code_name_symbol), "EUR", "Euro", "€"
    )
    code_name = QCoreApplication.translate("SettingsDialog", "%1 — %2", "a currency's code and name")
    assert combo.itemText(combo.findData("CHF")) == fill(code_name, "CHF", "Swiss Franc")
    assert combo.count() > 100  # every currency in use, the shop's code among them
    assert spec_for("currency").parse(combo.itemData(combo.count() - 1))  # each one the registry accepts


def refused_by_the_registry(key, text):
    """The settings registry's refusal of `text` (its SettingProblems words), as a sentence."""
    with pytest.raises(SettingError) as refused:
        spec_for(key).parse(text)
    return sentence(str(refused.value))


def no_logo_file(_key, _text):
    return words("SettingsDialog", "There is no file at this path.")


@pytest.mark.parametrize(
    ("key", "text", "expected"),
    [
        ("refresh_interval_hours", "0", refused_by_the_registry),
        ("refresh_concurrency", "eight", refused_by_the_registry),
        ("redirect_uri", "https://example.com/callback", refused_by_the_registry),
        ("shop_email", "desk@", lambda _key, _text: not_an_email()),
        ("shop_phone", "call us", lambda _key, _text: not_a_phone()),
        ("shop_logo", "/no/such/logo.png", no_logo_file),
    ],
)
def test_an_invalid_value_blocks_saving_with_a_message_next_to_it(
    qtbot, shop_store, memory_keyring, key, text, expected
):
    dialog = settings_dialog(qtbot)
    dialog.fields["shop_name"].widget.setText("Main Street Auto")
    qtbot.keyClicks(dialog.secret_edit, SECRET)
    dialog.fields[key].widget.setText(text)
    click(qtbot, dialog.save_button)

    field = dialog.fields[key]
    assert dialog.isVisible()
    assert field.problem.text() == expected(key, text)
    assert field.problem.isVisible()  # its tab was brought forward
    assert dialog.status_label.text() == words(
        "SettingsDialog", "Nothing was saved: correct what is marked in red."
    )
    assert load_settings() == {}  # not even the good values
    assert memory_keyring.passwords == {}


def test_a_message_goes_once_the_value_is_corrected(qtbot, shop_store):
    dialog = settings_dialog(qtbot)
    edit = dialog.fields["refresh_concurrency"].widget
    edit.setText("100")
    assert not finish(dialog.save())
    assert dialog.fields["refresh_concurrency"].problem.isVisible()
    edit.clear()
    qtbot.keyClicks(edit, "12")
    assert not dialog.fields["refresh_concurrency"].problem.isVisible()
    assert finish(dialog.save())
    assert load_settings() == {"refresh_concurrency": "12"}


def test_a_plan_that_could_never_be_due_is_refused(qtbot, shop_store):
    dialog = settings_dialog(qtbot)
    brakes = plan_row(dialog, "brake_inspection")
    set_cell(dialog, brakes, COL_MONTHS, 0)
    click(qtbot, dialog.save_button)
    assert dialog.isVisible()
    assert dialog.tabs.currentWidget() is dialog.plan_editor
    never_due = words(
        "PlanEditorWidget",
        "“%1” has no interval and no oil-life floor, so it would never be due.",
        default_plan().task("brake_inspection").name,
    )
    assert never_due in dialog.plan_editor.problems_label.text().splitlines()
    assert load_plan() == default_plan()


def test_the_plan_editor_says_and_edits_which_cars_a_task_applies_to(qtbot, qloop, shop_store):
    dialog = settings_dialog(qtbot)
    table = dialog.plan_editor.table
    air_filter = table.cellWidget(plan_row(dialog, "engine_air_filter"), COL_POWERTRAINS)
    cabin_filter = table.cellWidget(plan_row(dialog, "cabin_air_filter"), COL_POWERTRAINS)
    assert air_filter.text() == words("PowertrainChoiceButton", "Cars with an engine")
    assert cabin_filter.text() == words("PowertrainChoiceButton", "All cars")

    electric = air_filter.menu().actions()[list(Powertrain).index(Powertrain.ELECTRIC)]
    combustion = cabin_filter.menu().actions()[list(Powertrain).index(Powertrain.COMBUSTION)]
    electric.setChecked(True)  # this shop changes the filters of its electric cars' heat pumps too
    for action in cabin_filter.menu().actions():
        action.setChecked(False)
    assert cabin_filter.text() == words("PowertrainChoiceButton", "No cars")
    click(qtbot, dialog.save_button)
    nowhere = words(
        "PlanEditorWidget",
        "“%1” applies to no kind of car: tick at least one under For.",
        default_plan().task("cabin_air_filter").name,
    )
    assert nowhere in dialog.plan_editor.problems_label.text().splitlines()
    assert load_plan() == default_plan()

    combustion.setChecked(True)
    assert cabin_filter.text() == words("PowertrainChoiceButton", "Combustion")
    click_and_wait(qloop, dialog.save_button, dialog.settings_saved)
    assert load_plan().task("engine_air_filter").powertrains == frozenset(Powertrain)
    assert load_plan().task("cabin_air_filter").powertrains == {Powertrain.COMBUSTION}


def test_a_new_task_is_added_with_a_key_from_its_name(qtbot, qloop, shop_store):
    dialog = settings_dialog(qtbot)
    click(qtbot, dialog.plan_editor.add_button)
    row = dialog.plan_editor.table.rowCount() - 1
    click(qtbot, dialog.save_button)  # no name yet
    assert words("PlanEditorWidget", "Task %1 needs a name.", 6) in dialog.plan_editor.problems_label.text()

    dialog.plan_editor.table.item(row, COL_NAME).setText("Coolant flush")
    dialog.plan_editor.table.item(row, COL_KEYWORDS).setText("coolant, antifreeze")
    set_cell(dialog, row, COL_DISTANCE, 30_000)
    set_cell(dialog, row, COL_MONTHS, 24)
    assert not dialog.plan_editor.problems_label.isVisible()
    click_and_wait(qloop, dialog.save_button, dialog.settings_saved)
    task = load_plan().task("coolant_flush")
    assert (task.name, task.triggers.distance_km, task.triggers.months, task.keywords) == (
        "Coolant flush",
        pytest.approx(miles(30_000)),
        24,
        ("coolant", "antifreeze"),
    )


def test_removing_a_task_and_the_default_plan_button(qtbot, shop_store):
    dialog = settings_dialog(qtbot)
    dialog.plan_editor.table.selectRow(plan_row(dialog, "cabin_air_filter"))
    click(qtbot, dialog.plan_editor.remove_button)
    assert finish(dialog.save())
    assert load_plan().task("cabin_air_filter") is None

    dialog = settings_dialog(qtbot)
    click(qtbot, dialog.plan_editor.default_button)
    assert dialog.has_unsaved_changes()
    assert finish(dialog.save())
    assert load_plan() == default_plan()


def test_the_due_soon_window_and_oil_fallback_follow_the_unit(qtbot, shop_store):
    dialog = settings_dialog(qtbot)
    editor = dialog.plan_editor
    assert editor.soon_distance_spin.value() == 500
    assert editor.fallback_distance_spin.value() == 5_000
    editor.soon_distance_spin.setValue(800)
    dialog.unit_combo.setCurrentIndex(dialog.unit_combo.findData("km"))
    assert editor.soon_distance_spin.value() == 1_287
    assert editor.fallback_distance_spin.value() == 8_047
    assert editor.fallback_distance_spin.suffix() == " km"
    assert finish(dialog.save())
    plan = load_plan()
    assert [task.windows.distance_km for task in plan.tasks] == [pytest.approx(miles(800))] * len(plan.tasks)
    assert plan.task("oil_change").triggers_without_oil_life.distance_km == pytest.approx(miles(5_000))


def test_without_a_keyring_the_secret_field_says_why_and_the_rest_still_saves(qtbot, shop_store):
    keyring.set_keyring(keyring.backends.fail.Keyring())
    dialog = settings_dialog(qtbot)
    dialog.tabs.setCurrentIndex(3)
    assert dialog.keyring_notice is not None
    assert dialog.keyring_notice.isVisible()
    assert dialog.keyring_notice.text() == words(
        "SmartcarFields",
        "<b>No keyring is available on this computer</b> (the system's password store), so ShopApp cannot "
        "keep the client secret. Set the environment variable <code>%1</code> for ShopApp instead (and "
        "<code>%2</code> for live updates), or unlock or install a keyring.",
        "SMARTCAR_CLIENT_SECRET",
        "SMARTCAR_MANAGEMENT_TOKEN",
    )
    assert not dialog.secret_edit.isEnabled()
    dialog.fields["smartcar_client_id"].widget.setText("abc")
    assert finish(dialog.save())
    assert load_settings() == {"smartcar_client_id": "abc"}


def test_variables_that_override_the_settings_are_named(qtbot, shop_store):
    dialog = settings_dialog(qtbot, environ={"SMARTCAR_CLIENT_ID": "from-env", "SMARTCAR_CLIENT_SECRET": "x"})
    dialog.tabs.setCurrentIndex(3)
    notes = [label.text() for label in dialog.findChildren(QLabel) if label.isVisible()]
    value_note = "%1 is set on this computer and is used instead of this value."
    assert words("SmartcarFields", value_note, "SMARTCAR_CLIENT_ID") in notes
    secret_note = "%1 is set on this computer and is used instead."
    assert words("SmartcarFields", secret_note, "SMARTCAR_CLIENT_SECRET") in notes


def test_a_logo_is_chosen_and_previewed(qtbot, shop_store, tmp_path, monkeypatch):
    from PySide6.QtGui import QColor, QImage

    logo = tmp_path / "logo.png"
    image = QImage(300, 100, QImage.Format.Format_RGB32)
    image.fill(QColor("#1565c0"))
    image.save(str(logo))
    dialog = settings_dialog(qtbot)
    assert dialog.logo_preview.text() == words("SettingsDialog", "No logo")
    monkeypatch.setattr(dialog, "choose_logo_file", lambda: str(logo))
    click(qtbot, dialog.logo_button)
    assert dialog.fields["shop_logo"].text() == str(logo)
    assert not dialog.logo_preview.pixmap().isNull()
    assert finish(dialog.save())
    assert load_settings() == {"shop_logo": str(logo)}


def test_settings_cancel_with_edits_asks(qtbot, shop_store, monkeypatch):
    dialog = settings_dialog(qtbot)
    monkeypatch.setattr(dialog, "confirm_discard", lambda: False)
    dialog.plan_editor.table.item(0, COL_NAME).setText("Oil & filter")
    click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Cancel))
    assert dialog.isVisible()
    assert dialog.plan_editor.table.item(0, COL_NAME).text() == "Oil & filter"


def test_plain_text_fields_keep_their_lines(qtbot, shop_store):
    dialog = settings_dialog(qtbot)
    address = dialog.fields["shop_address"].widget
    assert isinstance(address, QPlainTextEdit)
    address.setPlainText("Unit 4\nIndustrial Estate\nLeeds LS1 1AA")
    assert finish(dialog.save())
    assert (
        Settings(load_settings, save_setting).get("shop_address")
        == "Unit 4\nIndustrial Estate\nLeeds LS1 1AA"
    )


def test_a_service_recorded_yesterday_is_allowed(qtbot):
    dialog = service_dialog(qtbot, DistanceUnit.KM)
    yesterday = TODAY - timedelta(days=1)
    dialog.date_edit.setDate(QDate(yesterday.year, yesterday.month, yesterday.day))
    assert dialog.result_values()["performed_on"] == yesterday
