"""Helpers for tests that mix Qt signals and coroutines (see stack-notes section 4), and for measuring the
event loop while another connection holds the database's write lock."""

import asyncio
import contextlib
import sqlite3
import time

from PySide6.QtCore import QTimer

from shopapp.store.database import DATABASE_FILE_NAME


async def wait_signal(signal, within=5.0):
    """Awaits a Qt signal from inside a coroutine (qtbot.waitSignal would deadlock the loop there)."""
    future = asyncio.get_running_loop().create_future()

    def on_signal(*args):
        if not future.done():
            future.set_result(args)

    signal.connect(on_signal)
    try:
        return await asyncio.wait_for(future, within)
    finally:
        with contextlib.suppress(RuntimeError):  # its sender was a dialog deleted on close
            signal.disconnect(on_signal)


def open_window(qtbot, qloop, session, home, *, load=True):
    """The real main window on `session`, shown at a desk-sized 1400x820, its list loaded; wound down on
    the running loop before pytest-qt closes it (it closes widgets before fixtures end)."""
    from shopapp.ui.app import ui_state_for
    from shopapp.ui.main_window import MainWindow

    window = MainWindow(session, ui_state_for(home))
    qtbot.addWidget(window, before_close_func=lambda widget: qloop.run_until_complete(widget.shut_down()))
    window.resize(1400, 820)
    window.show()
    if load:
        qloop.run_until_complete(window.load_rows_now())
    return window


def finish(coroutine):
    """Runs a coroutine (a dialog's save that writes on a thread of its own, a demo shop being built) to its
    end, on a private loop (asyncio.run would reset the current event loop, pulling it from under a test's
    qasync loop)."""
    loop = asyncio.new_event_loop()
    try:
        return loop.run_until_complete(coroutine)
    finally:
        loop.close()


def click_and_wait(qloop, button, signal, within=10.0):
    """Clicks `button` and runs the loop until `signal` (a dialog that saves in the background)."""

    async def scenario():
        button.click()
        return await wait_signal(signal, within)

    return qloop.run_until_complete(scenario())


TICK_MS = 5


class StallMeter:
    """A QTimer ticking every few ms, as benchmarks/window_responsiveness.py measures the window: the
    longest gap between two ticks, less the tick itself, is the longest the event loop stood still."""

    def __init__(self):
        self.longest_ms = 0.0
        self._last = time.perf_counter()
        self._timer = QTimer()
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)

    def _tick(self):
        now = time.perf_counter()
        self.longest_ms = max(self.longest_ms, (now - self._last) * 1000 - TICK_MS)
        self._last = now

    def start(self):
        self._last = time.perf_counter()
        self._timer.start()

    def stop(self):
        """Stops and frees the timer here, on the GUI thread (left in a reference cycle, the garbage
        collector could free it later on a database thread, which Qt does not survive)."""
        self._timer.stop()
        self._timer.timeout.disconnect(self._tick)
        self._timer = None


def hold_write_lock(home):
    """Another connection takes the write lock at once, as a refresh's transaction or another PC would."""
    other = sqlite3.connect(home / DATABASE_FILE_NAME, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    return other
