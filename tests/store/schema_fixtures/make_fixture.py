"""Writes schema_vN.sqlite3: a small shop database at today's latest schema, for the upgrade tests.

Run once when a new schema version is introduced, BEFORE changing the ladder, and commit the file:
    .venv/bin/python tests/store/schema_fixtures/make_fixture.py
The upgrade test then opens every fixture with the newest code and checks the data survived.
"""

import sys
import tempfile
from datetime import UTC, date, datetime
from pathlib import Path

from shopapp.store.database import DATABASE_FILE_NAME, backup_sqlite, open_store
from shopapp.store.migrations import LATEST_VERSION
from shopapp.store.models import Customer, OdometerReading, Setting, Vehicle
from shopapp.store.service_records import add_service_record

WHEN = datetime(2026, 11, 1, 12, tzinfo=UTC)


def main() -> None:
    home = Path(tempfile.mkdtemp())
    database = open_store(home, "")
    zoe = Customer.create(
        name="Zoë Ñúñez", phone="555-0101", address_line1="1 Elm St", city="Springfield", created_at=WHEN
    )
    car = Vehicle.create(
        customer=zoe,
        smartcar_id="veh-1",
        vin="1FTBW3XM6HKA12345",
        make="FORD",
        model="Transit",
        year=2022,
        plate="VAN 7",
        created_at=WHEN,
        odometer_km=120_000.5,
        odometer_at=WHEN,
    )
    OdometerReading.create(vehicle=car, recorded_at=WHEN, value_km=120_000.5)
    add_service_record(car.id, date(2026, 9, 1), [("oil_change", "Oil change")], odometer_km=110_500)
    Setting.create(key="distance_unit", value="km")
    target = Path(__file__).parent / f"schema_v{LATEST_VERSION}.sqlite3"
    target.unlink(missing_ok=True)
    backup_sqlite(database, target)
    database.close()
    print(f"wrote {target} ({DATABASE_FILE_NAME} at schema {LATEST_VERSION})", file=sys.stderr)


if __name__ == "__main__":
    main()
