"""Reading another shop system's customer list: header names guessed in several languages, dates and
odometers as old systems write them, line numbers as an editor shows them, and rows grouped by customer."""

from datetime import date

import pytest

from shopapp.domain.customer_file import (
    ColumnChoice,
    DateOrder,
    Field,
    ImportRule,
    date_order_of,
    group_customers,
    guess_columns,
    header_unit,
    read_date,
    read_number,
    read_rows,
    read_table,
)
from shopapp.domain.units import DistanceUnit

TODAY = date(2026, 12, 7)


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        (
            ["Customer Name", "Tel", "E-mail", "Street", "Town", "Province", "Postcode", "VIN #", "Make",
             "Model", "Year", "Registration", "Last visit", "Mileage (km)"],
            [Field.NAME, Field.PHONE, Field.EMAIL, Field.ADDRESS_LINE1, Field.CITY, Field.REGION,
             Field.POSTAL_CODE, Field.VIN, Field.MAKE, Field.MODEL, Field.YEAR, Field.PLATE,
             Field.LAST_SERVICE, Field.ODOMETER],
        ),
        (
            ["Nom", "Prénom", "Téléphone", "Courriel", "Adresse", "Ville", "Code postal", "Immatriculation",
             "Dernière visite", "Kilométrage"],
            [Field.LAST_NAME, Field.FIRST_NAME, Field.PHONE, Field.EMAIL, Field.ADDRESS_LINE1, Field.CITY,
             Field.POSTAL_CODE, Field.PLATE, Field.LAST_SERVICE, Field.ODOMETER],
        ),
        (
            ["Vorname", "Nachname", "Handy", "Straße", "PLZ", "Ort", "Kennzeichen", "Fahrgestellnummer",
             "Kilometerstand"],
            [Field.FIRST_NAME, Field.LAST_NAME, Field.PHONE, Field.ADDRESS_LINE1, Field.POSTAL_CODE,
             Field.CITY, Field.PLATE, Field.VIN, Field.ODOMETER],
        ),
        (
            ["Nombre", "Teléfono", "Correo electrónico", "Dirección", "Ciudad", "Matrícula", "Marca",
             "Modelo", "Año", "Última visita"],
            [Field.NAME, Field.PHONE, Field.EMAIL, Field.ADDRESS_LINE1, Field.CITY, Field.PLATE, Field.MAKE,
             Field.MODEL, Field.YEAR, Field.LAST_SERVICE],
        ),
    ],
)  # fmt: skip
def test_headers_of_other_systems_are_recognised(headers, expected):
    guessed = guess_columns(headers)
    assert {index: name for name, index in guessed.items()} == dict(enumerate(expected))


def test_an_unknown_header_is_left_out_and_the_first_of_two_wins():
    assert guess_columns(["Name", "Loyalty points", "Phone", "Mobile"]) == {Field.NAME: 0, Field.PHONE: 2}


def test_the_odometer_header_names_its_unit_or_leaves_it_to_the_shop():
    assert header_unit("Mileage (km)") is DistanceUnit.KM
    assert header_unit("Miles") is DistanceUnit.MI
    assert header_unit("Kilométrage") is DistanceUnit.KM
    assert header_unit("Odometer") is None
    assert guess_columns(["Miles"]) == {Field.ODOMETER: 0}


def test_dates_in_iso_us_and_european_forms():
    assert read_date("2024-03-27", None, Field.LAST_SERVICE) == date(2024, 3, 27)
    assert read_date("2024-03-27 14:05", None, Field.LAST_SERVICE) == date(2024, 3, 27)
    assert read_date("27.03.2024", None, Field.LAST_SERVICE) == date(2024, 3, 27)
    assert read_date("27/03/2024", None, Field.LAST_SERVICE) == date(2024, 3, 27)
    assert read_date("03/27/2024", None, Field.LAST_SERVICE) == date(2024, 3, 27)
    assert read_date("05/05/2024", None, Field.LAST_SERVICE) == date(2024, 5, 5)
    assert read_date("03/04/2024", DateOrder.MONTH_FIRST, Field.LAST_SERVICE) == date(2024, 3, 4)
    assert read_date("03/04/2024", DateOrder.DAY_FIRST, Field.LAST_SERVICE) == date(2024, 4, 3)
    ambiguous = read_date("03/04/2024", None, Field.LAST_SERVICE)
    assert ambiguous.rule is ImportRule.DATE_AMBIGUOUS
    assert read_date("31/02/2024", DateOrder.DAY_FIRST, Field.LAST_SERVICE).rule is ImportRule.DATE_UNREADABLE
    assert read_date("last spring", None, Field.LAST_SERVICE).rule is ImportRule.DATE_UNREADABLE


def test_a_column_tells_its_date_order_by_one_unambiguous_date():
    assert date_order_of(["03/04/2024", "27/03/2024"]) is DateOrder.DAY_FIRST
    assert date_order_of(["03/04/2024", "03/27/2024"]) is DateOrder.MONTH_FIRST
    assert date_order_of(["03/04/2024", "2024-01-02"]) is None
    assert date_order_of(["13/04/2024", "03/27/2024"]) is None  # contradicting: each date for itself


def test_odometers_with_thousands_separators_units_and_decimal_commas():
    assert read_number("45,210") == 45210
    assert read_number("45.210") == 45210
    assert read_number("123 456 km") == 123456
    assert read_number("45210,5") == 45210.5
    assert read_number("-12") == -12
    assert read_number("n/a") is None


def test_line_numbers_count_physical_lines_and_skip_blank_records():
    text = 'Name,Notes,Phone\r\nAna,"two\nlines",555-0101\r\n\r\nBo,,555-0102\r\n'
    table = read_table(text)
    assert table.delimiter == ","
    assert [row.line for row in table.rows] == [2, 5]


def test_semicolons_are_told_from_commas_inside_cells():
    table = read_table('Name;Address;Phone\n"Smith, Ana";"1, Main St";555-0101\n')
    assert table.delimiter == ";"
    assert table.rows[0].cells == ("Smith, Ana", "1, Main St", "555-0101")


def test_rows_problems_and_grouping():
    text = (
        "First name,Last name,Phone,Email,VIN,Make,Last service,Odometer\n"
        "Ana,Lopez,+1 555 010 2345,ana@example.com,1HGCM82633A004352,Honda,2024-03-01,45000\n"
        "Ana,Lopez,15550102345,,,Ford,2024-03-02,\n"  # same phone digits: the same customer
        "Bo,Berg,,ANA@example.com,,Kia,,\n"  # same email in another case: Ana's again
        "Cy,Cole,555-0199,,1HGCM82633A004353,Honda,2027-01-01,-5\n"
    )
    table = read_table(text)
    choice = ColumnChoice(guess_columns(table.headers), DistanceUnit.MI)
    rows = read_rows(table, choice, TODAY)
    assert rows[0].customer.name == "Ana Lopez"
    assert rows[0].odometer_km == pytest.approx(45000 * 1.609344)
    assert rows[0].last_service == date(2024, 3, 1)
    assert {problem.rule for problem in rows[3].problems} == {
        ImportRule.CAR,
        ImportRule.DATE_IN_FUTURE,
        ImportRule.ODOMETER_NEGATIVE,
    }
    groups = group_customers(rows[:3])
    assert [[row.line for row in group] for group in groups] == [[2, 3, 4]]
