"""A customer list from another shop system, as text: which column holds what (guessed from the header
names, in English and a few other languages), the dates and odometers in its cells, and what each row says
of one customer and at most one car. Pure: the file is read and decoded by shopapp.services.customer_import,
the shop's own customers are looked up there too. A problem is data (RowProblem); the words are the
surfaces'."""

from __future__ import annotations

import csv
import math
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from enum import Enum, StrEnum

from shopapp.domain.car import CarDraft, CarProblem
from shopapp.domain.contact import DEFAULT_CONTACT_WAY, ContactProblem, CustomerDraft, read_contact_way
from shopapp.domain.units import DistanceUnit, to_km


class Field(StrEnum):
    """What a column may hold; the values are the names `--map FIELD=HEADER` takes."""

    NAME = "name"
    FIRST_NAME = "first_name"
    LAST_NAME = "last_name"
    PHONE = "phone"
    EMAIL = "email"
    ADDRESS_LINE1 = "address_line1"
    ADDRESS_LINE2 = "address_line2"
    CITY = "city"
    REGION = "region"
    POSTAL_CODE = "postal_code"
    COUNTRY = "country"
    NOTES = "notes"
    PREFERRED_CONTACT = "preferred_contact"
    VIN = "vin"
    MAKE = "make"
    MODEL = "model"
    YEAR = "year"
    PLATE = "plate"
    NICKNAME = "nickname"
    POWERTRAIN = "powertrain"
    LAST_SERVICE = "last_service"
    ODOMETER = "odometer"
    ODOMETER_DATE = "odometer_date"


CUSTOMER_TEXT_FIELDS = (
    Field.PHONE,
    Field.EMAIL,
    Field.ADDRESS_LINE1,
    Field.ADDRESS_LINE2,
    Field.CITY,
    Field.REGION,
    Field.POSTAL_CODE,
    Field.COUNTRY,
    Field.NOTES,
)
DATE_FIELDS = (Field.LAST_SERVICE, Field.ODOMETER_DATE)

# Header names as normalised_header() leaves them. English first; French, German and Spanish where a shop
# system of those countries is likely to write them.
_SYNONYMS: dict[Field, tuple[str, ...]] = {
    Field.NAME: (
        "name", "customer", "customer name", "client", "client name", "full name", "owner", "owner name",
        "contact", "contact name", "nom", "nom complet", "nom du client", "kunde", "kundenname",
        "nombre", "nombre completo", "cliente", "nombre del cliente",
    ),
    Field.FIRST_NAME: ("first name", "firstname", "given name", "forename", "prenom", "vorname"),
    Field.LAST_NAME: (
        "last name", "lastname", "surname", "family name", "nom de famille", "nachname", "familienname",
        "apellido", "apellidos",
    ),
    Field.PHONE: (
        "phone", "phone number", "telephone", "telephone number", "tel", "mobile", "mobile phone",
        "mobile number", "cell", "cell phone", "cellphone", "home phone", "work phone", "phone 1",
        "telefon", "telefonnummer", "handy", "portable", "telefono", "movil", "celular",
    ),
    Field.EMAIL: (
        "email", "e mail", "email address", "e mail address", "mail", "courriel", "adresse e mail",
        "adresse email", "correo", "correo electronico",
    ),
    Field.ADDRESS_LINE1: (
        "address", "address 1", "address line 1", "address1", "street", "street address", "addr",
        "adresse", "rue", "strasse", "anschrift", "direccion", "calle",
    ),
    Field.ADDRESS_LINE2: (
        "address 2", "address line 2", "address2", "adresse 2", "complement d adresse", "adresszusatz",
        "direccion 2",
    ),
    Field.CITY: ("city", "town", "ville", "stadt", "ort", "wohnort", "ciudad", "localidad", "poblacion"),
    Field.REGION: (
        "state", "province", "region", "county", "state province", "bundesland", "departement",
        "provincia", "estado",
    ),
    Field.POSTAL_CODE: (
        "zip", "zip code", "zipcode", "postcode", "post code", "postal code", "code postal", "cp", "plz",
        "postleitzahl", "codigo postal",
    ),
    Field.COUNTRY: ("country", "pays", "land", "pais"),
    Field.NOTES: (
        "notes", "note", "comments", "comment", "remarks", "memo", "remarques", "commentaires",
        "bemerkungen", "notizen", "notas", "observaciones",
    ),
    Field.PREFERRED_CONTACT: (
        "preferred contact", "preferred contact method", "contact by", "contact method", "contact preference",
        "contact via", "reminder by", "reminders by", "contact prefere", "contacter par", "kontakt per",
        "kontaktweg", "contactar por",
    ),
    Field.VIN: (
        "vin", "vin number", "vehicle identification number", "chassis", "chassis number", "fin",
        "fahrgestellnummer", "numero de serie", "bastidor", "numero de bastidor",
    ),
    Field.MAKE: ("make", "manufacturer", "brand", "marque", "marke", "hersteller", "fabricant", "marca"),
    Field.MODEL: ("model", "modele", "modell", "modelo"),
    Field.YEAR: ("year", "model year", "annee", "baujahr", "modelljahr", "ano", "ano modelo"),
    Field.PLATE: (
        "plate", "plate number", "license", "licence", "license plate", "licence plate", "license number",
        "registration", "registration number", "reg", "reg no", "tag", "immatriculation", "plaque",
        "kennzeichen", "amtliches kennzeichen", "matricula", "placa",
    ),
    Field.NICKNAME: ("nickname", "vehicle name", "car name", "surnom"),
    Field.POWERTRAIN: ("powertrain", "fuel", "fuel type", "engine type", "energie", "kraftstoff",
                       "combustible"),
    Field.LAST_SERVICE: (
        "last service", "last service date", "last serviced", "date of last service", "last visit",
        "last visit date", "service date", "last repair", "derniere visite", "dernier entretien",
        "date dernier entretien", "date derniere visite", "letzter service", "letzte wartung",
        "letzter besuch", "ultimo servicio", "ultima visita", "fecha ultimo servicio",
    ),
    Field.ODOMETER: (
        "odometer", "odometer reading", "mileage", "current mileage", "last mileage", "odo", "miles",
        "kilometres", "kilometers", "kilometrage", "kilometerstand", "km stand", "kilometraje",
        "odometre",
    ),
    Field.ODOMETER_DATE: (
        "odometer date", "mileage date", "reading date", "odometer read on", "mileage as of",
        "odometer as of",
    ),
}  # fmt: skip
_HEADER_INDEX = {synonym: name for name, synonyms in _SYNONYMS.items() for synonym in synonyms}
# Words that qualify a header without changing what it holds: "Customer Phone", "Vehicle VIN", "VIN #".
_QUALIFIERS = frozenset({"customer", "client", "vehicle", "car", "owner", "kunde", "vehicule", "fahrzeug"})
_TRAILERS = frozenset({"no", "nr", "number", "num"})
_UNIT_WORDS = {
    "km": DistanceUnit.KM,
    "kms": DistanceUnit.KM,
    "kilometres": DistanceUnit.KM,
    "kilometers": DistanceUnit.KM,
    "kilometre": DistanceUnit.KM,
    "kilometer": DistanceUnit.KM,
    "kilometrage": DistanceUnit.KM,
    "kilometerstand": DistanceUnit.KM,
    "kilometraje": DistanceUnit.KM,
    "mi": DistanceUnit.MI,
    "miles": DistanceUnit.MI,
    "mile": DistanceUnit.MI,
}


def normalised_header(text: str) -> str:
    """'Téléphone ', 'E-Mail', 'Zip_Code', 'VIN #' -> 'telephone', 'e mail', 'zip code', 'vin': lower case,
    no accents, any run of other signs a single space."""
    folded = unicodedata.normalize("NFKD", text.strip().casefold())
    plain = "".join(ch for ch in folded if not unicodedata.combining(ch))
    return " ".join(re.sub(r"[^0-9a-z]+", " ", plain.replace("ß", "ss")).split())


def _header_field(header: str) -> Field | None:
    words = normalised_header(header).split()
    tries = [words]
    if words and words[0] in _QUALIFIERS:
        tries.append(words[1:])
    tries += [attempt[:-1] for attempt in list(tries) if attempt and attempt[-1] in _TRAILERS]
    for attempt in tries:
        found = _HEADER_INDEX.get(" ".join(attempt))
        if found is not None:
            return found
        without_unit = [word for word in attempt if word not in _UNIT_WORDS]
        if without_unit != attempt and (
            not without_unit or _HEADER_INDEX.get(" ".join(without_unit)) is Field.ODOMETER
        ):
            return Field.ODOMETER  # "Miles", "KM", "Mileage (km)", "Odometer mi"
    return None


def header_unit(header: str) -> DistanceUnit | None:
    """The unit an odometer header names ("Mileage (km)" -> km, "Miles" -> mi), None when it names none."""
    for word in normalised_header(header).split():
        if word in _UNIT_WORDS:
            return _UNIT_WORDS[word]
    return None


def guess_columns(headers: Sequence[str]) -> dict[Field, int]:
    """Field -> index of the column that holds it, for every field a header names (the first such header
    wins). A "Name" beside a "First name" and no "Last name" is the family name."""
    found: dict[Field, int] = {}
    for index, header in enumerate(headers):
        name = _header_field(header)
        if name is not None and name not in found:
            found[name] = index
    if Field.FIRST_NAME in found and Field.NAME in found and Field.LAST_NAME not in found:
        found[Field.LAST_NAME] = found.pop(Field.NAME)
    return found


def has_name(columns: Mapping[Field, int]) -> bool:
    """Whether the columns can name a customer: a name column, or a first or last name column."""
    return any(name in columns for name in (Field.NAME, Field.FIRST_NAME, Field.LAST_NAME))


# -- the table ---------------------------------------------------------------------------------------------

DELIMITERS = (";", ",", "\t")


def delimiter_of(header_line: str) -> str:
    """`;`, `,` or a tab: whichever the header line holds most of, outside quotes (`,` when none)."""
    outside = re.sub(r'"[^"]*"', "", header_line)
    counts = {delimiter: outside.count(delimiter) for delimiter in DELIMITERS}
    best = max(DELIMITERS, key=lambda delimiter: counts[delimiter])
    return best if counts[best] else ","


@dataclass(frozen=True, slots=True)
class FileLine:
    """One record of the file: the physical line it starts on (the header is line 1) and its cells."""

    line: int
    cells: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class CustomerTable:
    delimiter: str
    headers: tuple[str, ...]
    rows: tuple[FileLine, ...]


def read_table(text: str) -> CustomerTable:
    """The header and the records of a CSV text (a record may span lines inside quotes); blank records
    are left out. Raises csv.Error for quoting the csv module cannot read."""
    lines = text.splitlines(keepends=True)
    delimiter = delimiter_of(lines[0] if lines else "")
    reader = csv.reader(lines, delimiter=delimiter)
    headers: tuple[str, ...] = ()
    rows: list[FileLine] = []
    consumed = 0
    for record in reader:
        start = consumed + 1
        consumed = reader.line_num
        if not headers:
            headers = tuple(cell.strip() for cell in record)
            continue
        if any(cell.strip() for cell in record):
            rows.append(FileLine(start, tuple(record)))
    return CustomerTable(delimiter, headers, tuple(rows))


# -- cells -------------------------------------------------------------------------------------------------


class DateOrder(Enum):
    """How a column writes day and month when it uses slashes or dots (ISO dates need no order)."""

    MONTH_FIRST = "mdy"  # 03/27/2024, as in the USA
    DAY_FIRST = "dmy"  # 27/03/2024, 27.03.2024


_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T].*)?")
_YEAR_FIRST = re.compile(r"(\d{4})[/.](\d{1,2})[/.](\d{1,2})(?:[ T].*)?")
_SEPARATED = re.compile(r"(\d{1,2})([/.\-])(\d{1,2})\2(\d{4})(?:[ T].*)?")


def date_order_of(values: Iterable[str]) -> DateOrder | None:
    """The order a column's day/month dates must be in: DAY_FIRST when one has a first number above 12 or
    uses dots, MONTH_FIRST when one has a second number above 12; None when no value tells (every such
    date could be read both ways) or when they contradict each other (then each row's date says itself
    whether it can be read)."""
    day_first = month_first = False
    for value in values:
        match = _SEPARATED.fullmatch(value.strip())
        if match is None:
            continue
        first, separator, second = int(match[1]), match[2], int(match[3])
        if first > 12 or separator == ".":
            day_first = True
        elif second > 12:
            month_first = True
    if day_first != month_first:
        return DateOrder.DAY_FIRST if day_first else DateOrder.MONTH_FIRST
    return None


class ImportRule(Enum):
    """What is wrong with a row beside the customer and car rules (shopapp.domain.contact and .car)."""

    CONTACT = "contact"  # see `contact`
    CAR = "car"  # see `car`
    DATE_UNREADABLE = "date_unreadable"  # not a date in any form read here
    DATE_AMBIGUOUS = "date_ambiguous"  # 03/04/2024 in a column that never says which comes first
    DATE_IN_FUTURE = "date_in_future"
    DATE_TOO_OLD = "date_too_old"  # before FIRST_SERVICE_YEAR: a typing error
    NUMBER_UNREADABLE = "number_unreadable"  # the odometer or the year is not a number
    ODOMETER_NEGATIVE = "odometer_negative"
    ODOMETER_ABSURD = "odometer_absurd"  # limit: the highest odometer accepted, in the column's unit
    CAR_DATA_WITHOUT_CAR = "car_data_without_car"  # a date or odometer, nothing that names the car
    VIN_OF_ANOTHER_CUSTOMER = "vin_of_another_customer"  # line: the first line with that VIN
    VIN_OF_SHOP_CAR = "vin_of_shop_car"  # value: the shop's car with that VIN, other: its owner
    # value: the line's odometer, other: the reading on record on `on` it contradicts (both as shown)
    ODOMETER_BELOW_EARLIER = "odometer_below_earlier"
    ODOMETER_ABOVE_LATER = "odometer_above_later"


FIRST_SERVICE_YEAR = 1950


@dataclass(frozen=True, slots=True)
class RowProblem:
    """One thing wrong with a row: the field, the rule, and what its words name (the cell as written, a
    limit, the other line)."""

    field: Field | str
    rule: ImportRule
    value: str = ""
    contact: ContactProblem | None = None
    car: CarProblem | None = None
    limit: int = 0
    line: int = 0
    other: str = ""
    on: date | None = None


def read_date(text: str, order: DateOrder | None, field_name: Field) -> date | RowProblem:
    """A cell's date: ISO (2024-03-27, a time after it ignored), 2024/03/27, or day and month in `order`
    (27/03/2024, 27.03.2024, 03/27/2024). Without an order, 05/05/2024 is still read (both ways agree)."""
    value = text.strip()
    numbers: tuple[int, int, int] | None = None
    if match := _ISO.fullmatch(value) or _YEAR_FIRST.fullmatch(value):
        numbers = (int(match[1]), int(match[2]), int(match[3]))
    elif match := _SEPARATED.fullmatch(value):
        first, second, year = int(match[1]), int(match[3]), int(match[4])
        chosen = order
        if chosen is None and match[2] == ".":
            chosen = DateOrder.DAY_FIRST
        if chosen is None:
            if first == second or first > 12 or second > 12:
                chosen = DateOrder.MONTH_FIRST if second > 12 else DateOrder.DAY_FIRST
            else:
                return RowProblem(field_name, ImportRule.DATE_AMBIGUOUS, value)
        day, month = (first, second) if chosen is DateOrder.DAY_FIRST else (second, first)
        numbers = (year, month, day)
    if numbers is None:
        return RowProblem(field_name, ImportRule.DATE_UNREADABLE, value)
    try:
        return date(*numbers)
    except ValueError:
        return RowProblem(field_name, ImportRule.DATE_UNREADABLE, value)


_THOUSANDS = re.compile(r"\d{1,3}(?:([,. '\u00a0\u202f])\d{3})(?:\1\d{3})*")


def read_number(text: str) -> float | None:
    """'45,210', '45.210', '45 210', "45'210" (thousands), '45210.5', '45210,5', '-12', '45,210 km' -> a
    number; None when the cell is not one."""
    value = text.strip()
    value = re.sub(r"\s*(km|kms|mi|miles)\.?$", "", value, flags=re.IGNORECASE)
    sign = -1.0 if value.startswith("-") else 1.0
    value = value.lstrip("+-").strip()
    # "45.210" is read as thousands: an odometer with three decimals is far rarer than a separator.
    value = re.sub(r"\D", "", value) if _THOUSANDS.fullmatch(value) else value.replace(",", ".")
    try:
        number = float(value)
    except ValueError:
        return None
    return sign * number if math.isfinite(number) else None


_POWERTRAIN_WORDS = {
    "ice": "ICE", "gas": "ICE", "gasoline": "ICE", "petrol": "ICE", "diesel": "ICE", "essence": "ICE",
    "benzin": "ICE", "gasolina": "ICE", "combustion": "ICE",
    "hev": "HEV", "hybrid": "HEV", "hybride": "HEV", "hybrid electric": "HEV", "hibrido": "HEV",
    "phev": "PHEV", "plug in hybrid": "PHEV", "plug in": "PHEV", "hybride rechargeable": "PHEV",
    "bev": "BEV", "ev": "BEV", "electric": "BEV", "electrique": "BEV", "elektro": "BEV",
    "electrico": "BEV",
}  # fmt: skip


def powertrain_word(text: str) -> str:
    """A fuel or powertrain cell as the store keeps it (ICE, HEV, PHEV, BEV); "" when it says none of them."""
    return _POWERTRAIN_WORDS.get(normalised_header(text), "")


def unquoted(cell: str) -> str:
    """A cell as it was before a spreadsheet export neutralised it: "'=SUM" -> "=SUM" (shopapp's own export
    and most others put a ' before a leading = + - @ so no spreadsheet runs it)."""
    value = cell.strip()
    if len(value) > 1 and value[0] == "'" and value[1] in "=+-@":
        return value[1:]
    return value


# -- rows --------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ColumnChoice:
    """Which column holds each field (a field left out is not imported), the unit of the odometer column,
    and the order of day and month in each date column (None: not told, or ISO)."""

    columns: Mapping[Field, int]
    odometer_unit: DistanceUnit
    date_orders: Mapping[Field, DateOrder | None] = field(default_factory=dict)
    # The highest odometer accepted (the front desk's limit, shopapp.services.front_desk).
    max_odometer_km: float = 2_000_000.0


@dataclass(frozen=True, slots=True)
class FileRow:
    """What one line of the file says: a customer, at most one car, the car's last service (a day) and an
    odometer (km) read on `odometer_on` (None: on the last service's day, else the day of the import).
    problems: everything wrong with it (empty: it can be imported)."""

    line: int
    customer: CustomerDraft
    car: CarDraft | None = None
    last_service: date | None = None
    odometer_km: float | None = None
    odometer_on: date | None = None
    problems: tuple[RowProblem, ...] = ()


def _cell(cells: Sequence[str], columns: Mapping[Field, int], name: Field) -> str:
    index = columns.get(name)
    if index is None or index >= len(cells):
        return ""
    return unquoted(cells[index])


def read_row(line: FileLine, choice: ColumnChoice, today: date) -> FileRow:
    """The row's customer and car, and every problem with them (customer rules, car rules, dates, odometer);
    `today` for dates in the future and the latest model year."""
    columns = choice.columns
    problems: list[RowProblem] = []

    def cell(name: Field) -> str:
        return _cell(line.cells, columns, name)

    name = cell(Field.NAME) or " ".join(
        part for part in (cell(Field.FIRST_NAME), cell(Field.LAST_NAME)) if part
    )
    customer = CustomerDraft(
        name=" ".join(name.split()),
        preferred_contact=read_contact_way(cell(Field.PREFERRED_CONTACT)),
        **{key.value: cell(key) for key in CUSTOMER_TEXT_FIELDS},
    ).cleaned()
    for field_name, contact_problem in customer.problems().items():
        problems.append(RowProblem(field_name, ImportRule.CONTACT, contact=contact_problem))

    year: int | None = None
    year_text = cell(Field.YEAR)
    if year_text:
        number = read_number(year_text)
        if number is None or number != int(number):
            problems.append(RowProblem(Field.YEAR, ImportRule.NUMBER_UNREADABLE, year_text))
        else:
            year = int(number)
    car: CarDraft | None = CarDraft(
        vin=cell(Field.VIN),
        make=cell(Field.MAKE),
        model=cell(Field.MODEL),
        year=year,
        plate=cell(Field.PLATE),
        nickname=cell(Field.NICKNAME),
        powertrain=powertrain_word(cell(Field.POWERTRAIN)),
    ).cleaned()
    assert car is not None
    names_a_car = bool(car.vin or car.make or car.model or car.nickname or car.plate or year_text)
    if names_a_car:
        for field_name, car_problem in car.problems(today.year).items():
            problems.append(RowProblem(field_name, ImportRule.CAR, car=car_problem))
    else:
        car = None

    days: dict[Field, date | None] = {}
    for date_field in DATE_FIELDS:
        text = cell(date_field)
        days[date_field] = None
        if not text:
            continue
        read = read_date(text, choice.date_orders.get(date_field), date_field)
        if isinstance(read, RowProblem):
            problems.append(read)
        elif read > today:
            problems.append(RowProblem(date_field, ImportRule.DATE_IN_FUTURE, text))
        elif read.year < FIRST_SERVICE_YEAR:
            problems.append(RowProblem(date_field, ImportRule.DATE_TOO_OLD, text))
        else:
            days[date_field] = read

    odometer_km: float | None = None
    odometer_text = cell(Field.ODOMETER)
    if odometer_text:
        number = read_number(odometer_text)
        limit = round(choice.max_odometer_km / to_km(choice.odometer_unit, 1.0))
        if number is None:
            problems.append(RowProblem(Field.ODOMETER, ImportRule.NUMBER_UNREADABLE, odometer_text))
        elif number < 0:
            problems.append(RowProblem(Field.ODOMETER, ImportRule.ODOMETER_NEGATIVE, odometer_text))
        elif number > limit:
            problems.append(
                RowProblem(Field.ODOMETER, ImportRule.ODOMETER_ABSURD, odometer_text, limit=limit)
            )
        else:
            odometer_km = to_km(choice.odometer_unit, number)
    if car is None and (odometer_text or cell(Field.LAST_SERVICE)):
        problems.append(RowProblem(Field.VIN, ImportRule.CAR_DATA_WITHOUT_CAR))
    return FileRow(
        line=line.line,
        customer=customer,
        car=car,
        last_service=days[Field.LAST_SERVICE],
        odometer_km=odometer_km,
        odometer_on=days[Field.ODOMETER_DATE],
        problems=tuple(problems),
    )


def read_rows(table: CustomerTable, choice: ColumnChoice, today: date) -> list[FileRow]:
    """Every row of the table; a date column whose order was not chosen gets the order its values show."""
    orders = dict(choice.date_orders)
    for date_field in DATE_FIELDS:
        index = choice.columns.get(date_field)
        if index is not None and orders.get(date_field) is None:
            orders[date_field] = date_order_of(
                line.cells[index] for line in table.rows if index < len(line.cells)
            )
    ordered = replace(choice, date_orders=orders)
    return [read_row(line, ordered, today) for line in table.rows]


# -- who is who --------------------------------------------------------------------------------------------


def phone_digits(phone: str) -> str:
    """What two phone numbers are compared by: their digits, without the leading zeros of a trunk or
    international prefix ("+1 (555) 010-2345" -> "15550102345", "01 23 45 67 89" -> "123456789")."""
    return "".join(ch for ch in phone if ch.isdigit()).lstrip("0")


MIN_SAME_PHONE_DIGITS = 7  # a shorter number (an extension alone) tells nobody apart


def same_phone(digits: str, other: str) -> bool:
    """Whether two phone_digits() are one number, written with and without the country code
    ("12085550101" and "2085550101"; "33123456789" and "123456789")."""
    shorter, longer = sorted((digits, other), key=len)
    return len(shorter) >= MIN_SAME_PHONE_DIGITS and longer.endswith(shorter)


class PhoneBook:
    """Phone numbers by their last digits, to find the one a number is (same_phone) without comparing it
    with every other."""

    def __init__(self) -> None:
        self._by_tail: dict[str, list[tuple[str, int]]] = {}

    def add(self, phone: str, owner: int) -> None:
        digits = phone_digits(phone)
        if len(digits) >= MIN_SAME_PHONE_DIGITS:
            self._by_tail.setdefault(digits[-MIN_SAME_PHONE_DIGITS:], []).append((digits, owner))

    def owners(self, phone: str) -> list[int]:
        """Who has this number, in the order they were added."""
        digits = phone_digits(phone)
        if len(digits) < MIN_SAME_PHONE_DIGITS:
            return []
        entries = self._by_tail.get(digits[-MIN_SAME_PHONE_DIGITS:], [])
        return [owner for known, owner in entries if same_phone(digits, known)]


def email_key(email: str) -> str:
    return email.strip().casefold()


def name_and_address_key(draft: CustomerDraft) -> str:
    """Same name at the same street address (and postal code or city): the same customer. "" when the row
    has no street address to tell two namesakes apart."""
    if not draft.address_line1.strip():
        return ""
    parts = (draft.name, draft.address_line1, draft.postal_code or draft.city)
    return "|".join(" ".join(part.casefold().split()) for part in parts)


def details_key(draft: CustomerDraft) -> str:
    """Every contact detail at once: two lines that agree on all of them (a name and nothing else, say) are
    the same customer as far as anyone can tell."""
    values = (
        draft.name, phone_digits(draft.phone), draft.email, draft.address_line1, draft.address_line2,
        draft.city, draft.region, draft.postal_code, draft.country,
    )  # fmt: skip
    return "|".join(" ".join(value.casefold().split()) for value in values)


def customer_keys(draft: CustomerDraft) -> list[str]:
    """The keys besides the phone number (PhoneBook) a customer is recognised by: email, name and address,
    all details; each tagged with its kind."""
    keys = [f"details:{details_key(draft)}"]
    if email := email_key(draft.email):
        keys.append(f"email:{email}")
    if address := name_and_address_key(draft):
        keys.append(f"address:{address}")
    return keys


def group_customers(rows: Sequence[FileRow]) -> list[list[FileRow]]:
    """The rows grouped by customer: rows sharing a phone number (same_phone), an email (any case) or a
    name and address belong to one customer, also through a row in between (A shares a phone with B, B an
    email with C). Groups in the order of their first row; rows in file order."""
    parent = list(range(len(rows)))

    def root(index: int) -> int:
        while parent[index] != index:
            parent[index] = parent[parent[index]]
            index = parent[index]
        return index

    def join(one: int, other: int) -> None:
        low, high = sorted((root(one), root(other)))
        parent[high] = low

    first_with: dict[str, int] = {}
    phones = PhoneBook()
    for index, row in enumerate(rows):
        for key in customer_keys(row.customer):
            join(first_with.setdefault(key, index), index)
        for other in phones.owners(row.customer.phone):
            join(other, index)
        phones.add(row.customer.phone, index)
    groups: dict[int, list[FileRow]] = {}
    for index, row in enumerate(rows):
        groups.setdefault(root(index), []).append(row)
    return list(groups.values())


def combined_customer(rows: Sequence[FileRow]) -> CustomerDraft:
    """One customer from the rows of a group: each field from the first row that fills it (the way of
    contact from the first that says other than the default)."""
    values = {name: "" for name in CustomerDraft.__dataclass_fields__}
    for row in rows:
        for name in values:
            if not values[name] or (name == "preferred_contact" and values[name] == DEFAULT_CONTACT_WAY):
                values[name] = getattr(row.customer, name)
    return CustomerDraft(**values)
