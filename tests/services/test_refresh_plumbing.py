"""The two pieces that keep a refresh's slots busy: cars handed out with their calls reserved a group ahead,
and answers written a group per transaction behind the requests."""

import asyncio

import pytest

from shopapp.services.call_allowance import CallAllowance, ReservedCars
from shopapp.services.group_writer import GroupWriter
from shopapp.store.call_budget import ReservedCalls

pytestmark = pytest.mark.asyncio


class InlineWorker:
    """Runs the write at once, counting the calls, like DatabaseWorker without its thread."""

    def __init__(self):
        self.calls = 0

    async def run(self, function, *args):
        self.calls += 1
        await asyncio.sleep(0)
        return function(*args)


class Car:
    def __init__(self, number, calls=1):
        self.number = number
        self.allowance = CallAllowance(number, ReservedCalls(calls, "2026-11"))


async def test_answers_are_written_in_groups_in_order_and_the_rest_on_close():
    groups, written = [], []
    writer = GroupWriter(
        InlineWorker(), lambda group: groups.append(list(group)), written.append, group_size=3, linger=60
    )
    for number in range(7):
        writer.add(number)
    await asyncio.sleep(0.01)
    assert groups == [[0, 1, 2], [3, 4, 5]]  # full groups go at once; 6 lingers for company
    assert written == [0, 1, 2, 3, 4, 5]
    await writer.close()  # does not wait out the linger
    assert groups[-1] == [6]
    assert written == list(range(7))


async def test_a_lone_answer_is_written_after_the_linger():
    groups = []
    writer = GroupWriter(
        InlineWorker(), lambda group: groups.append(list(group)), lambda item: None, group_size=8, linger=0.01
    )
    writer.add("only")
    await asyncio.sleep(0.1)
    assert groups == [["only"]]


async def test_a_failed_write_is_raised_to_whoever_adds_or_closes_next():
    def write(group):
        raise OSError("disk full")

    writer = GroupWriter(InlineWorker(), write, lambda item: None, group_size=1, linger=0)
    writer.add(1)
    await asyncio.sleep(0.01)
    with pytest.raises(OSError, match="disk full"):
        writer.add(2)
    with pytest.raises(OSError, match="disk full"):
        await writer.close()


async def test_cars_come_in_order_and_the_next_group_is_reserved_while_half_of_one_is_left():
    reserved_groups = []

    async def reserve(numbers):
        reserved_groups.append(list(numbers))
        return [Car(number) for number in numbers]

    cars = ReservedCars(list(range(10)), reserve, group_size=4)
    handed = []
    while (car := await cars.next()) is not None:
        handed.append(car.number)
        if car.number == 1:
            await asyncio.sleep(0)  # the reservation started when two of four were left has run
            assert reserved_groups == [[0, 1, 2, 3], [4, 5, 6, 7]]
    assert handed == list(range(10))
    assert reserved_groups == [[0, 1, 2, 3], [4, 5, 6, 7], [8, 9]]


async def test_every_reserved_car_not_settled_is_listed_for_giving_back():
    async def reserve(numbers):
        return [Car(number, calls=5) for number in numbers]

    cars = ReservedCars(list(range(6)), reserve, group_size=4)
    first = await cars.next()
    assert first.allowance.take(4)
    first.allowance.settled = True
    second = await cars.next()
    assert second.allowance.take(5)
    assert not second.allowance.take(1)
    await cars.settle_reservation_under_way()
    unsettled = cars.unsettled()
    assert [car.number for car in unsettled] == [1, 2, 3, 4, 5]
    assert [car.allowance.unused.calls for car in unsettled] == [0, 5, 5, 5, 5]


async def test_a_failed_reservation_ends_the_handing_out():
    async def reserve(numbers):
        raise OSError("database is locked")

    cars = ReservedCars([1, 2], reserve, group_size=4)
    with pytest.raises(OSError, match="locked"):
        await cars.next()
