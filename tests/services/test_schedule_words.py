"""Why a car is refreshed as often as it is, in the catalogue's words: every rule has its sentence, counts
are real plurals, numbers and the day refreshes resume are written in the shop's locale."""

from datetime import UTC, datetime, timedelta

import pytest
from words import words

from shopapp.domain.schedule import Pace, PaceRule
from shopapp.services.schedule_words import interval_text, pace_text

DECEMBER_FIRST = datetime(2026, 12, 1, tzinfo=UTC)
SPENT = "this month's %Ln Smartcar call(s) for this car are spent; refreshes resume on %1"
TOO_SMALL = "Smartcar's request allowance (%1 a minute) is too small for %Ln car(s); ask Smartcar to raise it"


@pytest.mark.parametrize("rule", list(PaceRule))
def test_every_rule_has_words(rule):
    pace = Pace(
        rule, timedelta(hours=6), per_minute=2, vehicles=3, budget=500, used=7, resume_at=DECEMBER_FIRST
    )
    assert pace_text(pace).strip()


def test_an_interval_reads_in_hours_then_from_two_days_on_in_days():
    assert interval_text(timedelta(hours=6)) == words("ScheduleWords", "%1 h", "6")
    assert interval_text(timedelta(hours=10.66)) == words("ScheduleWords", "%1 h", "10.7")
    assert interval_text(timedelta(hours=47)) == words("ScheduleWords", "%1 h", "47")
    assert interval_text(timedelta(days=2.3)) == words("ScheduleWords", "%1 days", "2.3")
    assert pace_text(Pace(PaceRule.SHOP_RHYTHM, timedelta(hours=6))) == words(
        "ScheduleWords", "every %1", interval_text(timedelta(hours=6))
    )


def test_a_spent_budget_names_the_budget_and_the_day_refreshes_resume():
    pace = Pace(PaceRule.BUDGET_SPENT, budget=500, used=498, resume_at=DECEMBER_FIRST)
    assert pace_text(pace) == words("ScheduleCountWords", SPENT, "01 Dec", n=500)


@pytest.mark.parametrize("vehicles", [1, 2])
def test_counts_are_real_plurals(vehicles):
    pace = Pace(PaceRule.ALLOWANCE_TOO_SMALL, per_minute=0.5, vehicles=vehicles)
    assert pace_text(pace) == words("ScheduleCountWords", TOO_SMALL, "0.5", n=vehicles)


def test_the_calls_kept_for_the_history_name_the_used_and_the_budget():
    pace = Pace(PaceRule.BUDGET_KEPT_FOR_HISTORY, budget=500, used=490, resume_at=DECEMBER_FIRST)
    kept = words(
        "ScheduleWords",
        "this car's last Smartcar calls this month (%1 of %2 used) are kept for its daily service history; "
        "refreshes resume on %3",
        "490",
        "500",
        "01 Dec",
    )
    assert pace_text(pace) == kept
