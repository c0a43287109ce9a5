"""Background tasks on the app's one event loop: references kept (asyncio holds only weak ones), failures
logged instead of lost, and named tasks where a new start replaces the old one (search-as-you-type,
selection changes)."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from typing import Any

log = logging.getLogger(__name__)


class BackgroundTasks:
    """Owns fire-and-forget tasks. `on_error(exc)` hears of every failure (the window shows it once)."""

    def __init__(self, on_error: Callable[[BaseException], None] | None = None) -> None:
        self._tasks: set[asyncio.Task] = set()
        self._named: dict[str, asyncio.Task] = {}
        self._on_error = on_error

    def start(self, coroutine: Coroutine[Any, Any, Any], name: str | None = None) -> asyncio.Task:
        """Runs `coroutine` in the background; with a `name`, a task already running under it is
        cancelled first (its result would be stale)."""
        if name is not None:
            previous = self._named.pop(name, None)
            if previous is not None and not previous.done():
                previous.cancel()
        task = asyncio.ensure_future(coroutine)
        self._tasks.add(task)
        if name is not None:
            self._named[name] = task
        task.add_done_callback(lambda done: self._finished(done, name))
        return task

    def running(self, name: str) -> bool:
        task = self._named.get(name)
        return task is not None and not task.done()

    def cancel(self, name: str) -> None:
        task = self._named.get(name)
        if task is not None and not task.done():
            task.cancel()

    def _finished(self, task: asyncio.Task, name: str | None) -> None:
        self._tasks.discard(task)
        if name is not None and self._named.get(name) is task:
            del self._named[name]
        if task.cancelled():
            return
        error = task.exception()
        if error is not None:
            log.error("Background task %s failed", name or task.get_name(), exc_info=error)
            if self._on_error is not None:
                self._on_error(error)

    async def close(self) -> None:
        """Cancels everything still running and waits for it to wind down (on quit)."""
        current = asyncio.current_task()
        pending = [task for task in self._tasks if not task.done() and task is not current]
        for task in pending:
            task.cancel()
        if pending:
            await asyncio.wait(pending)
