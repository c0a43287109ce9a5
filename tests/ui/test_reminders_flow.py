"""File > Print reminders…: the options dialog lists who gets a letter and who is skipped and why; the
preview prints the letters; once the front desk confirms they went out they are logged, and the list says
"Reminded today". Closing the preview or answering no logs nothing."""

import os
import shutil
import stat
import subprocess
import unicodedata
from datetime import UTC, date, datetime, timedelta

import pytest
import reminder_support
from builders import customer, system_alert, trouble_code
from disk_support import fill, small_disk
from PySide6.QtPrintSupport import QPrinter
from qt_support import open_window, wait_signal
from words import words

from shopapp.domain.due import Status
from shopapp.local_format import short_date
from shopapp.resources import file_kind, trouble_code_catalogue
from shopapp.services.reminders import SKIPPED_NO_ADDRESS, SKIPPED_RECENTLY_REMINDED
from shopapp.services.shop_session import ShopSession
from shopapp.store.database import open_store
from shopapp.store.models import ReminderLog, db
from shopapp.system_names import system_display_name
from shopapp.ui.models.vehicle_table import Column

ADDRESS = {"address_line1": "12 Elm Street", "city": "Springfield", "region": "IL", "postal_code": "62701"}
NOW = datetime.now(UTC)


def flow_words(source, *values, n=-1):
    """What the print errand says (status bar, message boxes)."""
    return words("ReminderPrintFlow", source, *values, n=n)


def options_words(source, *values, n=-1):
    return words("ReminderOptionsDialog", source, *values, n=n)


def as_sentence(reason):
    """A skipped customer's reason as the dialog lists it, a sentence of its own."""
    return reason[:1].upper() + reason[1:]


def reminded_reason(days_ago):
    """Why a customer reminded `days_ago` days ago is skipped, as the dialog lists it."""
    on = short_date((NOW - timedelta(days=days_ago)).astimezone().date(), date.today())
    if days_ago == 0:
        return as_sentence(words("ReminderWords", "reminded today (%1)", on))
    return as_sentence(words("ReminderCountWords", "reminded %n day(s) ago (%1)", on, n=days_ago))


def not_saved(path, reason):
    return flow_words("The letters could not be saved to %1: %2.", path, reason)


def not_regular(path):
    """Why a pipe or a link at `path` is refused as the letters' file."""
    kind = file_kind(os.lstat(path).st_mode)
    return words("ExportTarget", "it is not a regular file (%1); choose a file name", kind)


def due_car(owner, n, **fields):
    """reminder_support's overdue car as of this module's NOW, never linked to Smartcar."""
    return reminder_support.due_car(owner, n, now=NOW, **{"smartcar_id": None, **fields})


def shop():
    """Customers with due cars: odd names, one with two due cars, one without an address, one reminded
    three days ago, one with nothing due."""
    people = {}
    for n, name in enumerate(["O'Brien <Ltd> & Sons", "Zoë Ñúñez"], start=1):
        people[name] = customer(name, **ADDRESS)
        due_car(people[name], n)
    ana = people["Ana Pérez"] = customer("Ana Pérez", **ADDRESS)
    due_car(ana, 10, make="FORD", model="Focus", year=2019)
    alert_car = due_car(
        ana, 11, make="CHEVROLET", model="Malibu", year=2022, odometer_km=20_100.0,
        first_seen_at=NOW - timedelta(days=1),
    )  # fmt: skip
    trouble_code(alert_car, "P0420", NOW - timedelta(days=2))
    system_alert(alert_car, "SYSTEM_TPMS", "Tire pressure low", NOW - timedelta(days=2))
    people["Nomad"] = customer("Nomad Without Address", phone="555-0199")
    due_car(people["Nomad"], 20)
    people["Fiona"] = customer("Fiona Fine", **ADDRESS)
    due_car(people["Fiona"], 30, odometer_km=20_100.0, first_seen_at=NOW - timedelta(days=1))
    rita = people["Rita"] = customer("Rita Recent", **ADDRESS)
    ReminderLog.create(customer=rita, vehicle=due_car(rita, 40), sent_at=NOW - timedelta(days=3))
    return people


@pytest.fixture
def people(shopapp_home):
    database = open_store(shopapp_home, "")
    yield shop()
    if not database.is_closed():
        database.close()
    db.initialize(None)


@pytest.fixture
def window(qtbot, qloop, people, shopapp_home):
    session = ShopSession.for_shop(shopapp_home, trouble_code_catalogue())
    session.settings.set("shop_name", "Corner Garage")
    session.settings.set("shop_phone", "555-0100")
    return open_window(qtbot, qloop, session, shopapp_home)


def open_options(window, qloop):
    async def scenario():
        window.print_reminders_action.trigger()
        (batch,) = await wait_signal(window.reminders.batch_shown, 10)
        return batch

    batch = qloop.run_until_complete(scenario())
    return window.reminders.options_dialog, batch


def change(window, qloop, do):
    """Changes a choice in the dialog and waits for the new plan."""

    async def scenario():
        do()
        (batch,) = await wait_signal(window.reminders.batch_shown, 10)
        return batch

    return qloop.run_until_complete(scenario())


def reminded(window, name):
    """The Reminded column of every car of the customer."""
    model = window.model
    return {
        model.index(row, Column.REMINDED).data()
        for row in range(model.rowCount())
        if model.row_at(row).listing.customer_name == name
    }


def test_the_options_dialog_lists_who_is_skipped_and_why(window, qloop):
    dialog, batch = open_options(window, qloop)
    assert dialog.isVisible()
    assert [box.isChecked() for box in dialog.status_boxes.values()] == [True, True, True, False]
    assert dialog.min_days_spin.value() == 7  # the shop's reminder_min_days
    assert dialog.address_box.isChecked()
    assert dialog.letter_names() == ["Ana Pérez", "O'Brien <Ltd> & Sons", "Zoë Ñúñez"]
    kinds = {skipped.customer_name: skipped.kind for skipped in batch.skipped}
    assert kinds == {"Nomad Without Address": SKIPPED_NO_ADDRESS, "Rita Recent": SKIPPED_RECENTLY_REMINDED}
    skipped = dict(dialog.skipped_rows())
    assert skipped["Nomad Without Address"] == as_sentence(words("ReminderWords", "no postal address"))
    assert skipped["Rita Recent"] == reminded_reason(3)
    assert "Fiona Fine" not in skipped  # nothing due: no letter, nothing to explain
    letters = words(
        "BatchSummaryText", "%Ln letter(s) (%1)", words("BatchSummaryText", "%Ln car(s)", n=4), n=3
    )
    customers_skipped = words("BatchSummaryText", "%Ln customer(s) skipped", n=2)
    assert dialog.summary_label.text() == f"{letters} · {customers_skipped}"
    assert dialog.skipped_label.text() == options_words("Not getting a letter (%1):", 2)
    assert dialog.print_button.isEnabled()

    batch = change(window, qloop, lambda: dialog.address_box.setChecked(False))
    assert "Nomad Without Address" in dialog.letter_names()
    batch = change(window, qloop, lambda: dialog.min_days_spin.setValue(2))
    assert "Rita Recent" in dialog.letter_names()
    assert dialog.skipped_rows() == []
    assert dialog.skipped_label.text() == options_words("Nobody is skipped.")
    batch = change(window, qloop, lambda: dialog.status_boxes[Status.OVERDUE].setChecked(False))
    assert {item.status for letter in batch.letters for car in letter.vehicles for item in car.items} == {
        Status.ALERT
    }
    assert dialog.letter_names() == ["Ana Pérez"]
    tire_alert = words("DueReasons", "%1 warning", system_display_name("SYSTEM_TPMS"))
    assert tire_alert in dialog.letters_tree.topLevelItem(0).text(2)
    dialog.reject()


def test_printing_then_confirming_logs_the_letters_and_the_list_says_today(window, qloop, tmp_path):
    today = words("AgeWords", "today")
    assert reminded(window, "Ana Pérez") == {"—"}
    assert reminded(window, "Rita Recent") == {words("AgeWords", "%n day(s) ago", n=3)}
    dialog, batch = open_options(window, qloop)
    dialog.print_button.click()
    flow = window.reminders
    preview = flow.preview_dialog
    assert preview.isVisible()
    assert not dialog.isVisible()

    # What the preview's paintRequested does, onto a PDF printer (as "Print to file" would).
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    pdf = tmp_path / "letters.pdf"
    printer.setOutputFileName(str(pdf))
    assert flow.render(printer) >= len(batch.letters)
    assert pdf.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext"):
        text = pdf_text(pdf)
        for name in ("Ana Pérez", "O'Brien <Ltd> & Sons", "Zoë Ñúñez", "Corner Garage"):
            assert name in text
        assert "Nomad" not in text
        assert "Rita Recent" not in text

    async def scenario():
        preview.accept()  # what the preview does once the letters are printed
        box = flow.confirm_box
        assert box.isVisible()
        assert box.text() == flow_words("%Ln letter(s) printed. Did it/they go out?", n=3)
        flow.confirm_yes_button.click()
        await wait_signal(window.rows_loaded, 10)

    qloop.run_until_complete(scenario())
    logged = ReminderLog.select().where(ReminderLog.sent_at > NOW)
    assert {row.customer.name for row in logged} == {"Ana Pérez", "O'Brien <Ltd> & Sons", "Zoë Ñúñez"}
    assert logged.count() == 4  # one row per car of each letter
    assert reminded(window, "Ana Pérez") == {today}
    assert reminded(window, "Zoë Ñúñez") == {today}
    assert reminded(window, "Nomad Without Address") == {"—"}
    assert window.statusBar().currentMessage() == flow_words("%Ln reminder letter(s) logged as sent.", n=3)

    # Asked again the same day, they are skipped as just reminded.
    dialog, batch = open_options(window, qloop)
    assert batch.letters == ()
    assert dict(dialog.skipped_rows())["Ana Pérez"] == reminded_reason(0)
    assert not dialog.print_button.isEnabled()
    dialog.reject()


def test_closing_the_preview_or_answering_no_logs_nothing(window, qloop):
    before = ReminderLog.select().count()
    dialog, _batch = open_options(window, qloop)
    dialog.print_button.click()
    window.reminders.preview_dialog.reject()
    assert window.statusBar().currentMessage() == flow_words("Nothing printed; no reminder was logged.")
    assert window.reminders.confirm_box is None

    dialog, _batch = open_options(window, qloop)
    dialog.print_button.click()
    window.reminders.preview_dialog.accept()
    window.reminders.confirm_no_button.click()
    assert ReminderLog.select().count() == before
    assert window.statusBar().currentMessage() == flow_words("The letters were not logged as sent.")


def test_the_selected_cars_customers_get_a_letter_with_all_their_due_cars(window, qloop, people):
    ana_cars = [row for row in window.model.rows() if row.listing.customer_name == "Ana Pérez"]
    assert len(ana_cars) == 2
    window.select_vehicle(ana_cars[0].vehicle_id)
    dialog, _batch = open_options(window, qloop)
    assert dialog.selected_button.isEnabled()
    assert dialog.selected_button.text() == options_words("Only the customer of the %Ln selected car(s)", n=1)
    batch = change(window, qloop, dialog.selected_button.click)
    assert [letter.customer_name for letter in batch.letters] == ["Ana Pérez"]
    assert {car.vehicle_id for car in batch.letters[0].vehicles} == {row.vehicle_id for row in ana_cars}
    assert dialog.skipped_rows() == []
    dialog.reject()


def test_save_as_pdf_then_confirm(window, qloop, tmp_path):
    dialog, _batch = open_options(window, qloop)
    folder = tmp_path / "letters"
    folder.mkdir()
    target = folder / "reminders"
    dialog.choose_pdf_file = lambda: dialog.pdf_chosen(target)  # the file dialog, answered
    dialog.pdf_button.click()
    pdf = folder / "reminders.pdf"
    assert pdf.read_bytes().startswith(b"%PDF")
    flow = window.reminders
    saved = flow_words("%Ln letter(s) saved to %1. Did it/they go out?", "reminders.pdf", n=3)
    assert flow.confirm_box.text() == saved

    async def scenario():
        flow.confirm_yes_button.click()
        await wait_signal(window.rows_loaded, 10)

    qloop.run_until_complete(scenario())
    assert reminded(window, "O'Brien <Ltd> & Sons") == {words("AgeWords", "today")}
    assert sorted(path.name for path in folder.iterdir()) == ["reminders.pdf"]  # no temporary file left


def pdf_text(path):
    output = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True, timeout=60
    ).stdout
    return " ".join(unicodedata.normalize("NFKC", output.decode("utf-8")).split())


def test_save_as_pdf_onto_a_pipe_is_refused_with_a_message(window, qloop, tmp_path):
    before = ReminderLog.select().count()
    dialog, _batch = open_options(window, qloop)
    pipe = tmp_path / "reminders.pdf"
    os.mkfifo(pipe)  # opened for writing, a pipe nobody reads would freeze the window
    dialog.choose_pdf_file = lambda: dialog.pdf_chosen(pipe)
    dialog.pdf_button.click()

    flow = window.reminders
    refused = not_saved(pipe, not_regular(pipe))
    assert flow.problem_box.isVisible()
    assert flow.problem_box.text() == refused
    assert window.statusBar().currentMessage() == refused
    assert flow.confirm_box is None  # nothing to log as sent
    assert stat.S_ISFIFO(os.lstat(pipe).st_mode)
    assert sorted(path.name for path in tmp_path.iterdir() if path.name.startswith(".")) == []
    flow.problem_box.accept()
    assert ReminderLog.select().count() == before


def test_print_to_a_file_that_is_a_link_is_refused_and_nothing_is_logged(window, qloop, tmp_path):
    before = ReminderLog.select().count()
    dialog, _batch = open_options(window, qloop)
    dialog.print_button.click()
    flow = window.reminders
    precious = tmp_path / "contract.pdf"
    precious.write_bytes(b"%PDF- the shop's lease")
    link = tmp_path / "letters.pdf"
    link.symlink_to(precious)

    # "Print to file" in the print dialog: the preview paints on a PDF printer aimed at the link.
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(link))
    assert flow.render(printer) == 0
    assert link.is_symlink()
    assert precious.read_bytes() == b"%PDF- the shop's lease"
    assert sorted(path.name for path in tmp_path.iterdir() if path.suffix == ".part") == []
    refused = not_saved(link, not_regular(link))
    assert flow.problem_box.text() == refused
    assert printer.outputFileName() == str(link)

    flow.preview_dialog.accept()  # the preview closes as after printing; nothing went out
    assert flow.confirm_box is None
    assert window.statusBar().currentMessage() == flow_words("%1 No reminder was logged.", refused)
    assert ReminderLog.select().count() == before


def test_print_to_a_file_replaces_a_file_keeping_its_mode(window, qloop, tmp_path):
    dialog, _batch = open_options(window, qloop)
    dialog.print_button.click()
    target = tmp_path / "letters.pdf"
    target.write_bytes(b"old letters")
    target.chmod(0o664)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(target))
    assert window.reminders.render(printer) >= 3
    assert target.read_bytes().startswith(b"%PDF")
    assert stat.S_IMODE(target.stat().st_mode) == 0o664
    assert sorted(path.name for path in tmp_path.iterdir() if path.name.endswith(".part")) == []
    window.reminders.preview_dialog.reject()


def test_print_to_a_file_on_a_full_disk_keeps_the_old_file(window, qloop, tmp_path):
    """Qt's PDF writer says nothing when the disk is full: the cut-off file is caught before it replaces
    the old one."""
    dialog, _batch = open_options(window, qloop)
    dialog.print_button.click()
    flow = window.reminders
    with small_disk(tmp_path / "small-disk") as folder:
        target = folder / "letters.pdf"
        target.write_bytes(b"yesterday's letters")
        fill(folder)
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        assert flow.render(printer) == 0
        assert target.read_bytes() == b"yesterday's letters"
        assert sorted(path.name for path in folder.iterdir()) == ["filler", "letters.pdf"]
    cut_short = words("LetterOutput", "the PDF was cut short (is the disk full?)")
    assert flow.problem_box.text() == not_saved(target, cut_short)
    flow.preview_dialog.reject()
