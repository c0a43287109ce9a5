"""Due reasons are data in the domain and words on each surface: one item reads the same numbers in the CSV,
the `shopapp due` table, the window and the letter, and a wording change reaches all of them."""

import dataclasses
import io
from datetime import date, timedelta

import pytest
from due_support import NOW, PLAN, TODAY, months
from words import words

from shopapp.domain import due
from shopapp.domain.due_reasons import TimeReason
from shopapp.domain.plan import OilCapability
from shopapp.domain.units import DistanceUnit
from shopapp.local_format import short_date
from shopapp.reports import due_words
from shopapp.reports.due_csv import COLUMNS, cells
from shopapp.reports.due_table import write_due_table
from shopapp.reports.letters.wording import LetterStyle, item_words
from shopapp.resources import trouble_code_catalogue
from shopapp.services.due_list import DueRow
from shopapp.store.queries import VehicleListing
from shopapp.ui.panes.pane_text import due_reason_text

CAR = VehicleListing(
    1, 1, "Ana Pérez", "", "", "2021 Toyota Camry", "PL0001", "VIN1", 30_000.0, NOW, None, None
)


def first_seen_car(**overrides) -> due.VehicleFacts:
    """Seen 13 months ago at 20,000 km, 12,000 km driven since, nothing on record: everything overdue."""
    values = {
        "odometer_km": 32_000.0,
        "odometer_at": NOW,
        "km_per_day": 30.0,
        "oil_capability": OilCapability.UNREADABLE,
        "first_seen_on": date(2025, 10, 1),
        "first_seen_odometer_km": 20_000.0,
    }
    values.update(overrides)
    return due.VehicleFacts(**values)


def brake_inspection(facts: due.VehicleFacts) -> due.DueItem:
    return next(item for item in due.evaluate_vehicle(facts, PLAN, TODAY) if item.key == "brake_inspection")


def surfaces(item: due.DueItem, unit: DistanceUnit = DistanceUnit.MI) -> dict[str, str]:
    """The item's reason as each surface puts it."""
    row = DueRow(CAR, item)
    table = io.StringIO()
    write_due_table([row], table, unit)
    return {
        "csv": cells(row, unit)[COLUMNS.index("reason")],
        "table": table.getvalue(),
        "window": due_reason_text(item, unit),
        "letter": item_words(item, trouble_code_catalogue(), LetterStyle(unit, TODAY)),
    }


SEEN = date(2025, 10, 1)  # first_seen_car()'s first reading


def front_desk_words(elapsed: str, every: str, task: str, seen: date = SEEN) -> str:
    """A task with nothing on record, as the window, the table and the CSV say it: from the day the car
    was first seen (never "ShopApp first saw the car", which read like a bug)."""
    day = short_date(seen, TODAY)
    return words("DueReasons", "%1 since %2 with no %3 on record (every %4)", elapsed, day, task, every)


def owner_words(elapsed: str, every: str, task: str, seen: date = SEEN) -> str:
    """The same reason in the letter's voice (a sentence, so it ends with a full stop)."""
    day = short_date(seen, TODAY)
    since = "%1 since %2, when your car was first connected to us (every %4)"
    return words("LetterWording", since, elapsed, day, task, every) + "."


def test_one_item_reads_the_same_numbers_on_every_surface():
    item = brake_inspection(first_seen_car())
    assert item.why == TimeReason(
        "Brake inspection",
        item.why.since,
        months_elapsed=13,
        interval_months=12,
        due_on=date(2026, 10, 1),
        today=TODAY,
    )
    said = surfaces(item)
    front_desk = front_desk_words(months(13), months(12), "brake inspection")
    assert said["csv"] == said["window"] == front_desk
    assert front_desk in said["table"]
    # The owner reads the same numbers in the letter's own voice, never the shop's "ShopApp first saw".
    assert said["letter"] == owner_words(months(13), months(12), "brake inspection")


def test_a_wording_change_reaches_every_surface(monkeypatch):
    item = brake_inspection(first_seen_car())
    monkeypatch.setattr(due_words, "months_text", lambda count: f"{count} × month")
    said = surfaces(item)
    front_desk = front_desk_words("13 × month", "12 × month", "brake inspection")
    assert said["csv"] == said["window"] == front_desk
    assert front_desk in said["table"]
    assert said["letter"] == owner_words("13 × month", "12 × month", "brake inspection")


def test_counts_read_as_real_plurals():
    # The catalogue's English has a singular and a plural for each (tests/test_translations.py); here, that
    # each count is asked for as a plural (%n), so it gets them.
    for n in (0, 1, 2):
        assert due_words.days_text(n) == words("DueCountWords", "%n day(s)", n=n)
    for n in (1, 12):
        assert due_words.months_text(n) == words("DueCountWords", "%n month(s)", n=n)
    rows = [DueRow(CAR, brake_inspection(first_seen_car()))]
    for count in (1, 2):
        table = io.StringIO()
        write_due_table(rows * count, table, DistanceUnit.MI)
        assert table.getvalue().endswith("\n" + words("DueTableCountWords", "%n item(s).", n=count) + "\n")


def test_the_unit_is_chosen_by_the_surface_not_by_the_domain():
    recent = first_seen_car(first_seen_on=TODAY - timedelta(days=100))
    item = next(item for item in due.evaluate_vehicle(recent, PLAN, TODAY) if item.key == "tire_rotation")
    assert item.why.driven_km == 12_000
    seen = TODAY - timedelta(days=100)
    assert surfaces(item, DistanceUnit.KM)["csv"] == front_desk_words(
        "12,000 km", "9,656 km", "tire rotation", seen
    )
    assert surfaces(item, DistanceUnit.MI)["csv"] == front_desk_words(
        "7,456 mi", "6,000 mi", "tire rotation", seen
    )
    assert surfaces(item, DistanceUnit.KM)["letter"] == owner_words(
        "12,000 km", "9,656 km", "tire rotation", seen
    )


def test_a_hidden_item_says_why_on_each_surface():
    snoozed = due.Suppression("snoozed", until=TODAY + timedelta(days=3))
    item = brake_inspection(first_seen_car(suppressions={"brake_inspection": snoozed}))
    assert item.suppressed == snoozed
    said = surfaces(item)
    front_desk = front_desk_words(months(13), months(12), "brake inspection")
    hidden = words("DueReasons", "snoozed until %1", "2026-11-25")  # the CSV's dates are ISO
    assert said["csv"] == f"{front_desk} [{hidden}]"
    in_window = words("DueReasons", "snoozed until %1", short_date(date(2026, 11, 25), date.today()))
    assert said["window"] == front_desk + "\n" + words("PaneText", "Hidden from the due list: %1", in_window)
    assert said["table"].split("\n")[1].startswith(words("DueTable", "snoozed") + " ")


def strings_in(value) -> list[str]:
    """Every str held anywhere inside a dataclass value."""
    if isinstance(value, str):
        return [value]
    if dataclasses.is_dataclass(value):
        return [
            text for field in dataclasses.fields(value) for text in strings_in(getattr(value, field.name))
        ]
    if isinstance(value, tuple | list):
        return [text for part in value for text in strings_in(part)]
    return []


@pytest.mark.parametrize("today", [TODAY, TODAY + timedelta(days=200), date(2026, 1, 2)])
def test_the_domain_holds_no_prose(today):
    """What the domain says about an item is numbers, dates and the names it was given (task names, codes,
    the catalogue's titles, the car's own descriptions): nothing a surface would have to take apart."""
    catalogue = trouble_code_catalogue()
    facts = first_seen_car(
        oil_capability=OilCapability.REPORTED,
        oil_life=0.35,
        oil_at=NOW,
        oil_decline_per_day=0.01,
        last_services={"tire_rotation": due.LastService(date(2026, 8, 1), 28_000.0)},
        trouble_codes=(due.ActiveTroubleCode("P0420", catalogue.describe("P0420").title),),
        system_alerts=(
            due.SystemAlert("SYSTEM_TPMS", "Left rear tire sensor battery low"),
            due.SystemAlert("SYSTEM_ABS"),
        ),
        needs_reconnect=True,
        suppressions={"dtc:P0420": due.Suppression("dismissed", service_on=None)},
    )
    given = {task.name for task in PLAN.tasks} | {
        "P0420",
        catalogue.describe("P0420").title,
        "SYSTEM_TPMS",
        "Left rear tire sensor battery low",
        "SYSTEM_ABS",
        "dismissed",
        "",  # a code that is not the maker's own names no maker
    }
    items = due.evaluate_vehicle(facts, PLAN, today) + due.evaluate_vehicle(due.VehicleFacts(), PLAN, today)
    for task in PLAN.tasks:  # every trigger of every task, not only the most urgent one
        triggers = task.triggers_for(facts.oil_capability)
        items += due.trigger_items(task, triggers, facts, today) if triggers else []
    assert {item.trigger.value for item in items} >= {
        "distance",
        "time",
        "oil_life",
        "dtc",
        "system",
        "connection",
    }
    for item in items:
        assert set(strings_in(item.why)) <= given, item.why
        assert set(strings_in(item.suppressed)) <= given, item.suppressed
    # A DueItem's own words are its key and its name on the list; the reason is no string.
    text_fields = {
        field.name for field in dataclasses.fields(due.DueItem) if field.type in ("str", "str | None")
    }
    assert text_fields == {"key", "item"}
