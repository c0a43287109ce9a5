"""The ASGI application: Connect, the token endpoint, the v2 API and the admin surface of one Simulator."""

from __future__ import annotations

import logging
import uuid

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from shopapp.simulator.admin import admin_routes
from shopapp.simulator.api import V2Api, error_response
from shopapp.simulator.connect import ConnectEndpoints
from shopapp.simulator.errors import server_internal
from shopapp.simulator.simulator import Simulator

log = logging.getLogger(__name__)

_ALL_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]


async def _bug_as_server_error(request: Request, exc: Exception) -> Response:
    # A bug in the simulator still answers like Smartcar (500 SERVER/INTERNAL, JSON) so clients and the
    # SDK see an API error rather than a bare text page; Starlette then re-raises for the server's log.
    log.error("Simulator bug on %s %s: %s", request.method, request.url.path, type(exc).__name__)
    return error_response(server_internal(), str(uuid.uuid4()))


def create_app(sim: Simulator) -> Starlette:
    """Serve `sim` in-process (`httpx.ASGITransport(app=create_app(sim))`) or with uvicorn."""
    connect = ConnectEndpoints(sim)
    api = V2Api(sim)
    routes = [
        Route("/oauth/authorize", connect.authorize, methods=["GET"]),
        Route("/oauth/token", connect.token, methods=["POST"]),
        *admin_routes(sim),
        # Everything else, unknown paths included, answers as the v2 API does (JSON 404s, not HTML).
        Route("/{path:path}", api.endpoint, methods=_ALL_METHODS),
    ]
    app = Starlette(routes=routes, exception_handlers={Exception: _bug_as_server_error})
    app.state.simulator = sim
    return app
