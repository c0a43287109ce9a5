"""A Smartcar-compatible server (v2 API, Connect, tokens) with a generated fleet, for demo mode and tests.

sim = Simulator.generate(vehicles=25, seed=7)
app = create_app(sim)                     # httpx.ASGITransport(app=app), or:
with run_in_thread(sim) as base_url: ...  # uvicorn on 127.0.0.1, free port
sim.clock.advance(timedelta(days=3)); sim.faults.force("asleep", vehicle_id=...)
"""

from shopapp.simulator.app import create_app
from shopapp.simulator.catalog import Powertrain
from shopapp.simulator.clients import DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, ClientCredentials, app_credentials
from shopapp.simulator.clock import SimClock
from shopapp.simulator.config import SimulatorConfig
from shopapp.simulator.faults import PROFILES, FaultKind, FaultProfile, Malformation, parse_fault_profile
from shopapp.simulator.fleet import ALL_SCOPES, Customer, Fleet, PostalAddress, Vehicle, generate_fleet
from shopapp.simulator.server import run_in_thread, serve
from shopapp.simulator.simulator import Simulator, VehicleReading
from shopapp.simulator.tokens import TokenPair

__all__ = [
    "ALL_SCOPES",
    "DEMO_CLIENT_ID",
    "DEMO_CLIENT_SECRET",
    "PROFILES",
    "ClientCredentials",
    "Customer",
    "FaultKind",
    "FaultProfile",
    "Fleet",
    "Malformation",
    "PostalAddress",
    "Powertrain",
    "SimClock",
    "Simulator",
    "SimulatorConfig",
    "TokenPair",
    "Vehicle",
    "VehicleReading",
    "app_credentials",
    "create_app",
    "generate_fleet",
    "parse_fault_profile",
    "run_in_thread",
    "serve",
]
