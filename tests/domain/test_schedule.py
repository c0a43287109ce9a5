"""The refresh schedule: the shop's rhythm when the plan allows it, stretched (with a reason) when the
app-level allowance or a car's monthly budget would not, and never more calls than the budget. The reason is
data (Pace); its words are tested in tests/services/test_schedule_words.py."""

from datetime import UTC, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from shopapp.domain.schedule import (
    HISTORY_CALLS_PER_DAY,
    Cadence,
    Pace,
    PaceRule,
    fleet_cadence,
    month_key,
    next_refresh,
)

SIX_HOURS = Cadence(timedelta(hours=6))
NOW = datetime(2026, 11, 22, 12, tzinfo=UTC)


def test_a_small_fleet_keeps_the_shops_rhythm():
    assert fleet_cadence(100, timedelta(hours=6), 120, 2) == Cadence(timedelta(hours=6))
    assert fleet_cadence(5000, timedelta(hours=6), 0, 2) == Cadence(timedelta(hours=6))  # no bucket


def test_a_large_fleet_is_stretched_to_what_the_allowance_carries():
    cadence = fleet_cadence(1000, timedelta(hours=6), 120, 2)
    # 2 a minute is 2,880 requests a day; 1,000 go to history, 1,880 carry 1.88 rounds of 1,000 cars.
    assert cadence.interval == timedelta(days=1000 / 1880)
    assert cadence.reason == Pace(PaceRule.ALLOWANCE_STRETCH, cadence.interval, per_minute=2, vehicles=1000)


def test_an_allowance_too_small_for_the_history_reads_refreshes_once_a_day_and_says_so():
    cadence = fleet_cadence(5000, timedelta(hours=6), 120, 0.5)  # 720 requests a day, 5,000 history reads
    assert cadence == Cadence(
        timedelta(days=1), Pace(PaceRule.ALLOWANCE_TOO_SMALL, per_minute=0.5, vehicles=5000)
    )


def test_a_spent_budget_waits_for_next_month_and_says_so():
    planned = next_refresh(NOW, NOW, month_key(NOW), 498, 500, SIX_HOURS, 4)
    assert planned.budget_spent
    assert planned.at == datetime(2026, 12, 1, tzinfo=UTC)
    assert planned.reason == Pace(
        PaceRule.BUDGET_SPENT, budget=500, used=498, resume_at=datetime(2026, 12, 1, tzinfo=UTC)
    )


def test_last_months_calls_do_not_count():
    planned = next_refresh(NOW, NOW, "2026-10", 500, 500, SIX_HOURS, 4)
    assert not planned.budget_spent
    assert planned.at == NOW + timedelta(hours=6)
    assert planned.reason == Pace(PaceRule.SHOP_RHYTHM, timedelta(hours=6))


def test_a_car_short_of_budget_is_stretched_with_a_reason():
    start = datetime(2026, 11, 1, tzinfo=UTC)
    planned = next_refresh(start, start, month_key(start), 0, 300, SIX_HOURS, 4)
    # 300 calls, 30 kept for daily history: 67 refreshes over 30 days, one every ~10.7 h.
    assert planned.at - start == timedelta(days=30) / 67
    assert planned.reason == Pace(PaceRule.BUDGET_STRETCH, timedelta(days=30) / 67, budget=300, used=0)


def test_the_last_calls_of_a_month_are_kept_for_the_daily_history():
    planned = next_refresh(NOW, NOW, month_key(NOW), 490, 500, SIX_HOURS, 4)  # 10 left, 9 days to go
    assert not planned.budget_spent
    assert planned.at == datetime(2026, 12, 1, tzinfo=UTC)
    assert planned.reason == Pace(
        PaceRule.BUDGET_KEPT_FOR_HISTORY, budget=500, used=490, resume_at=datetime(2026, 12, 1, tzinfo=UTC)
    )


def test_a_car_never_refreshed_is_due_now():
    assert next_refresh(NOW, None, "", 0, 500, SIX_HOURS, 4).at == NOW


@given(
    budget=st.integers(min_value=40, max_value=2000),
    hours=st.integers(min_value=1, max_value=48),
    start_day=st.integers(min_value=1, max_value=28),
)
def test_following_the_schedule_stays_in_budget_and_never_starves_the_daily_history(budget, hours, start_day):
    """Run the schedule for the rest of a month as the refresher does (history first each day, both
    counted only when the budget allows): every day's history read fits, and the budget is never passed."""
    now = datetime(2026, 11, start_day, 7, tzinfo=UTC)
    month, used, last, refreshes = month_key(now), 0, None, 0
    cadence = Cadence(timedelta(hours=hours))
    history_day, history_missed = None, 0
    while now < datetime(2026, 12, 1, tzinfo=UTC):
        planned = next_refresh(now, last, month, used, budget, cadence, 4)
        if not planned.budget_spent and planned.at <= now:
            used, last, refreshes = used + 4, now, refreshes + 1
            if history_day != now.date():
                if used + HISTORY_CALLS_PER_DAY <= budget:
                    used += HISTORY_CALLS_PER_DAY
                else:
                    history_missed += 1
                history_day = now.date()
        assert used <= budget
        now += timedelta(minutes=30)
    assert history_missed == 0
    assert refreshes >= 1
