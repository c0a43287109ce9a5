"""File → Import customers…: the file's columns guessed and changeable, the first lines shown as read, the
check's merged and refused lines, and the import written on the window's database worker."""

import asyncio

import pytest
from qt_support import wait_signal
from words import words

from shopapp.domain.car import CarDraft
from shopapp.domain.customer_file import Field
from shopapp.services.car_words import car_problem_text
from shopapp.store.models import Customer, Vehicle

GOOD_VIN = "1HGCM82633A004352"
FILE = (
    "Client;Contact;Tel;VIN;Make;Model;Year;Last visit;Mileage (km)\r\n"
    f"Acme Ltd;Zoë Müller;+1 208-555-0101;{GOOD_VIN};Honda;Accord;2003;2025-03-27;123456\r\n"
    "Acme Ltd;Zoë Müller;(208) 555-0101;;Renault;Clio;2015;2025-04-03;45000\r\n"
    "Bo's Garage;Séan O'Brien;555-0102;1HGCM82633A004353;Honda;Civic;2010;;\r\n"
)


def dialog_words(source, *values, n=-1):
    return words("CustomerImportDialog", source, *values, n=n)


def open_import_dialog(window, qloop, path):
    window.import_customers_action.trigger()
    dialog = window.import_dialog
    assert dialog.isVisible()

    async def read():
        dialog.choose_file(str(path))  # what the file chooser hands over
        while dialog.file is None and not dialog.problem_label.text():
            await _tick()

    qloop.run_until_complete(read())
    return dialog


async def _tick():
    await asyncio.sleep(0.02)


def test_mapping_check_and_import(shop_window, qloop, out):
    path = out / "previous.csv"
    path.write_bytes(FILE.encode("cp1252"))
    dialog = open_import_dialog(shop_window, qloop, path)
    # "Client" is guessed as the name; the front desk reads the person's name from "Contact" instead.
    assert dialog.field_choices[Field.NAME].currentText() == "Client"
    assert dialog.field_choices[Field.PHONE].currentText() == "Tel"
    assert dialog.field_choices[Field.ODOMETER].currentText() == "Mileage (km)"
    assert dialog.field_choices[Field.EMAIL].currentData() is None
    name_combo = dialog.field_choices[Field.NAME]
    name_combo.setCurrentIndex(name_combo.findText("Contact"))
    assert dialog.preview.rowCount() == 3
    assert dialog.preview.verticalHeaderItem(0).text() == "2"
    name_column = [dialog.preview.horizontalHeaderItem(c).text() for c in range(dialog.preview.columnCount())]
    assert (
        dialog.preview.item(0, name_column.index(words("CustomerImportWords", "Name"))).text() == "Zoë Müller"
    )

    async def check():
        dialog.check_button.click()
        while dialog.plan is None:
            await _tick()

    qloop.run_until_complete(check())
    assert dialog.pages.currentIndex() == 1
    lines = [dialog.lines_list.item(row).text() for row in range(dialog.lines_list.count())]
    assert len(lines) == 2
    same = words("CustomerImportWords", "same customer as line %1", 2)
    assert lines[0] == words("CustomerImportWords", "Line %1 (%2): %3", 3, "Zoë Müller", same)
    vin_rule = car_problem_text(CarDraft(vin="1HGCM82633A004353").problems(2026)["vin"])
    reason = words("CustomerImportWords", "%1: %2", "VIN", vin_rule)
    assert lines[1] == words("CustomerImportWords", "Line %1 (%2): refused: %3", 4, "Séan O'Brien", reason)
    assert not dialog.import_button.isEnabled()  # a refused line: only with "leave them out"
    before = Customer.select().count()
    dialog.skip_bad.setChecked(True)
    assert dialog.import_button.isEnabled()

    async def run_import():
        dialog.import_button.click()
        (outcome,) = await wait_signal(dialog.customers_imported, 30)
        return outcome

    outcome = qloop.run_until_complete(run_import())
    assert (outcome.plan.new_customers, outcome.plan.new_cars) == (1, 2)
    assert Customer.select().count() == before + 1
    assert Vehicle.select().where(Vehicle.vin == GOOD_VIN).exists()
    counted = [
        words("CustomerImportWords", source, n=n)
        for source, n in (
            ("%Ln new customer(s)", 1),
            ("%Ln new car(s)", 2),
            ("%Ln last service(s)", 2),
            ("%Ln odometer reading(s)", 2),
        )
    ]
    expected = words("CustomerImportWords", "Imported %1 and %2; %3 and %4 recorded.", *counted)
    assert dialog.result_label.text() == expected


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "the file is empty"),
        (b"\x00\x01binary" * 50, "it is not a text file (save the list as CSV from the old system or Excel)"),
    ],
)
def test_a_file_that_cannot_be_imported_is_said_in_the_dialog(shop_window, qloop, out, content, reason):
    path = out / "bad.csv"
    path.write_bytes(content)
    before = Customer.select().count()
    dialog = open_import_dialog(shop_window, qloop, path)
    assert dialog.file is None
    assert dialog.problem_label.isVisible()
    expected = words("CustomerImport", "Cannot import %1: %2", path.name, words("CustomerImport", reason))
    assert dialog.problem_label.text() == expected
    assert not dialog.check_button.isEnabled()
    assert Customer.select().count() == before


def test_reading_and_checking_run_on_the_reader_and_only_the_import_on_the_writer(
    shop_window, qloop, out, monkeypatch
):
    ran = []
    reader_run, window_write = shop_window._reader.run, shop_window.write

    async def read(function, *args):
        ran.append(("reader", getattr(function, "__name__", None) or function.func.__name__))
        return await reader_run(function, *args)

    async def write(function, *args):
        ran.append(("writer", getattr(function, "__name__", None) or function.func.__name__))
        return await window_write(function, *args)

    monkeypatch.setattr(shop_window._reader, "run", read)
    monkeypatch.setattr(shop_window, "write", write)
    path = out / "previous.csv"
    path.write_bytes(FILE.encode("cp1252"))
    dialog = open_import_dialog(shop_window, qloop, path)

    async def check_and_import():
        dialog.check_button.click()
        while dialog.plan is None:
            await _tick()
        dialog.skip_bad.setChecked(True)
        dialog.import_button.click()
        await wait_signal(dialog.customers_imported, 30)

    qloop.run_until_complete(check_and_import())
    importing = {"read_customer_file", "dry_run", "import_customers"}
    assert [(worker, name) for worker, name in ran if name in importing] == [
        ("reader", "read_customer_file"),
        ("reader", "dry_run"),
        ("writer", "import_customers"),
    ]


def test_a_bad_second_file_keeps_the_first_loaded_and_checkable(shop_window, qloop, out):
    good, bad = out / "previous.csv", out / "photo.csv"
    good.write_bytes(FILE.encode("cp1252"))
    bad.write_bytes(b"")
    dialog = open_import_dialog(shop_window, qloop, good)
    assert dialog.check_button.isEnabled()

    async def read_bad():
        dialog.choose_file(str(bad))
        while not dialog.problem_label.text():
            await _tick()
        while dialog._busy:
            await _tick()

    qloop.run_until_complete(read_bad())
    refused = words(
        "CustomerImport", "Cannot import %1: %2", bad.name, words("CustomerImport", "the file is empty")
    )
    assert dialog.problem_label.text() == dialog_words(
        "%1 The file still loaded is %2: check it, or choose another file.", refused, good.name
    )
    assert dialog.file.path == good
    assert dialog.check_button.isEnabled()


def test_after_a_failed_import_back_returns_to_the_check_with_the_columns_kept(
    shop_window, qloop, out, monkeypatch
):
    from shopapp.store.writes import DatabaseBusy

    def busy(*_args, **_kwargs):
        raise DatabaseBusy("The database stayed locked by another program; try again in a minute.")

    monkeypatch.setattr("shopapp.ui.import_dialog.import_customers", busy)
    path = out / "previous.csv"
    path.write_bytes(FILE.encode("cp1252"))
    dialog = open_import_dialog(shop_window, qloop, path)
    name_combo = dialog.field_choices[Field.NAME]
    name_combo.setCurrentIndex(name_combo.findText("Contact"))

    async def check_and_import():
        dialog.check_button.click()
        while dialog.plan is None:
            await _tick()
        dialog.skip_bad.setChecked(True)
        dialog.import_button.click()
        while not dialog.result_label.text():
            await _tick()
        while dialog._busy:
            await _tick()

    qloop.run_until_complete(check_and_import())
    assert dialog.pages.currentIndex() == 2
    assert dialog.back_button.isVisible()
    assert dialog.back_button.isEnabled()
    dialog.back_button.click()
    assert dialog.pages.currentIndex() == 1
    assert dialog.import_button.isVisible()
    dialog.back_button.click()
    assert dialog.pages.currentIndex() == 0
    assert name_combo.currentText() == "Contact"
