"""Shared fixtures: offscreen Qt, a qasync loop per test, a private data folder, an in-memory keyring."""

import asyncio
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any QApplication exists
os.environ.setdefault("QT_API", "pyside6")  # qasync picks its binding from this

import keyring
import pytest
import qasync
from hypothesis import settings
from memkeyring import MemoryKeyring

# No per-example deadline: CI machines are shared and a slow example is not a failure. The "thorough"
# profile (SHOPAPP_HYPOTHESIS_PROFILE=thorough) runs many more examples before a release.
settings.register_profile("shopapp", deadline=None)
settings.register_profile("thorough", deadline=None, max_examples=3000)
settings.load_profile(os.environ.get("SHOPAPP_HYPOTHESIS_PROFILE", "shopapp"))

# Tests must never reach a developer's real Smartcar app or data folder.
for _name in list(os.environ):
    if _name.startswith(("SMARTCAR_", "SHOPAPP_")) and not _name.startswith("SHOPAPP_TEST_"):
        del os.environ[_name]


@pytest.fixture(autouse=True)
def shopapp_home(tmp_path, monkeypatch):
    home = tmp_path / "shopapp-home"
    home.mkdir()
    monkeypatch.setenv("SHOPAPP_HOME", str(home))
    return home


@pytest.fixture(autouse=True)
def memory_keyring():
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    return ring


@pytest.fixture
def qloop(qapp):
    """A qasync loop for tests that mix Qt widgets and coroutines (see stack-notes section 4)."""
    loop = qasync.QEventLoop(qapp)
    asyncio.set_event_loop(loop)
    try:
        yield loop
    finally:
        pending = [task for task in asyncio.all_tasks(loop) if not task.done()]
        for task in pending:
            task.cancel()
        if pending:
            loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
        loop.run_until_complete(loop.shutdown_asyncgens())
        loop.close()
        asyncio.set_event_loop(None)


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
