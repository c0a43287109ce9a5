"""The vehicle list model and its search/filter proxy, over a demo shop's rows."""

from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from words import words

from shopapp.domain.due import Status
from shopapp.domain.plan import default_plan
from shopapp.domain.text import folded
from shopapp.domain.units import DistanceUnit
from shopapp.resources import trouble_code_catalogue
from shopapp.services.vehicle_list import urgency_key, vehicle_rows
from shopapp.store.reminder_log import SentReminder, log_sent_reminders
from shopapp.ui.filter_bar import FilterBarWidget
from shopapp.ui.models.vehicle_table import ROW_ROLE, Column, VehicleFilterProxy, VehicleTableModel

NOW = datetime.now(UTC) - timedelta(days=2)


@pytest.fixture
def rows(demo_store):
    return vehicle_rows(
        today=date.today(), plan=default_plan(), unit=DistanceUnit.MI, catalogue=trouble_code_catalogue()
    )


@pytest.fixture
def model(qapp, rows):
    table = VehicleTableModel()
    table.set_rows(rows, DistanceUnit.MI)
    return table


@pytest.fixture
def proxy(model):
    filtered = VehicleFilterProxy()
    filtered.setSourceModel(model)
    filtered.sort(Column.STATUS)
    return filtered


def shown(proxy, column=Column.CUSTOMER):
    return [proxy.index(row, column).data() for row in range(proxy.rowCount())]


def shown_rows(proxy):
    return [proxy.index(row, 0).data(ROW_ROLE) for row in range(proxy.rowCount())]


def test_models_pass_qtmodeltester(qtmodeltester, model, proxy):
    qtmodeltester.check(model, force_py=True)
    qtmodeltester.check(proxy, force_py=True)


def test_the_list_opens_most_urgent_first(proxy, rows):
    shown = shown_rows(proxy)
    assert shown == sorted(shown, key=urgency_key)
    assert shown[0].urgent.safety_critical, "the demo's safety alerts come first"
    safety = words("StatusLooks", "Safety")  # told apart from a washer-fluid light at a glance
    assert proxy.index(0, Column.STATUS).data() == f"⚠ {safety}"
    first_maintenance = next(row for row in shown if not row.urgent.safety_critical)
    assert first_maintenance.status is Status.OVERDUE
    overdue = words("StatusLooks", "Overdue")  # a symbol and a word: readable without colour
    place = shown.index(first_maintenance)
    assert proxy.index(place, Column.STATUS).data() == f"■ {overdue}"


def test_every_cell_reads_as_words_never_none(model):
    for row in range(model.rowCount()):
        for column in Column:
            text = model.index(row, column).data()
            assert text or (column == Column.MORE and text == ""), (row, column)  # "+2", or blank for none
            assert "None" not in text, (row, column, text)
            assert "nan" not in text, (row, column, text)


@pytest.mark.parametrize("field", ["customer_name", "plate", "vin", "phone"])
def test_search_finds_a_car_by_each_field(proxy, rows, field):
    wanted = rows[len(rows) // 2]
    text = getattr(wanted.listing, field)
    proxy.set_search(text.upper() if field != "phone" else text)
    assert wanted in shown_rows(proxy)
    assert all(folded(text) in row.search_text for row in shown_rows(proxy))


def test_search_finds_a_name_typed_without_its_accents(proxy, rows):
    accented = next(
        row for row in rows if folded(row.listing.customer_name) != row.listing.customer_name.casefold()
    )
    proxy.set_search(folded(accented.listing.customer_name).upper())
    assert accented in shown_rows(proxy)


def test_search_by_phone_digits_and_make_model(proxy, rows):
    wanted = rows[0]
    digits = "".join(ch for ch in wanted.listing.phone if ch.isdigit())
    proxy.set_search(digits[-7:])
    assert wanted in shown_rows(proxy)
    make, model = wanted.listing.title.split(" ", 2)[1:]
    proxy.set_search(f"{model.lower()} {make.lower()}")  # words in any order
    assert wanted in shown_rows(proxy)


def test_status_filter_and_counts_follow_the_search(qtbot, proxy, rows):
    with qtbot.waitSignal(proxy.counts_changed) as counted:
        proxy.set_statuses([Status.OVERDUE])
    counts = counted.args[0]
    assert counts["all"] == len(rows)
    overdue = [row for row in rows if Status.OVERDUE in row.statuses]
    assert counts[Status.OVERDUE] == len(overdue)
    assert shown_rows(proxy) == overdue
    customer = rows[0].listing.customer_name
    with qtbot.waitSignal(proxy.counts_changed) as counted:
        proxy.set_search(customer)
    assert counted.args[0]["all"] == sum(customer.casefold() in row.search_text for row in rows)
    proxy.set_statuses([])
    proxy.set_search("no such customer anywhere")
    assert proxy.rowCount() == 0


def test_the_alert_filter_counts_a_car_that_is_also_overdue(proxy, rows):
    both = [row for row in rows if {Status.OVERDUE, Status.ALERT} <= row.statuses]
    assert both, "the demo shop has a car with an alert and an overdue item"
    proxy.set_statuses([Status.ALERT])
    alerts = shown_rows(proxy)
    assert all(row in alerts for row in both)
    assert len(alerts) == sum(Status.ALERT in row.statuses for row in rows)


def test_overdue_and_alert_together_show_the_union(qtbot, proxy, rows):
    bar = FilterBarWidget()
    qtbot.addWidget(bar)
    bar.statuses_changed.connect(proxy.set_statuses)
    proxy.counts_changed.connect(bar.show_counts)
    qtbot.mouseClick(bar.status_buttons["overdue"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(bar.status_buttons["alert"], Qt.MouseButton.LeftButton)
    assert bar.chosen_statuses() == [Status.OVERDUE, Status.ALERT]
    assert not bar.status_buttons["all"].isChecked()
    union = [row for row in rows if row.statuses & {Status.OVERDUE, Status.ALERT}]
    assert shown_rows(proxy) == union
    assert len(union) > max(
        sum(Status.OVERDUE in row.statuses for row in rows), sum(Status.ALERT in row.statuses for row in rows)
    )
    qtbot.mouseClick(bar.status_buttons["all"], Qt.MouseButton.LeftButton)  # "All" clears the choice
    assert bar.chosen_statuses() == []
    assert not bar.status_buttons["overdue"].isChecked()
    assert len(shown_rows(proxy)) == len(rows)
    qtbot.mouseClick(bar.status_buttons["due"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(bar.status_buttons["due"], Qt.MouseButton.LeftButton)  # un-ticking the last: all again
    assert bar.status_buttons["all"].isChecked()
    assert len(shown_rows(proxy)) == len(rows)


def test_sorting_by_another_column_keeps_unknown_values_last(proxy):
    proxy.sort(Column.ODOMETER)
    values = [row.listing.odometer_km for row in shown_rows(proxy)]
    known = [value for value in values if value is not None]
    assert known == sorted(known)
    proxy.sort(Column.CUSTOMER)
    names = shown(proxy)
    assert names == sorted(names, key=str.casefold)


def test_the_reminded_column_is_per_car_not_per_customer(qapp, demo_store):
    listed = vehicle_rows(
        today=date.today(), plan=default_plan(), unit=DistanceUnit.MI, catalogue=trouble_code_catalogue()
    )
    by_customer: dict[int, list] = {}
    for row in listed:
        by_customer.setdefault(row.listing.customer_id, []).append(row)
    lettered, left_out = next(cars for cars in by_customer.values() if len(cars) >= 2)[:2]
    customer_id = lettered.listing.customer_id
    log_sent_reminders([SentReminder(customer_id, lettered.vehicle_id, ("oil_change",))], NOW, "letter")

    table = VehicleTableModel()
    table.set_rows(
        vehicle_rows(
            today=date.today(), plan=default_plan(), unit=DistanceUnit.MI, catalogue=trouble_code_catalogue()
        ),
        DistanceUnit.MI,
    )
    place = {table.row_at(index).vehicle_id: index for index in range(table.rowCount())}
    reminded = table.index(place[lettered.vehicle_id], Column.REMINDED)
    not_reminded = table.index(place[left_out.vehicle_id], Column.REMINDED)
    assert reminded.data() != "—"
    assert not_reminded.data() == "—"  # its owner had a letter, but not about this car
    assert lettered.listing.customer_name in not_reminded.data(Qt.ItemDataRole.ToolTipRole)
    assert table.row_at(place[left_out.vehicle_id]).listing.customer_reminded_at is not None
