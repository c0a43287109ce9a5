"""The morning the due-rule tests evaluate cars on and the plan they evaluate them under (the worked
examples, the properties and the words each surface gives a due item), and the counts of days and months
as the due reasons word them."""

from datetime import UTC, date, datetime, time

from words import words

from shopapp.domain.plan import default_plan

TODAY = date(2026, 11, 22)
NOW = datetime.combine(TODAY, time(8), tzinfo=UTC)
PLAN = default_plan()


def days(count: int) -> str:
    return words("DueCountWords", "%n day(s)", n=count)


def months(count: int) -> str:
    return words("DueCountWords", "%n month(s)", n=count)
