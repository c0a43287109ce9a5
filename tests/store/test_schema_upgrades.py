"""Every older schema kept as a fixture file upgrades to the latest version with its data intact."""

import shutil
from datetime import date
from pathlib import Path

import pytest

from shopapp.store.database import open_store, schema_version
from shopapp.store.migrations import LATEST_VERSION
from shopapp.store.models import Customer, OdometerReading, ServiceRecord, Setting, Vehicle, db

FIXTURES = sorted((Path(__file__).parent / "schema_fixtures").glob("schema_v*.sqlite3"))


def test_there_is_a_fixture_for_every_version_before_the_latest():
    versions = {int(path.stem.removeprefix("schema_v")) for path in FIXTURES}
    assert set(range(1, LATEST_VERSION)) <= versions


@pytest.mark.parametrize("fixture", FIXTURES, ids=[path.stem for path in FIXTURES])
def test_fixture_upgrades_with_its_data(fixture, tmp_path, shopapp_home):
    copy = tmp_path / fixture.name
    shutil.copy(fixture, copy)
    database = open_store(shopapp_home, f"sqlite:///{copy}")
    try:
        assert schema_version(database) == LATEST_VERSION
        (zoe,) = Customer.select()
        assert (zoe.name, zoe.phone, zoe.city) == ("Zoë Ñúñez", "555-0101", "Springfield")
        (car,) = Vehicle.select()
        assert (car.vin, car.plate, car.odometer_km, car.customer_id) == (
            "1FTBW3XM6HKA12345",
            "VAN 7",
            120_000.5,
            zoe.id,
        )
        assert OdometerReading.select().count() == 1
        (record,) = ServiceRecord.select()
        assert record.performed_on == date(2026, 9, 1)
        assert [t.task_key for t in record.tasks] == ["oil_change"]
        assert Setting.get_by_id("distance_unit").value == "km"
        if int(fixture.stem.removeprefix("schema_v")) < LATEST_VERSION:
            assert list(tmp_path.glob(f"{fixture.name}.v*.bak")), "a backup copy is taken before migrating"
    finally:
        database.close()
        db.initialize(None)


def _upgrade_v2_fixture(tmp_path, shopapp_home, *statements):
    """The schema 2 fixture, changed by `statements` as that version's app would have, then upgraded."""
    import sqlite3

    copy = tmp_path / "shop.sqlite3"
    shutil.copy(Path(__file__).parent / "schema_fixtures" / "schema_v2.sqlite3", copy)
    with sqlite3.connect(copy) as raw:
        for statement in statements:
            raw.execute(statement)
    return open_store(shopapp_home, f"sqlite:///{copy}")


def test_a_shop_that_connected_cars_through_v2_stays_on_v2_after_the_upgrade(tmp_path, shopapp_home):
    database = _upgrade_v2_fixture(
        tmp_path,
        shopapp_home,
        "INSERT INTO connection (customer_id, smartcar_user_id, scopes, state, state_reason, created_at,"
        " updated_at) VALUES (1, 'user-1', '', 'ok', '', '2026-11-01 12:00:00', '2026-11-01 12:00:00')",
    )
    try:
        assert Setting.get_by_id("smartcar_api").value == "v2"
        from shopapp.store.models import Connection

        assert Connection.get().api == "v2"
    finally:
        database.close()
        db.initialize(None)


def test_a_shop_that_never_set_smartcar_up_starts_on_v3(tmp_path, shopapp_home):
    database = _upgrade_v2_fixture(tmp_path, shopapp_home)
    try:
        assert Setting.get_or_none(Setting.key == "smartcar_api") is None  # the default: v3
    finally:
        database.close()
        db.initialize(None)
