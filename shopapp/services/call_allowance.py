"""Smartcar calls counted ahead: a refresh reserves the monthly-budget calls of a group of cars in one
transaction while the requests of the cars before them are in flight, so no car waits for the database
before its request goes out, and gives back what a car did not use (DESIGN.md "Smartcar plan limits")."""

from __future__ import annotations

import asyncio
from collections import deque
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Generic, Protocol, TypeVar

from shopapp.store.call_budget import ReservedCalls


@dataclass
class CallAllowance:
    """The calls reserved for one car, as its requests use them. `settled` once the unused ones were given
    back (or there were none to give)."""

    vehicle_id: int
    reserved: ReservedCalls
    used: int = 0
    settled: bool = False

    def take(self, calls: int) -> bool:
        """Uses `calls` of the reservation, or none of it when fewer are left."""
        if self.used + calls > self.reserved.calls:
            return False
        self.used += calls
        return True

    @property
    def unused(self) -> ReservedCalls:
        return ReservedCalls(self.reserved.calls - self.used, self.reserved.month)


class HasAllowance(Protocol):
    allowance: CallAllowance


V = TypeVar("V")
C = TypeVar("C", bound=HasAllowance)


class ReservedCars(Generic[V, C]):
    """Hands out cars whose calls are already reserved, in the order given. `reserve(vehicles)` reserves a
    group (one transaction) and returns the cars with their allowances; the next group is reserved once
    half the current one is handed out, so the requests never wait for it."""

    def __init__(
        self, vehicles: Sequence[V], reserve: Callable[[list[V]], Awaitable[list[C]]], group_size: int
    ) -> None:
        self._waiting = deque(vehicles)
        self._reserve = reserve
        self._group_size = max(1, group_size)
        self._ready: deque[C] = deque()
        self._reserved: list[C] = []
        self._refill: asyncio.Future[None] | None = None
        self._failure: BaseException | None = None

    async def next(self) -> C | None:
        """The next car, or None when every car was handed out."""
        while True:
            if self._failure is not None:
                raise self._failure
            if self._ready:
                car = self._ready.popleft()
                self._reserve_ahead()
                return car
            self._reserve_ahead()
            if self._refill is None:
                return None
            # Shielded: a worker cancelled while it waits must not abandon a reservation half made (its cars
            # would be counted and never given back).
            await asyncio.shield(self._refill)

    def _reserve_ahead(self) -> None:
        if self._refill is None and self._waiting and len(self._ready) <= self._group_size // 2:
            self._refill = asyncio.ensure_future(self._reserve_next_group())

    def unsettled(self) -> list[C]:
        """Every car reserved whose unused calls were not given back yet."""
        return [car for car in self._reserved if not car.allowance.settled]

    async def settle_reservation_under_way(self) -> None:
        """Waits for a reservation still being made, so its cars can be given back too."""
        if self._refill is not None:
            await asyncio.gather(self._refill, return_exceptions=True)

    async def _reserve_next_group(self) -> None:
        group = [self._waiting.popleft() for _ in range(min(self._group_size, len(self._waiting)))]
        try:
            cars = await self._reserve(group)
        except Exception as exc:  # a database failure: every worker is told, and ends the refresh with it
            self._failure = exc
            return
        finally:
            self._refill = None
        self._reserved.extend(cars)
        self._ready.extend(cars)
