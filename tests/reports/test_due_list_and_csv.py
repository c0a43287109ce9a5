"""The due list from the database and its CSV, byte for byte against the contract (golden file)."""

import csv
import io
import time
from datetime import timedelta
from pathlib import Path

import pytest
from builders import customer, vehicle
from fleet_support import AS_OF, TODAY, shop_fleet
from words import words

from shopapp.domain.plan import default_plan
from shopapp.domain.units import DistanceUnit
from shopapp.reports.due_csv import COLUMNS, due_csv_text, export_due_csv, neutralise_phone
from shopapp.reports.due_words import hidden_text
from shopapp.resources import trouble_code_catalogue
from shopapp.services.due_list import due_list
from shopapp.store.models import Suppression

GOLDEN = Path(__file__).parent / "golden" / "due-list.csv"


def rows(**kwargs):
    return due_list(
        today=TODAY, plan=default_plan(), unit=DistanceUnit.MI, catalogue=trouble_code_catalogue(), **kwargs
    )


def test_due_list_is_sorted_safety_first_then_status_then_seriousness(store):
    shop_fleet()
    tiers = [
        "safety" if row.item.safety_critical else row.item.status.value for row in rows()
    ]  # DESIGN.md's CSV order
    order = ["safety", "overdue", "due", "alert", "due_soon"]
    assert tiers == sorted(tiers, key=order.index)
    assert tiers[0] == "safety", "the test fleet has a tire-pressure alert"
    assert {row.item.item for row in rows()} >= {
        "Oil change",
        "DTC P0420",
        "System TPMS",
        "Reconnect Smartcar",
    }
    assert "DTC P0171" not in {row.item.item for row in rows()}  # cleared codes are history, not alerts
    assert all(row.item.status.value != "ok" for row in rows())


@pytest.fixture
def mountain_time(monkeypatch):
    """The computer's local zone set to Boise's (UTC-7 in November): data_as_of is written in local time,
    and a golden file must not depend on the zone of the machine that runs it."""
    monkeypatch.setenv("TZ", "America/Boise")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.mark.english_golden
def test_csv_matches_the_contract_byte_for_byte(store, mountain_time):
    shop_fleet()
    text = due_csv_text(rows(), DistanceUnit.MI)
    if not GOLDEN.exists():  # first run writes the file for review; it is committed
        GOLDEN.parent.mkdir(exist_ok=True)
        GOLDEN.write_bytes(text.encode("utf-8"))
    assert text.encode("utf-8") == GOLDEN.read_bytes()


def test_csv_cells_follow_the_contract(store, mountain_time):
    shop_fleet()
    table = list(csv.DictReader(io.StringIO(due_csv_text(rows(include_all=True), DistanceUnit.MI))))
    assert tuple(table[0]) == COLUMNS
    hyperlink = [r for r in table if "HYPERLINK" in r["customer"]]
    assert hyperlink
    assert all(r["customer"] == '\'=HYPERLINK("http://x","y")' for r in hyperlink)
    assert all(r["phone"] == "+1 555 0100" for r in hyperlink)  # a phone number cannot run as a formula
    assert all(r["address_line1"] == "'=cmd|' /C calc'!A0" for r in hyperlink)
    assert all(r["city"] == "'-2+3" for r in hyperlink)
    oil = next(r for r in hyperlink if r["item"] == "Oil change")
    assert (oil["status"], oil["reason"], oil["oil_life_pct"]) == (
        "due",
        words("DueReasons", "Oil life %1 % (change at %2 %)", 14, 20),
        "14",
    )
    assert oil["due_odometer"] == ""
    assert oil["odometer"] == "26097.6"  # 42,000 km in miles, one decimal
    assert oil["data_as_of"] == "2026-11-21T11:30:00-07:00"  # the computer's local time, with its offset
    assert oil["last_service_date"] == "2026-06-01"
    zoe = next(r for r in table if r["customer"] == "Zoë Ñúñez")
    assert (zoe["phone"], zoe["preferred_contact"]) == ("+1 208-555-0102", "sms")
    assert [zoe[column] for column in COLUMNS[-7:-1]] == [
        "1200 W Main St",
        "Apt 4, rear entrance",
        "Boise",
        "ID",
        "83702",
        "US",
    ]
    awaiting = next(r for r in table if r["customer"] == "Carl New")
    assert (awaiting["item"], awaiting["status"], awaiting["odometer"]) == (
        words("DueReasons", "Awaiting first refresh"),
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
    assert hidden_text(snoozed.item.suppressed) == words("DueReasons", "snoozed until %1", "2026-11-27")


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


@pytest.mark.parametrize(
    ("phone", "written"),
    [
        ("+1 208-555-0102", "+1 208-555-0102"),
        ("(208) 555.0102", "(208) 555.0102"),
        ("+44 20 7946 0958", "+44 20 7946 0958"),
        ("-2+3", "'-2+3"),  # a spreadsheet would work it out to 1
        ("-555 0102", "'-555 0102"),
        ("+SUM(1)", "'+SUM(1)"),
        ('=HYPERLINK("http://x","y")', '\'=HYPERLINK("http://x","y")'),
        ("@evil", "'@evil"),
        ("+", "'+"),
    ],
)
def test_a_phone_number_is_written_as_is_and_anything_else_neutralised(phone, written):
    assert neutralise_phone(phone) == written


@pytest.mark.parametrize("name", ['=HYPERLINK("http://x","y")', "+SUM(1)", "-2+3", "@cmd", "\tTab"])
def test_a_name_that_could_run_as_a_formula_is_neutralised(store, name):
    owner = customer(name, phone="+1 208-555-0102")
    vehicle(owner, odometer_km=1_000, odometer_at=AS_OF, first_seen_at=AS_OF, first_seen_odometer_km=900)
    table = list(csv.DictReader(io.StringIO(due_csv_text(rows(include_all=True), DistanceUnit.MI))))
    assert {row["customer"] for row in table} == {"'" + name}
    assert {row["phone"] for row in table} == {"+1 208-555-0102"}
