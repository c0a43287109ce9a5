"""`shopapp cars add/edit/remove`: cars the shop keeps by hand, added and corrected from a script under the
same rules as the window's car dialog (shopapp.services.cars: the VIN's check digit, the model year, the
odometer and its date)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from shopapp.cli.desk_options import (
    add_car_argument,
    add_odometer_options,
    car_id,
    day,
    given_fields,
    known_customer,
    refusals_named_by,
    whole_id,
)
from shopapp.cli.support import (
    EXIT_FAILED,
    EXIT_OK,
    UsageError,
    int_between,
    open_shop_store,
    shop_distance_unit,
)
from shopapp.errors import UserFacingError
from shopapp.i18n import fill

if TYPE_CHECKING:  # the domain loads when a command runs, not for `shopapp --help`
    from shopapp.domain.units import DistanceUnit

# The words a script types for what drives the car, and Smartcar's word the car is stored with.
POWERTRAINS = {"ice": "ICE", "hybrid": "HEV", "plug-in": "PHEV", "electric": "BEV", "unknown": ""}
# The options a car's refusal names, by the use case's field.
CAR_OPTIONS = {
    "vin": "--vin",
    "make": "--make",
    "model": "--model",
    "year": "--year",
    "plate": "--plate",
    "nickname": "--nickname",
    "odometer": "--odometer",
    "date": "--odometer-date",
}


def add_cars_command(commands: Any) -> None:
    cars = commands.add_parser(
        "cars",
        help=QCoreApplication.translate("CommandLine", "add, edit and remove the shop's cars"),
        description=QCoreApplication.translate(
            "CommandLine",
            "Adds a car the shop keeps by hand (not linked to Smartcar), corrects a car's fields or "
            "records its odometer, or removes a car.",
        ),
    )
    actions = cars.add_subparsers(dest="cars_command", metavar="add|edit|remove", required=True)

    add = actions.add_parser(
        "add",
        help=QCoreApplication.translate("CommandLine", "add a car to a customer; prints its id"),
        description=QCoreApplication.translate(
            "CommandLine",
            "Adds a car to a customer and prints its id. The VIN fills in the make and model year left "
            "out; the odometer (in the shop's unit) starts the car's readings.",
        ),
    )
    add.add_argument(
        "--customer",
        type=whole_id,
        metavar="ID",
        required=True,
        help=QCoreApplication.translate("CommandLine", "the customer's id (see customers list)"),
    )
    _add_car_fields(add)
    add.set_defaults(run=run_cars_add)

    edit = actions.add_parser(
        "edit",
        help=QCoreApplication.translate("CommandLine", "change a car's fields or record its odometer"),
        description=QCoreApplication.translate(
            "CommandLine",
            "Changes the fields given (an empty value clears one) and records an odometer reading; the "
            "rest stays as it is.",
        ),
    )
    add_car_argument(edit, as_option=False)
    _add_car_fields(edit)
    edit.set_defaults(run=run_cars_edit)

    remove = actions.add_parser(
        "remove",
        help=QCoreApplication.translate("CommandLine", "remove a car with everything recorded about it"),
        description=QCoreApplication.translate(
            "CommandLine",
            "Removes a car with its services, readings and due items. Without --yes it only says what "
            "would go with it.",
        ),
    )
    add_car_argument(remove, as_option=False)
    remove.add_argument(
        "--yes",
        action="store_true",
        help=QCoreApplication.translate("CommandLine", "remove it (a script's confirmation)"),
    )
    remove.set_defaults(run=run_cars_remove)

    unlink = actions.add_parser(
        "unlink",
        help=QCoreApplication.translate("CommandLine", "end a car's Smartcar link and keep the car"),
        description=QCoreApplication.translate(
            "CommandLine",
            "Tells Smartcar the shop no longer reads the car, then keeps it, with its history, as a car "
            "kept at the desk. Nothing changes when Smartcar cannot be told.",
        ),
    )
    add_car_argument(unlink, as_option=False)
    unlink.set_defaults(run=run_cars_unlink)


def _add_car_fields(command: argparse.ArgumentParser) -> None:
    for option, help_text in (
        ("--vin", QCoreApplication.translate("CommandLine", "the 17-character VIN")),
        ("--make", QCoreApplication.translate("CommandLine", "the maker, e.g. Toyota")),
        ("--model", QCoreApplication.translate("CommandLine", "the model, e.g. Corolla")),
        ("--plate", QCoreApplication.translate("CommandLine", "the licence plate")),
        ("--nickname", QCoreApplication.translate("CommandLine", "a name the shop knows the car by")),
    ):
        command.add_argument(option, help=help_text)
    command.add_argument(
        "--year",
        type=int_between(0, 9999),
        help=QCoreApplication.translate("CommandLine", "the model year"),
    )
    command.add_argument(
        "--powertrain",
        choices=tuple(POWERTRAINS),
        help=QCoreApplication.translate(
            "CommandLine", "what drives it (electric cars get no oil change); unknown clears it"
        ),
    )
    add_odometer_options(command)
    command.add_argument(
        "--odometer-date",
        type=day,
        metavar="YYYY-MM-DD",
        help=QCoreApplication.translate("CommandLine", "the day the odometer was read (default: today)"),
    )


def _changed_fields(args: argparse.Namespace) -> dict[str, Any]:
    """The car fields the command gives, as a CarDraft holds them."""
    given = given_fields(args, ("vin", "make", "model", "plate", "nickname", "year"))
    if args.powertrain is not None:
        given["powertrain"] = POWERTRAINS[args.powertrain]
    return given


def _odometer_km(args: argparse.Namespace, unit: DistanceUnit) -> float | None:
    from shopapp.domain.units import to_km

    if args.odometer is None:
        if args.odometer_date is not None:
            raise UsageError(
                QCoreApplication.translate(
                    "CommandLine", "--odometer-date: give the odometer read that day with --odometer"
                )
            )
        return None
    return to_km(unit, args.odometer)


def run_cars_add(args: argparse.Namespace) -> int:
    from shopapp.domain.car import CarDraft
    from shopapp.services.cars import add_car

    open_shop_store()
    known_customer(args.customer)
    unit = shop_distance_unit()
    odometer_km = _odometer_km(args, unit)
    draft = CarDraft(**_changed_fields(args))
    with refusals_named_by(CAR_OPTIONS):
        vehicle_id = add_car(
            args.customer,
            draft,
            odometer_km=odometer_km,
            odometer_on=args.odometer_date,
            unit=unit,
        )
    print(vehicle_id)
    return EXIT_OK


def run_cars_edit(args: argparse.Namespace) -> int:
    from dataclasses import replace
    from datetime import date

    from shopapp.services.cars import car_draft, edit_car, record_odometer
    from shopapp.store.writes import one_transaction

    open_shop_store()
    vehicle_id = car_id(args.car)
    unit = shop_distance_unit()
    odometer_km = _odometer_km(args, unit)
    changes = _changed_fields(args)
    if not changes and odometer_km is None:
        raise UsageError(
            QCoreApplication.translate(
                "CommandLine", "nothing to change: give the fields to change (see shopapp cars edit --help)"
            )
        )
    with refusals_named_by(CAR_OPTIONS), one_transaction():  # the fields and the reading, or neither
        if changes:
            edit_car(vehicle_id, replace(car_draft(vehicle_id), **changes))
        if odometer_km is not None:
            record_odometer(
                vehicle_id,
                odometer_km,
                args.odometer_date or date.today(),
                allow_below=args.confirm_below,
                unit=unit,
            )
    print(fill(QCoreApplication.translate("CommandLine", "Car %1 saved."), vehicle_id))
    return EXIT_OK


def run_cars_remove(args: argparse.Namespace) -> int:
    from shopapp.domain.text import safe_text
    from shopapp.services.customer_book import car_removal_impact, car_summary, remove_car
    from shopapp.services.removal_words import RemovalWords

    open_shop_store()
    vehicle_id = car_id(args.car)
    car = car_summary(vehicle_id)
    if car.connected:  # removed from the shop alone, Smartcar would go on sharing (and billing) the car
        raise UsageError(
            fill(
                QCoreApplication.translate(
                    "CommandLine",
                    "%1 of %2 is linked through Smartcar: end its link first with shopapp cars unlink %3, then remove it.",  # noqa: E501 (one literal for lupdate)
                ),
                safe_text(car.title),
                safe_text(car.customer_name),
                vehicle_id,
            )
        )
    along = RemovalWords().takes_along(car_removal_impact(vehicle_id), whole_customer=False)
    if not args.yes:
        raise UsageError(
            fill(
                QCoreApplication.translate(
                    "CommandLine", "%1 of %2 was not removed. %3 Add --yes to remove it."
                ),
                safe_text(car.title),
                safe_text(car.customer_name),
                along,
            )
        )
    remove_car(vehicle_id)
    print(
        fill(
            QCoreApplication.translate("CommandLine", "Removed car %1 (%2 of %3). %4"),
            vehicle_id,
            safe_text(car.title),
            safe_text(car.customer_name),
            along,
        )
    )
    return EXIT_OK


def run_cars_unlink(args: argparse.Namespace) -> int:
    import asyncio

    from shopapp.cli.smartcar import shop_credentials, shop_smartcar_link
    from shopapp.credentials import CredentialsError
    from shopapp.domain.text import safe_text
    from shopapp.services.connection_end import CarNotLinked, LinkNotEnded
    from shopapp.services.customer_book import car_summary
    from shopapp.services.smartcar_app import SetupError
    from shopapp.services.smartcar_link import end_smartcar_link

    open_shop_store()
    vehicle_id = car_id(args.car)
    if not car_summary(vehicle_id).connected:  # said before Smartcar's set-up is asked for
        raise UsageError(CarNotLinked.said().words())

    async def here(function: Callable[..., object], *values: object) -> object:
        return function(*values)  # one process, one thread: the store call runs in place

    try:
        ended = asyncio.run(end_smartcar_link(shop_smartcar_link(), shop_credentials(), vehicle_id, here))
    except (CarNotLinked, SetupError, CredentialsError) as exc:
        raise UsageError(exc.words() if isinstance(exc, UserFacingError) else str(exc)) from exc
    except LinkNotEnded as exc:
        print(f"shopapp: {exc.words()}", file=sys.stderr)
        return EXIT_FAILED
    words = (
        QCoreApplication.translate(
            "CommandLine", "The owner had already ended the link of %1; it is now kept at the desk."
        )
        if ended.already_ended
        else QCoreApplication.translate(
            "CommandLine", "Smartcar link of %1 ended; the car is now kept at the desk."
        )
    )
    print(fill(words, safe_text(ended.title)))
    return EXIT_OK
