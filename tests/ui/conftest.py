"""A demo shop built once per session (the real Connect path and refresher against the simulator), copied
into each test's data folder, so window and pane tests start from a realistic fleet in milliseconds."""

import asyncio
import shutil

import pytest

from shopapp.domain.plan import default_plan
from shopapp.services.demo import DemoSmartcar, build_demo_shop, demo_credentials, demo_simulator
from shopapp.store.database import DATABASE_FILE_NAME, open_store
from shopapp.store.models import db

TEMPLATE_VEHICLES = 24


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory):
    """(database file, data key file) of a demo shop of about TEMPLATE_VEHICLES cars."""
    home = tmp_path_factory.mktemp("demo-template")
    database = open_store(home, "")
    sim = demo_simulator(vehicles=TEMPLATE_VEHICLES)
    credentials = demo_credentials(home)
    asyncio.run(build_demo_shop(sim, DemoSmartcar(sim), credentials, default_plan()))
    database.close()
    db.initialize(None)
    return home / DATABASE_FILE_NAME, home / "demo-data-key"


@pytest.fixture
def demo_store(demo_template, shopapp_home):
    """The bound database of a copy of the demo shop in this test's data folder."""
    database_file, key_file = demo_template
    shutil.copy(database_file, shopapp_home / DATABASE_FILE_NAME)
    shutil.copy(key_file, shopapp_home / key_file.name)
    database = open_store(shopapp_home, "")
    yield database
    if not database.is_closed():
        database.close()
    db.initialize(None)
