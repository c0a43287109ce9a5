"""`shopapp smartcar migrate` as a service against the in-process simulator: v2 connections switch to v3 with
their history, their v2 pairs go after the first good v3 read, a revoked owner stays on v2 with why, a second
run changes nothing, and a run stopped half-way is finished by the next."""

import asyncio
from contextlib import asynccontextmanager
from datetime import timedelta
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
import pytest_asyncio
from test_v3_connect_and_refresh import KEY, Shop
from words import words

from shopapp.config import Settings
from shopapp.credentials import Credentials
from shopapp.domain.plan import default_plan
from shopapp.services.connect import CONNECT_SCOPES, save_connection
from shopapp.services.smartcar_link import move_shop_to_v3
from shopapp.services.smartcar_migration import (
    MOVED,
    PENDING_READ,
    STAYS,
    WOULD_MOVE,
    MigrationLine,
    MoveToV3CountWords,
    migrate_to_v3,
)
from shopapp.simulator import Simulator, create_app
from shopapp.smartcar.http_session import create_http_client
from shopapp.store.models import Connection, OdometerReading, ServiceRecord, Vehicle
from shopapp.store.queries import load_settings, save_setting

pytestmark = pytest.mark.asyncio

WITHDREW_ACCESS = (
    "Smartcar no longer lists any of its cars for this application (the owner withdrew access); the owner "
    "must connect again"
)


def move_words(source, *values):
    return words("MoveToV3Words", source, *values)


class Link:
    """The shop's way to the simulator, as the window and the command line hold it."""

    def __init__(self, shop):
        self.shop = shop

    def redirect_uri(self):
        return "http://localhost:8765/callback"

    @asynccontextmanager
    async def session(self, gate=None):
        yield self.shop.session

    async def open_browser(self, url):
        raise AssertionError("the migration never opens a browser")


@pytest_asyncio.fixture
async def v2_shop(store, memory_keyring, monkeypatch):
    """Three owners linked through v2 and refreshed twice (so they have history); then the shop's
    application moves to v3 (its API credentials set) while the connections are still v2."""
    monkeypatch.setenv("SHOPAPP_DATA_KEY", KEY)
    sim = Simulator.generate(vehicles=9, seed=31)
    owners = [p for p in sim.customers][:3]
    async with create_http_client(httpx.ASGITransport(app=create_app(sim))) as http:
        v2 = Shop(sim, http, api="v2")
        for person in owners:
            sim.approve_next_connect_as(person.id)
            location = (await http.get(v2.session.connect_url(state="s", scopes=CONNECT_SCOPES))).headers
            code = parse_qs(urlsplit(location["Location"]).query)["code"][0]
            pair = await v2.session.v2_auth().exchange_code(code)
            await save_connection(v2.session.client, pair, person.name, lambda: KEY, now=sim.clock.now)
        await v2.refresher().refresh()
        sim.clock.advance(timedelta(days=1))
        await v2.refresher().refresh()
        settings = Settings(load_settings, save_setting)
        settings.set("smartcar_api", "v2")
        yield sim, Shop(sim, http, api="v3"), owners, settings


def history_of(vehicle_ids):
    return (
        OdometerReading.select().where(OdometerReading.vehicle.in_(vehicle_ids)).count(),
        ServiceRecord.select().where(ServiceRecord.vehicle.in_(vehicle_ids)).count(),
    )


async def test_two_connections_move_the_revoked_one_stays_and_a_second_run_changes_nothing(v2_shop):
    sim, shop, owners, settings = v2_shop
    revoked = owners[1]
    sim.revoke_user(revoked.id)
    cars = [car.id for car in Vehicle.select()]
    readings_before, records_before = history_of(cars)
    lines = []
    report, summary = await move_shop_to_v3(
        Link(shop), Credentials(), settings, default_plan(), on_line=lines.append
    )
    assert [line.outcome for line in report.lines] == [MOVED, STAYS, MOVED]
    assert report.lines[1].reason == move_words(WITHDREW_ACCESS)
    assert report.lines[1].customer == revoked.name
    by_owner = {c.smartcar_user_id: c for c in Connection.select()}
    for person in (owners[0], owners[2]):
        moved = by_owner[person.id]
        assert moved.api == "v3"
        assert moved.sealed_tokens is None  # erased after the first good v3 read
    assert by_owner[revoked.id].api == "v2"
    assert by_owner[revoked.id].sealed_tokens  # kept: nothing else could bring it back
    readings_after, records_after = history_of(cars)
    assert readings_after >= readings_before
    assert records_after == records_before  # the same records through v3, not duplicated
    assert summary is not None
    assert not summary.failed
    assert settings.get("smartcar_api") == "v3"

    again, _ = await move_shop_to_v3(Link(shop), Credentials(), settings, default_plan())
    assert [line.outcome for line in again.lines] == [STAYS]
    assert {c.smartcar_user_id: (c.api, c.sealed_tokens is None) for c in Connection.select()} == {
        key: (c.api, c.sealed_tokens is None) for key, c in by_owner.items()
    }


async def test_a_dry_run_changes_nothing(v2_shop):
    _sim, shop, _owners, settings = v2_shop
    report = await migrate_to_v3(shop.session.v3, dry_run=True)
    assert [line.outcome for line in report.lines] == [WOULD_MOVE] * 3
    assert {c.api for c in Connection.select()} == {"v2"}
    assert settings.get("smartcar_api") == "v2"


async def test_a_dry_run_counts_each_owners_cars_in_real_plurals():
    one_car = words("MoveToV3CountWords", "%n car(s)", n=1)
    assert MigrationLine(7, "Ana", WOULD_MOVE, MoveToV3CountWords().cars(1)).describe() == move_words(
        "%1 (connection %2): %3 — %4", "Ana", 7, move_words(WOULD_MOVE), one_car
    )
    assert MoveToV3CountWords().cars(2) == words("MoveToV3CountWords", "%n car(s)", n=2)
    assert MigrationLine(8, "Bo", MOVED).describe() == move_words(
        "%1 (connection %2): %3", "Bo", 8, move_words(MOVED)
    )


async def test_a_migration_stopped_half_way_is_finished_by_the_next_run(v2_shop):
    sim, shop, _owners, settings = v2_shop
    v3 = shop.session.v3
    real_connections = v3.connections
    calls = []

    async def stopped_on_the_second_owner(**filters):
        calls.append(filters)
        if len(calls) == 2:
            raise asyncio.CancelledError  # the process is stopped here
        return await real_connections(**filters)

    v3.connections = stopped_on_the_second_owner
    with pytest.raises(asyncio.CancelledError):
        await migrate_to_v3(v3)
    v3.connections = real_connections
    assert sorted(c.api for c in Connection.select()) == ["v2", "v2", "v3"]

    report, summary = await move_shop_to_v3(Link(shop), Credentials(), settings, default_plan())
    assert [line.outcome for line in report.lines] == [PENDING_READ, MOVED, MOVED]
    assert not summary.failed
    assert {(c.api, c.sealed_tokens) for c in Connection.select()} == {("v3", None)}
    assert sim.v3_requests_missing_user_id == 0
