"""The whole chain on a simulated fleet: Connect, one batch per car, snapshot, store, due list."""

from datetime import timedelta
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from shopapp.domain.plan import default_plan
from shopapp.domain.units import DistanceUnit
from shopapp.resources import trouble_code_catalogue
from shopapp.services.due_list import due_list
from shopapp.services.smartcar_source import SNAPSHOT_PATHS, snapshot_from_batch
from shopapp.simulator import ALL_SCOPES, Simulator, create_app
from shopapp.smartcar import (
    AppCredentials,
    SmartcarAuth,
    SmartcarClient,
    SmartcarEndpoints,
    create_http_client,
)
from shopapp.store.models import Customer, Vehicle
from shopapp.store.readings import record_snapshot


@pytest.mark.asyncio
async def test_a_simulated_fleet_reaches_the_due_list(store):
    sim = Simulator.generate(vehicles=12, seed=5)
    endpoints = SmartcarEndpoints.for_server("http://simulator.test")
    credentials = AppCredentials(
        sim.credentials.client_id, sim.credentials.client_secret, "http://localhost:8765/callback"
    )
    async with create_http_client(httpx.ASGITransport(app=create_app(sim))) as http:
        auth, client = SmartcarAuth(http, endpoints, credentials), SmartcarClient(http, endpoints)
        connections = []
        for person in sim.customers:
            redirect = await http.get(auth.connect_url(state="s", scopes=ALL_SCOPES))
            code = parse_qs(urlsplit(redirect.headers["Location"]).query)["code"][0]
            pair = await auth.exchange_code(code)
            owner = Customer.create(
                name=person.name, phone=person.phone, email=person.email, created_at=sim.clock.now()
            )
            cars = []
            for vehicle_id in (await client.vehicle_ids(pair.access_token)).vehicle_ids:
                attributes = await client.attributes(pair.access_token, vehicle_id)
                car = Vehicle.create(
                    customer=owner,
                    smartcar_id=vehicle_id,
                    make=attributes.make,
                    model=attributes.model,
                    year=attributes.year,
                    created_at=sim.clock.now(),
                )
                cars.append(car)
            connections.append([pair, cars])
        for _ in range(3):  # three refreshes a week apart, rotating each login's tokens as the app will
            for connection in connections:
                pair, cars = connection
                for car in cars:
                    batch = await client.batch(pair.access_token, car.smartcar_id, SNAPSHOT_PATHS)
                    record_snapshot(car.id, snapshot_from_batch(batch, sim.clock.now()), sim.clock.now())
            sim.clock.advance(timedelta(days=7))
            for connection in connections:
                connection[0] = await auth.refresh_tokens(connection[0].refresh_token)
    rows = due_list(
        today=sim.clock.now().date(),
        plan=default_plan(),
        unit=DistanceUnit.MI,
        catalogue=trouble_code_catalogue(),
        include_all=True,
    )
    cars = Vehicle.select()
    assert all(car.odometer_km and car.km_per_day is not None for car in cars)
    assert {car.oil_capability for car in cars} >= {"reported", "no_engine_oil"}
    assert {row.vehicle.vehicle_id for row in rows} == {car.id for car in cars}
    assert "awaiting" not in {
        row.item.key for row in rows
    }  # every car was read: none awaits its first refresh
    assert any(row.item.status.value != "ok" for row in rows)
