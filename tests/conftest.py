"""Shared fixtures: offscreen Qt, a qasync loop per test, a private data folder, an in-memory keyring, and a
demo shop built once per session (the real Connect path and refresher against the simulator) that tests
copy into their own data folder, so window and pane tests start from a realistic fleet in milliseconds."""

import asyncio
import gc
import os
import shutil

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any QApplication exists
os.environ.setdefault("QT_API", "pyside6")  # qasync picks its binding from this

import keyring
import keyring.backends.fail
import pseudo_translation
import pytest
import qasync
from bound_store import bound_store
from hypothesis import settings
from memkeyring import MemoryKeyring
from PySide6.QtCore import QLocale
from qt_support import finish

from shopapp.domain.plan import default_plan
from shopapp.i18n import install_translators
from shopapp.local_format import set_shop_locale
from shopapp.services.demo import DemoSmartcar, build_demo_shop, demo_credentials, demo_simulator
from shopapp.store.database import DATABASE_FILE_NAME, open_store
from shopapp.store.models import db
from shopapp.ui.gui_thread_gc import collect_if_due

# The `store` fixture (a fresh database, SQLite and PostgreSQL) for every test directory.
pytest_plugins = ["store_database"]

# No per-example deadline: CI machines are shared and a slow example is not a failure. The "thorough"
# profile (SHOPAPP_HYPOTHESIS_PROFILE=thorough) runs many more examples before a release.
settings.register_profile("shopapp", deadline=None)
settings.register_profile("thorough", deadline=None, max_examples=3000)
settings.load_profile(os.environ.get("SHOPAPP_HYPOTHESIS_PROFILE", "shopapp"))

# Tests must never reach a developer's real Smartcar app or data folder.
for _name in list(os.environ):
    if _name.startswith(("SMARTCAR_", "SHOPAPP_")) and not _name.startswith("SHOPAPP_TEST_"):
        del os.environ[_name]


# As in the window (shopapp/ui/gui_thread_gc.py): the cycle collector runs on the main thread only, between
# tests, never on a database thread where it could free a Qt object of an earlier test.
gc.disable()


def pytest_collection_modifyitems(config, items):
    if not pseudo_translation.ENABLED:
        return
    skip = pytest.mark.skip(reason="compares English on purpose or another process's output")
    for item in items:
        if any(item.get_closest_marker(name) for name in pseudo_translation.SKIPPED_MARKERS):
            item.add_marker(skip)


@pytest.fixture(autouse=True, scope="session")
def english_translation(qapp):
    """English as ShopApp has it after start (install_translators in ui/app.py and the command line): proper
    plurals ("1 car", "2 cars") and US-English dates and numbers, whatever the test machine's locale."""
    set_shop_locale(QLocale("en_US"))
    translators = install_translators(qapp, QLocale("en_US"))
    if pseudo_translation.ENABLED:
        translators.append(pseudo_translation.PseudoTranslator(qapp))
        qapp.installTranslator(translators[-1])
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


@pytest.fixture(autouse=True)
def collect_garbage_on_the_main_thread():
    yield
    collect_if_due()


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
def no_keyring():
    """A computer without a usable keyring (a server, a bare desktop): every keyring call fails."""
    keyring.set_keyring(keyring.backends.fail.Keyring())


# What a developer's shell may set for Smartcar (DESIGN.md "Configuration contract"); a set-up test starts
# without them so it sees what the shop's own settings and keyring say.
SMARTCAR_VARIABLES = (
    "SMARTCAR_CLIENT_ID",
    "SMARTCAR_CLIENT_SECRET",
    "SMARTCAR_APPLICATION_ID",
    "SHOPAPP_DATA_KEY",
)


@pytest.fixture
def without_smartcar_variables(monkeypatch):
    for name in SMARTCAR_VARIABLES:
        monkeypatch.delenv(name, raising=False)


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


TEMPLATE_VEHICLES = 24


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory):
    """(database file, data key file) of a demo shop of about TEMPLATE_VEHICLES cars."""
    home = tmp_path_factory.mktemp("demo-template")
    database = open_store(home, "")
    sim = demo_simulator(vehicles=TEMPLATE_VEHICLES)
    credentials = demo_credentials(home)
    finish(build_demo_shop(sim, DemoSmartcar(sim), credentials, default_plan()))
    database.close()
    db.initialize(None)
    return home / DATABASE_FILE_NAME, home / "demo-data-key"


@pytest.fixture
def out(tmp_path):
    """An empty folder for what a test writes (the test's data folder sits beside it, not in it)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def shop_store(shopapp_home):
    """A fresh, empty SQLite shop database in this test's data folder, bound (tests that read the file's
    bytes need SQLite; the `store` fixture of store_database.py also runs PostgreSQL)."""
    with bound_store(shopapp_home) as database:
        yield database


@pytest.fixture
def demo_store(demo_template, shopapp_home):
    """The bound database of a copy of the demo shop in this test's data folder."""
    database_file, key_file = demo_template
    shutil.copy(database_file, shopapp_home / DATABASE_FILE_NAME)
    shutil.copy(key_file, shopapp_home / key_file.name)
    with bound_store(shopapp_home) as database:
        yield database


@pytest.fixture
def live_demo(shopapp_home, memory_keyring):
    """A small demo shop built in this test's folder with its simulator still running in-process, so the
    window can refresh and connect against it: (ShopSession, Simulator)."""
    from shopapp.ui.demo_start import open_demo_session

    session = open_demo_session(shopapp_home, vehicles=8)
    sim = session.link.sim
    finish(build_demo_shop(sim, session.link, session.credentials, session.plan()))
    yield session, sim
    db.close()
    db.initialize(None)
