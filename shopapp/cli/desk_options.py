"""What the front desk's record commands (`customers`, `cars`, `services`) share: option types for a day, a
distance and an amount of money, naming a car by the shop's id, VIN or Smartcar id, the odometer options, the
fields an `edit` is given, and a use case's refusal turned into the command line's one line (with the option
it is about)."""

from __future__ import annotations

import argparse
import math
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QCoreApplication

from shopapp.cli.support import UsageError, shown_value
from shopapp.domain.text import safe_text
from shopapp.errors import UserFacingError
from shopapp.i18n import fill

# Far beyond any bill; a typo with three extra zeros is refused here rather than stored.
MAX_COST = Decimal(10_000_000)


def day(text: str) -> date:
    """An argparse type: a date written YYYY-MM-DD (the one form every shop's scripts can write)."""
    written = text.strip()
    try:
        if len(written) != 10:  # fromisoformat also takes 20261112 and week dates; scripts write this one
            raise ValueError(written)
        return date.fromisoformat(written)
    except ValueError:
        raise argparse.ArgumentTypeError(
            fill(
                QCoreApplication.translate("CommandLine", "expected a date as YYYY-MM-DD, not %1"),
                shown_value(text),
            )
        ) from None


def distance(text: str) -> float:
    """An argparse type: an odometer as read off the dashboard (a number from 0, a decimal point allowed);
    whether any car drives that far is the use case's rule, said in the shop's unit."""
    try:
        value = float(text.strip())
    except ValueError:
        value = math.nan
    if not (math.isfinite(value) and value >= 0):
        raise argparse.ArgumentTypeError(
            fill(
                QCoreApplication.translate("CommandLine", "expected a distance such as 45210, not %1"),
                shown_value(text),
            )
        )
    return value


def money_cents(text: str) -> int:
    """An argparse type: an amount such as 12.50 (a decimal point, at most two decimals), in cents."""
    try:
        amount = Decimal(text.strip())
    except InvalidOperation:
        amount = Decimal("NaN")
    exponent = amount.as_tuple().exponent
    if (
        not amount.is_finite()
        or amount < 0
        or amount > MAX_COST
        or (isinstance(exponent, int) and exponent < -2)
    ):
        raise argparse.ArgumentTypeError(
            fill(
                QCoreApplication.translate(
                    "CommandLine", "expected an amount such as 12.50 (from 0 to %1), not %2"
                ),
                f"{MAX_COST:.0f}",
                shown_value(text),
            )
        )
    return int(amount * 100)


def refused(error: UserFacingError, options: Mapping[str, str], *, then: str = "") -> UsageError:
    """A use case's refusal as the command's one line: the option it is about (its `field`, looked up in
    `options`), then the use case's own sentence and what to do, and `then` (what the command line adds),
    on one line."""
    words = " ".join(safe_text(f"{error.words()} {then}").split())  # may quote a name the desk typed
    option = options.get(str(getattr(error, "field", "")))
    return UsageError(f"{option}: {words}" if option else words)


@contextmanager
def refusals_named_by(options: Mapping[str, str]) -> Iterator[None]:
    """A use case's refusal inside the block as the command's one line (refused()), naming the option in
    `options`; for an odometer below an earlier reading it adds how to keep the number anyway."""
    from shopapp.services.front_desk import OdometerBelowEarlier

    try:
        yield
    except OdometerBelowEarlier as exc:
        keep_anyway = QCoreApplication.translate(
            "CommandLine", "If the number is right, add --confirm-below."
        )
        raise refused(exc, options, then=keep_anyway) from exc
    except UserFacingError as exc:
        raise refused(exc, options) from exc


def given_fields(args: argparse.Namespace, fields: Iterable[str]) -> dict[str, Any]:
    """The `fields` the command line gives, by name: an empty value counts (an `edit` clears the field with
    it), an option left out does not (the field stays as it is)."""
    return {field: getattr(args, field) for field in fields if getattr(args, field) is not None}


def add_car_argument(command: argparse.ArgumentParser, *, as_option: bool) -> None:
    """The car the command is about, as car_id() reads it: `--car ID` (required) or the argument `ID`."""
    help_text = QCoreApplication.translate(
        "CommandLine", "the car: the shop's car id, its VIN or Smartcar id"
    )
    if as_option:
        command.add_argument("--car", metavar="ID", required=True, help=help_text)
    else:
        command.add_argument("car", metavar="ID", help=help_text)


def add_odometer_options(command: argparse.ArgumentParser) -> None:
    """`--odometer N` in the shop's unit, and `--confirm-below` for a reading below an earlier one."""
    command.add_argument(
        "--odometer",
        type=distance,
        metavar="N",
        help=QCoreApplication.translate(
            "CommandLine", "the odometer read off the dashboard, in the shop's unit"
        ),
    )
    command.add_argument(
        "--confirm-below",
        action="store_true",
        help=QCoreApplication.translate(
            "CommandLine",
            "accept an odometer below an earlier reading (the earlier one was wrong; it is left out of "
            "forecasts)",
        ),
    )


def car_id(text: str) -> int:
    """The car a command names: the shop's car id (as `services list` and `customers show` print it), its
    VIN or its Smartcar vehicle id. UsageError when no car has it. Needs the open store."""
    from shopapp.store.vehicles import vehicle_exists, vehicle_ids_by_smartcar_id_or_vin

    name = text.strip()
    if name.isascii() and name.isdigit() and vehicle_exists(int(name)):
        return int(name)
    found = vehicle_ids_by_smartcar_id_or_vin([name], connected_only=False)[name]
    if found is None:
        raise UsageError(
            fill(
                QCoreApplication.translate("CommandLine", "no car has the id, VIN or Smartcar id %1"),
                repr(name),
            )
        )
    return found


def known_customer(customer_id: int) -> int:
    """The customer id a command names, once the store says there is such a customer; else UsageError."""
    from shopapp.store.desk_cars import customer_exists

    if not customer_exists(customer_id):
        raise UsageError(
            fill(
                QCoreApplication.translate(
                    "CommandLine", "no customer has the id %1 (see shopapp customers list)"
                ),
                customer_id,
            )
        )
    return customer_id


def whole_id(text: str) -> int:
    """An argparse type: a record's id as the list commands print it (a whole number from 1)."""
    try:
        value = int(text.strip())
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(
            fill(
                QCoreApplication.translate("CommandLine", "expected an id (a whole number from 1), not %1"),
                shown_value(text),
            )
        )
    return value
