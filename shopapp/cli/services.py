"""`shopapp services add/list/remove`: the services the shop performs, recorded, listed and removed from a
script, under the same rules as the window's service dialog (shopapp.services.front_desk.record_service and
shopapp.services.service_corrections)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from shopapp.cli.desk_options import (
    add_car_argument,
    add_odometer_options,
    car_id,
    day,
    money_cents,
    refusals_named_by,
    refused,
    whole_id,
)
from shopapp.cli.listing import add_csv_option, write_listing
from shopapp.cli.support import EXIT_OK, UsageError, open_shop_store, shop_distance_unit, shop_settings
from shopapp.i18n import fill

if TYPE_CHECKING:  # the store loads when a command runs, not for `shopapp --help`
    from shopapp.domain import units
    from shopapp.store.vehicle_story import ServiceEntry

# The options a service's refusal names, by the use case's field.
SERVICE_OPTIONS = {
    "date": "--date",
    "work": "--task/--work",
    "odometer": "--odometer",
    "cost": "--cost",
}


def add_services_command(commands: Any) -> None:
    services = commands.add_parser(
        "services",
        help=QCoreApplication.translate("CommandLine", "record, list and remove the shop's services"),
        description=QCoreApplication.translate(
            "CommandLine",
            "Records a service the shop performed (its reminders start again), lists a car's services, "
            "or removes one the shop recorded by mistake.",
        ),
    )
    actions = services.add_subparsers(dest="services_command", metavar="add|list|remove", required=True)

    add = actions.add_parser(
        "add",
        help=QCoreApplication.translate("CommandLine", "record a service; prints its id"),
        description=QCoreApplication.translate(
            "CommandLine",
            "Records a service the shop performed and prints its id. Distances are in the shop's unit "
            "(setting distance_unit).",
        ),
    )
    add_car_argument(add, as_option=True)
    add.add_argument(
        "--date",
        type=day,
        required=True,
        metavar="YYYY-MM-DD",
        help=QCoreApplication.translate("CommandLine", "the day the work was done (not in the future)"),
    )
    add.add_argument(
        "--task",
        metavar="KEY",
        nargs="+",
        action="extend",
        default=[],
        help=QCoreApplication.translate(
            "CommandLine", "a task of the service plan done (oil_change, tire_rotation, ...)"
        ),
    )
    add.add_argument(
        "--work",
        metavar="TEXT",
        nargs="+",
        action="extend",
        default=[],
        help=QCoreApplication.translate("CommandLine", "other work, in words (one job each)"),
    )
    add_odometer_options(add)
    add.add_argument(
        "--cost",
        type=money_cents,
        metavar="AMOUNT",
        help=QCoreApplication.translate("CommandLine", "what the customer paid, e.g. 89.50"),
    )
    add.add_argument("--notes", default="", help=QCoreApplication.translate("CommandLine", "a note"))
    add.set_defaults(run=run_services_add)

    listing = actions.add_parser(
        "list",
        help=QCoreApplication.translate("CommandLine", "a car's services, newest first"),
        description=QCoreApplication.translate(
            "CommandLine", "Lists a car's services, newest first, the shop's own and the maker's history."
        ),
    )
    add_car_argument(listing, as_option=True)
    add_csv_option(listing)
    listing.set_defaults(run=run_services_list)

    remove = actions.add_parser(
        "remove",
        help=QCoreApplication.translate("CommandLine", "remove a service the shop recorded"),
        description=QCoreApplication.translate(
            "CommandLine",
            "Removes a service the shop recorded (the id `services list` prints); what it counted for is "
            "due again from the service before it. Without --yes it only says which service it is.",
        ),
    )
    remove.add_argument("id", type=whole_id, metavar="ID")
    remove.add_argument(
        "--yes",
        action="store_true",
        help=QCoreApplication.translate("CommandLine", "remove it (a script's confirmation)"),
    )
    remove.set_defaults(run=run_services_remove)


def run_services_add(args: argparse.Namespace) -> int:
    from shopapp.domain.units import to_km
    from shopapp.services.front_desk import record_service
    from shopapp.services.plan_store import load_plan

    open_shop_store()
    unit = shop_distance_unit()
    vehicle_id = car_id(args.car)
    plan = load_plan()
    unknown = [key for key in args.task if plan.task(key) is None]
    if unknown:
        raise UsageError(
            fill(
                QCoreApplication.translate(
                    "CommandLine", "--task: the service plan has no task %1 (it has: %2)"
                ),
                ", ".join(repr(key) for key in unknown),
                ", ".join(task.key for task in plan.tasks),
            )
        )
    with refusals_named_by(SERVICE_OPTIONS):
        record = record_service(
            vehicle_id,
            args.date,
            args.task,
            args.work,
            to_km(unit, args.odometer) if args.odometer is not None else None,
            args.cost,
            args.notes,
            plan,
            unit=unit,
            allow_below=args.confirm_below,
        )
    print(record.id)
    return EXIT_OK


def run_services_list(args: argparse.Namespace) -> int:
    from shopapp.store.vehicle_story import service_records_of

    open_shop_store()
    unit = shop_distance_unit()
    currency = str(shop_settings().get("currency"))
    entries = service_records_of(car_id(args.car))
    headers = [
        QCoreApplication.translate("CommandLine", "id"),
        QCoreApplication.translate("CommandLine", "date"),
        fill(QCoreApplication.translate("CommandLine", "odometer (%1)"), unit.value),
        QCoreApplication.translate("CommandLine", "cost"),
        QCoreApplication.translate("CommandLine", "source"),
        QCoreApplication.translate("CommandLine", "work done"),
    ]
    rows = [_service_row(entry, unit, currency, as_csv=args.csv) for entry in entries]
    nothing_listed = QCoreApplication.translate("CommandLine", "No services on record for this car.")
    write_listing(headers, rows, as_csv=args.csv, nothing_listed=nothing_listed)
    return EXIT_OK


def _service_row(entry: ServiceEntry, unit: units.DistanceUnit, currency: str, *, as_csv: bool) -> list[str]:
    """A service's cells: for a person, distances and money as the shop writes them; for a script, plain
    numbers (the odometer in the shop's unit, one decimal at most; the cost with two decimals)."""
    from shopapp.domain.units import km_to
    from shopapp.local_format import format_distance
    from shopapp.money_format import amount_text

    odometer = cost = ""
    if entry.odometer_km is not None:
        shown = km_to(unit, entry.odometer_km)
        odometer = f"{round(shown, 1):g}" if as_csv else format_distance(entry.odometer_km, unit)
    if entry.cost_cents is not None:
        paid_in = entry.currency or currency  # the desk's own records are in the shop's currency
        cost = f"{entry.cost_cents / 100:.2f}" if as_csv else amount_text(entry.cost_cents, paid_in)
    work = "; ".join(entry.tasks)
    if entry.notes:
        work = fill(QCoreApplication.translate("CommandLine", "%1 (note: %2)"), work, entry.notes)
    return [str(entry.record_id), entry.performed_on.isoformat(), odometer, cost, entry.source, work]


def run_services_remove(args: argparse.Namespace) -> int:
    from shopapp.errors import UserFacingError
    from shopapp.services.plan_store import load_plan
    from shopapp.services.service_corrections import UnknownService, delete_service, recorded_service

    open_shop_store()
    try:
        if not args.yes:  # a removal from the command line has no undo: the script says it means it
            service = recorded_service(args.id, load_plan())
            raise UsageError(
                fill(
                    QCoreApplication.translate(
                        "CommandLine", "The service %1 of %2 was not removed. Add --yes to remove it."
                    ),
                    args.id,
                    service.performed_on.isoformat(),
                )
            )
        deleted = delete_service(args.id)
    except UnknownService as exc:
        problem = QCoreApplication.translate(
            "CommandLine", "no service has the id %1 (see shopapp services list --car ID)"
        )
        raise UsageError(fill(problem, args.id)) from exc
    except UserFacingError as exc:
        raise refused(exc, {}) from exc
    print(
        fill(
            QCoreApplication.translate("CommandLine", "Removed service %1 of %2."),
            args.id,
            deleted.performed_on.isoformat(),
        )
    )
    return EXIT_OK
