"""`/v3/connections` and `/v3/users/{id}`: list (paged, filtered), read and end connections, remove an
owner. Authorised by an application token only; free, as Smartcar does not bill them (no bucket, no
quota, no faults)."""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlencode

from starlette.requests import Request
from starlette.responses import Response

from shopapp.simulator import errors
from shopapp.simulator.catalog import Powertrain
from shopapp.simulator.clock import iso_z
from shopapp.simulator.connections import Connection
from shopapp.simulator.resources import whole_number
from shopapp.simulator.simulator import Simulator
from shopapp.simulator.v3_responses import json_bytes, paging_meta

MAX_PAGE_SIZE = 100
CONNECTION_MODES = ("live", "simulated", "test")
POWERTRAIN_TYPES = {Powertrain.ICE: "ICE", Powertrain.HEV: "HEV", Powertrain.EV: "BEV"}
_PAGING = ("page[number]", "page[size]")


def bearer_token(request: Request) -> str | None:
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    return token.strip() if scheme.lower() == "bearer" and token.strip() else None


def authenticate_app(sim: Simulator, request: Request) -> None:
    """An application token that is still valid, or 401 AUTHENTICATION."""
    token = bearer_token(request)
    if token is None or not sim.tokens.app_token_valid(token, sim.clock.timestamp()):
        raise errors.app_authentication()


def plain_json(body: Any, request_id: str) -> Response:
    return Response(json_bytes(body), 200, {"SC-Request-Id": request_id}, media_type="application/json")


class ConnectionsEndpoints:
    def __init__(self, sim: Simulator) -> None:
        self.sim = sim

    def list(self, request: Request, request_id: str, base: str) -> Response:
        sim = self.sim
        authenticate_app(sim, request)
        query = request.query_params
        number = whole_number(query, "page[number]", 1, 1, None)
        size = whole_number(query, "page[size]", sim.config.v3_connections_page_size, 1, MAX_PAGE_SIZE)
        mode = query.get("filter[vehicle.mode]")
        if mode is not None and mode not in CONNECTION_MODES:
            raise errors.validation(
                f"filter[vehicle.mode] must be one of {', '.join(CONNECTION_MODES)}.",
                parameter="filter[vehicle.mode]",
            )
        # sc-user-id is optional here and narrows the list like filter[userId].
        wanted = {
            "user_id": (query.get("filter[userId]"), request.headers.get("sc-user-id")),
            "vehicle_id": (query.get("filter[vehicleId]"),),
            "external_id": (query.get("filter[user.externalId]"),),
            "mode": (mode,),
        }
        found = [c for c in sim.connections.all() if _matches(c, wanted)]
        last = max(1, math.ceil(len(found) / size))
        kept = [(key, value) for key, value in query.multi_items() if key not in _PAGING]

        def link(page_number: int) -> str:
            return f"{base}/connections?{urlencode([*kept, (_PAGING[0], page_number), (_PAGING[1], size)])}"

        meta = paging_meta(number, size, len(found), sim.config.v3_paging_meta)
        if sim.config.v3_paging_meta == "pageNumber":  # the current spec also says how the list is sorted
            meta.update(orderBy="createdAt", orderDirection="asc")
        body = {
            "data": [self._json(c, base) for c in found[(number - 1) * size : number * size]],
            "meta": meta,
            "links": {
                "self": link(number),
                "first": link(1),
                "prev": link(min(number - 1, last)) if number > 1 else None,
                "next": link(number + 1) if number < last else None,
                "last": link(last),
            },
        }
        return plain_json(body, request_id)

    def one(self, request: Request, request_id: str, base: str, connection_id: str) -> Response:
        """GET answers `{"data": connection}`; DELETE ends the grant for that car (204)."""
        sim = self.sim
        authenticate_app(sim, request)
        connection = sim.connections.get(connection_id)
        user_id = request.headers.get("sc-user-id")
        if connection is None or user_id not in (None, "", connection.user_id):
            raise errors.resource_not_found("There is no connection with this id.", code=None)
        if request.method == "GET":
            return plain_json({"data": self._json(connection, base)}, request_id)
        sim.tokens.end_vehicle_access(connection.user_id, sim.credentials.client_id, connection.vehicle_id)
        sim.connections.forget(connection)
        return Response(status_code=204, headers={"SC-Request-Id": request_id})

    def delete_user(self, request: Request, request_id: str, user_id: str) -> Response:
        """The owner and every connection of theirs go (reference section 3.3)."""
        authenticate_app(self.sim, request)
        if not self.sim.revoke_user(user_id):
            raise errors.resource_not_found("There is no user with this id.", code=None)
        return Response(status_code=204, headers={"SC-Request-Id": request_id})

    def _json(self, connection: Connection, base: str) -> dict[str, Any]:
        vehicle = self.sim.fleet.vehicles[connection.vehicle_id]
        return {
            "id": connection.id,
            "type": "connection",
            "attributes": {
                "permissions": list(connection.permissions),
                "vehicle": {
                    "make": vehicle.make,
                    "model": vehicle.model,
                    "year": vehicle.year,
                    "mode": connection.mode,
                    "powertrainType": POWERTRAIN_TYPES[vehicle.powertrain],
                },
            },
            "relationships": {
                "vehicle": {
                    "data": {"id": vehicle.id, "type": "vehicle"},
                    "links": {"related": f"{base}/vehicles/{vehicle.id}"},
                },
                "user": {"data": {"id": connection.user_id, "type": "user"}},
            },
            "meta": {"createdAt": iso_z(connection.created_ts), "updatedAt": iso_z(connection.updated_ts)},
            "links": {"self": f"{base}/connections/{connection.id}"},
        }


def _matches(connection: Connection, wanted: Mapping[str, tuple[str | None, ...]]) -> bool:
    """Every filter given (an empty one counts as not given) holds for this connection."""
    return all(
        getattr(connection, field) == value for field, values in wanted.items() for value in values if value
    )
