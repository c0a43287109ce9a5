"""The front desk's hand on the due list from the window: snooze, dismiss and show again in the Due pane
(buttons and context menu), and the Reminded column of the list."""

from datetime import UTC, date, datetime, timedelta

from PySide6.QtCore import Qt
from qt_support import wait_signal
from words import words

from shopapp.domain.due import DISMISSED, SNOOZED, Status
from shopapp.local_format import weekday_date
from shopapp.reports.due_words import hidden_text, item_name
from shopapp.store.models import ReminderLog, Suppression
from shopapp.ui.dialogs.snooze_dialog import SnoozeDialog
from shopapp.ui.display import day_text
from shopapp.ui.models.vehicle_table import Column


def pane_button(source):
    """A button of the Due pane (its context menu has the same words)."""
    return words("DueItemsPane", source)


def car_with_items(window, count=2):
    return next(row for row in window.model.rows() if len(row.action_items) >= count)


def current(window, vehicle_id):
    return window.model.row_at(window.model.source_row_of(vehicle_id))


def show(window, qloop, row):
    async def scenario():
        assert window.select_vehicle(row.vehicle_id)
        await wait_signal(window.detail_shown, 10)

    qloop.run_until_complete(scenario())
    return window.detail.due_items_pane


def act(window, qloop, do):
    """Does something in the pane and waits until the list and the detail show its effect."""

    async def scenario():
        do()
        await wait_signal(window.rows_loaded, 10)
        await wait_signal(window.detail_shown, 10)

    qloop.run_until_complete(scenario())


def test_snoozing_an_item_hides_it_from_the_status_and_show_again_brings_it_back(shop_window, qloop):
    window = shop_window
    row = car_with_items(window)
    first, second = row.action_items[:2]
    pane = show(window, qloop, row)
    assert not pane.snooze_button.isEnabled()  # nothing selected yet
    assert pane.select_item(first.key)
    assert pane.snooze_button.isEnabled()
    assert pane.dismiss_button.isEnabled()
    assert not pane.show_again_button.isEnabled()

    pane.snooze_button.click()
    dialog = pane.snooze_dialog
    assert dialog.isVisible()
    assert dialog.days_spin.value() == 14
    dialog.days_spin.setValue(10)
    until = date.today() + timedelta(days=10)
    assert dialog.until_label.text().endswith(day_text(until))
    act(window, qloop, dialog.ok_button.click)

    after = current(window, row.vehicle_id)
    assert first.key not in {item.key for item in after.action_items}
    assert after.status is second.status  # the next item now sets the car's status
    hidden = next(item for item in after.items if item.key == first.key)
    assert hidden.due_date == first.due_date  # its due date stays
    assert (hidden.suppressed.kind, hidden.suppressed.until) == (SNOOZED, until)
    assert hidden_text(hidden.suppressed) == words("DueReasons", "snoozed until %1", until.isoformat())
    title = window.detail.detail.title
    snoozed = words(
        "MainWindow",
        "%1 (%2) snoozed until %3; its due date stays.",
        item_name(first),
        title,
        day_text(until),
    )
    assert window.statusBar().currentMessage() == snoozed
    assert pane.selected_item().key == first.key  # still selected after the reload
    assert pane.show_again_button.isEnabled()
    assert not pane.snooze_button.isEnabled()
    hidden_count = words("DueItemsPane", "%n hidden from the due list by the front desk", n=1)
    assert hidden_count in pane.summary_label.text()

    act(window, qloop, pane.show_again_button.click)
    again = current(window, row.vehicle_id)
    assert first.key in {item.key for item in again.action_items}
    assert again.status is row.status
    assert Suppression.select().count() == 0
    back = words("MainWindow", "%1 (%2) is back on the due list.", item_name(first), title)
    assert window.statusBar().currentMessage() == back


def test_dismissing_from_the_context_menu_lasts_until_the_next_service(shop_window, qloop):
    window = shop_window
    row = car_with_items(window, count=1)
    item = row.action_items[0]
    pane = show(window, qloop, row)
    pane.select_item(item.key)
    menu = pane.context_menu()
    actions = {action.text(): action for action in menu.actions()}
    assert not actions[pane_button("Show again")].isEnabled()
    act(window, qloop, actions[pane_button("Dismiss until next service")].trigger)

    after = current(window, row.vehicle_id)
    assert item.key not in {due.key for due in after.action_items}
    hidden = next(due for due in after.items if due.key == item.key).suppressed
    assert hidden.kind == DISMISSED
    assert hidden_text(hidden) == words("DueReasons", "dismissed until the next service")
    assert Suppression.get().kind == DISMISSED
    again = pane.context_menu().actions()[2]
    assert again.text() == pane_button("Show again")
    assert again.isEnabled()


def test_snoozing_every_item_makes_the_car_ok(shop_window, qloop):
    window = shop_window
    row = car_with_items(window)
    pane = show(window, qloop, row)
    for item in row.action_items:
        pane.select_item(item.key)
        pane.snooze_button.click()
        act(window, qloop, pane.snooze_dialog.ok_button.click)
    after = current(window, row.vehicle_id)
    assert after.status is Status.OK
    assert after.action_items == []
    assert window.detail.tabs.tabText(0) == words(
        "VehicleDetailWidget", "Due"
    )  # no count: nothing needs action


def test_the_reminded_column_says_when_that_car_was_last_in_a_letter(shop_window, qloop):
    window = shop_window
    rows = window.model.rows()
    today_car, earlier_car = rows[0], rows[-1]
    assert today_car.listing.customer_id != earlier_car.listing.customer_id
    now = datetime.now(UTC)
    earlier_customer = earlier_car.listing.customer_id
    ReminderLog.create(
        customer=earlier_customer, vehicle=earlier_car.vehicle_id, sent_at=now - timedelta(days=10)
    )
    ReminderLog.create(
        customer=earlier_customer, vehicle=earlier_car.vehicle_id, sent_at=now - timedelta(days=3)
    )
    ReminderLog.create(customer=today_car.listing.customer_id, vehicle=today_car.vehicle_id, sent_at=now)
    qloop.run_until_complete(window.load_rows_now())

    def column(vehicle_id):
        return next(
            window.model.index(row, Column.REMINDED).data()
            for row in range(window.model.rowCount())
            if window.model.row_at(row).vehicle_id == vehicle_id
        )

    today, three_days_ago = words("AgeWords", "today"), words("AgeWords", "%n day(s) ago", n=3)
    assert window.model.headerData(Column.REMINDED, Qt.Orientation.Horizontal) == words(
        "VehicleTableModel", "Reminded"
    )
    assert column(today_car.vehicle_id) == today
    assert column(earlier_car.vehicle_id) == three_days_ago
    others = {row.vehicle_id for row in rows} - {today_car.vehicle_id, earlier_car.vehicle_id}
    assert all(column(vehicle_id) == "—" for vehicle_id in others)  # the same owner's other cars too

    window.table.sortByColumn(Column.REMINDED, Qt.SortOrder.AscendingOrder)
    shown = [window.proxy.index(row, Column.REMINDED).data() for row in range(window.proxy.rowCount())]
    reminded = [text for text in shown if text != "—"]
    assert shown[: len(reminded)] == reminded  # cars never in a letter last
    assert reminded[0] == today
    assert reminded[-1] == three_days_ago


def test_the_snooze_length_reads_in_proper_english(qtbot):
    dialog = SnoozeDialog("oil_change", "Oil change", today=date(2026, 11, 22))
    qtbot.addWidget(dialog)
    assert dialog.days_spin.text() == f"14{words('SnoozeDialog', ' day(s)', n=14)}"
    dialog.days_spin.setValue(1)
    assert dialog.days_spin.text() == f"1{words('SnoozeDialog', ' day(s)', n=1)}"
    # A Monday: the weekday and date as the shop's locale writes them (tests/test_local_format.py).
    assert dialog.until_label.text() == weekday_date(date(2026, 11, 23), date(2026, 11, 22))
