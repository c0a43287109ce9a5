"""Who gets a reminder letter, what it lists, who is skipped and why, and the log of letters sent."""

import json
from datetime import UTC, date, datetime, timedelta

import pytest
from reminder_support import ODD_NAMES, due_car, odd_fleet, today
from words import words

from shopapp.domain.due import Status
from shopapp.domain.plan import default_plan
from shopapp.domain.units import DistanceUnit
from shopapp.local_format import short_date
from shopapp.resources import trouble_code_catalogue
from shopapp.services.reminders import (
    DEFAULT_STATUSES,
    SKIPPED_NO_ADDRESS,
    SKIPPED_RECENTLY_REMINDED,
    ReminderOptions,
    _reminded_words,
    last_reminded,
    mark_sent,
    plan_reminders,
    postal_lines,
)
from shopapp.store.models import Customer, ReminderLog, Suppression, Vehicle


def plan(options=None, *, now=None, day=None):
    return plan_reminders(
        options or ReminderOptions(),
        today=day or today(),
        plan=default_plan(),
        unit=DistanceUnit.MI,
        catalogue=trouble_code_catalogue(),
        now=now,
    )


def by_name(batch):
    return {letter.customer_name: letter for letter in batch.letters}


def test_one_letter_per_customer_with_every_due_vehicle_and_skips_listed(store):
    people = odd_fleet()
    batch = plan()

    assert [letter.customer_name for letter in batch.letters] == sorted(
        [*ODD_NAMES, "Ana Pérez"], key=str.casefold
    )
    ana = by_name(batch)["Ana Pérez"]
    # The Malibu's tire-pressure alert is a safety matter: it leads the letter, ahead of the overdue Focus.
    assert [vehicle.title for vehicle in ana.vehicles] == ["2022 Chevrolet Malibu", "2019 Ford Focus"]
    malibu, focus = ana.vehicles
    assert [item.key for item in focus.items] == ["oil_change", "tire_rotation"]
    assert {item.status for item in focus.items} == {Status.OVERDUE}
    assert [item.key for item in malibu.items] == ["system:SYSTEM_TPMS", "dtc:P0420"]
    assert malibu.plate == "PL0011"
    assert malibu.odometer_km == pytest.approx(20_100)
    assert ana.address_lines == ("12 Elm Street", "Springfield, IL 62701")
    assert by_name(batch)["O'Brien <Ltd> & Sons"].address_lines == (
        "4 Harbour Road",
        "Howth",
        "Co. Dublin",
        "D13 X2Y4",
        "IRELAND",
    )

    skipped = {entry.customer_name: entry for entry in batch.skipped}
    assert set(skipped) == {"Nomad Without Address", "Rita Recent"}
    assert skipped["Nomad Without Address"].reason == words("ReminderWords", "no postal address")
    assert skipped["Nomad Without Address"].kind == SKIPPED_NO_ADDRESS
    three_days_ago = today() - timedelta(days=3)
    assert skipped["Rita Recent"].reason == words(
        "ReminderCountWords", "reminded %n day(s) ago (%1)", short_date(three_days_ago, today()), n=3
    )
    assert skipped["Rita Recent"].kind == SKIPPED_RECENTLY_REMINDED
    assert skipped["Rita Recent"].customer_id == people["Rita Recent"].id
    assert "Fiona Fine" not in by_name(batch)  # nothing due: neither a letter nor a skip


def test_min_days_zero_and_letters_without_an_address(store):
    odd_fleet()
    batch = plan(ReminderOptions(min_days=0, skip_without_address=False))
    letters = by_name(batch)
    assert batch.skipped == ()
    assert "Rita Recent" in letters
    assert letters["Nomad Without Address"].address_lines == ()


@pytest.mark.parametrize(("days_ago", "skipped"), [(0, True), (6, True), (7, False), (30, False)])
def test_min_days_counts_calendar_days(store, days_ago, skipped):
    now = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
    owner = Customer.create(name="Cal Endar", created_at=now, address_line1="1 A St", city="Springfield")
    car = due_car(owner, 1, now=now)
    # Late in the evening: a week later in the morning is still a week (not 6.6 days).
    ReminderLog.create(customer=owner, vehicle=car, sent_at=now - timedelta(days=days_ago, hours=-11))
    batch = plan(ReminderOptions(min_days=7), now=now, day=now.date())
    assert bool(batch.skipped) is skipped
    assert bool(batch.letters) is not skipped


def test_statuses_choose_the_items_and_customers(store):
    odd_fleet()
    alerts_only = plan(ReminderOptions(statuses=frozenset({Status.ALERT})))
    assert [letter.customer_name for letter in alerts_only.letters] == ["Ana Pérez"]
    (malibu,) = alerts_only.letters[0].vehicles
    assert {item.status for item in malibu.items} == {Status.ALERT}
    assert frozenset({Status.OVERDUE, Status.DUE, Status.ALERT}) == DEFAULT_STATUSES
    assert plan(ReminderOptions(statuses=frozenset())).letters == ()


def test_snoozed_and_dismissed_items_never_appear(store):
    people = odd_fleet()
    focus = Vehicle.get(Vehicle.plate == "PL0010")
    created = datetime.now(UTC)
    Suppression.create(
        vehicle=focus,
        item_key="oil_change",
        kind="snoozed",
        until=date.today() + timedelta(days=10),
        created_at=created,
    )
    Suppression.create(vehicle=focus, item_key="tire_rotation", kind="dismissed", created_at=created)
    ana = by_name(plan())["Ana Pérez"]
    assert [vehicle.title for vehicle in ana.vehicles] == ["2022 Chevrolet Malibu"]
    assert ana.customer_id == people["Ana Pérez"].id


def test_only_the_chosen_vehicles(store):
    odd_fleet()
    focus = Vehicle.get(Vehicle.plate == "PL0010")
    batch = plan(ReminderOptions(vehicle_ids=frozenset({focus.id})))
    assert [letter.customer_name for letter in batch.letters] == ["Ana Pérez"]
    assert [vehicle.vehicle_id for vehicle in batch.letters[0].vehicles] == [focus.id]
    assert plan(ReminderOptions(vehicle_ids=frozenset())).letters == ()


def test_mark_sent_logs_exactly_the_letters_and_the_next_plan_skips_them(store):
    odd_fleet()
    before = ReminderLog.select().count()
    batch = plan()
    when = datetime.now(UTC).replace(microsecond=0)
    written = mark_sent(batch.letters, when)

    expected = {
        (letter.customer_id, vehicle.vehicle_id, tuple(item.key for item in vehicle.items))
        for letter in batch.letters
        for vehicle in letter.vehicles
    }
    rows = list(ReminderLog.select().where(ReminderLog.sent_at == when))
    assert written == len(expected) == len(rows) == ReminderLog.select().count() - before
    assert {(row.customer_id, row.vehicle_id, tuple(json.loads(row.items))) for row in rows} == expected
    assert {row.channel for row in rows} == {"letter"}

    reminded = last_reminded([letter.customer_id for letter in batch.letters])
    assert reminded == {letter.customer_id: when for letter in batch.letters}
    assert set(last_reminded()) == {*reminded, Customer.get(Customer.name == "Rita Recent").id}

    again = plan()
    assert again.letters == ()
    reminded_today = words("ReminderWords", "reminded today (%1)", short_date(today(), today()))
    assert {entry.customer_name for entry in again.skipped if entry.reason == reminded_today} == {
        letter.customer_name for letter in batch.letters
    }


def test_mark_sent_is_one_transaction_and_survives_a_deleted_vehicle(store):
    odd_fleet()
    batch = plan()
    focus = Vehicle.get(Vehicle.plate == "PL0010")
    focus.delete_instance()
    written = mark_sent(batch.letters, datetime.now(UTC))
    assert written == sum(len(letter.vehicles) for letter in batch.letters)
    ana = Customer.get(Customer.name == "Ana Pérez")
    assert sorted(
        (row.vehicle_id or 0) for row in ReminderLog.select().where(ReminderLog.customer == ana)
    ) == [
        0,
        Vehicle.get(Vehicle.plate == "PL0011").id,
    ]
    with pytest.raises(ValueError, match="aware"):
        mark_sent(batch.letters, datetime(2026, 1, 1))
    assert mark_sent([], datetime.now(UTC)) == 0


def test_postal_lines_follow_the_country(store):
    def lines(home="US", **fields):
        values = {"name": "X", "created_at": datetime.now(UTC), **fields}
        return postal_lines(Customer(**values), home)

    us = {"address_line1": "1 Main St", "address_line2": "Apt 4B", "city": "Springfield", "region": "IL"}
    assert lines(**us, postal_code="62701") == ("1 Main St", "Apt 4B", "Springfield, IL 62701")
    assert lines(**us, postal_code="62701", country="USA") == ("1 Main St", "Apt 4B", "Springfield, IL 62701")
    assert lines("DE", **us, postal_code="62701", country="United States")[-1] == "UNITED STATES"
    berlin = {"address_line1": "Unter den Linden 5", "city": "Berlin", "postal_code": "10117"}
    assert lines("DE", **berlin, country="Germany") == ("Unter den Linden 5", "10117 Berlin")
    assert lines(**berlin, country="Germany") == ("Unter den Linden 5", "10117 Berlin", "GERMANY")
    london = {"address_line1": "221B Baker Street", "city": "London", "postal_code": "nw1 6xe"}
    assert lines("GB", **london, country="UK") == ("221B Baker Street", "London", "NW1 6XE")


def test_how_long_ago_a_customer_was_reminded_reads_as_a_real_plural():
    day = date(2026, 11, 22)
    said = {days: _reminded_words(days, day - timedelta(days=days), day) for days in (0, 1, 2, 5)}
    assert said == {
        0: words("ReminderWords", "reminded today (%1)", "22 Nov"),
        1: words("ReminderWords", "reminded yesterday (%1)", "21 Nov"),
        2: words("ReminderCountWords", "reminded %n day(s) ago (%1)", "20 Nov", n=2),
        5: words("ReminderCountWords", "reminded %n day(s) ago (%1)", "17 Nov", n=5),
    }
