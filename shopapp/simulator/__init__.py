"""A Smartcar-compatible server (v2 and v3 APIs, Connect, both token endpoints) with a generated fleet, for
demo mode and tests. v2 and v3 are served side by side on one origin.

sim = Simulator.generate(vehicles=25, seed=7)
app = create_app(sim)                     # httpx.ASGITransport(app=app), or:
with run_in_thread(sim) as base_url: ...  # uvicorn on 127.0.0.1, free port
sim.clock.advance(timedelta(days=3)); sim.faults.force("asleep", vehicle_id=...)
Over HTTP, POST /_simulator/clock/advance takes control_token(sim) in the X-Simulator-Control header.

v3: POST /oauth2/token (client credentials: sim.api_credentials, demo DEMO_API_CLIENT_ID /
DEMO_API_CLIENT_SECRET) gives an app token; GET /v3/connections, /v3/vehicles/{id},
/v3/vehicles/{id}/signals[/{code}] take it with the `sc-user-id` header. Connect redirects with `user_id`.
Where the sources give two readings, SimulatorConfig picks one: v3_error_shape, v3_timestamps,
v3_unit_spelling, v3_paging_meta; v3_accept_vehicle_tokens accepts the official SDK's v2 per-vehicle
tokens on v3 (no sc-user-id); application_api "v2" plays an application not yet upgraded.

Webhooks (reference section 7): sim.webhooks (WebhookRegistry) holds webhooks and subscriptions, served by
the management API (`/v3/webhooks`, `/v3/subscriptions`, or the blog's paths with
config.subscription_paths = "blog"); WebhookDeliverer(sim, url) sends VERIFY and signed VEHICLE_STATE /
VEHICLE_ERROR deliveries with Smartcar's retries, keyed with sim.management_token (DEMO_MANAGEMENT_TOKEN).
"""

from shopapp.simulator.admin import CONTROL_HEADER, control_token
from shopapp.simulator.app import create_app
from shopapp.simulator.catalog import Powertrain
from shopapp.simulator.clients import (
    DEMO_API_CLIENT_ID,
    DEMO_API_CLIENT_SECRET,
    DEMO_APPLICATION_ID,
    DEMO_CLIENT_ID,
    DEMO_CLIENT_SECRET,
    DEMO_MANAGEMENT_TOKEN,
    ClientCredentials,
    api_credentials,
    app_credentials,
)
from shopapp.simulator.clock import SimClock
from shopapp.simulator.config import SimulatorConfig
from shopapp.simulator.connections import Connection
from shopapp.simulator.faults import PROFILES, FaultKind, FaultProfile, Malformation, parse_fault_profile
from shopapp.simulator.fleet import ALL_SCOPES, Customer, Fleet, PostalAddress, Vehicle, generate_fleet
from shopapp.simulator.server import run_in_thread, serve
from shopapp.simulator.signals import SIGNALS
from shopapp.simulator.simulator import Simulator, VehicleReading
from shopapp.simulator.tokens import TokenPair
from shopapp.simulator.webhook_delivery import (
    RETRY_GAPS_S,
    DeliveryAttempt,
    PreparedEvent,
    SendResult,
    WebhookDeliverer,
)
from shopapp.simulator.webhook_faults import WEBHOOK_FAULT_PROFILES, WebhookFaults, parse_webhook_faults
from shopapp.simulator.webhook_registry import Subscription, Webhook, WebhookRegistry

__all__ = [
    "ALL_SCOPES",
    "CONTROL_HEADER",
    "DEMO_API_CLIENT_ID",
    "DEMO_API_CLIENT_SECRET",
    "DEMO_APPLICATION_ID",
    "DEMO_CLIENT_ID",
    "DEMO_CLIENT_SECRET",
    "DEMO_MANAGEMENT_TOKEN",
    "PROFILES",
    "RETRY_GAPS_S",
    "SIGNALS",
    "WEBHOOK_FAULT_PROFILES",
    "ClientCredentials",
    "Connection",
    "Customer",
    "DeliveryAttempt",
    "FaultKind",
    "FaultProfile",
    "Fleet",
    "Malformation",
    "PostalAddress",
    "Powertrain",
    "PreparedEvent",
    "SendResult",
    "SimClock",
    "Simulator",
    "SimulatorConfig",
    "Subscription",
    "TokenPair",
    "Vehicle",
    "VehicleReading",
    "Webhook",
    "WebhookDeliverer",
    "WebhookFaults",
    "WebhookRegistry",
    "api_credentials",
    "app_credentials",
    "control_token",
    "create_app",
    "generate_fleet",
    "parse_fault_profile",
    "parse_webhook_faults",
    "run_in_thread",
    "serve",
]
