"""The window's read models over a demo shop: one row per car with its most urgent item, one car's story."""

from datetime import UTC, date, datetime, timedelta

import pytest
from words import words

from shopapp.domain.due import Status
from shopapp.domain.plan import default_plan
from shopapp.domain.snapshot import Availability
from shopapp.domain.units import DistanceUnit
from shopapp.resources import trouble_code_catalogue
from shopapp.services.vehicle_detail import NOT_AVAILABLE, SignalState, vehicle_detail
from shopapp.services.vehicle_list import status_counts, urgency_key, vehicle_rows
from shopapp.store.models import Vehicle

CATALOGUE = trouble_code_catalogue()


@pytest.fixture
def rows(demo_store):
    return vehicle_rows(today=date.today(), plan=default_plan(), unit=DistanceUnit.MI, catalogue=CATALOGUE)


def test_one_row_per_car_most_urgent_first(rows):
    assert len(rows) == Vehicle.select().count()
    assert rows == sorted(rows, key=urgency_key)
    counts = status_counts(rows)
    for status in Status:  # a car counts under every status it has an item in
        assert counts[status] == sum(status in row.statuses for row in rows)
    assert counts[Status.OK] == sum(row.urgent is None for row in rows)
    assert sum(counts.values()) > len(rows), "the test fleet has cars with items of several statuses"


def test_a_row_carries_its_most_urgent_action_item_and_earliest_due_date(rows):
    for row in rows:
        action = row.action_items
        if action:
            assert (row.status, row.urgent) == (action[0].status, action[0])
        else:
            assert (row.status, row.urgent) == (Status.OK, None)
        dates = [item.due_date for item in row.items if item.due_date and item.suppressed is None]
        assert row.next_due_date == (min(dates) if dates else None)


def test_search_text_holds_what_the_front_desk_types(rows):
    row = rows[0]
    for text in (row.listing.customer_name, row.listing.plate, row.listing.vin, row.listing.title):
        assert text.casefold() in row.search_text


def test_a_cars_story_in_order_with_forecasts(rows):
    row = next(r for r in rows if any(i.key.startswith("dtc:") for i in r.items))
    now = datetime.now(UTC)
    detail = vehicle_detail(
        row.vehicle_id, plan=default_plan(), catalogue=CATALOGUE, due_items=row.items, now=now
    )
    assert detail.customer_name == row.listing.customer_name
    assert [p.at for p in detail.odometer] == sorted(p.at for p in detail.odometer)
    assert detail.latest_odometer is not None
    assert detail.odometer_forecast is not None
    assert detail.odometer_forecast[0] == (now + timedelta(days=30)).date()
    assert detail.odometer_forecast[1] >= detail.latest_odometer.value
    assert detail.active_codes, "the car's active code is listed"
    assert all(spell.info.title for spell in detail.trouble_codes)
    active_first = [spell.active for spell in detail.trouble_codes]
    assert active_first == sorted(active_first, reverse=True)
    alerts_first = [state.status != "ALERT" for state in detail.systems]
    assert alerts_first == sorted(alerts_first)
    assert detail.due_items == row.items


@pytest.mark.parametrize(
    ("state", "explanation"),
    [
        (SignalState(Availability.NOT_CAPABLE), (NOT_AVAILABLE,)),
        (SignalState(Availability.NO_PERMISSION), ("Not shared by the owner when the car was connected",)),
        (
            SignalState(Availability.ERROR, "SERVER:INTERNAL"),
            ("The last refresh could not read it (%1)", "SERVER:INTERNAL"),
        ),
        (SignalState(Availability.ERROR), ("Could not read it",)),
        (SignalState(None), ("Not read yet",)),
    ],
)
def test_each_signal_state_is_explained_in_words(state, explanation):
    assert state.explanation == words("SignalStates", *explanation)
    assert state.unavailable == (state.availability in (Availability.NOT_CAPABLE, Availability.NO_PERMISSION))


def test_a_signal_read_needs_no_explanation():
    state = SignalState(Availability.OK)
    assert state.explanation == ""
    assert not state.unavailable
