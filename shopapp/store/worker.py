"""One thread for a batch of database writes, so the event loop never waits on the disk or on a lock, and
writers queue up instead of contending (SQLite allows one writer at a time anyway)."""

from __future__ import annotations

import asyncio
import concurrent.futures
from collections.abc import Callable
from typing import Any, TypeVar

from shopapp.store.models import db

T = TypeVar("T")


class DatabaseWorker:
    """`await worker.run(fn, *args)` runs fn on the worker's thread; `close()` closes its connection."""

    def __init__(self) -> None:
        self._executor = concurrent.futures.ThreadPoolExecutor(max_workers=1, thread_name_prefix="shopapp-db")

    async def run(self, function: Callable[..., T], *args: Any) -> T:
        return await asyncio.get_running_loop().run_in_executor(self._executor, function, *args)

    async def close(self) -> None:
        await self.run(_close_thread_connection)
        self._executor.shutdown(wait=True)

    async def __aenter__(self) -> DatabaseWorker:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()


def _close_thread_connection() -> None:
    if not db.is_closed():  # peewee keeps one connection per thread
        db.close()


async def run_on_own_thread(function: Callable[[], T]) -> T:
    """Runs one blocking database function on a thread of its own, closing that thread's connection after:
    for a dialog opened without the window's worker (tests, the first-run set-up)."""

    def call() -> T:
        try:
            return function()
        finally:
            _close_thread_connection()

    return await asyncio.to_thread(call)
