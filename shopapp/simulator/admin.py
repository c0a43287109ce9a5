"""`/_simulator/...`: look at and steer a simulator served on loopback (customers, clock, a car's truth).

Nothing here reveals a token or the client secret.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from datetime import UTC, datetime
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from shopapp.simulator.simulator import Simulator


def _iso(moment: datetime | None) -> str | None:
    return None if moment is None else moment.astimezone(UTC).isoformat().replace("+00:00", "Z")


def customers_json(sim: Simulator) -> list[dict[str, Any]]:
    """Every simulated customer with their cars: what demo mode turns into shop customers."""
    return [
        {
            "id": customer.id,
            "name": customer.name,
            "phone": customer.phone,
            "email": customer.email,
            "business": customer.business,
            "address": asdict(customer.address),
            "vehicles": [
                {
                    "id": v.id,
                    "vin": v.vin,
                    "make": v.make,
                    "model": v.model,
                    "year": v.year,
                    "powertrain": v.powertrain.value,
                }
                for v in sim.fleet.vehicles_of(customer)
            ],
        }
        for customer in sim.customers
    ]


def admin_routes(sim: Simulator) -> list[Route]:
    async def customers(request: Request) -> JSONResponse:
        return JSONResponse(customers_json(sim))

    async def clock(request: Request) -> JSONResponse:
        return JSONResponse({"now": _iso(sim.clock.now())})

    async def advance(request: Request) -> JSONResponse:
        raw = request.query_params.get("seconds")
        if raw is None:
            try:
                body = json.loads(await request.body() or b"{}")
            except ValueError:
                body = None
            raw = body.get("seconds") if isinstance(body, dict) else None
        try:
            seconds = float(raw)  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return JSONResponse({"error": "Give 'seconds' (a number >= 0), as a query or JSON field."}, 400)
        if seconds < 0:
            return JSONResponse({"error": "The simulated clock only moves forward."}, 400)
        return JSONResponse({"now": _iso(sim.clock.advance(seconds))})

    async def vehicle(request: Request) -> JSONResponse:
        try:
            reading = sim.reading(request.path_params["id_or_vin"])
        except KeyError:
            return JSONResponse({"error": "No such simulated vehicle."}, 404)
        return JSONResponse(
            {
                "vehicleId": reading.vehicle_id,
                "recordedAt": _iso(reading.recorded_at),
                "odometerKm": reading.odometer_km,
                "odometerMiles": reading.odometer_miles,
                "oilLife": reading.oil_life,
                "troubleCodes": [
                    {"code": code, "since": _iso(since)} for code, since in reading.trouble_codes
                ],
                "systems": [
                    {"systemId": system, "status": status, "description": text}
                    for system, status, text in reading.systems
                ],
            }
        )

    return [
        Route("/_simulator/customers", customers, methods=["GET"]),
        Route("/_simulator/clock", clock, methods=["GET"]),
        Route("/_simulator/clock/advance", advance, methods=["POST"]),
        Route("/_simulator/vehicles/{id_or_vin}", vehicle, methods=["GET"]),
    ]
