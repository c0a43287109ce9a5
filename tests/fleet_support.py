"""A canned shop of four customers a front desk would recognise (and whose names break naive CSV writers),
shared by the due list, CSV, suppression and command-line tests."""

from datetime import UTC, date, datetime, timedelta

from builders import customer, service, system_alert, trouble_code, vehicle

from shopapp.store.models import Connection

TODAY = date(2026, 11, 22)
AS_OF = datetime(2026, 11, 21, 18, 30, tzinfo=UTC)


def shop_fleet():
    """Four customers a shop would recognise, with names that break naive CSV writers."""
    hyperlink = customer(
        '=HYPERLINK("http://x","y")',
        phone="+1 555 0100",
        email="x@example.com",
        address_line1="=cmd|' /C calc'!A0",  # a formula in any text cell is neutralised, addresses too
        city="-2+3",
        preferred_contact="letter",
    )
    car = vehicle(
        hyperlink,
        plate="HACK 1",
        vin="1HGCM82633A004352",
        odometer_km=42_000,
        odometer_at=AS_OF,
        km_per_day=40,
        oil_life=0.14,
        oil_at=AS_OF,
        oil_capability="reported",
        first_seen_at=AS_OF - timedelta(days=300),
        first_seen_odometer_km=30_000,
    )
    service(
        car,
        date(2026, 6, 1),
        38_000,
        [("oil_change", "Oil and filter change"), ("tire_rotation", "Tire rotation")],
    )

    zoe = customer(
        "Zoë Ñúñez",
        phone="+1 208-555-0102",  # as the SMS tool needs it: never behind an apostrophe
        email="zoe@example.com",
        address_line1="1200 W Main St",
        address_line2="Apt 4, rear entrance",
        city="Boise",
        region="ID",
        postal_code="83702",
        country="US",
        preferred_contact="sms",
    )
    van = vehicle(
        zoe,
        make="FORD",
        model="Transit",
        year=2022,
        plate="VAN 7",
        vin="1FTBW3XM6HKA12345",
        odometer_km=120_000,
        odometer_at=AS_OF,
        km_per_day=150,
        oil_capability="unreadable",
        first_seen_at=AS_OF - timedelta(days=400),
        first_seen_odometer_km=80_000,
    )
    service(
        van,
        date(2026, 9, 1),
        110_500,
        [
            ("oil_change", "Oil change"),
            ("tire_rotation", "Rotate tires"),
            ("brake_inspection", "Brake inspection"),
            ("engine_air_filter", "Engine air filter"),
            ("cabin_air_filter", "Cabin air filter"),
        ],
    )
    trouble_code(van, "P0420", AS_OF - timedelta(days=2))
    trouble_code(van, "P0171", AS_OF - timedelta(days=90), cleared_at=AS_OF - timedelta(days=60))

    bea = customer("bea Alvarez", phone="555-0102")
    ev = vehicle(
        bea,
        make="TESLA",
        model="Model 3",
        year=2023,
        plate="",
        vin="5YJ3E1EA7KF317000",
        odometer_km=15_000,
        odometer_at=AS_OF,
        km_per_day=30,
        oil_capability="no_engine_oil",
        first_seen_at=AS_OF - timedelta(days=100),
        first_seen_odometer_km=12_000,
    )
    service(
        ev,
        date(2026, 8, 1),
        13_000,
        [
            ("tire_rotation", "Tire rotation"),
            ("brake_inspection", "Brakes checked"),
            ("cabin_air_filter", "Cabin air filter"),
            ("engine_air_filter", "Engine air filter"),
        ],
    )
    system_alert(ev, "SYSTEM_TPMS", "Left rear tire sensor battery low", AS_OF)
    connection = Connection.create(created_at=AS_OF, updated_at=AS_OF, state="needs_reconnect")
    ev.connection = connection
    ev.smartcar_id = "sc-fleet-ev"
    ev.save()

    new = customer("Carl New")
    fresh = vehicle(new, make="MAZDA", model="CX-5", year=2020, plate="NEW 1")
    # Cars that report oil life, codes and alerts are linked through Smartcar (a car kept at the desk would
    # have its odometer carried forward between visits).
    for number, linked in enumerate((car, van, fresh), start=1):
        linked.connection = Connection.create(created_at=AS_OF, updated_at=AS_OF, state="ok")
        linked.smartcar_id = f"sc-fleet-{number}"
        linked.save()
    return {"hyperlink": car, "van": van, "ev": ev}
