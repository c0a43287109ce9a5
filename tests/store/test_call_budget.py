"""Reserving the monthly-budget calls of many cars in one transaction, and giving back what was not used."""

from datetime import UTC, datetime

from builders import customer, vehicle

from shopapp.store.call_budget import (
    CallRequest,
    ReservedCalls,
    reserve_vehicle_calls,
    return_vehicle_calls,
    spend_vehicle_calls,
)
from shopapp.store.models import Vehicle

NOVEMBER = datetime(2026, 11, 20, 12, tzinfo=UTC)
DECEMBER = datetime(2026, 12, 1, 0, 5, tzinfo=UTC)


def used(car) -> tuple[str, int]:
    fresh = Vehicle.get_by_id(car.id)
    return fresh.calls_month, fresh.calls_used


def test_each_car_gets_all_it_wants_else_the_least_it_needs_else_nothing(store):
    owner = customer("Ana")
    roomy, tight, spent = (vehicle(owner, calls_month="2026-11", calls_used=n) for n in (10, 496, 498))
    granted = reserve_vehicle_calls(
        [CallRequest(roomy.id, 5, 4), CallRequest(tight.id, 5, 4), CallRequest(spent.id, 5, 4)], NOVEMBER, 500
    )
    assert granted == {
        roomy.id: ReservedCalls(5, "2026-11"),
        tight.id: ReservedCalls(4, "2026-11"),
        spent.id: ReservedCalls(0, "2026-11"),
    }
    assert [used(car) for car in (roomy, tight, spent)] == [
        ("2026-11", 15),
        ("2026-11", 500),
        ("2026-11", 498),
    ]


def test_a_new_month_starts_from_zero_and_no_budget_means_no_limit(store):
    car = vehicle(customer("Ana"), calls_month="2026-11", calls_used=499)
    assert reserve_vehicle_calls([CallRequest(car.id, 5, 4)], DECEMBER, 500)[car.id] == ReservedCalls(
        5, "2026-12"
    )
    assert used(car) == ("2026-12", 5)
    assert reserve_vehicle_calls([CallRequest(car.id, 900, 1)], DECEMBER, None)[car.id].calls == 900
    assert used(car) == ("2026-12", 905)


def test_unused_calls_go_back_to_their_own_month_only(store):
    owner = customer("Ana")
    same_month, next_month = vehicle(owner), vehicle(owner)
    reserve_vehicle_calls([CallRequest(same_month.id, 5), CallRequest(next_month.id, 5)], NOVEMBER, 500)
    spend_vehicle_calls(next_month.id, 2, DECEMBER, 500)  # the month turned between reserving and giving back
    return_vehicle_calls(
        [(same_month.id, ReservedCalls(1, "2026-11")), (next_month.id, ReservedCalls(1, "2026-11"))]
    )
    assert used(same_month) == ("2026-11", 4)
    assert used(next_month) == ("2026-12", 2)
    return_vehicle_calls([(same_month.id, ReservedCalls(50, "2026-11"))])  # never below zero
    assert used(same_month) == ("2026-11", 0)


def test_spending_is_all_or_nothing(store):
    car = vehicle(customer("Ana"), calls_month="2026-11", calls_used=497)
    assert not spend_vehicle_calls(car.id, 4, NOVEMBER, 500)
    assert used(car) == ("2026-11", 497)
    assert spend_vehicle_calls(car.id, 3, NOVEMBER, 500)
    assert used(car) == ("2026-11", 500)
