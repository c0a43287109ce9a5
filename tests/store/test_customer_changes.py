"""Moving a car, merging two customers, removing a car or a customer and putting it all back: every row of
every table accounted for, on SQLite and PostgreSQL."""

from datetime import UTC, date, datetime

import pytest
from builders import customer, service, system_alert, trouble_code, vehicle

from shopapp.store.customer_book import customer_page
from shopapp.store.customer_changes import merge_customers, move_car
from shopapp.store.customers import UnknownCustomer
from shopapp.store.models import (
    ALL_MODELS,
    Connection,
    Customer,
    LiveChange,
    OdometerReading,
    OilReading,
    ReminderLog,
    SignalAvailability,
    Suppression,
    Vehicle,
)
from shopapp.store.reminder_log import SentReminder, log_sent_reminders
from shopapp.store.removal import (
    RestoreConflict,
    RestoreProblem,
    car_removal_impact,
    customer_removal_impact,
    remove_car,
    remove_customer,
    restore,
)
from shopapp.store.suppressions import UnknownVehicle, snooze_item

NOW = datetime(2024, 6, 1, 12, tzinfo=UTC)


def every_row():
    """Each table's rows as tuples of their values (ids included)."""
    return {
        model.__name__: sorted(tuple(row.values()) for row in model.select().dicts())
        for model in ALL_MODELS
        if model is not LiveChange  # the change feed logs the writes themselves
    }


def busy_customer(name, *, connected=False):
    """A customer with two cars, each with readings, services, a code, an alert, a snooze and letters."""
    owner = customer(name, phone="555-0101", city="Springfield", address_line1="1 Main St")
    link = Connection.create(customer=owner, smartcar_user_id=f"user-{name}", created_at=NOW, updated_at=NOW)
    cars = [
        vehicle(
            owner,
            plate=f"{name[:3].upper()}1",
            smartcar_id=f"sc-{name}" if connected else None,
            connection=link,
        ),
        vehicle(owner, make="FORD", model="Focus"),
    ]
    for number, car in enumerate(cars):
        OdometerReading.create(vehicle=car, recorded_at=NOW, value_km=10_000 + number)
        OilReading.create(vehicle=car, recorded_at=NOW, life=0.4)
        SignalAvailability.create(vehicle=car, signal="odometer", availability="ok", checked_at=NOW)
        service(car, date(2024, 3, 1), odometer_km=9_000, tasks=[("oil_change", "Oil change")])
        trouble_code(car, "P0420", NOW)
        system_alert(car, "tpms", "Tire pressure", NOW)
        snooze_item(car.id, "oil_change", date(2024, 7, 1))
    log_sent_reminders([SentReminder(owner.id, car.id, ("oil_change",)) for car in cars], NOW, "letter")
    return owner, cars


def test_removing_a_car_says_what_it_takes_and_undo_restores_every_row(store):
    owner, (camry, _focus) = busy_customer("Walker", connected=True)
    busy_customer("Adams")
    before = every_row()

    impact = car_removal_impact(camry.id)
    assert (impact.cars, impact.connected_cars, impact.services, impact.readings) == (1, 1, 1, 2)

    removed = remove_car(camry.id)
    assert Vehicle.get_or_none(Vehicle.id == camry.id) is None
    assert Suppression.select().where(Suppression.vehicle == camry.id).count() == 0
    kept_letter = ReminderLog.get((ReminderLog.customer == owner.id) & ReminderLog.vehicle.is_null())
    assert kept_letter is not None  # the letter stays with the customer, without the car
    # The camry was the connection's only car: its token pair goes too (and comes back on undo).
    assert Connection.get_or_none(Connection.smartcar_user_id == "user-Walker") is None

    restore(removed)
    assert every_row() == before


def test_a_connection_another_car_still_uses_stays_when_a_car_goes(store):
    _owner, (camry, focus) = busy_customer("Walker", connected=True)
    Vehicle.update(connection=camry.connection_id).where(Vehicle.id == focus.id).execute()
    remove_car(camry.id)
    assert Vehicle.get_by_id(focus.id).connection_id == camry.connection_id
    assert Connection.get_or_none(Connection.id == camry.connection_id) is not None


def test_removing_a_customer_takes_their_carless_connections_too(store):
    owner = customer("Anna Walker")
    Connection.create(customer=owner, smartcar_user_id="user-carless", created_at=NOW, updated_at=NOW)
    before = every_row()
    removed = remove_customer(owner.id)
    assert Connection.select().count() == 0
    restore(removed)
    assert every_row() == before


def test_undo_of_a_car_whose_customer_was_merged_away_says_so_and_restores_nothing(store):
    kept, _ = busy_customer("Walker")
    other, (camry, _focus) = busy_customer("Walkerr")
    removed = remove_car(camry.id)
    merge_customers(kept.id, other.id)
    rows = every_row()
    with pytest.raises(RestoreConflict) as raised:
        restore(removed)
    assert raised.value.problem is RestoreProblem.OWNER_GONE
    assert every_row() == rows


def test_removing_a_customer_takes_cars_services_letters_and_undo_restores_every_row(store):
    owner, _cars = busy_customer("Walker", connected=True)
    busy_customer("Adams")
    before = every_row()

    impact = customer_removal_impact(owner.id)
    assert (impact.cars, impact.connected_cars, impact.services, impact.letters, impact.readings) == (
        2,
        1,
        2,
        1,
        4,
    )

    removed = remove_customer(owner.id)
    assert Customer.get_or_none(Customer.id == owner.id) is None
    assert Vehicle.select().where(Vehicle.customer == owner.id).count() == 0
    # Its connection lost its only car: no token pair is kept without a car.
    assert Connection.get_or_none(Connection.smartcar_user_id == "user-Walker") is None
    assert (removed.count(Vehicle), removed.count(Connection)) == (2, 1)

    restore(removed)
    assert every_row() == before
    # New rows after an undo get fresh ids (PostgreSQL's sequences were not set back by the restore).
    newcomer = customer("Newcomer")
    assert newcomer.id > max(row.id for row in Customer.select().where(Customer.id != newcomer.id))


def test_undo_after_the_car_was_connected_again_restores_nothing(store):
    owner, (camry, _focus) = busy_customer("Walker", connected=True)
    removed = remove_car(camry.id)
    vehicle(owner, smartcar_id="sc-Walker")  # the same Smartcar car, connected again meanwhile
    rows = every_row()
    with pytest.raises(RestoreConflict) as raised:
        restore(removed)
    assert raised.value.problem is RestoreProblem.TAKEN
    assert every_row() == rows


def test_merging_keeps_every_car_letter_and_connection_and_fills_empty_contact_fields(store):
    kept, kept_cars = busy_customer("Walker")
    other, other_cars = busy_customer("Walkerr")
    Customer.update(phone="", city="", address_line1="", email="").where(Customer.id == kept.id).execute()
    Customer.update(email="anna@example.com", notes="Prefers mornings").where(
        Customer.id == other.id
    ).execute()
    rows_before = {name: len(rows) for name, rows in every_row().items()}

    merge_customers(kept.id, other.id)

    page = customer_page(kept.id)
    assert {car.vehicle_id for car in page.cars} == {car.id for car in kept_cars + other_cars}
    assert len(page.services) == 4
    assert ReminderLog.select().where(ReminderLog.customer == kept.id).count() == 4
    assert Connection.select().where(Connection.customer == kept.id).count() == 2
    assert (page.phone, page.email, page.city, page.address_line1) == (
        "555-0101",
        "anna@example.com",
        "Springfield",
        "1 Main St",
    )
    assert page.notes == "Prefers mornings"
    assert Customer.get_or_none(Customer.id == other.id) is None
    rows_after = {name: len(rows) for name, rows in every_row().items()}
    assert rows_after == {**rows_before, "Customer": rows_before["Customer"] - 1}


def test_merging_keeps_the_kept_customers_own_address_whole(store):
    kept = customer("Anna Walker", address_line1="1 Main St", city="")
    other = customer("Anna Walker", address_line1="9 Elm Rd", city="Shelbyville", postal_code="12345")
    merge_customers(kept.id, other.id)
    page = customer_page(kept.id)
    assert (page.address_line1, page.city, page.postal_code) == ("1 Main St", "", "")


def test_moving_a_car_gives_it_to_the_other_customer_with_its_history(store):
    walker, (camry, _focus) = busy_customer("Walker")
    adams = customer("Zoe Adams")
    move_car(camry.id, adams.id)
    page = customer_page(adams.id)
    assert [car.vehicle_id for car in page.cars] == [camry.id]
    assert len(page.services) == 1
    assert ReminderLog.select().where(ReminderLog.customer == walker.id).count() == 2  # letters stay
    with pytest.raises(UnknownCustomer):
        move_car(camry.id, 999_999)
    with pytest.raises(UnknownVehicle):
        move_car(999_999, adams.id)


def test_merging_keeps_the_kept_customers_way_of_contact_unless_it_is_the_default(store):
    chose_sms = customer("Anna Walker", preferred_contact="sms")
    chose_phone = customer("Anna Walker", preferred_contact="phone")
    merge_customers(chose_sms.id, chose_phone.id)
    assert customer_page(chose_sms.id).preferred_contact == "sms"

    default = customer("Bo Diaz")  # the column's default: letter
    chose_email = customer("Bo Diaz", preferred_contact="email")
    merge_customers(default.id, chose_email.id)
    assert customer_page(default.id).preferred_contact == "email"
