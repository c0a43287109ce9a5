"""Snooze and dismiss (DESIGN.md "Due rules"): an item leaves the due list and the vehicle's status until
the snooze ends or the next service, and its due date never moves; "show again" undoes either."""

from datetime import date, timedelta

import pytest
from builders import service
from fleet_support import TODAY, shop_fleet
from words import words

from shopapp.domain.due import DISMISSED, SNOOZED, Status
from shopapp.domain.plan import default_plan
from shopapp.domain.units import DistanceUnit
from shopapp.reports.due_words import hidden_text
from shopapp.resources import trouble_code_catalogue
from shopapp.services.due_list import due_list
from shopapp.services.vehicle_list import vehicle_rows
from shopapp.store.models import Suppression
from shopapp.store.suppressions import UnknownVehicle, clear_suppression, dismiss_item, snooze_item


def items(car, today=TODAY, **kwargs):
    """The car's items as the due list gives them: {key: DueItem}."""
    rows = due_list(
        today=today,
        plan=default_plan(),
        unit=DistanceUnit.MI,
        catalogue=trouble_code_catalogue(),
        **kwargs,
    )
    return {row.item.key: row.item for row in rows if row.vehicle.vehicle_id == car.id}


def row_of(car, today=TODAY):
    rows = vehicle_rows(
        today=today, plan=default_plan(), unit=DistanceUnit.MI, catalogue=trouble_code_catalogue()
    )
    return next(row for row in rows if row.vehicle_id == car.id)


def test_a_snooze_hides_the_item_until_its_day_without_moving_the_due_date(store):
    van = shop_fleet()["van"]
    before = items(van)
    key, item = next((key, item) for key, item in before.items() if item.due_date is not None)
    snooze_item(van.id, key, TODAY + timedelta(days=14))

    assert key not in items(van)
    hidden = items(van, include_all=True)[key]
    until = TODAY + timedelta(days=14)
    assert (hidden.suppressed.kind, hidden.suppressed.until) == (SNOOZED, until)
    assert hidden_text(hidden.suppressed) == words("DueReasons", "snoozed until %1", until.isoformat())
    assert hidden.due_date == item.due_date
    assert hidden.status is item.status
    # Back on its day, with the same due date.
    assert items(van, today=TODAY + timedelta(days=14))[key].due_date == item.due_date


def test_hidden_items_no_longer_count_for_the_vehicle_status(store):
    van = shop_fleet()["van"]
    row = row_of(van)
    assert row.status is not Status.OK
    for item in row.action_items:
        snooze_item(van.id, item.key, TODAY + timedelta(days=3))
    after = row_of(van)
    assert after.status is Status.OK
    assert after.urgent is None
    assert after.action_items == []


def test_dismissing_an_alert_lasts_until_the_next_service(store):
    van = shop_fleet()["van"]  # its services were all recorded on 2026-09-01; P0420 is active
    assert "dtc:P0420" in items(van)
    assert dismiss_item(van.id, "dtc:P0420", None) == date(2026, 9, 1)
    assert "dtc:P0420" not in items(van)
    hidden = items(van, include_all=True)["dtc:P0420"]
    assert (hidden.suppressed.kind, hidden.suppressed.service_on) == (DISMISSED, date(2026, 9, 1))
    assert hidden_text(hidden.suppressed) == words("DueReasons", "dismissed until the next service")

    service(van, TODAY, 121_000, [("oil_change", "Oil change")])
    assert "dtc:P0420" in items(van)


def test_dismissing_a_task_counts_from_its_last_service(store):
    van = shop_fleet()["van"]
    key, item = next((key, item) for key, item in items(van).items() if item.last_service_on is not None)
    dismiss_item(van.id, key, item.last_service_on)
    assert key not in items(van)
    service(van, TODAY, 121_000, [(key, item.item)])
    assert items(van, include_all=True)[key].suppressed is None


def test_show_again_and_a_new_choice_replaces_the_old(store):
    van = shop_fleet()["van"]
    snooze_item(van.id, "dtc:P0420", TODAY + timedelta(days=30))
    dismiss_item(van.id, "dtc:P0420", None)
    assert Suppression.select().count() == 1
    assert Suppression.get().kind == "dismissed"
    assert clear_suppression(van.id, "dtc:P0420")
    assert "dtc:P0420" in items(van)
    assert not clear_suppression(van.id, "dtc:P0420")


def test_a_vanished_vehicle_is_a_clear_error(store):
    shop_fleet()
    with pytest.raises(UnknownVehicle):
        snooze_item(999_999, "oil_change", TODAY)
