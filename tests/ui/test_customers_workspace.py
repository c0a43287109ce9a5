"""The Customers workspace through the real window and its database worker: every customer listed (those
without a car too) and found by search; a new customer shows at once; merge keeps every car, service and
letter of both; remove + undo puts every row of every table back; a plate edited from the due list's row
menu shows in the list and the next letter."""

import asyncio
from datetime import UTC, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from qt_support import wait_signal
from reminder_support import today
from words import words

from shopapp.domain.plan import default_plan
from shopapp.domain.units import DistanceUnit
from shopapp.reports.letters import ShopProfile, letter_document
from shopapp.resources import trouble_code_catalogue
from shopapp.services.reminders import ReminderOptions, plan_reminders
from shopapp.store.models import ALL_MODELS, Customer, ReminderLog, ServiceRecord, Vehicle
from shopapp.store.reminder_log import SentReminder, log_sent_reminders

FLOW = "CustomerBookFlow"


def every_row():
    return {
        model.__name__: sorted(tuple(row.values()) for row in model.select().dicts()) for model in ALL_MODELS
    }


async def until(condition, within=10.0):
    """Runs the loop until `condition()` holds (a dialog a background task opens)."""
    deadline = asyncio.get_running_loop().time() + within
    while not condition():
        if asyncio.get_running_loop().time() > deadline:
            raise TimeoutError("the window never got there")
        await asyncio.sleep(0.02)


def open_customers(window, qloop):
    async def scenario():
        window.workspaces.setCurrentWidget(window.customers)
        await wait_signal(window.customer_book.list_loaded, 10)

    qloop.run_until_complete(scenario())
    return window.customers


def choose(window, qloop, customer_id):
    async def scenario():
        assert window.customers.select_customer(customer_id)
        await wait_signal(window.customer_book.page_shown, 10)

    qloop.run_until_complete(scenario())
    return window.customers.page


def shown_names(workspace):
    return [entry.name for entry in workspace.entries_shown()]


def test_a_customer_without_cars_is_listed_and_found_by_search(shop_window, qloop):
    loner = Customer.create(
        name="Zelda Carless", phone="555-0199", email="zelda@example.com", created_at=datetime.now(UTC)
    )
    workspace = open_customers(shop_window, qloop)

    assert "Zelda Carless" in shown_names(workspace)
    assert len(shown_names(workspace)) == Customer.select().count()
    for query in ("carless", "ZELDA", "5550199", "zelda@example"):
        workspace.search_edit.setText(query)
        assert shown_names(workspace) == ["Zelda Carless"], query
    page = choose(shop_window, qloop, loner.id)  # a single match is shown at once too
    assert page.name_label.text() == "Zelda Carless"
    assert page.no_cars_label.isVisible()
    assert page.tabs.tabText(0) == words("CustomerPageWidget", "Cars (%1)", 0)

    plate_owner = Vehicle.select().where(Vehicle.plate != "").first()
    workspace.search_edit.setText(plate_owner.plate.lower())
    assert plate_owner.customer.name in shown_names(workspace)
    workspace.search_edit.setText("no such customer at all")
    assert shown_names(workspace) == []
    assert workspace.empty_label.text() == words("CustomersWorkspace", "No customer matches the search.")


def test_the_list_is_sorted_by_last_name(shop_window, qloop):
    workspace = open_customers(shop_window, qloop)
    keys = [entry.sort_key for entry in workspace.entries_shown()]
    assert keys == sorted(keys)


def test_a_new_customer_shows_in_the_list_at_once(shop_window, qloop):
    window = shop_window
    window.new_customer_action.trigger()
    dialog = window.customer_book.customer_dialog
    dialog.edits["name"].setText("Yusuf Newcomer")

    async def scenario():
        dialog.ok_button.click()
        await wait_signal(window.customer_book.page_shown, 10)

    qloop.run_until_complete(scenario())
    assert window.workspaces.currentWidget() is window.customers
    assert "Yusuf Newcomer" in shown_names(window.customers)
    assert window.customers.page.name_label.text() == "Yusuf Newcomer"
    assert window.customers.selected_customer_id() == Customer.get(Customer.name == "Yusuf Newcomer").id


def two_customers_with_history():
    """Two demo customers who each have a car with services, and a letter sent to each."""
    owners = [
        customer
        for customer in Customer.select().order_by(Customer.id)
        if ServiceRecord.select().join(Vehicle).where(Vehicle.customer == customer.id).exists()
    ][:2]
    assert len(owners) == 2, "the demo shop has customers with services"
    for owner in owners:
        car = Vehicle.select().where(Vehicle.customer == owner.id).first()
        log_sent_reminders([SentReminder(owner.id, car.id, ("oil_change",))], datetime.now(UTC), "letter")
    return owners


def test_merging_two_customers_keeps_every_car_service_and_letter_of_both(shop_window, qloop):
    window = shop_window
    kept, other = two_customers_with_history()
    cars = {car.id for car in Vehicle.select().where(Vehicle.customer.in_([kept.id, other.id]))}
    services = ServiceRecord.select().join(Vehicle).where(Vehicle.customer.in_([kept.id, other.id])).count()
    letters = ReminderLog.select().where(ReminderLog.customer.in_([kept.id, other.id])).count()
    before = {name: len(rows) for name, rows in every_row().items()}
    open_customers(window, qloop)
    page = choose(window, qloop, kept.id)
    flow = window.customer_book

    async def scenario():
        flow.chooser = None
        page.merge_button.click()
        await until(lambda: flow.chooser is not None and flow.chooser.isVisible())
        assert flow.chooser.choose(other.id)
        flow.chooser.ok_button.click()
        await wait_signal(flow.page_shown, 10)

    qloop.run_until_complete(scenario())
    shown = window.customers.page.page
    assert shown.customer_id == kept.id
    assert {car.vehicle_id for car in shown.cars} == cars
    assert len(shown.services) == services
    assert len(shown.letters) == 2  # one letter sent to each before the merge
    assert ReminderLog.select().where(ReminderLog.customer == kept.id).count() == letters
    assert other.id not in {entry.customer_id for entry in window.customers.entries_shown()}
    after = {name: len(rows) for name, rows in every_row().items()}
    assert after == {**before, "Customer": before["Customer"] - 1}
    assert window.statusBar().currentMessage() == words(
        FLOW, "Merged into %1: every car, service and letter kept.", kept.name
    )


def confirm_removal(flow, qloop, start, also=None):
    """Starts a removal, reads the question, answers Remove and waits until it is done (and, with `also`,
    until that signal came too: both awaited from before the click); the question's informative text."""

    async def scenario():
        flow.removal_box = None
        start()
        await until(lambda: flow.removal_box is not None and flow.removal_box.isVisible())
        box = flow.removal_box
        text = box.informativeText()
        remove = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole)
        waits = [asyncio.ensure_future(wait_signal(signal, 10)) for signal in (flow.removed, also) if signal]
        await asyncio.sleep(0)  # the waits are listening before the click
        remove.click()
        await asyncio.gather(*waits)
        return text

    return qloop.run_until_complete(scenario())


def undo(window, qloop):
    async def scenario():
        window.undo_button.click()
        await wait_signal(window.customer_book.restored, 10)

    qloop.run_until_complete(scenario())


def test_removing_a_customer_says_what_goes_and_undo_restores_every_row(shop_window, qloop):
    window = shop_window
    owner, _ = two_customers_with_history()
    cars = Vehicle.select().where(Vehicle.customer == owner.id).count()
    before = every_row()
    open_customers(window, qloop)
    page = choose(window, qloop, owner.id)

    told = confirm_removal(window.customer_book, qloop, page.remove_customer_button.click)

    assert words("RemovalWords", "%n car(s)", n=cars) in told
    assert words("RemovalWords", "%n letter(s) sent", n=1) in told
    assert Customer.get_or_none(Customer.id == owner.id) is None
    assert Vehicle.select().where(Vehicle.customer == owner.id).count() == 0
    assert window.undo_button.isVisible()
    assert window.undo_button.text() == words(FLOW, "Undo removal of %1", owner.name)

    undo(window, qloop)
    assert every_row() == before
    assert not window.undo_button.isVisible()
    assert window.statusBar().currentMessage() == words(
        FLOW, "%1 is back, with everything it had.", owner.name
    )


def test_removing_a_car_from_the_due_list_menu_and_undo(shop_window, qloop):
    window = shop_window
    serviced = {record.vehicle_id for record in ServiceRecord.select(ServiceRecord.vehicle)}
    row = next(row for row in window.model.rows() if row.vehicle_id in serviced)
    services = ServiceRecord.select().where(ServiceRecord.vehicle == row.vehicle_id).count()
    before = every_row()
    assert window.select_vehicle(row.vehicle_id)
    menu = window.due_row_menu()
    labels = [action.text() for action in menu.actions() if not action.isSeparator()]
    assert labels == [
        words("MainWindow", "Record service…"),
        words("MainWindow", "Edit car…"),
        words("MainWindow", "Powertrain…"),
        words("MainWindow", "Edit customer…"),
        words("MainWindow", "End Smartcar link…"),
        words("MainWindow", "Remove car…"),
    ]
    remove = next(action for action in menu.actions() if action.text() == words("MainWindow", "Remove car…"))

    told = confirm_removal(window.customer_book, qloop, remove.trigger, also=window.rows_loaded)
    assert window.model.source_row_of(row.vehicle_id) is None
    linked = words(
        "RemovalWords",
        "%n car(s) linked through Smartcar: the link is dropped from this shop (Connect adds the car again).",
        n=1,
    )
    assert linked in told  # the demo's cars are linked through Smartcar
    assert words("RemovalWords", "%n service record(s)", n=services) in told

    async def undone():
        window.undo_removal_action.trigger()
        await wait_signal(window.rows_loaded, 10)

    qloop.run_until_complete(undone())
    assert every_row() == before
    assert window.model.source_row_of(row.vehicle_id) is not None


def test_a_plate_edited_from_the_due_list_shows_in_the_list_and_the_next_letter(shop_window, qloop):
    window = shop_window
    row = next(row for row in window.model.rows() if row.action_items)
    assert window.select_vehicle(row.vehicle_id)
    flow = window.customer_book

    async def scenario():
        flow.car_dialog = None
        window.edit_car_action.trigger()
        await until(lambda: flow.car_dialog is not None and flow.car_dialog.isVisible())
        flow.car_dialog.plate_edit.setText("new 123")
        flow.car_dialog.ok_button.click()
        await wait_signal(window.rows_loaded, 10)

    qloop.run_until_complete(scenario())
    listed = window.model.row_at(window.model.source_row_of(row.vehicle_id))
    assert listed.listing.plate == "NEW 123"

    catalogue = trouble_code_catalogue()
    batch = plan_reminders(
        ReminderOptions(min_days=0, skip_without_address=False, vehicle_ids=frozenset({row.vehicle_id})),
        today=today(),
        plan=default_plan(),
        catalogue=catalogue,
    )
    assert [vehicle.plate for letter in batch.letters for vehicle in letter.vehicles] == ["NEW 123"]
    letter = letter_document(
        batch.letters, ShopProfile(name="Corner Garage"), DistanceUnit.MI, today(), catalogue
    )
    assert "NEW 123" in letter.toPlainText()


def test_adding_a_car_to_a_customer_without_cars_reads_the_vin_as_it_is_typed(shop_window, qloop):
    window = shop_window
    loner = Customer.create(name="Zelda Carless", created_at=datetime.now(UTC))
    open_customers(window, qloop)
    page = choose(window, qloop, loner.id)
    flow = window.customer_book

    async def open_dialog():
        flow.car_dialog = None
        page.add_car_button.click()
        await until(lambda: flow.car_dialog is not None and flow.car_dialog.isVisible())
        return flow.car_dialog

    dialog = qloop.run_until_complete(open_dialog())
    dialog.vin_edit.setText("1HGCM82633A00435")  # 16 characters: nothing to say yet
    dialog.vin_edit.textEdited.emit(dialog.vin_edit.text())
    assert dialog.make_edit.text() == ""
    assert dialog.problem_labels["vin"].isHidden()
    dialog.vin_edit.setText("1HGCM82633A004352")
    dialog.vin_edit.textEdited.emit(dialog.vin_edit.text())
    assert dialog.make_edit.text() == "Honda"
    assert dialog.year_spin.value() == 2003
    dialog.model_edit.setText("Accord")
    dialog.plate_edit.setText("zz 9")
    dialog.odometer_spin.setValue(120_000)

    async def save():
        dialog.ok_button.click()
        await wait_signal(flow.page_shown, 10)

    qloop.run_until_complete(save())
    car = Vehicle.get(Vehicle.customer == loner.id)
    assert (car.vin, car.make, car.model, car.year, car.plate) == (
        "1HGCM82633A004352",
        "Honda",
        "Accord",
        2003,
        "ZZ 9",
    )
    assert car.smartcar_id is None
    assert [shown.title for shown in window.customers.page.page.cars] == ["2003 Honda Accord"]
    assert not window.customers.page.no_cars_label.isVisible()
    second_line = words("CustomerPageWidget", "entered at the desk")
    assert second_line in window.customers.page.cars_table.item(0, 0).text()


def test_a_vin_with_a_wrong_check_digit_is_said_next_to_the_field_and_nothing_is_saved(shop_window, qloop):
    window = shop_window
    loner = Customer.create(name="Zelda Carless", created_at=datetime.now(UTC))
    open_customers(window, qloop)
    page = choose(window, qloop, loner.id)
    flow = window.customer_book

    async def scenario():
        flow.car_dialog = None
        page.add_car_button.click()
        await until(lambda: flow.car_dialog is not None and flow.car_dialog.isVisible())
        dialog = flow.car_dialog
        dialog.vin_edit.setText("1HGCM82633A004353")
        dialog.vin_edit.textEdited.emit(dialog.vin_edit.text())
        dialog.ok_button.click()
        await asyncio.sleep(0.1)
        return dialog

    dialog = qloop.run_until_complete(scenario())
    assert dialog.isVisible()
    assert not dialog.problem_labels["vin"].isHidden()
    assert dialog.status_label.text() == words(
        "CarDialog", "Correct the fields marked in red; nothing was saved yet."
    )
    assert Vehicle.select().where(Vehicle.customer == loner.id).count() == 0


def test_moving_a_car_to_another_customer(shop_window, qloop):
    window = shop_window
    loner = Customer.create(name="Zelda Carless", created_at=datetime.now(UTC))
    car = Vehicle.select().first()
    open_customers(window, qloop)
    page = choose(window, qloop, car.customer_id)
    assert page.select_car(car.id)
    flow = window.customer_book

    async def scenario():
        flow.chooser = None
        page.move_car_button.click()
        await until(lambda: flow.chooser is not None and flow.chooser.isVisible())
        flow.chooser.search_edit.setText("carless")
        assert flow.chooser.chosen_id() == loner.id  # the one match is chosen
        flow.chooser.ok_button.click()
        await wait_signal(flow.page_shown, 10)

    qloop.run_until_complete(scenario())
    assert Vehicle.get_by_id(car.id).customer_id == loner.id
    assert window.customers.page.page.customer_id == loner.id
    assert [shown.vehicle_id for shown in window.customers.page.page.cars] == [car.id]


def test_the_customer_rows_menu_has_the_pages_actions(shop_window, qloop):
    window = shop_window
    workspace = open_customers(window, qloop)
    first = workspace.entries_shown()[0]
    choose(window, qloop, first.customer_id)
    labels = [action.text() for action in workspace.row_menu().actions()]
    assert labels == [
        words("CustomerPageWidget", "Edit customer…"),
        words("CustomerPageWidget", "Add car…"),
        words("CustomerPageWidget", "Merge with…"),
        words("CustomerPageWidget", "Remove customer…"),
    ]
    edit = workspace.row_menu().actions()[0]
    edit.trigger()
    assert window.customer_book.customer_dialog.edits["name"].text() == first.name
    window.customer_book.customer_dialog.reject()


def test_a_task_unticked_in_the_car_dialog_is_never_due_for_that_car(shop_window, qloop):
    window = shop_window
    row = next(row for row in window.model.rows() if any(i.key == "tire_rotation" for i in row.items))
    assert window.select_vehicle(row.vehicle_id)
    flow = window.customer_book

    async def scenario():
        flow.car_dialog = None
        window.edit_car_action.trigger()
        await until(lambda: flow.car_dialog is not None and flow.car_dialog.isVisible())
        dialog = flow.car_dialog
        plan_list = dialog.plan_list
        rotation = next(
            plan_list.item(i)
            for i in range(plan_list.count())
            if plan_list.item(i).data(Qt.ItemDataRole.UserRole) == "tire_rotation"
        )
        rotation.setCheckState(Qt.CheckState.Unchecked)
        dialog.ok_button.click()
        await wait_signal(window.rows_loaded, 10)

    qloop.run_until_complete(scenario())
    listed = window.model.row_at(window.model.source_row_of(row.vehicle_id))
    assert "tire_rotation" not in {item.key for item in listed.items}
    others = [r for r in window.model.rows() if r.vehicle_id != row.vehicle_id and r.items]
    assert any(item.key == "tire_rotation" for r in others for item in r.items)


def test_the_car_actions_wait_while_the_customers_tab_hides_the_due_list(shop_window, qloop):
    window = shop_window
    row = next(iter(window.model.rows()))
    assert window.select_vehicle(row.vehicle_id)
    assert window.record_service_action.isEnabled()
    open_customers(window, qloop)
    car_actions = (
        window.record_service_action,
        window.edit_car_action,
        window.remove_car_action,
        window.powertrain_action,
        window.end_link_action,
        window.refresh_selected_action,
    )
    assert not any(action.isEnabled() for action in car_actions)
    window.workspaces.setCurrentWidget(window.splitter)
    assert window.record_service_action.isEnabled()
