"""`shopapp simulate`: serves the Smartcar simulator on 127.0.0.1 until Ctrl+C, its base URL first."""

from __future__ import annotations

import argparse
import os
from typing import Any

from PySide6.QtCore import QCoreApplication

from shopapp.cli.support import EXIT_OK, UsageError, int_between, number_between
from shopapp.i18n import fill
from shopapp.local_format import whole_number

MAX_SIMULATED_VEHICLES = 100_000  # ten times the largest shop the quality bars measure
MAX_SIMULATED_LATENCY_MS = 60_000.0  # a minute: longer than any client timeout
MAX_WEBHOOK_INTERVAL_S = 86_400.0  # a day
MANAGEMENT_TOKEN_VARIABLE = "SMARTCAR_MANAGEMENT_TOKEN"


def add_simulate_command(commands: Any) -> None:
    simulate = commands.add_parser(
        "simulate",
        help=QCoreApplication.translate("CommandLine", "serve the Smartcar simulator on 127.0.0.1"),
        description=QCoreApplication.translate(
            "CommandLine",
            "Serves a Smartcar-compatible API with a generated fleet until Ctrl+C; prints its base URL first.",  # noqa: E501 (one literal for lupdate)
        ),
    )
    simulate.add_argument(
        "--port",
        metavar="N",
        type=int_between(0, 65535),
        default=0,
        help=QCoreApplication.translate("CommandLine", "port, 0 to 65535 (default 0: a free one)"),
    )
    simulate.add_argument(
        "--vehicles",
        metavar="N",
        type=int_between(1, MAX_SIMULATED_VEHICLES),
        default=25,
        help=fill(
            QCoreApplication.translate("CommandLine", "fleet size, 1 to %1 (default 25)"),
            whole_number(MAX_SIMULATED_VEHICLES),
        ),
    )
    simulate.add_argument(
        "--seed",
        metavar="N",
        type=int_between(0, 2**63 - 1),
        default=0,
        help=QCoreApplication.translate("CommandLine", "fleet seed, 0 or more (default 0)"),
    )
    simulate.add_argument(
        "--latency-ms",
        metavar="MS",
        type=number_between(0, MAX_SIMULATED_LATENCY_MS),
        default=0.0,
        help=fill(
            QCoreApplication.translate("CommandLine", "added to every request, 0 to %1 ms (default 0)"),
            whole_number(MAX_SIMULATED_LATENCY_MS),
        ),
    )
    simulate.add_argument(
        "--faults",
        default="none",
        help=QCoreApplication.translate("CommandLine", "fault profile: none, flaky, chaos, ..."),
    )
    simulate.add_argument(
        "--api",
        choices=("v2", "v3", "both"),
        default="both",
        help=QCoreApplication.translate(
            "CommandLine",
            "Smartcar API versions to serve (default both). v2: v3 paths answer 404 and Connect acts as an application not yet upgraded (code, no user_id); v3: v2 paths answer 404 as after Smartcar's switch-off, while Connect and the legacy code exchange keep working",  # noqa: E501 (one literal for lupdate)
        ),
    )
    simulate.add_argument(
        "--webhook-url",
        metavar="URL",
        help=QCoreApplication.translate(
            "CommandLine",
            "deliver Smartcar webhooks to this receiver URL: a webhook with auto-enrollment is registered, VERIFY is sent at start, then signed deliveries of what changed",  # noqa: E501 (one literal for lupdate)
        ),
    )
    simulate.add_argument(
        "--management-token",
        metavar="TOKEN",
        help=fill(
            QCoreApplication.translate(
                "CommandLine",
                "the Application Management Token webhooks are signed with (default: %1 if set, else the demo token)",  # noqa: E501 (one literal for lupdate)
            ),
            MANAGEMENT_TOKEN_VARIABLE,
        ),
    )
    simulate.add_argument(
        "--webhook-interval",
        metavar="SECONDS",
        type=number_between(0.1, MAX_WEBHOOK_INTERVAL_S),
        default=10.0,
        help=fill(
            QCoreApplication.translate(
                "CommandLine", "seconds between webhook delivery passes, 0.1 to %1 (default 10)"
            ),
            whole_number(MAX_WEBHOOK_INTERVAL_S),
        ),
    )
    simulate.add_argument(
        "--webhook-faults",
        default="none",
        metavar="PROFILE",
        help=QCoreApplication.translate(
            "CommandLine",
            "webhook fault profile: none, or flaky (now and then a duplicate, a late delivery or a bad signature)",  # noqa: E501 (one literal for lupdate)
        ),
    )
    simulate.set_defaults(run=run_simulate)


def run_simulate(args: argparse.Namespace) -> int:
    """Serves a Smartcar-compatible API with a generated fleet until Ctrl+C; prints its base URL first."""
    from shopapp.simulator import serve

    # Secrets are better passed in the environment than on a command line others can list.
    management_token = args.management_token or os.environ.get(MANAGEMENT_TOKEN_VARIABLE, "").strip() or None
    try:
        serve(
            port=args.port,
            vehicles=args.vehicles,
            seed=args.seed,
            latency_ms=args.latency_ms,
            faults=args.faults,
            api=args.api,
            webhook_url=args.webhook_url,
            management_token=management_token,
            webhook_interval_s=args.webhook_interval,
            webhook_faults=args.webhook_faults,
        )
    except ValueError as exc:
        raise UsageError(str(exc)) from exc
    except OSError as exc:
        problem = QCoreApplication.translate("CommandLine", "cannot serve on 127.0.0.1 port %1: %2")
        raise UsageError(fill(problem, args.port, exc.strerror or exc)) from exc
    return EXIT_OK
