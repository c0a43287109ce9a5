"""Correcting a service from the car's service history in the window: Edit service… opens the service
dialog filled in, Delete service removes it with an Undo in the status bar, and an odometer below an
earlier reading is saved only after the desk answers "Save anyway?"."""

import asyncio
from datetime import date, timedelta

from qt_support import wait_signal
from words import words

from shopapp.domain.plan import default_plan
from shopapp.domain.units import KM_PER_MILE
from shopapp.local_format import format_distance, short_date
from shopapp.services.front_desk import record_service
from shopapp.store.models import ServiceRecord, TaskService
from shopapp.store.service_records import highest_odometer_before
from shopapp.ui.display import day_text, distance_text

TODAY = date.today()


def pane_words(source):
    return words("ServiceHistoryPane", source)


def a_car(window):
    """A car of the demo shop with an odometer reading."""
    return next(row for row in window.model.rows() if row.listing.odometer_km)


def shop_service(row, days_ago, odometer_km=None, tasks=("oil_change",)):
    """A service the shop recorded, written as the window would (the test thread holds the store too)."""
    return record_service(
        row.vehicle_id,
        TODAY - timedelta(days=days_ago),
        list(tasks),
        [],
        odometer_km,
        None,
        "",
        default_plan(),
    ).id


def show_services(window, qloop, row):
    async def scenario():
        window.reload()
        await wait_signal(window.rows_loaded, 10)
        assert window.select_vehicle(row.vehicle_id)
        await wait_signal(window.detail_shown, 10)

    qloop.run_until_complete(scenario())
    pane = window.detail.services_pane
    window.detail.tabs.setCurrentWidget(pane)
    return pane


def until(qloop, condition, within=10.0):
    """Runs the loop until `condition()` holds (a dialog opened by a task, a question box)."""

    async def scenario():
        for _ in range(int(within / 0.02)):
            if condition():
                return
            await asyncio.sleep(0.02)
        raise AssertionError("never happened")

    qloop.run_until_complete(scenario())


def changed(window, qloop, do):
    """Does something and waits until the write is done and the car is shown again."""

    async def scenario():
        do()
        await wait_signal(window.service_corrections.service_changed, 10)
        await wait_signal(window.detail_shown, 10)

    qloop.run_until_complete(scenario())


def test_edit_service_opens_the_dialog_filled_in_and_saves_the_correction(shop_window, qloop):
    window = shop_window
    row = a_car(window)
    record_id = shop_service(row, 10, row.listing.odometer_km, tasks=("oil_change", "tire_rotation"))
    pane = show_services(window, qloop, row)
    assert not pane.edit_button.isEnabled()  # nothing selected yet
    assert pane.select_record(record_id)
    assert pane.edit_button.isEnabled()

    pane.edit_button.click()
    until(qloop, lambda: window.service_corrections.service_dialog is not None)
    dialog = window.service_corrections.service_dialog
    title = f"{row.listing.title} ({row.listing.customer_name})"
    assert dialog.windowTitle() == words("ServiceDialog", "Edit service — %1", title)
    assert dialog.ok_button.text() == words("ServiceDialog", "Save changes")
    assert dialog.result_values()["performed_on"] == TODAY - timedelta(days=10)
    assert dialog.result_values()["odometer_km"] == row.listing.odometer_km
    assert dialog.task_boxes["oil_change"].isChecked()
    assert dialog.task_boxes["tire_rotation"].isChecked()

    dialog.task_boxes["tire_rotation"].setChecked(False)
    dialog.cost_spin.setValue(89.5)
    changed(window, qloop, dialog.ok_button.click)

    record = ServiceRecord.get_by_id(record_id)
    assert [task.task_key for task in record.tasks] == ["oil_change"]
    assert record.cost_cents == 8950
    assert ServiceRecord.select().where(ServiceRecord.vehicle == row.vehicle_id).count() >= 1
    assert window.statusBar().currentMessage() == words(
        "ServiceCorrectionFlow", "Service corrected for %1; its due items follow it.", title
    )


def test_delete_service_then_undo_from_the_status_bar(shop_window, qloop):
    window = shop_window
    row = a_car(window)
    record_id = shop_service(row, 3, row.listing.odometer_km)
    pane = show_services(window, qloop, row)
    shown_before = len(pane.entries)
    pane.select_record(record_id)
    actions = {action.text(): action for action in pane.context_menu().actions()}

    changed(window, qloop, actions[pane_words("Delete service")].trigger)

    assert not ServiceRecord.select().where(ServiceRecord.id == record_id).exists()
    assert len(pane.entries) == shown_before - 1
    undo = window.service_corrections.undo_button
    assert undo.isVisible()
    assert undo.text() == words("ServiceCorrectionFlow", "Undo delete")
    title = f"{row.listing.title} ({row.listing.customer_name})"
    assert window.statusBar().currentMessage() == words(
        "ServiceCorrectionFlow",
        "Service of %1 deleted for %2; its due items no longer count it. Undo puts it back.",
        day_text(TODAY - timedelta(days=3)),
        title,
    )

    changed(window, qloop, undo.click)

    assert ServiceRecord.get_by_id(record_id).performed_on == TODAY - timedelta(days=3)
    assert TaskService.get(vehicle=row.vehicle_id, task_key="oil_change").performed_on >= TODAY - timedelta(
        days=3
    )
    assert len(pane.entries) == shown_before
    assert not undo.isVisible()


def test_the_makers_history_cannot_be_changed_from_the_window(shop_window, qloop):
    window = shop_window
    history = ServiceRecord.select().where(ServiceRecord.source == "smartcar").first()
    row = next(row for row in window.model.rows() if row.vehicle_id == history.vehicle_id)
    pane = show_services(window, qloop, row)
    assert pane.select_record(history.id)
    assert not pane.edit_button.isEnabled()
    assert not pane.delete_button.isEnabled()
    actions = [action for action in pane.context_menu().actions() if not action.isSeparator()]
    assert not any(action.isEnabled() for action in actions)
    assert actions[-1].text() == pane_words(
        "Only services the shop recorded can be changed; this one is from the car's history."
    )


def test_an_odometer_below_an_earlier_reading_is_saved_after_save_anyway(shop_window, qloop):
    window = shop_window
    unit = window.session.unit()
    row = a_car(window)
    earlier_km = row.listing.odometer_km
    record_id = shop_service(row, 0, earlier_km + 100)
    pane = show_services(window, qloop, row)
    pane.select_record(record_id)
    pane.edit_button.click()
    until(qloop, lambda: window.service_corrections.service_dialog is not None)
    dialog = window.service_corrections.service_dialog
    typed = round(earlier_km / KM_PER_MILE / 10) if unit.value == "mi" else round(earlier_km / 10)
    dialog.odometer_spin.setValue(typed)  # a digit short
    typed_km = dialog.result_values()["odometer_km"]
    earlier = highest_odometer_before(row.vehicle_id, TODAY)

    dialog.ok_button.click()
    until(qloop, lambda: dialog.below_box is not None)
    box = dialog.below_box
    assert dialog.isVisible()
    assert ServiceRecord.get_by_id(record_id).odometer_km == earlier_km + 100  # nothing saved yet
    assert box.text() == words(
        "ServiceDialog",
        "The odometer you entered (%1) is below the %2 on record from %3. Save anyway?",
        format_distance(typed_km, unit),
        format_distance(earlier.km, unit),
        short_date(earlier.on, TODAY),
    )
    save_anyway = next(b for b in box.buttons() if b.text() == words("ServiceDialog", "Save anyway"))

    changed(window, qloop, save_anyway.click)  # the dialog closes (and is deleted) once saved

    assert ServiceRecord.get_by_id(record_id).odometer_km == typed_km
    assert distance_text(typed_km, unit) in pane.table.item(0, 1).text()
