"""The ASGI application: Connect, the token endpoint, the v2 API and the admin surface of one Simulator."""

from __future__ import annotations

from starlette.applications import Starlette
from starlette.routing import Route

from shopapp.simulator.admin import admin_routes
from shopapp.simulator.api import V2Api
from shopapp.simulator.connect import ConnectEndpoints
from shopapp.simulator.simulator import Simulator

_ALL_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]


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
    app = Starlette(routes=routes)
    app.state.simulator = sim
    return app
