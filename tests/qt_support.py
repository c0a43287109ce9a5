"""Helpers for tests that mix Qt signals and coroutines (see stack-notes section 4)."""

import asyncio


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
        signal.disconnect(on_signal)
