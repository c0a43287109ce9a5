"""The ASGI application: Connect, both token endpoints, the v2 and v3 APIs and the admin surface of one
Simulator, all on one origin."""

from __future__ import annotations

import logging
import uuid

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from shopapp.simulator.admin import admin_routes
from shopapp.simulator.api import V2Api, error_response
from shopapp.simulator.api_v3 import V3Api
from shopapp.simulator.api_v3_webhooks import WebhooksApi
from shopapp.simulator.connect import ConnectEndpoints
from shopapp.simulator.errors import server_internal
from shopapp.simulator.iam import IamEndpoint
from shopapp.simulator.simulator import Simulator
from shopapp.simulator.v3_responses import v3_error_response

log = logging.getLogger(__name__)

_ALL_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]


async def _bug_as_server_error(request: Request, exc: Exception) -> Response:
    # A bug in the simulator still answers like Smartcar (500 SERVER/INTERNAL, JSON) so clients and the
    # SDK see an API error rather than a bare text page; Starlette then re-raises for the server's log.
    log.error("Simulator bug on %s %s: %s", request.method, request.url.path, type(exc).__name__)
    sim: Simulator = request.app.state.simulator
    if request.url.path.startswith("/v3/"):
        return v3_error_response(server_internal(), str(uuid.uuid4()), sim.config.v3_error_shape)
    return error_response(server_internal(), str(uuid.uuid4()))


def create_app(sim: Simulator) -> Starlette:
    """Serve `sim` in-process (`httpx.ASGITransport(app=create_app(sim))`) or with uvicorn."""
    connect = ConnectEndpoints(sim)
    api = V2Api(sim)
    api_v3 = V3Api(sim)
    webhooks = WebhooksApi(sim)
    routes = [
        Route("/oauth/authorize", connect.authorize, methods=["GET"]),
        Route("/oauth/token", connect.token, methods=["POST"]),
        Route("/oauth2/token", IamEndpoint(sim).token, methods=["POST"]),
        # The management API's webhooks and subscriptions, before the rest of /v3/.
        *(
            Route(path, webhooks.endpoint, methods=_ALL_METHODS)
            for path in (
                "/v3/webhooks",
                "/v3/webhooks/{path:path}",
                "/v3/subscriptions",
                "/v3/subscriptions/{path:path}",
            )
        ),
        Route("/v3", api_v3.endpoint, methods=_ALL_METHODS),
        Route("/v3/{path:path}", api_v3.endpoint, methods=_ALL_METHODS),
        *admin_routes(sim),
        # Everything else, unknown paths included, answers as the v2 API does (JSON 404s, not HTML).
        Route("/{path:path}", api.endpoint, methods=_ALL_METHODS),
    ]
    app = Starlette(routes=routes, exception_handlers={Exception: _bug_as_server_error})
    app.state.simulator = sim
    return app
