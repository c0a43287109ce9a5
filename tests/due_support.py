"""The morning the due-rule tests evaluate cars on and the plan they evaluate them under (the worked
examples, the properties and the words each surface gives a due item), and the counts of days and months
as the due reasons word them."""

from datetime import UTC, date, datetime, time, timedelta

from words import words

from shopapp.domain.due import VehicleFacts
from shopapp.domain.plan import default_plan

TODAY = date(2026, 11, 22)
NOW = datetime.combine(TODAY, time(8), tzinfo=UTC)
PLAN = default_plan()


def days(count: int) -> str:
    return words("DueCountWords", "%n day(s)", n=count)


def months(count: int) -> str:
    return words("DueCountWords", "%n month(s)", n=count)


def car_facts(**overrides) -> VehicleFacts:
    """A car read this morning at 50,000 km, driving 40 km a day, first seen 20 days ago at 49,200 km."""
    base = {
        "odometer_km": 50_000.0,
        "odometer_at": NOW,
        "km_per_day": 40.0,
        "first_seen_on": TODAY - timedelta(days=20),
        "first_seen_odometer_km": 49_200.0,
    }
    base.update(overrides)
    return VehicleFacts(**base)
