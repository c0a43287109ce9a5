"""The due list from the database and its CSV, byte for byte against the contract (golden file)."""

import csv
import io
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from builders import customer, service, system_alert, trouble_code, vehicle

from shopapp.domain.plan import default_plan
from shopapp.domain.units import DistanceUnit
from shopapp.reports.due_csv import COLUMNS, due_csv_text, export_due_csv
from shopapp.reports.due_words import hidden_text
from shopapp.resources import trouble_code_catalogue
from shopapp.services.due_list import due_list
from shopapp.store.models import Connection, Suppression

TODAY = date(2026, 11, 22)
AS_OF = datetime(2026, 11, 21, 18, 30, tzinfo=UTC)
GOLDEN = Path(__file__).parent / "golden" / "due-list.csv"


def shop_fleet():
    """Four customers a shop would recognise, with names that break naive CSV writers."""
    hyperlink = customer('=HYPERLINK("http://x","y")', phone="+1 555 0100", email="x@example.com")
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

    zoe = customer("Zoë Ñúñez", phone="555-0101", email="zoe@example.com")
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
    ev.save()

    new = customer("Carl New")
    vehicle(new, make="MAZDA", model="CX-5", year=2020, plate="NEW 1")
    return {"hyperlink": car, "van": van, "ev": ev}


def rows(**kwargs):
    return due_list(
        today=TODAY, plan=default_plan(), unit=DistanceUnit.MI, catalogue=trouble_code_catalogue(), **kwargs
    )


def test_due_list_is_sorted_by_status_then_date_then_name(store):
    shop_fleet()
    statuses = [row.item.status.value for row in rows()]
    order = ["overdue", "due", "alert", "due_soon"]
    assert statuses == sorted(statuses, key=order.index)
    assert {row.item.item for row in rows()} >= {
        "Oil change",
        "DTC P0420",
        "System TPMS",
        "Reconnect Smartcar",
    }
    assert "DTC P0171" not in {row.item.item for row in rows()}  # cleared codes are history, not alerts
    assert all(row.item.status.value != "ok" for row in rows())


def test_csv_matches_the_contract_byte_for_byte(store):
    shop_fleet()
    text = due_csv_text(rows(), DistanceUnit.MI)
    if not GOLDEN.exists():  # first run writes the file for review; it is committed
        GOLDEN.parent.mkdir(exist_ok=True)
        GOLDEN.write_bytes(text.encode("utf-8"))
    assert text.encode("utf-8") == GOLDEN.read_bytes()


def test_csv_cells_follow_the_contract(store):
    shop_fleet()
    table = list(csv.DictReader(io.StringIO(due_csv_text(rows(include_all=True), DistanceUnit.MI))))
    assert tuple(table[0]) == COLUMNS
    hyperlink = [r for r in table if "HYPERLINK" in r["customer"]]
    assert hyperlink
    assert all(r["customer"] == '\'=HYPERLINK("http://x","y")' for r in hyperlink)
    assert all(r["phone"] == "'+1 555 0100" for r in hyperlink)
    oil = next(r for r in hyperlink if r["item"] == "Oil change")
    assert (oil["status"], oil["reason"], oil["oil_life_pct"]) == (
        "due",
        "Oil life 14 % (change at 20 %)",
        "14",
    )
    assert oil["due_odometer"] == ""
    assert oil["odometer"] == "26097.6"  # 42,000 km in miles, one decimal
    assert oil["data_as_of"] == "2026-11-21T18:30:00+00:00"
    assert oil["last_service_date"] == "2026-06-01"
    assert any(r["customer"] == "Zoë Ñúñez" for r in table)
    awaiting = next(r for r in table if r["customer"] == "Carl New")
    assert (awaiting["item"], awaiting["status"], awaiting["odometer"]) == (
        "Awaiting first refresh",
        "ok",
        "",
    )
    for row in table:
        assert "None" not in row.values()
        assert "nan" not in row.values()


def test_snoozed_items_leave_the_list_but_show_in_all(store):
    cars = shop_fleet()
    Suppression.create(
        vehicle=cars["van"],
        item_key="dtc:P0420",
        kind="snoozed",
        until=TODAY + timedelta(days=5),
        created_at=AS_OF,
    )
    assert "DTC P0420" not in {row.item.item for row in rows()}
    snoozed = next(row for row in rows(include_all=True) if row.item.item == "DTC P0420")
    assert hidden_text(snoozed.item.suppressed) == "snoozed until 2026-11-27"


def test_bom_and_atomic_export(store, tmp_path):
    shop_fleet()
    target = tmp_path / "due.csv"
    count = export_due_csv(rows(), target, DistanceUnit.MI, bom=True)
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert data.count(b"\r\n") == count + 1
    assert not list(tmp_path.glob("*.part"))


def test_interrupted_export_leaves_the_previous_file(store, tmp_path):
    shop_fleet()
    target = tmp_path / "due.csv"
    target.write_text("previous export\n", encoding="utf-8")

    def exploding():
        yield from rows()[:1]
        raise KeyboardInterrupt  # the user closes the window mid-export

    with pytest.raises(KeyboardInterrupt):
        export_due_csv(exploding(), target, DistanceUnit.MI)
    assert target.read_text(encoding="utf-8") == "previous export\n"
    assert not list(tmp_path.glob("*.part"))
