"""`shopapp customers`, `shopapp cars` and `shopapp services` as a scripted shop uses them: each command's
happy path, and every bad input refused with exit 2, one line on stderr, and nothing changed."""

import csv
import io
from datetime import date, timedelta

import pytest
from command_line_refusals import option_refusal
from words import words

from shopapp.cli import main
from shopapp.domain.car import CarDraft
from shopapp.domain.units import KM_PER_MILE
from shopapp.domain.vin import check_digit
from shopapp.i18n import fill
from shopapp.local_format import short_date
from shopapp.services.car_words import car_problem_words
from shopapp.store.models import (
    Customer,
    OdometerReading,
    ServiceRecord,
    ServiceRecordTask,
    TaskService,
    Vehicle,
)

TODAY = date.today()
VIN = "1FTEW1EG5JFA12345"


def valid_vin():
    return VIN[:8] + check_digit(VIN) + VIN[9:]


def wrong_vin():
    """The VIN with a check digit the other 16 characters do not give."""
    right = check_digit(VIN)
    return VIN[:8] + ("1" if right != "1" else "2") + VIN[9:]


def run(capsys, *args):
    status = main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


def output_of(capsys, *args):
    """Runs a command that must succeed (exit 0); returns what it printed on stdout."""
    status, out, err = run(capsys, *args)
    assert status == 0, err
    return out


def everything():
    """What the commands can change, row for row."""
    return [
        sorted(model.select().tuples())
        for model in (Customer, Vehicle, ServiceRecord, ServiceRecordTask, OdometerReading, TaskService)
    ]


def refused(capsys, *args):
    """Runs a command that must be refused: exit 2, exactly one line on stderr, nothing on stdout, the
    database as it was. Returns the line without "shopapp: "."""
    before = everything()
    status, out, err = run(capsys, *args)
    assert status == 2, err
    assert out == ""
    assert err.count("\n") == 1
    assert err.endswith("\n")
    assert "Traceback" not in err
    assert everything() == before
    return err.removeprefix("shopapp: ").rstrip("\n")


def no_customer(customer_id):
    return words("CommandLine", "no customer has the id %1 (see shopapp customers list)", customer_id)


def no_car(name):
    """`name`: the car as the command line was given it, quoted as the line quotes it."""
    return words("CommandLine", "no car has the id, VIN or Smartcar id %1", repr(name))


def assert_below_earlier_refused(line):
    """An odometer below the car's earlier reading: refused on --odometer, with the way to keep it anyway."""
    assert line.startswith("--odometer: ")
    assert line.endswith(words("CommandLine", "If the number is right, add --confirm-below."))


@pytest.fixture
def shop(shopapp_home, capsys):
    """A shop in km with one customer and one car (30,000 km read 3 months ago); (customer id, car id)."""
    output_of(capsys, "config", "set", "distance_unit", "km")
    customer_id = int(
        output_of(capsys, "customers", "add", "--name", "Ana Ruiz", "--phone", "+1 555 010 2345")
    )
    car_id = output_of(
        capsys,
        "cars", "add", "--customer", str(customer_id), "--make", "Kia", "--model", "Soul",
        "--odometer", "30000", "--odometer-date", (TODAY - timedelta(days=90)).isoformat(),
    )  # fmt: skip
    return customer_id, int(car_id)


# -- customers ---------------------------------------------------------------------------------------------


def test_customers_add_and_edit(shop, capsys):
    customer_id, _ = shop
    out = output_of(
        capsys,
        "customers", "edit", str(customer_id), "--email", "ana@example.com", "--city", "Galway",
        "--phone", "",
    )  # fmt: skip
    assert out == words("CommandLine", "Customer %1 saved.", customer_id) + "\n"
    ana = Customer.get_by_id(customer_id)
    assert (ana.name, ana.email, ana.city, ana.phone) == ("Ana Ruiz", "ana@example.com", "Galway", "")


def test_customers_list_search_csv_and_show(shop, capsys):
    customer_id, car_id = shop
    output_of(capsys, "customers", "add", "--name", "Murphy Roofing Co.")  # a customer without cars
    output_of(capsys, "customers", "add", "--name", "Ben Adams", "--email", "ben@example.com")
    add_service(capsys, car_id, "--date", TODAY.isoformat(), "--task", "oil_change")

    lines = output_of(capsys, "customers", "list").splitlines()
    # By last name (a business by its whole name): Adams, Murphy Roofing, Ruiz; a header row first.
    assert [line.split()[0] for line in lines[1:]] == [
        str(customer_id + 2),
        str(customer_id + 1),
        str(customer_id),
    ]
    assert "Ben Adams" in lines[1]
    assert "Murphy Roofing Co." in lines[2]
    ana = lines[3]
    assert TODAY.isoformat() in ana  # the last visit
    assert "Kia Soul" in ana

    out = output_of(capsys, "customers", "list", "--search", "soul")
    assert [line.split()[0] for line in out.splitlines()[1:]] == [str(customer_id)]
    out = output_of(capsys, "customers", "list", "--search", "nobody")
    assert out == words("CommandLine", "No customer matches %1.", "'nobody'") + "\n"

    rows = list(csv.DictReader(io.StringIO(output_of(capsys, "customers", "list", "--csv"))))
    assert [row[words("CommandLine", "name")] for row in rows] == [
        "Ben Adams",
        "Murphy Roofing Co.",
        "Ana Ruiz",
    ]
    assert rows[2][words("CommandLine", "phone")] == "+1 555 010 2345"  # intact for the SMS tool

    lines = output_of(capsys, "customers", "show", str(customer_id)).splitlines()
    assert lines[0] == words("CommandLine", "%1 (customer %2)", "Ana Ruiz", customer_id)
    assert any(line.strip().startswith(f"{car_id}  Kia Soul") for line in lines)
    assert any(TODAY.isoformat() in line and "Oil change" in line for line in lines)
    assert refused(capsys, "customers", "show", "99") == no_customer(99)


def test_bad_customer_details_are_refused(shop, capsys):
    customer_id, _ = shop
    bad_email = words(
        "ContactProblems", "This does not look like an email address (expected name@example.com)."
    )
    assert refused(capsys, "customers", "add", "--name", "Ben", "--email", "ben@") == f"--email: {bad_email}"
    no_name = words("ContactProblems", "A name is required.")
    assert refused(capsys, "customers", "edit", str(customer_id), "--name", " ") == f"--name: {no_name}"
    assert refused(capsys, "customers", "edit", "99", "--city", "Cork") == no_customer(99)
    expected = words("CommandLine", "expected an id (a whole number from 1), not %1", "'x1'")
    assert refused(capsys, "customers", "edit", "x1", "--city", "Cork") == option_refusal(
        "shopapp customers edit", "ID", expected
    )


# -- cars --------------------------------------------------------------------------------------------------


def test_cars_add_reads_the_vin_and_starts_the_readings(shop, capsys):
    customer_id, _ = shop
    out = output_of(
        capsys,
        "cars", "add", "--customer", str(customer_id), "--vin", valid_vin().lower(), "--plate", "7abc 123",
        "--powertrain", "hybrid", "--odometer", "12000",
    )  # fmt: skip
    car = Vehicle.get_by_id(int(out))
    assert (car.vin, car.make, car.year, car.plate, car.powertrain) == (
        valid_vin(),
        "Ford",
        2018,
        "7ABC 123",
        "HEV",
    )
    assert car.odometer_km == 12_000


def test_cars_edit_by_id_or_vin_and_the_odometer(shop, capsys):
    _, car_id = shop
    out = output_of(capsys, "cars", "edit", str(car_id), "--vin", valid_vin(), "--nickname", "Blue")
    assert out == words("CommandLine", "Car %1 saved.", car_id) + "\n"
    output_of(capsys, "cars", "edit", valid_vin(), "--plate", "8XYZ 999", "--odometer", "31000")
    car = Vehicle.get_by_id(car_id)
    assert (car.nickname, car.plate, car.odometer_km) == ("Blue", "8XYZ 999", 31_000)


def test_bad_cars_are_refused(shop, capsys):
    customer_id, car_id = shop
    vin_words = car_problem_words(CarDraft(vin=wrong_vin()), TODAY)["vin"]
    assert (
        refused(capsys, "cars", "add", "--customer", str(customer_id), "--vin", wrong_vin())
        == f"--vin: {vin_words}"
    )
    assert refused(capsys, "cars", "edit", str(car_id), "--vin", wrong_vin()) == f"--vin: {vin_words}"
    assert refused(capsys, "cars", "add", "--customer", "42", "--make", "Kia") == no_customer(42)
    assert refused(capsys, "cars", "edit", "WRONG", "--plate", "X") == no_car("WRONG")
    assert_below_earlier_refused(
        refused(capsys, "cars", "edit", str(car_id), "--plate", "NEW 1", "--odometer", "3000")
    )
    expected = words("CommandLine", "expected a distance such as 45210, not %1", "'30k'")
    assert refused(
        capsys, "cars", "add", "--customer", str(customer_id), "--make", "Kia", "--odometer", "30k"
    ) == option_refusal("shopapp cars add", "--odometer", expected)


def test_an_odometer_below_the_last_reading_is_kept_with_confirm_below(shop, capsys):
    _, car_id = shop
    output_of(capsys, "cars", "edit", str(car_id), "--odometer", "3000", "--confirm-below")
    assert Vehicle.get_by_id(car_id).odometer_km == 3_000


def test_cars_remove_says_what_goes_and_needs_yes(shop, capsys):
    _, car_id = shop
    add_service(capsys, car_id, "--date", TODAY.isoformat(), "--task", "oil_change", "--odometer", "31000")
    along = fill(
        words("RemovalWords", "It takes along %1."),
        ", ".join(
            (
                words("RemovalWords", "%n service record(s)", n=1),
                words("RemovalWords", "%n odometer and oil reading(s)", n=2),
            )
        ),
    )
    assert refused(capsys, "cars", "remove", str(car_id)) == words(
        "CommandLine", "%1 of %2 was not removed. %3 Add --yes to remove it.", "Kia Soul", "Ana Ruiz", along
    )

    removed = words("CommandLine", "Removed car %1 (%2 of %3). %4", car_id, "Kia Soul", "Ana Ruiz", along)
    assert output_of(capsys, "cars", "remove", str(car_id), "--yes") == removed + "\n"
    assert not Vehicle.select().exists()
    assert not ServiceRecord.select().exists()
    assert Customer.select().count() == 1  # the customer stays
    assert refused(capsys, "cars", "remove", str(car_id), "--yes") == no_car(str(car_id))


# -- services ----------------------------------------------------------------------------------------------


def add_service(capsys, car, *more):
    """`shopapp services add --car CAR ...`, which must succeed; the new service's id."""
    return int(output_of(capsys, "services", "add", "--car", str(car), *more))


def refused_service(capsys, car, *more):
    """`shopapp services add --car CAR ...`, which must be refused; its line (see refused)."""
    return refused(capsys, "services", "add", "--car", str(car), *more)


def test_services_add_list_and_remove(shop, capsys):
    _, car_id = shop
    day = TODAY - timedelta(days=10)
    record_id = add_service(
        capsys, car_id,
        "--date", day.isoformat(), "--task", "oil_change", "tire_rotation", "--work", "Replaced wiper blades",
        "--odometer", "31000", "--cost", "89.50", "--notes", "Customer waited",
    )  # fmt: skip
    record = ServiceRecord.get_by_id(record_id)
    assert [task.task_key for task in record.tasks] == ["oil_change", "tire_rotation", None]
    assert (record.odometer_km, record.cost_cents) == (31_000, 8950)
    assert TaskService.get(vehicle=car_id, task_key="oil_change").performed_on == day

    header, row = output_of(capsys, "services", "list", "--car", str(car_id)).splitlines()
    assert header.split()[:3] == [
        words("CommandLine", "id"),
        words("CommandLine", "date"),
        *words("CommandLine", "odometer (%1)", "km").split()[:1],
    ]
    assert row.startswith(f"{record_id}  ")
    assert day.isoformat() in row
    assert "31,000 km" in row
    assert "Replaced wiper blades" in row

    out = output_of(capsys, "services", "list", "--car", str(car_id), "--csv")
    (listed,) = list(csv.reader(io.StringIO(out)))[1:]
    assert listed[:5] == [str(record_id), day.isoformat(), "31000", "89.50", "shop"]

    assert refused(capsys, "services", "remove", str(record_id)) == words(
        "CommandLine",
        "The service %1 of %2 was not removed. Add --yes to remove it.",
        record_id,
        day.isoformat(),
    )
    out = output_of(capsys, "services", "remove", str(record_id), "--yes")
    assert out == words("CommandLine", "Removed service %1 of %2.", record_id, day.isoformat()) + "\n"
    assert not ServiceRecord.select().exists()
    assert not TaskService.select().where(TaskService.task_key == "oil_change").exists()
    assert Vehicle.get_by_id(car_id).odometer_km == 30_000  # the visit's reading went with it


def test_services_in_miles_are_stored_in_km(shop, capsys):
    _, car_id = shop
    output_of(capsys, "config", "set", "distance_unit", "mi")
    record_id = add_service(
        capsys, car_id, "--date", TODAY.isoformat(), "--task", "oil_change", "--odometer", "20000"
    )
    assert ServiceRecord.get_by_id(record_id).odometer_km == pytest.approx(20_000 * KM_PER_MILE)


def test_bad_services_are_refused(shop, capsys):
    _, car_id = shop
    today = ("--date", TODAY.isoformat())
    oil_today = (*today, "--task", "oil_change")
    tomorrow = TODAY + timedelta(days=1)
    future = refused_service(capsys, car_id, "--date", tomorrow.isoformat(), "--task", "oil_change")
    assert future.startswith(
        "--date: "
        + words("ServiceEntry", "The service date (%1) is in the future.", short_date(tomorrow, TODAY))
    )
    assert_below_earlier_refused(refused_service(capsys, car_id, *oil_today, "--odometer", "3000"))
    assert refused_service(capsys, "77", *oil_today) == no_car("77")
    plan_keys = "oil_change, tire_rotation, engine_air_filter, cabin_air_filter, brake_inspection"
    assert refused_service(capsys, car_id, *today, "--task", "oil") == words(
        "CommandLine", "--task: the service plan has no task %1 (it has: %2)", "'oil'", plan_keys
    )
    no_work = words("ServiceEntry", "A service needs at least one task or a description of the work.")
    assert refused_service(capsys, car_id, *today) == f"--task/--work: {no_work}"
    cost = words(
        "CommandLine", "expected an amount such as 12.50 (from 0 to %1), not %2", "10000000", "'12.505'"
    )
    line = refused_service(capsys, car_id, *oil_today, "--cost", "12.505")
    assert line == option_refusal("shopapp services add", "--cost", cost)
    day = words("CommandLine", "expected a date as YYYY-MM-DD, not %1", "'12/01/2026'")
    line = refused_service(capsys, car_id, "--task", "oil_change", "--date", "12/01/2026")
    assert line == option_refusal("shopapp services add", "--date", day)
    assert refused(capsys, "services", "remove", "5", "--yes") == words(
        "CommandLine", "no service has the id %1 (see shopapp services list --car ID)", 5
    )


def test_the_makers_history_cannot_be_removed(shop, capsys):
    from builders import service

    _, car_id = shop
    history = service(
        Vehicle.get_by_id(car_id), TODAY - timedelta(days=30), 29_000, [(None, "Oil")], "smartcar"
    )
    line = refused(capsys, "services", "remove", str(history.id), "--yes")
    assert line.startswith(
        words(
            "ServiceEntry",
            "This service comes from the car maker's history through Smartcar; only services the shop recorded can be changed.",  # noqa: E501
        )
    )


def test_a_car_named_by_a_digit_that_is_not_ascii_is_no_car(shop, capsys):
    assert refused(capsys, "cars", "remove", "²", "--yes") == no_car("²")
    assert refused(capsys, "services", "list", "--car", "٣") == no_car("٣")


def test_a_linked_car_must_be_unlinked_before_it_is_removed(shop, capsys, without_smartcar_variables):
    from datetime import UTC, datetime

    from shopapp.store.models import Connection

    customer_id, car_id = shop
    stamp = datetime(2026, 11, 1, tzinfo=UTC)
    link = Connection.create(smartcar_user_id="owner-1", api="v3", created_at=stamp, updated_at=stamp)
    Vehicle.update(smartcar_id="sc-1", connection=link).where(Vehicle.id == car_id).execute()

    assert refused(capsys, "cars", "remove", str(car_id), "--yes") == words(
        "CommandLine",
        "%1 of %2 is linked through Smartcar: end its link first with shopapp cars unlink %3, then remove it.",  # noqa: E501
        "Kia Soul",
        "Ana Ruiz",
        car_id,
    )
    refused(capsys, "cars", "unlink", str(car_id))  # Smartcar is not set up here: one line, nothing changed
    assert Vehicle.get_by_id(car_id).smartcar_id == "sc-1"

    desk_car = output_of(capsys, "cars", "add", "--customer", str(customer_id), "--make", "Fiat")
    assert refused(capsys, "cars", "unlink", desk_car.strip()) == words(
        "ConnectionEnd", "This car is not linked to Smartcar."
    )


def test_customers_add_and_edit_set_the_preferred_contact(shop, capsys):
    new_id = int(output_of(capsys, "customers", "add", "--name", "Bo Diaz", "--preferred-contact", "sms"))
    assert Customer.get_by_id(new_id).preferred_contact == "sms"
    output_of(capsys, "customers", "add", "--name", "Cy Lee")
    assert Customer.get(Customer.name == "Cy Lee").preferred_contact == "letter"
    output_of(capsys, "customers", "edit", str(new_id), "--preferred-contact", "email")
    bo = Customer.get_by_id(new_id)
    assert (bo.name, bo.preferred_contact) == ("Bo Diaz", "email")
    shown = output_of(capsys, "customers", "show", str(new_id)).splitlines()
    assert f"{words('CommandLine', 'Contact by:'):<12} email" in shown
    line = refused(capsys, "customers", "edit", str(new_id), "--preferred-contact", "fax")
    assert "--preferred-contact" in line
    assert "'fax'" in line
