"""The Customers workspace through the real window and its database worker: every customer listed (those
without a car too) and found by search; a new customer shows at once; merge keeps every car, service and
letter of both; remove + undo puts every row of every table back; a plate edited from the due list's row
menu shows in the list and the next letter."""

import asyncio
import threading
from datetime import UTC, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from qt_support import open_window, wait_signal
from reminder_support import today
from words import words

from shopapp.domain.plan import default_plan
from shopapp.domain.units import DistanceUnit
from shopapp.reports.letters import ShopProfile, letter_document
from shopapp.resources import trouble_code_catalogue
from shopapp.services import customer_book, front_desk
from shopapp.services.reminders import ReminderOptions, plan_reminders
from shopapp.store.models import ALL_MODELS, Customer, LiveChange, ReminderLog, ServiceRecord, Vehicle
from shopapp.store.reminder_log import SentReminder, log_sent_reminders
from shopapp.ui.customers import book_flow

FLOW = "CustomerBookFlow"


def every_row():
    """The shop's data, table by table; the change feed is left out: it is a log of the writes themselves
    (each removal and undo adds its note, so the other windows reload)."""
    return {
        model.__name__: sorted(tuple(row.values()) for row in model.select().dicts())
        for model in ALL_MODELS
        if model is not LiveChange
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


async def merge_question(flow, page, other_id):
    """Merge with… on a customer's page, `other_id` chosen and OK pressed: the final question, open."""
    flow.chooser = None
    page.merge_button.click()
    await until(lambda: flow.chooser is not None and flow.chooser.isVisible())
    assert flow.chooser.choose(other_id)
    flow.merge_box = None
    flow.chooser.ok_button.click()
    await until(lambda: flow.merge_box is not None and flow.merge_box.isVisible())
    return flow.merge_box


def destructive_button(box):
    """The question's Merge or Remove button."""
    return next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole)


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
        box = await merge_question(flow, page, other.id)
        assert box.text() == words(FLOW, "Merge %1 into %2?", other.name, kept.name)
        assert box.defaultButton().text() == words(FLOW, "Keep both")
        merge = destructive_button(box)
        merge.click()
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


def test_enter_in_the_merge_chooser_only_asks_and_keep_merges_nothing(shop_window, qloop):
    window = shop_window
    kept, other = two_customers_with_history()
    before = every_row()
    open_customers(window, qloop)
    page = choose(window, qloop, kept.id)
    flow = window.customer_book

    async def scenario():
        box = await merge_question(flow, page, other.id)  # OK in the chooser is what Enter does
        told = box.informativeText()
        box.defaultButton().click()  # Enter again keeps both
        await asyncio.sleep(0.2)
        return told

    told = qloop.run_until_complete(scenario())
    cars = Vehicle.select().where(Vehicle.customer == other.id).count()
    assert told == words(
        FLOW,
        "%n car(s) of %1 with their services, and the letters sent to %1, move to %2; then %1 is deleted. A merge cannot be undone.",  # noqa: E501
        other.name,
        kept.name,
        n=cars,
    )
    assert every_row() == before


def kept_at_the_desk(customer_id):
    """Makes the customer's cars cars kept at the desk (the test window's Smartcar is not set up)."""
    Vehicle.update(smartcar_id=None, connection=None).where(Vehicle.customer == customer_id).execute()


def confirm_removal(flow, qloop, start, also=None):
    """Starts a removal, reads the question, answers Remove and waits until it is done (and, with `also`,
    until that signal came too: both awaited from before the click); the question's informative text."""

    async def scenario():
        flow.removal_box = None
        start()
        await until(lambda: flow.removal_box is not None and flow.removal_box.isVisible())
        box = flow.removal_box
        text = box.informativeText()
        remove = destructive_button(box)
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
    kept_at_the_desk(owner.id)
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


def test_a_linked_car_whose_link_cannot_be_ended_is_not_removed(shop_window, qloop):
    window = shop_window  # its Smartcar is not set up: ending a link fails
    serviced = {record.vehicle_id for record in ServiceRecord.select(ServiceRecord.vehicle)}
    row = next(row for row in window.model.rows() if row.vehicle_id in serviced)
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
    flow = window.customer_book

    async def scenario():
        flow.removal_box = None
        window.error_box = None
        remove.trigger()
        await until(lambda: flow.removal_box is not None and flow.removal_box.isVisible())
        box = flow.removal_box
        told = box.informativeText()
        destructive_button(box).click()
        await until(lambda: window.error_box is not None and window.error_box.isVisible())
        return told, window.error_box.text()

    told, error = qloop.run_until_complete(scenario())
    assert (
        words(
            "RemovalWords",
            "The Smartcar link of %n car(s) is ended first: Smartcar is told and stops sharing it with the shop.",  # noqa: E501
            n=1,
        )
        in told
    )
    lead = words(FLOW, "Nothing was removed: the Smartcar link of a car could not be ended. %1", "\x00")
    assert error.startswith(lead.split("\x00")[0])  # then why (Smartcar is not set up in this test)
    assert every_row() == before
    assert flow.removals == []
    assert not window.undo_button.isVisible()


def remove_desk_car(window, qloop, vehicle_id):
    """Removes a car kept at the desk through the Customers workspace's page; its words."""
    car = Vehicle.get_by_id(vehicle_id)
    open_customers(window, qloop)
    page = choose(window, qloop, car.customer_id)
    assert page.select_car(vehicle_id)
    return confirm_removal(window.customer_book, qloop, page.remove_car_button.click)


def test_a_car_kept_at_the_desk_is_removed_and_a_fast_second_undo_does_not_put_it_back_twice(
    shop_window, qloop
):
    window = shop_window
    first, second = two_customers_with_history()
    kept_at_the_desk(first.id)
    kept_at_the_desk(second.id)
    before = every_row()
    first_car = Vehicle.select().where(Vehicle.customer == first.id).first()
    second_car = Vehicle.select().where(Vehicle.customer == second.id).first()
    told = remove_desk_car(window, qloop, first_car.id)
    assert "Smartcar" not in told
    after_first = every_row()
    remove_desk_car(window, qloop, second_car.id)
    flow = window.customer_book

    async def scenario():
        window.error_box = None
        restored = asyncio.ensure_future(wait_signal(flow.restored, 10))
        await asyncio.sleep(0)
        window.undo_removal_action.trigger()
        assert not window.undo_removal_action.isEnabled()  # off while the undo runs
        assert not window.undo_button.isVisible()
        window.undo_button.click()  # Ctrl+Z or the button again, at once: nothing more happens
        flow.undo()
        await restored
        await asyncio.sleep(0.2)

    qloop.run_until_complete(scenario())
    assert window.error_box is None
    assert every_row() == after_first  # the second car back once, the first still removed
    assert len(flow.removals) == 1
    assert window.undo_button.text() == words(FLOW, "Undo removal of %1", flow.removals[0].name)
    assert window.undo_removal_action.isEnabled()
    undo(window, qloop)
    assert every_row() == before


def test_undo_of_a_car_whose_customer_was_merged_away_says_so_and_is_not_offered_again(shop_window, qloop):
    window = shop_window
    kept, other = two_customers_with_history()
    kept_at_the_desk(other.id)
    car = Vehicle.select().where(Vehicle.customer == other.id).first()
    remove_desk_car(window, qloop, car.id)
    title = window.customer_book.removals[-1].name
    customer_book.merge_customers(kept.id, other.id)
    rows = every_row()

    async def scenario():
        window.error_box = None
        window.undo_removal_action.trigger()
        await wait_signal(window.customer_book.changed, 10)
        await asyncio.sleep(0.1)

    qloop.run_until_complete(scenario())
    assert every_row() == rows
    assert window.statusBar().currentMessage() == words(
        FLOW,
        "%1 cannot come back: its customer %2 was merged into another customer or removed since. Add the car again to the customer who owns it now.",  # noqa: E501
        title,
        other.name,
    )
    assert window.customer_book.removals == []
    assert not window.undo_button.isVisible()
    assert not window.undo_removal_action.isEnabled()
    assert window.error_box is None


def test_undo_of_a_car_whose_customer_was_merged_here_names_where_to_add_it_again(shop_window, qloop):
    window = shop_window
    kept, other = two_customers_with_history()
    kept_at_the_desk(other.id)
    car = Vehicle.select().where(Vehicle.customer == other.id).first()
    remove_desk_car(window, qloop, car.id)
    title = window.customer_book.removals[-1].name
    page = choose(window, qloop, kept.id)
    flow = window.customer_book

    async def merge():
        box = await merge_question(flow, page, other.id)
        destructive_button(box).click()
        await wait_signal(flow.page_shown, 10)

    async def undo_it():
        window.undo_removal_action.trigger()
        await wait_signal(flow.changed, 10)
        await asyncio.sleep(0.1)

    qloop.run_until_complete(merge())
    rows = every_row()
    qloop.run_until_complete(undo_it())
    assert every_row() == rows
    assert window.statusBar().currentMessage() == words(
        FLOW,
        "%1 cannot come back: its customer %2 was merged into %3 since. Add the car again to %3.",
        title,
        other.name,
        kept.name,
    )
    assert flow.removals == []


def test_removing_a_linked_car_ends_its_link_at_smartcar_first(qtbot, qloop, live_demo, shopapp_home):
    session, sim = live_demo
    window = open_window(qtbot, qloop, session, shopapp_home)
    car = Vehicle.select().where(Vehicle.smartcar_id.is_null(False)).first()
    smartcar_id = car.smartcar_id
    assert sim.connections.of_vehicle(smartcar_id) is not None
    before = {name: len(rows) for name, rows in every_row().items()}

    remove_desk_car(window, qloop, car.id)

    assert sim.connections.of_vehicle(smartcar_id) is None  # Smartcar no longer shares (nor bills) it
    assert Vehicle.get_or_none(Vehicle.id == car.id) is None
    undo(window, qloop)
    back = Vehicle.get_by_id(car.id)
    assert (back.smartcar_id, back.connection_id) == (None, None)  # back as a car kept at the desk
    assert {name: len(rows) for name, rows in every_row().items()}["Vehicle"] == before["Vehicle"]


def test_editing_a_customer_from_the_due_list_stays_on_the_due_list(shop_window, qloop, monkeypatch):
    window = shop_window
    read_on = []

    def recorded_draft(customer_id):
        read_on.append(threading.current_thread())
        return front_desk.customer_draft(customer_id)

    monkeypatch.setattr(book_flow, "customer_draft", recorded_draft)
    row = window.model.rows()[0]
    assert window.select_vehicle(row.vehicle_id)
    due = window.workspaces.currentWidget()
    flow = window.customer_book

    async def scenario():
        flow.customer_dialog = None
        window.edit_customer_action.trigger()
        await until(lambda: flow.customer_dialog is not None and flow.customer_dialog.isVisible())
        flow.customer_dialog.edits["phone"].setText("555-0123")
        saved = asyncio.ensure_future(wait_signal(flow.customer_saved, 10))
        await asyncio.sleep(0)
        flow.customer_dialog.ok_button.click()
        await saved

    qloop.run_until_complete(scenario())
    assert len(read_on) == 1
    assert read_on[0] is not threading.main_thread()  # read on the reader, not the GUI thread
    assert Customer.get_by_id(row.listing.customer_id).phone == "555-0123"
    assert window.workspaces.currentWidget() is due
    assert due is not window.customers


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

    async def scenario():
        window.customer_book.customer_dialog = None
        edit.trigger()
        await until(lambda: window.customer_book.customer_dialog is not None)

    qloop.run_until_complete(scenario())
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
