"""Writes come in one at a time and go to the database a group per transaction, off the request path: a
refresh hands over a car's answers and its slot takes the next car at once, while the writer thread stores
whatever arrived meanwhile in one transaction (one per car would cost a thread hand-off and a commit each)."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable, Sequence
from typing import Generic, TypeVar

from shopapp.store.worker import DatabaseWorker

T = TypeVar("T")


class GroupWriter(Generic[T]):
    """`add(item)` queues an item; `write(group)` runs on the worker's thread for up to `group_size` items
    at a time, when that many are waiting or the oldest has waited `linger` seconds; `on_written(item)` is
    told on the event loop for each item once its group is committed. `close()` writes what is left.

    A failed write ends the writing: the next `add` and `close` raise its error."""

    def __init__(
        self,
        worker: DatabaseWorker,
        write: Callable[[Sequence[T]], object],
        on_written: Callable[[T], None],
        *,
        group_size: int,
        linger: float,
    ) -> None:
        self._worker = worker
        self._write = write
        self._on_written = on_written
        self._group_size = max(1, group_size)
        self._linger = linger
        self._pending: list[T] = []
        self._enough = asyncio.Event()
        self._task: asyncio.Future[None] | None = None
        self._failure: BaseException | None = None
        self._closing = False

    def add(self, item: T) -> None:
        if self._failure is not None:
            raise self._failure
        self._pending.append(item)
        if len(self._pending) >= self._group_size:
            self._enough.set()
        if self._task is None:
            self._task = asyncio.ensure_future(self._write_pending())

    async def close(self) -> None:
        """Writes everything added so far, now; raises the error of a failed write."""
        self._closing = True
        self._enough.set()
        while self._task is not None or (self._pending and self._failure is None):
            if self._task is None:
                self._task = asyncio.ensure_future(self._write_pending())
            await asyncio.gather(self._task, return_exceptions=True)
        if self._failure is not None:
            raise self._failure

    async def _write_pending(self) -> None:
        try:
            while self._pending:
                if len(self._pending) < self._group_size and not self._closing:
                    # Linger a little: a group of one costs nearly as much as a group of twenty.
                    with contextlib.suppress(TimeoutError):
                        await asyncio.wait_for(self._enough.wait(), self._linger)
                self._enough.clear()
                group = self._pending[: self._group_size]
                del self._pending[: self._group_size]
                await self._worker.run(self._write, group)
                for item in group:
                    self._on_written(item)
        except Exception as exc:  # told to whoever adds or closes next, who ends the refresh with it
            self._failure = exc
        finally:
            self._task = None
