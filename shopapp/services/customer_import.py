"""Importing the customers and cars of the shop's previous system from a CSV file: reading the file (UTF-8,
UTF-8 with a BOM or Windows-1252; `;`, `,` or tabs), a plan of what each line would create, merge or why it
is refused, and applying that plan in one transaction (a failed import changes nothing; the same file twice
creates nothing twice).

Each car's last service becomes a history-only service record (source "import") and its odometer a reading
entered at the desk, so the due list counts from them. Blocking: run on a database worker."""

from __future__ import annotations

import csv
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from shopapp.domain.car import CarDraft
from shopapp.domain.contact import DEFAULT_CONTACT_WAY, CustomerDraft
from shopapp.domain.customer_file import (
    DATE_FIELDS,
    ColumnChoice,
    CustomerTable,
    DateOrder,
    Field,
    FileRow,
    ImportRule,
    PhoneBook,
    RowProblem,
    combined_customer,
    customer_keys,
    date_order_of,
    group_customers,
    guess_columns,
    has_name,
    header_unit,
    normalised_header,
    read_rows,
    read_table,
)
from shopapp.domain.units import DistanceUnit
from shopapp.errors import UserFacingError
from shopapp.i18n import fill
from shopapp.local_format import format_distance
from shopapp.resources import UnreadableFile, read_small_file
from shopapp.services.front_desk import MAX_ODOMETER_KM, ODOMETER_TOLERANCE_KM
from shopapp.store.customer_import import (
    ShopCar,
    ShopCustomer,
    insert_cars,
    insert_customers,
    odometer_history,
    odometer_values,
    shop_cars,
    shop_customers,
    update_customers,
)
from shopapp.store.desk_readings import DeskReading, desk_moment, record_desk_odometers
from shopapp.store.service_records import NewServiceRecord, add_service_records
from shopapp.store.writes import one_transaction

MAX_FILE_BYTES = 10_000_000
IMPORT_SOURCE = "import"  # service records made from the previous system's last service
_BINARY_SHARE = 0.01  # more control characters than this share of the bytes: not a text file
_SAME_ODOMETER_KM = 0.05  # a reading within this of one on record was imported before


class ImportFileError(UserFacingError):
    """A file that cannot be imported at all (missing, empty, binary, too large, no name column): str() is
    the one line to show; nothing was changed."""


def _refused(path: Path | str, reason: str) -> ImportFileError:
    return ImportFileError(
        fill(QCoreApplication.translate("CustomerImport", "Cannot import %1: %2"), Path(path).name, reason)
    )


@dataclass(frozen=True, slots=True)
class CustomerFile:
    """A file read and decoded: its encoding (a Python codec name) and its table."""

    path: Path
    encoding: str
    table: CustomerTable

    @property
    def headers(self) -> tuple[str, ...]:
        return self.table.headers


def decoded(data: bytes) -> tuple[str, str]:
    """(text, codec): UTF-16 or UTF-8 by their BOM, UTF-8 when the bytes are valid UTF-8, else
    Windows-1252 (what Excel and older shop systems write on Windows; its five unused bytes read as
    Latin-1). UnicodeDecodeError for a file whose BOM promises UTF-16 or UTF-8 and whose bytes are not
    (cut short, broken characters): guessing would store wrong letters without anyone seeing it."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    if data.startswith(b"\xef\xbb\xbf"):
        return data.decode("utf-8-sig"), "utf-8-sig"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "cp1252"


def _looks_binary(text: str) -> bool:
    """Judged on the decoded text, so a binary file that starts with a UTF-16 BOM is caught too: a NUL,
    or more characters that no text holds (controls, unassigned, private use) than a small share."""
    if "\x00" in text:
        return True
    odd = sum(1 for character in text if not (character.isprintable() or character.isspace()))
    return odd > _BINARY_SHARE * len(text)


def read_customer_file(path: Path | str) -> CustomerFile:
    """The file's table. ImportFileError (one line, nothing read into the shop) for a missing or unreadable
    file, one over MAX_FILE_BYTES (refused before reading), an empty or binary file, and one with no
    customer under its header."""
    path = Path(path)
    try:
        data = read_small_file(path, limit=MAX_FILE_BYTES)
    except UnreadableFile as exc:
        raise _refused(path, exc.reason) from exc
    not_text = QCoreApplication.translate(
        "CustomerImport", "it is not a text file (save the list as CSV from the old system or Excel)"
    )
    try:
        text, encoding = decoded(data)
    except UnicodeDecodeError as exc:
        reason = QCoreApplication.translate(
            "CustomerImport",
            "its characters are broken or it is cut short (save the list again as CSV UTF-8 from the old system or Excel)",  # noqa: E501 (one literal for lupdate)
        )
        raise _refused(path, reason) from exc
    if _looks_binary(text):
        raise _refused(path, not_text)
    if not text.strip():
        raise _refused(path, QCoreApplication.translate("CustomerImport", "the file is empty"))
    try:
        table = read_table(text)
    except csv.Error as exc:
        reason = QCoreApplication.translate("CustomerImport", "it is not a CSV file that can be read (%1)")
        raise _refused(path, fill(reason, exc)) from exc
    if not table.rows:
        reason = QCoreApplication.translate("CustomerImport", "there is no customer under its header line")
        raise _refused(path, reason)
    return CustomerFile(path, encoding, table)


def column_choice(
    file: CustomerFile,
    overrides: Mapping[Field, str | None] | None = None,
    *,
    shop_unit: DistanceUnit,
    date_orders: Mapping[Field, DateOrder | None] | None = None,
) -> ColumnChoice:
    """The guessed columns with `overrides` (field -> header as written in the file, any case; None or ""
    to leave the field out); the odometer's unit from its header, else the shop's. ImportFileError when a
    header named is not in the file or no column names the customers."""
    columns = guess_columns(file.headers)
    by_header = {normalised_header(header): index for index, header in enumerate(file.headers)}
    for name, header in (overrides or {}).items():
        if not header:
            columns.pop(name, None)
            continue
        index = by_header.get(normalised_header(header))
        if index is None:
            reason = QCoreApplication.translate("CustomerImport", "it has no column %1 (its columns: %2)")
            raise _refused(file.path, fill(reason, repr(header), ", ".join(file.headers)))
        columns[name] = index
    if not has_name(columns):
        reason = QCoreApplication.translate(
            "CustomerImport",
            "no column holds the customers' names (its columns: %1); say which with --map name=HEADER or in the column list",  # noqa: E501 (one literal for lupdate)
        )
        raise _refused(file.path, fill(reason, ", ".join(file.headers)))
    odometer = columns.get(Field.ODOMETER)
    unit = header_unit(file.headers[odometer]) if odometer is not None else None
    return ColumnChoice(columns, unit or shop_unit, dict(date_orders or {}), MAX_ODOMETER_KM)


def column_labels(file: CustomerFile, choice: ColumnChoice) -> dict[Field | str, str]:
    """Field -> the header of its column, as the person knows it from their file (a problem with a line
    names the column so)."""
    return {name: file.headers[index] for name, index in choice.columns.items() if index < len(file.headers)}


def ambiguous_date_columns(file: CustomerFile, choice: ColumnChoice) -> list[Field]:
    """The date columns whose day/month order neither the choice nor the values tell (03/04/2024 only)."""
    found = []
    for name in DATE_FIELDS:
        index = choice.columns.get(name)
        if index is None or choice.date_orders.get(name) is not None:
            continue
        values = [row.cells[index] for row in file.table.rows if index < len(row.cells)]
        if date_order_of(values) is None and any("/" in value for value in values):
            found.append(name)
    return found


# -- the plan ----------------------------------------------------------------------------------------------


class Match(Enum):
    """How a line's customer or car was recognised."""

    NEW = "new"
    SAME_AS_LINE = "same_as_line"  # an earlier line of the file (`line`)
    PHONE = "phone"  # a customer of the shop with the same phone number
    EMAIL = "email"
    NAME_AND_ADDRESS = "name_and_address"
    DETAILS = "details"  # the same name and contact details, none of which tells them apart
    VIN = "vin"  # a car of the shop with the same VIN
    PLATE = "plate"  # a car of the same customer with the same plate
    DESCRIPTION = "description"  # a car of the same customer, same make, model and year, no VIN nor plate


@dataclass(frozen=True, slots=True)
class PlannedLine:
    """What one line of the file does. customer/car: how each was recognised (car None: no car on the line);
    same_customer_line/same_car_line: the earlier line (SAME_AS_LINE); shop_customer: the name of the
    customer already in the shop it merges into; problems: why the line is refused (then nothing else)."""

    line: int
    customer_name: str
    customer: Match = Match.NEW
    car: Match | None = None
    car_title: str = ""
    same_customer_line: int = 0
    same_car_line: int = 0
    shop_customer: str = ""
    problems: tuple[RowProblem, ...] = ()
    # its odometer is not imported: no date on the line, and the car already has readings it could contradict
    odometer_left_out: bool = False

    @property
    def rejected(self) -> bool:
        return bool(self.problems)

    @property
    def merged(self) -> bool:
        """A duplicate: its customer or its car is already in the shop or on an earlier line."""
        return not self.rejected and (self.customer is not Match.NEW or self.car not in (None, Match.NEW))

    @property
    def already_there(self) -> bool:
        """Nothing new: the customer and the car (if any) are both in the shop already."""
        return self.customer in _SHOP_MATCHES and (self.car is None or self.car in _SHOP_MATCHES)


_SHOP_MATCHES = frozenset(
    {
        Match.PHONE,
        Match.EMAIL,
        Match.NAME_AND_ADDRESS,
        Match.DETAILS,
        Match.VIN,
        Match.PLATE,
        Match.DESCRIPTION,
    }
)


@dataclass(frozen=True, slots=True)
class ImportPlan:
    """Every line's fate and the counts the summary gives. ambiguous_dates: date columns whose day/month
    order nothing told (their lines with such a date are refused)."""

    lines: tuple[PlannedLine, ...]
    new_customers: int
    shop_customers: int  # customers of the shop that lines merge into
    new_cars: int
    shop_cars: int
    ambiguous_dates: tuple[Field, ...] = ()

    @property
    def rejected(self) -> list[PlannedLine]:
        return [line for line in self.lines if line.rejected]

    @property
    def merged(self) -> list[PlannedLine]:
        return [line for line in self.lines if line.merged]

    @property
    def importable(self) -> int:
        return len(self.lines) - len(self.rejected)


@dataclass
class _Writes:
    """What applying the plan writes."""

    new_customers: list[CustomerDraft] = field(default_factory=list)
    updated_customers: list[ShopCustomer] = field(default_factory=list)
    # (customer slot, draft): slot >= 0 a new customer's index, < 0 a shop customer's id negated
    new_cars: list[tuple[int, CarDraft]] = field(default_factory=list)
    # (car slot, row): slot >= 0 a new car's index, < 0 a shop car's id negated
    car_facts: list[tuple[int, FileRow]] = field(default_factory=list)


def _car_title(draft: CarDraft) -> str:
    parts = [str(draft.year) if draft.year else "", draft.make, draft.model]
    title = " ".join(part for part in parts if part) or draft.nickname or draft.vin
    return f"{title} ({draft.plate})" if draft.plate else title


class _ShopIndex:
    """The shop's customers by what a line is recognised by."""

    def __init__(self, customers: Sequence[ShopCustomer]) -> None:
        self.by_id = {customer.customer_id: customer for customer in customers}
        self.by_key: dict[str, int] = {}
        self.phones = PhoneBook()
        for customer in customers:
            for key in customer_keys(customer.draft):
                self.by_key.setdefault(key, customer.customer_id)
            self.phones.add(customer.draft.phone, customer.customer_id)

    def find(self, rows: Sequence[FileRow]) -> tuple[ShopCustomer, Match] | None:
        """The shop's customer the rows are, by phone, else email, else name and address, else details."""
        for row in rows:
            owners = self.phones.owners(row.customer.phone)
            if owners:
                return self.by_id[owners[0]], Match.PHONE
        kinds = (("email:", Match.EMAIL), ("address:", Match.NAME_AND_ADDRESS), ("details:", Match.DETAILS))
        for kind, match in kinds:
            for row in rows:
                for key in customer_keys(row.customer):
                    if key.startswith(kind) and key in self.by_key:
                        return self.by_id[self.by_key[key]], match
        return None


def _filled_in(current: CustomerDraft, extra: CustomerDraft) -> CustomerDraft:
    """The shop's customer with the fields it leaves empty taken from the file (nothing overwritten; a way
    of contact still at the default counts as empty)."""
    values = {
        name: getattr(current, name) or getattr(extra, name) for name in CustomerDraft.__dataclass_fields__
    }
    if current.preferred_contact == DEFAULT_CONTACT_WAY:
        values["preferred_contact"] = extra.preferred_contact
    return CustomerDraft(**values)


def _reject_vins_of_two_customers(groups: list[list[FileRow]]) -> dict[int, RowProblem]:
    """line -> problem for a VIN that an earlier line gives to another customer of the file."""
    first: dict[str, tuple[int, int]] = {}  # vin -> (group, line)
    problems: dict[int, RowProblem] = {}
    for number, rows in enumerate(groups):
        for row in rows:
            if row.car is None or not row.car.vin:
                continue
            group, line = first.setdefault(row.car.vin, (number, row.line))
            if group != number:
                problems[row.line] = RowProblem(
                    Field.VIN, ImportRule.VIN_OF_ANOTHER_CUSTOMER, row.car.vin, line=line
                )
    return problems


def _customer_groups(rows: Sequence[FileRow]) -> tuple[list[list[FileRow]], dict[int, RowProblem]]:
    """The good rows grouped by customer, and line -> problem for those refused for giving another
    customer's VIN (left out of the groups)."""
    groups = group_customers([row for row in rows if not row.problems])
    vin_problems = _reject_vins_of_two_customers(groups)
    groups = [[row for row in group if row.line not in vin_problems] for group in groups]
    return [group for group in groups if group], vin_problems


def _by_shop_customer(
    groups: Sequence[list[FileRow]], index: _ShopIndex
) -> list[tuple[list[FileRow], tuple[ShopCustomer, Match] | None]]:
    """Each group with the shop's customer it is (None: a new customer); groups that are the same shop
    customer (one by phone, another by email) joined into the first, so its cars are matched once."""
    joined: list[tuple[list[FileRow], tuple[ShopCustomer, Match] | None]] = []
    first_of: dict[int, list[FileRow]] = {}
    for group in groups:
        found = index.find(group)
        if found is None:
            joined.append((group, None))
        elif found[0].customer_id in first_of:
            rows = first_of[found[0].customer_id]
            rows[:] = sorted([*rows, *group], key=lambda row: row.line)
        else:
            first_of[found[0].customer_id] = group
            joined.append((group, found))
    return joined


class _Planner:
    """Works out each group's lines, and what applying them writes. refused: line -> why, for the lines
    the shop's cars refuse (another customer's VIN, an odometer its history contradicts); the plan is made
    again without them, so nothing of theirs is written."""

    def __init__(
        self,
        cars: Sequence[ShopCar],
        today: date,
        *,
        owners: Mapping[int, str],
        history: Mapping[int, Sequence[tuple[date, float]]],
        unit: DistanceUnit,
    ) -> None:
        self.today = today
        self.owners = owners
        self.history = history
        self.unit = unit
        self.refused: dict[int, RowProblem] = {}
        self.writes = _Writes()
        self.lines: dict[int, PlannedLine] = {}
        self.shop_customers = 0
        self.shop_car_ids: set[int] = set()
        self.cars_by_vin = {car.draft.vin: car for car in cars if car.draft.vin}
        self.cars_by_customer: dict[int, list[ShopCar]] = {}
        for car in cars:
            self.cars_by_customer.setdefault(car.customer_id, []).append(car)

    def add_customer(self, rows: Sequence[FileRow], found: tuple[ShopCustomer, Match] | None) -> None:
        combined = combined_customer(rows)
        writes = self.writes
        if found is None:
            customer_slot = len(writes.new_customers)
            writes.new_customers.append(combined)
            customer_match, shop_name, own_cars = Match.NEW, "", []
        else:
            shop, customer_match = found
            customer_slot = -shop.customer_id
            self.shop_customers += 1
            shop_name, own_cars = shop.draft.name, self.cars_by_customer.get(shop.customer_id, [])
            filled = _filled_in(shop.draft, combined)
            if filled != shop.draft:
                writes.updated_customers.append(ShopCustomer(shop.customer_id, filled))
        seen_cars: dict[str, tuple[int, int]] = {}  # this customer's cars in the file: key -> (slot, line)
        customer_id = found[0].customer_id if found is not None else None
        for position, row in enumerate(rows):
            problem, row, odometer_left_out = self._against_shop_car(row, customer_id, own_cars)
            if problem is not None:
                self.refused[row.line] = problem
                continue
            line_customer = customer_match
            if position and customer_match is Match.NEW:
                line_customer = Match.SAME_AS_LINE
            car_match, same_car_line = self._add_car(row, customer_slot, own_cars, seen_cars)
            self.lines[row.line] = PlannedLine(
                line=row.line,
                customer_name=row.customer.name,
                customer=line_customer,
                car=car_match,
                car_title=_car_title(row.car) if row.car is not None else "",
                same_customer_line=rows[0].line if line_customer is Match.SAME_AS_LINE else 0,
                same_car_line=same_car_line,
                shop_customer=shop_name,
                odometer_left_out=odometer_left_out,
            )

    def _against_shop_car(
        self, row: FileRow, customer_id: int | None, own_cars: Sequence[ShopCar]
    ) -> tuple[RowProblem | None, FileRow, bool]:
        """(why the line is refused, the row to import, whether its odometer was left out), by the shop's
        car the line names: one of another customer is not theirs to take (the desk moves a car); an
        odometer below one the car had before its day, or above one it had after, is a typing error or
        another car (the front desk's rule, with its tolerance); one without a date cannot be placed among
        the car's readings, so it is left out rather than made the latest."""
        if row.car is None:
            return None, row, False
        shop_car, _match = _shop_car_for(row.car, self.cars_by_vin, own_cars)
        if shop_car is None:
            return None, row, False
        if shop_car.customer_id != customer_id:
            owner = self.owners.get(shop_car.customer_id, "")
            problem = RowProblem(
                Field.VIN, ImportRule.VIN_OF_SHOP_CAR, _car_title(shop_car.draft), other=owner
            )
            return problem, row, False
        history = self.history.get(shop_car.vehicle_id, ())
        km = row.odometer_km
        if km is None or not history:
            return None, row, False
        if any(abs(known - km) < _SAME_ODOMETER_KM for _on, known in history):
            return None, row, False  # on record already (this file imported before): nothing to say
        day = row.odometer_on or row.last_service
        if day is None:
            return None, replace(row, odometer_km=None), True
        for on, known in sorted(history):
            if on < day and km < known - ODOMETER_TOLERANCE_KM:
                rule = ImportRule.ODOMETER_BELOW_EARLIER
            elif on > day and km > known + ODOMETER_TOLERANCE_KM:
                rule = ImportRule.ODOMETER_ABOVE_LATER
            else:
                continue
            shown = format_distance(km, self.unit), format_distance(known, self.unit)
            return RowProblem(Field.ODOMETER, rule, shown[0], other=shown[1], on=on), row, False
        return None, row, False

    def _add_car(
        self,
        row: FileRow,
        customer_slot: int,
        own_cars: Sequence[ShopCar],
        seen_cars: dict[str, tuple[int, int]],
    ) -> tuple[Match | None, int]:
        """How the row's car was recognised, and the earlier line with the same car (0: none)."""
        if row.car is None:
            return None, 0
        car_key = _car_key(row.car)
        shop_car, car_match = _shop_car_for(row.car, self.cars_by_vin, own_cars)
        same_car_line = 0
        if car_key in seen_cars:
            car_slot, same_car_line = seen_cars[car_key]
            car_match = Match.SAME_AS_LINE
        elif shop_car is not None:
            car_slot = -shop_car.vehicle_id
            self.shop_car_ids.add(shop_car.vehicle_id)
            seen_cars[car_key] = (car_slot, row.line)
        else:
            car_slot = len(self.writes.new_cars)
            self.writes.new_cars.append((customer_slot, row.car.decoded(self.today.year)))
            seen_cars[car_key] = (car_slot, row.line)
            car_match = Match.NEW
        if row.last_service is not None or row.odometer_km is not None:
            self.writes.car_facts.append((car_slot, row))
        return car_match, same_car_line


def plan_import(file: CustomerFile, choice: ColumnChoice, today: date) -> tuple[ImportPlan, _Writes]:
    """Reads every line, checks it (the customer and car rules of the window, dates not in the future, a
    sane odometer) and matches it against the shop (a customer with the same phone number or email, any
    case; a car with the same VIN) and against the lines above it. Blocking (reads the shop)."""
    every_row = read_rows(file.table, choice, today)
    index = _ShopIndex(shop_customers())
    owners = {customer_id: customer.draft.name for customer_id, customer in index.by_id.items()}
    refused: dict[int, RowProblem] = {}
    while True:  # again without the lines the shop's cars refused, until none is
        groups, vin_problems = _customer_groups([row for row in every_row if row.line not in refused])
        vin_problems.update(refused)
        matched = _by_shop_customer(groups, index)
        vins = [row.car.vin for group in groups for row in group if row.car is not None and row.car.vin]
        matched_ids = [found[0].customer_id for _rows, found in matched if found is not None]
        cars = shop_cars(vins, matched_ids)
        history = odometer_history([car.vehicle_id for car in cars])
        planner = _Planner(cars, today, owners=owners, history=history, unit=choice.odometer_unit)
        for rows, found in matched:
            planner.add_customer(rows, found)
        if not planner.refused:
            break
        refused.update(planner.refused)
    for row in every_row:
        if row.line not in planner.lines:
            problems = row.problems or (vin_problems[row.line],)
            car_title = _car_title(row.car) if row.car is not None else ""
            planner.lines[row.line] = PlannedLine(
                row.line, row.customer.name, car_title=car_title, problems=problems
            )
    plan = ImportPlan(
        lines=tuple(planner.lines[row.line] for row in every_row),
        new_customers=len(planner.writes.new_customers),
        shop_customers=planner.shop_customers,
        new_cars=len(planner.writes.new_cars),
        shop_cars=len(planner.shop_car_ids),
        ambiguous_dates=tuple(ambiguous_date_columns(file, choice)),
    )
    return plan, planner.writes


def _car_key(car: CarDraft) -> str:
    """What tells two lines' cars of one customer apart: the VIN, else the plate, else what it is."""
    if car.vin:
        return f"vin:{car.vin}"
    if car.plate:
        return f"plate:{car.plate}"
    return f"car:{car.make.casefold()}|{car.model.casefold()}|{car.year}|{car.nickname.casefold()}"


def _shop_car_for(
    car: CarDraft, by_vin: Mapping[str, ShopCar], own_cars: Sequence[ShopCar]
) -> tuple[ShopCar | None, Match | None]:
    """The shop's car a line's car is: the same VIN (whoever owns it), else one of the customer's cars with
    the same plate, else one of theirs with neither VIN nor plate and the same make, model and year."""
    if car.vin:
        found = by_vin.get(car.vin)
        return (found, Match.VIN) if found is not None else (None, None)
    for own in own_cars:
        if car.plate and own.draft.plate == car.plate:
            return own, Match.PLATE
    for own in own_cars:
        described = (own.draft.make.casefold(), own.draft.model.casefold(), own.draft.year)
        if (
            not car.plate
            and not own.draft.vin
            and not own.draft.plate
            and described == (car.make.casefold(), car.model.casefold(), car.year)
        ):
            return own, Match.DESCRIPTION
    return None, None


# -- applying ----------------------------------------------------------------------------------------------


class RejectedLines(UserFacingError):
    """Lines the file cannot import and --skip-bad was not given: nothing was imported. plan: the whole
    plan, to list them."""

    def __init__(self, plan: ImportPlan) -> None:
        count = len(plan.rejected)
        super().__init__(
            fill(
                QCoreApplication.translate(
                    "CustomerImport", "Nothing was imported: %1 of the file's lines cannot be imported."
                ),
                count,
            )
        )
        self.plan = plan


@dataclass(frozen=True, slots=True)
class ImportOutcome:
    """What an import wrote: the plan it followed, customers updated with details they lacked, and the
    last services and odometer readings it recorded (those recorded before are not counted again)."""

    plan: ImportPlan
    customers_completed: int
    services: int
    readings: int


def dry_run(file: CustomerFile, choice: ColumnChoice, today: date) -> ImportPlan:
    """The plan alone: nothing is written."""
    return plan_import(file, choice, today)[0]


def import_customers(
    file: CustomerFile, choice: ColumnChoice, today: date, *, skip_bad: bool = False
) -> ImportOutcome:
    """Plans and applies the import in one transaction: all of it or none. RejectedLines (nothing written)
    when a line is refused and not `skip_bad`; DatabaseBusy when another writer held the lock too long."""
    description = QCoreApplication.translate("CustomerImport", "Service in the previous system")
    now = datetime.now(UTC)
    with one_transaction():
        plan, writes = plan_import(file, choice, today)
        if plan.rejected and not skip_bad:
            raise RejectedLines(plan)
        customer_ids = insert_customers(writes.new_customers)
        update_customers(writes.updated_customers)
        car_ids = insert_cars(
            [(customer_ids[slot] if slot >= 0 else -slot, draft) for slot, draft in writes.new_cars]
        )
        facts = [(car_ids[slot] if slot >= 0 else -slot, row) for slot, row in writes.car_facts]
        known = odometer_values([vehicle_id for vehicle_id, _row in facts])
        records: list[NewServiceRecord] = []
        readings: list[DeskReading] = []
        for vehicle_id, row in facts:
            if row.last_service is not None:
                same_day = row.odometer_on in (None, row.last_service)
                records.append(
                    NewServiceRecord(
                        vehicle_id,
                        row.last_service,
                        ((None, description),),
                        odometer_km=row.odometer_km if same_day else None,
                        source=IMPORT_SOURCE,
                        external_key=f"last-service:{row.last_service.isoformat()}",
                    )
                )
            if row.odometer_km is not None:
                values = known.setdefault(vehicle_id, [])
                if any(abs(value - row.odometer_km) < _SAME_ODOMETER_KM for value in values):
                    continue
                values.append(row.odometer_km)
                day = row.odometer_on or row.last_service
                readings.append(DeskReading(vehicle_id, desk_moment(day) if day else now, row.odometer_km))
        added = add_service_records(records)
        record_desk_odometers(readings)
    return ImportOutcome(
        plan=plan,
        customers_completed=len(writes.updated_customers),
        services=sum(record_id is not None for record_id in added),
        readings=len(readings),
    )


def with_date_order(choice: ColumnChoice, order: DateOrder | None) -> ColumnChoice:
    """The choice with `order` for every date column (None: as the values show)."""
    return replace(choice, date_orders=dict.fromkeys(DATE_FIELDS, order))
