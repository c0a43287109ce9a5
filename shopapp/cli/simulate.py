"""`shopapp simulate`: serves the Smartcar simulator on 127.0.0.1 until Ctrl+C, its base URL first."""

from __future__ import annotations

import argparse
from typing import Any

from shopapp.cli.support import EXIT_OK, UsageError, int_between, number_between

MAX_SIMULATED_VEHICLES = 100_000  # ten times the largest shop the quality bars measure
MAX_SIMULATED_LATENCY_MS = 60_000.0  # a minute: longer than any client timeout


def add_simulate_command(commands: Any) -> None:
    simulate = commands.add_parser(
        "simulate", help="serve the Smartcar simulator on 127.0.0.1", description=run_simulate.__doc__
    )
    simulate.add_argument(
        "--port",
        metavar="N",
        type=int_between(0, 65535),
        default=0,
        help="port, 0 to 65535 (default 0: a free one)",
    )
    simulate.add_argument(
        "--vehicles",
        metavar="N",
        type=int_between(1, MAX_SIMULATED_VEHICLES),
        default=25,
        help=f"fleet size, 1 to {MAX_SIMULATED_VEHICLES:,} (default 25)",
    )
    simulate.add_argument(
        "--seed",
        metavar="N",
        type=int_between(0, 2**63 - 1),
        default=0,
        help="fleet seed, 0 or more (default 0)",
    )
    simulate.add_argument(
        "--latency-ms",
        metavar="MS",
        type=number_between(0, MAX_SIMULATED_LATENCY_MS),
        default=0.0,
        help=f"added to every request, 0 to {MAX_SIMULATED_LATENCY_MS:,.0f} ms (default 0)",
    )
    simulate.add_argument("--faults", default="none", help="fault profile: none, flaky, chaos, ...")
    simulate.add_argument(
        "--api",
        choices=("v2", "v3", "both"),
        default="both",
        help="Smartcar API versions to serve (default both). v2: v3 paths answer 404 and Connect acts as an "
        "application not yet upgraded (code, no user_id); v3: v2 paths answer 404 as after Smartcar's "
        "switch-off, while Connect and the legacy code exchange keep working",
    )
    simulate.set_defaults(run=run_simulate)


def run_simulate(args: argparse.Namespace) -> int:
    """Serves a Smartcar-compatible API with a generated fleet until Ctrl+C; prints its base URL first."""
    from shopapp.simulator import serve

    try:
        serve(
            port=args.port,
            vehicles=args.vehicles,
            seed=args.seed,
            latency_ms=args.latency_ms,
            faults=args.faults,
            api=args.api,
        )
    except ValueError as exc:
        raise UsageError(str(exc)) from exc
    except OSError as exc:
        raise UsageError(f"cannot serve on 127.0.0.1 port {args.port}: {exc.strerror or exc}") from exc
    return EXIT_OK
