"""Importing the previous system's customer list (issue 15, Deliver 4): files in the encodings and shapes
old systems write, the plan with its line numbers, one transaction, a second import that adds nothing, and
the due list counting from the imported last service."""

from datetime import date

import pytest
from builders import customer, vehicle
from words import words

from shopapp.domain.customer_file import Field, ImportRule
from shopapp.domain.plan import default_plan
from shopapp.domain.units import DistanceUnit
from shopapp.resources import trouble_code_catalogue
from shopapp.services.customer_import import (
    IMPORT_SOURCE,
    ImportFileError,
    Match,
    RejectedLines,
    column_choice,
    dry_run,
    import_customers,
    read_customer_file,
)
from shopapp.services.vehicle_list import vehicle_rows
from shopapp.store.models import ALL_MODELS, Customer, LiveChange, OdometerReading, ServiceRecord, Vehicle

TODAY = date.today()
GOOD_VIN = "1HGCM82633A004352"
BAD_CHECK_DIGIT = "1HGCM82633A004353"
FRENCH = (
    "Nom;Prénom;Téléphone;E-mail;Adresse;Ville;Code postal;VIN;Marque;Modèle;Année;Immatriculation;"
    "Dernière visite;Kilométrage\r\n"
    "O'Brien;Siobhán;+1 208-555-0101;siobhan@example.com;12 rue de l'Église;Montréal;H2X 1Y4;"
    f"{GOOD_VIN};Honda;Accord;2003;AB-123-CD;27/03/2025;123 456\r\n"
    "O'Brien;Siobhán;(208) 555-0101;;;;;;Renault;Clio;2015;EF-456-GH;03/04/2025;45 000\r\n"
    "Müller;Zoë;+49 30 1234567;zoe@example.de;Bahnhofstraße 5;Köln;50667;;Škoda;Octavia;2018;K-ZM 18;;\r\n"
    "Ñúñez;José;;;;;;;;;;;;\r\n"
)


def table_counts():
    # The change feed logs each import itself (other windows reload), whatever it created.
    return {model.__name__: model.select().count() for model in ALL_MODELS if model is not LiveChange}


def write(tmp_path, text, encoding="cp1252", name="customers.csv"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def plan_of(path, unit=DistanceUnit.KM, **overrides):
    file = read_customer_file(path)
    return file, column_choice(file, overrides, shop_unit=unit)


def test_a_windows_1252_file_with_semicolons_imports_customers_cars_services_and_readings(store, tmp_path):
    file, choice = plan_of(write(tmp_path, FRENCH))
    assert (file.encoding, file.table.delimiter) == ("cp1252", ";")
    outcome = import_customers(file, choice, TODAY)
    names = sorted(Customer.select(Customer.name).tuples())
    assert names == [("José Ñúñez",), ("Siobhán O'Brien",), ("Zoë Müller",)]
    siobhan = Customer.get(Customer.name == "Siobhán O'Brien")
    assert siobhan.address_line1 == "12 rue de l'Église"
    assert sorted(car.plate for car in siobhan.vehicles) == ["AB-123-CD", "EF-456-GH"]
    accord = Vehicle.get(Vehicle.vin == GOOD_VIN)
    assert (accord.make, accord.model, accord.year, accord.connection_id) == ("Honda", "Accord", 2003, None)
    record = ServiceRecord.get(ServiceRecord.vehicle == accord.id)
    assert (record.source, record.performed_on, record.odometer_km) == (
        IMPORT_SOURCE,
        date(2025, 3, 27),
        123456,
    )
    assert [task.task_key for task in record.tasks] == [None]  # history only: no plan task claimed
    reading = OdometerReading.get(OdometerReading.vehicle == accord.id)
    assert (reading.value_km, reading.recorded_at.date()) == (123456, date(2025, 3, 27))
    assert (outcome.plan.new_customers, outcome.plan.new_cars, outcome.services, outcome.readings) == (
        3,
        3,
        2,
        2,
    )


def test_the_due_list_counts_an_imported_car_from_its_last_service(store, tmp_path):
    file, choice = plan_of(write(tmp_path, FRENCH))
    import_customers(file, choice, TODAY)
    accord = Vehicle.get(Vehicle.vin == GOOD_VIN)
    assert (accord.odometer_km, accord.first_seen_at.date()) == (123456, date(2025, 3, 27))
    rows = vehicle_rows(
        today=TODAY, plan=default_plan(), unit=DistanceUnit.KM, catalogue=trouble_code_catalogue()
    )
    row = next(row for row in rows if row.vehicle_id == accord.id)
    rotation = next(item for item in row.items if item.key == "tire_rotation")
    # Six months after the visit of 27 March 2025 the rotation is due, counted from that visit.
    assert rotation.due_date == date(2025, 9, 27)


def test_utf8_with_and_without_bom_and_commas(store, tmp_path):
    text = "Name,Phone,VIN\nZoë Ñúñez,555-0101,\nAnaïs D'Arcy,555-0102,\n"
    for encoding, expected in (("utf-8", "utf-8"), ("utf-8-sig", "utf-8-sig")):
        file = read_customer_file(write(tmp_path, text, encoding))
        assert file.encoding == expected
        assert file.table.delimiter == ","
        assert file.table.rows[0].cells[0] == "Zoë Ñúñez"


def test_the_plan_names_every_merged_and_refused_line_by_its_line_number(store, tmp_path):
    known = customer("Siobhan O'Brien", phone="208 555 0101")
    vehicle(known, vin=GOOD_VIN, smartcar_id=None)
    text = (
        "Name,Phone,Email,VIN,Make,Model,Year,Last service,Odometer,Notes\n"
        f'Siobhán O\'Brien,+1 (208) 555-0101,,{GOOD_VIN},Honda,Accord,2003,2025-03-27,100000,"first\nvisit"\n'
        "Zoë Müller,555-0102,zoe@example.com,,Kia,Rio,2019,,,\n"
        "Zoë Müller,,ZOE@example.com,,Ford,Focus,2012,,,\n"
        f"Bad Vin,555-0103,,{BAD_CHECK_DIGIT},Honda,Civic,2010,,,\n"
        "Future,555-0104,,,Kia,Soul,2020,2099-01-01,,\n"
        "Absurd,555-0105,,,Kia,Soul,2020,,99999999,\n"
        "Bad Phone,call me,,,,,,,,\n"
    )
    file, choice = plan_of(write(tmp_path, text, "utf-8"))
    plan = dry_run(file, choice, TODAY)
    by_line = {line.line: line for line in plan.lines}
    assert sorted(by_line) == [2, 4, 5, 6, 7, 8, 9]  # the quoted note spans lines 2-3
    assert (by_line[2].customer, by_line[2].shop_customer, by_line[2].car) == (
        Match.PHONE,
        known.name,
        Match.VIN,
    )
    assert (by_line[4].customer, by_line[4].car) == (Match.NEW, Match.NEW)
    assert (by_line[5].customer, by_line[5].same_customer_line) == (Match.SAME_AS_LINE, 4)
    assert [line.line for line in plan.merged] == [2, 5]
    assert [line.line for line in plan.rejected] == [6, 7, 8, 9]
    assert by_line[6].problems[0].car.vin.rule.value == "check_digit"
    assert by_line[7].problems[0].rule is ImportRule.DATE_IN_FUTURE
    assert by_line[8].problems[0].rule is ImportRule.ODOMETER_ABSURD
    assert by_line[9].problems[0].field == "phone"
    assert (plan.new_customers, plan.shop_customers, plan.new_cars, plan.shop_cars) == (1, 1, 2, 1)


def test_one_bad_line_without_skip_bad_changes_nothing(store, tmp_path):
    customer("Already Here", phone="555-0000")
    text = FRENCH + f"Mauvais;VIN;555-0777;;;;;{BAD_CHECK_DIGIT};Honda;Civic;2010;;;\r\n"
    file, choice = plan_of(write(tmp_path, text))
    before = table_counts()
    with pytest.raises(RejectedLines) as refused:
        import_customers(file, choice, TODAY)
    assert [line.line for line in refused.value.plan.rejected] == [6]
    assert table_counts() == before
    outcome = import_customers(file, choice, TODAY, skip_bad=True)
    assert outcome.plan.new_customers == 3
    assert not Customer.select().where(Customer.name == "VIN Mauvais").exists()


def test_the_same_file_twice_creates_nothing_twice(store, tmp_path):
    file, choice = plan_of(write(tmp_path, FRENCH))
    import_customers(file, choice, TODAY)
    after_first = table_counts()
    outcome = import_customers(file, choice, TODAY)
    assert table_counts() == after_first
    assert all(line.already_there for line in outcome.plan.lines)
    assert (outcome.plan.new_customers, outcome.plan.new_cars, outcome.services, outcome.readings) == (
        0,
        0,
        0,
        0,
    )


def test_a_merged_customer_gets_the_details_they_lacked_and_keeps_their_own(store, tmp_path):
    known = customer("Siobhán O'Brien", phone="208-555-0101", email="")
    known.city = "Boise"
    known.save()
    file, choice = plan_of(write(tmp_path, FRENCH))
    outcome = import_customers(file, choice, TODAY)
    merged = Customer.get_by_id(known.id)
    assert (merged.email, merged.city) == ("siobhan@example.com", "Boise")
    assert outcome.customers_completed == 1
    assert Customer.select().count() == 3


@pytest.mark.parametrize(
    "make_file",
    [
        pytest.param(lambda path: path.write_bytes(b""), id="empty"),
        pytest.param(lambda path: path.write_bytes(b"  \r\n\r\n"), id="blank"),
        pytest.param(lambda path: path.write_bytes(b"PK\x03\x04\x14\x00\x06\x00" * 64), id="binary"),
        pytest.param(lambda path: path.write_bytes(b"Name;Phone\r\n"), id="header only"),
        pytest.param(lambda path: path.write_bytes(b"Colour;Size\r\nred;3\r\n"), id="no name column"),
        pytest.param(lambda path: None, id="missing"),
    ],
)
def test_files_that_cannot_be_imported_are_refused_in_one_line(store, tmp_path, make_file):
    path = tmp_path / "customers.csv"
    make_file(path)
    before = table_counts()
    with pytest.raises(ImportFileError) as refused:
        plan_of(path)
    assert "\n" not in str(refused.value)
    assert path.name in str(refused.value)
    assert table_counts() == before


def test_a_42_mb_file_is_refused_before_it_is_read(store, tmp_path, monkeypatch):
    path = tmp_path / "huge.csv"
    with open(path, "wb") as handle:
        handle.write(b"Name;Phone\r\n")
        handle.truncate(42 * 1024 * 1024)  # sparse: 42 MB on paper, nothing to read
    opened = []

    def refuse_to_open(*args, **kwargs):
        opened.append(args)
        raise AssertionError("the file was opened")

    monkeypatch.setattr("os.open", refuse_to_open)
    with pytest.raises(ImportFileError) as refused:
        read_customer_file(path)
    assert opened == []
    assert words("FileProblems", "it is larger than %1 MB", 10) in str(refused.value)


def test_a_mapped_column_wins_over_the_guess(store, tmp_path):
    text = "Client;Contact;Cell\nAcme Ltd;Ana;555-0101\n"
    _file, choice = plan_of(write(tmp_path, text), name="Contact")
    assert choice.columns[Field.NAME] == 1
    with pytest.raises(ImportFileError):
        plan_of(write(tmp_path, text), name="Nobody")


def test_ambiguous_dates_are_said_and_refused_until_an_order_is_chosen(store, tmp_path):
    from shopapp.domain.customer_file import DateOrder
    from shopapp.services.customer_import import with_date_order

    text = "Name,Phone,Make,Last service\nAna,555-0101,Kia,03/04/2025\nBo,555-0102,Kia,05/05/2025\n"
    file, choice = plan_of(write(tmp_path, text, "utf-8"))
    plan = dry_run(file, choice, TODAY)
    assert plan.ambiguous_dates == (Field.LAST_SERVICE,)
    assert [line.line for line in plan.rejected] == [2]
    assert plan.rejected[0].problems[0].rule is ImportRule.DATE_AMBIGUOUS
    chosen = with_date_order(choice, DateOrder.DAY_FIRST)
    import_customers(file, chosen, TODAY)
    assert sorted(record.performed_on for record in ServiceRecord.select()) == [
        date(2025, 4, 3),
        date(2025, 5, 5),
    ]


def test_lines_that_reach_one_shop_customer_by_phone_and_by_email_merge_into_them_once(store, tmp_path):
    known = customer("Ana Lopez", phone="555-0101", email="ana@example.com")
    text = (
        "Name,Phone,Email,Make,Model,Plate\n"
        "Ana Lopez,555 0101,,Kia,Rio,AB1\n"  # her phone
        "A. Lopez,,ANA@example.com,Kia,Rio,AB1\n"  # her email, the same car again
    )
    file, choice = plan_of(write(tmp_path, text, "utf-8"))
    outcome = import_customers(file, choice, TODAY)
    assert (outcome.plan.new_customers, outcome.plan.shop_customers, outcome.plan.new_cars) == (0, 1, 1)
    assert [line.customer for line in outcome.plan.lines] == [Match.PHONE, Match.PHONE]
    assert (outcome.plan.lines[1].car, outcome.plan.lines[1].same_car_line) == (Match.SAME_AS_LINE, 2)
    assert [car.plate for car in Customer.get_by_id(known.id).vehicles] == ["AB1"]


@pytest.mark.parametrize(
    "data",
    [
        pytest.param("Name;Phone\r\nZoë;555\r\n".encode("utf-16")[:-1], id="utf-16 cut short"),
        pytest.param(
            b"\xff\xfe" + "Name;Phone\r\n".encode("utf-16-le") + b"\x00\xdc", id="utf-16 lone surrogate"
        ),
        pytest.param(b"\xff\xfe" + b"PK\x03\x04\x14\x00\x06\x00" * 64, id="zip behind a utf-16 bom"),
        pytest.param(b"\xff\xfe" + bytes(range(1, 256)) * 8, id="bytes behind a utf-16 bom"),
        pytest.param(b"\xef\xbb\xbfName;Phone\r\nZo\xeb;555\r\n", id="utf-8 bom with a windows-1252 letter"),
    ],
)
def test_a_file_whose_bom_lies_is_refused_in_one_line_and_changes_nothing(store, tmp_path, data):
    path = tmp_path / "customers.csv"
    path.write_bytes(data)
    before = table_counts()
    with pytest.raises(ImportFileError) as refused:
        read_customer_file(path)
    assert "\n" not in str(refused.value)
    assert path.name in str(refused.value)
    assert table_counts() == before


def test_a_french_file_with_no_break_spaces_is_text(store, tmp_path):
    text = "Nom;Kilométrage\r\n" + "".join(f"Client {n};123\xa0456\r\n" for n in range(20))
    file = read_customer_file(write(tmp_path, text))
    assert file.table.rows[0].cells[1] == "123\xa0456"


def desk_car(km, days_ago, vin=GOOD_VIN, name="Ana Lopez", phone="555-0101"):
    from datetime import UTC, datetime, timedelta

    from shopapp.store.desk_readings import DeskReading, record_desk_odometers

    owner = customer(name, phone=phone)
    car = vehicle(owner, vin=vin, smartcar_id=None)
    moment = datetime.now(UTC) - timedelta(days=days_ago)
    record_desk_odometers([DeskReading(car.id, moment, km)])
    return owner, car


def test_an_odometer_without_a_date_never_becomes_the_latest_of_a_car_with_readings(store, tmp_path):
    from shopapp.services.import_words import CustomerImportWords

    _owner, car = desk_car(50_000, days_ago=2)
    text = f"Name,Phone,VIN,Odometer\nAna Lopez,555-0101,{GOOD_VIN},30000\n"
    file, choice = plan_of(write(tmp_path, text, "utf-8"))
    plan = dry_run(file, choice, TODAY)
    assert plan.lines[0].odometer_left_out
    assert not plan.lines[0].rejected
    said = CustomerImportWords().line_text(plan.lines[0], {})
    assert (
        words(
            "CustomerImportWords",
            "odometer left out: no date (the car has newer readings it could contradict)",
        )
        in said
    )
    outcome = import_customers(file, choice, TODAY)
    assert outcome.readings == 0
    assert [reading.value_km for reading in OdometerReading.select()] == [50_000]
    assert Vehicle.get_by_id(car.id).odometer_km == 50_000


def test_an_odometer_is_dated_at_the_last_service_and_checked_against_the_cars_history(store, tmp_path):
    from datetime import timedelta

    from shopapp.local_format import short_date
    from shopapp.services.import_words import CustomerImportWords

    _owner, car = desk_car(50_000, days_ago=5)
    before, after = TODAY - timedelta(days=10), TODAY - timedelta(days=1)
    text = (
        "Name,Phone,VIN,Last service,Odometer\n"
        f"Ana Lopez,555-0101,{GOOD_VIN},{after.isoformat()},30000\n"  # below the 50,000 of five days ago
        f"Ana Lopez,555-0101,{GOOD_VIN},{before.isoformat()},60000\n"  # above the 50,000 read later
        f"Ana Lopez,555-0101,{GOOD_VIN},{before.isoformat()},40000\n"  # fits: before 50,000
        f"Ana Lopez,555-0101,{GOOD_VIN},{after.isoformat()},50001\n"  # within the desk's 2 km
    )
    file, choice = plan_of(write(tmp_path, text, "utf-8"))
    plan = dry_run(file, choice, TODAY)
    assert [(line.line, line.problems[0].rule) for line in plan.rejected] == [
        (2, ImportRule.ODOMETER_BELOW_EARLIER),
        (3, ImportRule.ODOMETER_ABOVE_LATER),
    ]
    said = CustomerImportWords().problem_text(plan.rejected[0].problems[0], {})
    assert said == words(
        "CustomerImportWords",
        "%1: %2",
        words("CustomerImportWords", "Odometer"),
        words(
            "CustomerImportWords",
            "%1 is below the %2 the car already has on %3 (check the reading and its date).",
            "30,000 km",
            "50,000 km",
            short_date(TODAY - timedelta(days=5), date.today()),
        ),
    )
    outcome = import_customers(file, choice, TODAY, skip_bad=True)
    readings = sorted((r.recorded_at.date(), r.value_km) for r in OdometerReading.select())
    assert readings == [(before, 40_000), (TODAY - timedelta(days=5), 50_000), (after, 50_001)]
    assert outcome.readings == 2
    assert Vehicle.get_by_id(car.id).odometer_km == 50_001


def test_a_vin_of_another_shop_customers_car_is_refused_not_taken(store, tmp_path):
    from shopapp.services.import_words import CustomerImportWords

    owner, car = desk_car(50_000, days_ago=2, name="Other Owner", phone="555-0999")
    text = f"Name,Phone,VIN,Make\nAna Lopez,555-0101,{GOOD_VIN},Honda\nBo Diaz,555-0102,,Kia\n"
    file, choice = plan_of(write(tmp_path, text, "utf-8"))
    plan = dry_run(file, choice, TODAY)
    assert [line.line for line in plan.rejected] == [2]
    problem = plan.rejected[0].problems[0]
    assert (problem.rule, problem.other) == (ImportRule.VIN_OF_SHOP_CAR, "Other Owner")
    said = CustomerImportWords().problem_text(problem, {})
    assert said == words(
        "CustomerImportWords",
        "%1: %2",
        words("CustomerImportWords", "VIN"),
        words(
            "CustomerImportWords",
            "already belongs to %1 of %2 (move the car in the shop first, or fix the VIN).",
            "2021 TOYOTA Camry",
            "Other Owner",
        ),
    )
    import_customers(file, choice, TODAY, skip_bad=True)
    assert Vehicle.get_by_id(car.id).customer_id == owner.id
    assert sorted(name for (name,) in Customer.select(Customer.name).tuples()) == ["Bo Diaz", "Other Owner"]


def test_the_preferred_contact_is_imported_by_its_header_and_fills_a_default_one(store, tmp_path):
    known = customer("Ana Lopez", phone="555-0101")  # letter: the default, nobody chose it
    chose = customer("Bo Diaz", phone="555-0102", preferred_contact="phone")
    text = (
        "Name,Phone,Contact by\n"
        "Ana Lopez,555-0101,E-mail\n"
        "Bo Diaz,555-0102,Text message\n"
        "Cy Lee,555-0103,SMS\n"
        "Di Park,555-0104,\n"
        "Ed Fax,555-0105,Fax\n"
    )
    file, choice = plan_of(write(tmp_path, text, "utf-8"))
    assert choice.columns[Field.PREFERRED_CONTACT] == 2
    plan = dry_run(file, choice, TODAY)
    assert [line.line for line in plan.rejected] == [6]
    assert plan.rejected[0].problems[0].field == "preferred_contact"
    import_customers(file, choice, TODAY, skip_bad=True)
    ways = dict(Customer.select(Customer.name, Customer.preferred_contact).tuples())
    assert ways == {"Ana Lopez": "email", "Bo Diaz": "phone", "Cy Lee": "sms", "Di Park": "letter"}
    assert Customer.get_by_id(known.id).preferred_contact == "email"
    assert Customer.get_by_id(chose.id).preferred_contact == "phone"


def test_the_export_writes_the_preferred_contact_the_import_reads_back(store):
    import csv
    import io

    from shopapp.reports.customer_csv import write_customer_csv
    from shopapp.store.customer_import import customers_with_cars

    customer("Ana Lopez", preferred_contact="sms")
    stream = io.StringIO()
    write_customer_csv(customers_with_cars(), stream, DistanceUnit.KM)
    (row,) = csv.DictReader(io.StringIO(stream.getvalue()))
    assert row["Preferred contact"] == "sms"
    from shopapp.domain.customer_file import guess_columns

    headers = next(csv.reader(io.StringIO(stream.getvalue())))
    assert headers[guess_columns(headers)[Field.PREFERRED_CONTACT]] == "Preferred contact"


def test_an_undated_odometer_imported_before_is_not_called_left_out_the_second_time(store, tmp_path):
    text = f"Name,Phone,VIN,Odometer\nAna Lopez,555-0101,{GOOD_VIN},30000\n"
    file, choice = plan_of(write(tmp_path, text, "utf-8"))
    assert import_customers(file, choice, TODAY).readings == 1  # a new car: nothing to contradict
    again = import_customers(file, choice, TODAY)
    assert not again.plan.lines[0].odometer_left_out
    assert again.readings == 0
    assert [reading.value_km for reading in OdometerReading.select()] == [30_000]
