"""Reminder letters as the customer reads them: rendered to PDF and read back with poppler (pdftotext)."""

import html
import re
import subprocess
from datetime import date
from pathlib import Path

import pytest
from letter_words import GREETING_START, greeted_names, greeting, letter_words, read_back, sign_off
from PySide6.QtCore import QLocale, QMarginsF, Qt
from PySide6.QtGui import QColor, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter
from reminder_support import ODD_NAMES, fleet_customer, odd_fleet, pdf_pages, pdf_text, today
from words import words

from shopapp.domain.due import Status, Trigger
from shopapp.domain.plan import default_plan
from shopapp.domain.units import DistanceUnit
from shopapp.local_format import format_distance
from shopapp.reports.due_words import task_reason_text
from shopapp.reports.export_target import OutputError
from shopapp.reports.letters import (
    ShopProfile,
    letter_document,
    output,
    page_size_for_locale,
    print_letters,
    trouble_code_words,
    write_letters_pdf,
)
from shopapp.reports.letters.wording import OWNER, OWNER_OF_A_CAR_SEEN_AT_VISITS
from shopapp.resources import UnreadableFile, read_small_file, trouble_code_catalogue
from shopapp.services.reminders import ReminderOptions, plan_reminders
from shopapp.store.database import open_store
from shopapp.store.models import db
from shopapp.system_names import system_display_name

SHOP = ShopProfile(
    name="Main Street Auto Care",
    address="1200 Main Street\nSpringfield, IL 62701",
    phone="(217) 555-0142",
    email="service@mainstreet.example",
)
A4 = QPageSize(QPageSize.PageSizeId.A4)
LETTER = QPageSize(QPageSize.PageSizeId.Letter)
MM_PER_POINT = 25.4 / 72


@pytest.fixture
def fresh_store(shopapp_home):
    database = open_store(shopapp_home, "")
    yield database
    database.close()
    db.initialize(None)


def batch_for(options=None, unit=DistanceUnit.MI):
    return plan_reminders(
        options or ReminderOptions(),
        today=today(),
        plan=default_plan(),
        unit=unit,
        catalogue=trouble_code_catalogue(),
    )


def render(letters, path, *, shop=SHOP, page_size=A4, unit=DistanceUnit.MI):
    return write_letters_pdf(letters, path, shop, unit, today(), trouble_code_catalogue(), page_size)


def fault_reported(title: str) -> str:
    return letter_words("Your car reported a fault: %1.", title)


def fault_code_check(code: str) -> str:
    return letter_words("A diagnostic check will tell us what it needs (fault code %1).", code)


def page_texts(path: Path) -> list[str]:
    return [pdf_text(path, first=page, last=page) for page in range(1, pdf_pages(path) + 1)]


def test_demo_fleet_every_due_customer_vehicle_and_reason_is_printed(qapp, demo_store, tmp_path):
    batch = batch_for(ReminderOptions(min_days=0))
    assert batch.letters, "the demo fleet always has cars due"
    path = tmp_path / "letters.pdf"
    pages = render(batch.letters, path)
    assert pages == pdf_pages(path) >= len(batch.letters)

    text = pdf_text(path)
    catalogue = trouble_code_catalogue()
    for letter in batch.letters:
        assert greeting(letter.customer_name) in text
        for line in letter.address_lines:
            assert line in text
        for vehicle in letter.vehicles:
            assert vehicle.title in text
            assert letter_words("Plate %1", vehicle.plate) in text
            odometer = format_distance(vehicle.odometer_km, DistanceUnit.MI)
            if vehicle.kept_at_desk:  # the demo's cars kept by hand: read at a visit, counted from the first
                said = letter_words("Odometer %1 at your visit on %2", odometer, "\x00").split("\x00")[0]
                assert read_back(said) in text
            else:
                assert letter_words("Odometer %1", odometer) in text
            voice = OWNER_OF_A_CAR_SEEN_AT_VISITS if vehicle.kept_at_desk else OWNER
            for item in vehicle.items:
                if item.trigger is Trigger.TROUBLE_CODE:
                    info = catalogue.describe(item.key.removeprefix("dtc:"))
                    assert fault_reported(info.title) in text
                    assert fault_code_check(info.code) in text
                elif item.trigger is Trigger.SYSTEM_ALERT:
                    description = item.why.description or system_display_name(item.why.system_id)
                    assert read_back(description) in text
                elif item.trigger is not Trigger.CONNECTION:
                    # The due rules' reason, its numbers and its trigger, as the owner reads it.
                    reason = task_reason_text(item, DistanceUnit.MI, voice)
                    assert read_back(reason) in text, reason
                    assert "ShopApp" not in reason
    assert text.count(GREETING_START) == len(batch.letters)
    by_visits = [letter for letter in batch.letters if all(v.kept_at_desk for v in letter.vehicles)]
    assert by_visits, "the demo has customers whose cars the desk keeps by hand"
    for letter in by_visits:
        if len(letter.vehicles) == 1:
            intro = letter_words(
                "According to our records of your visits, your %1 is due for the service below.",
                letter.vehicles[0].title,
            )
            assert read_back(intro) in text
    assert "None" not in text
    assert "nan" not in text.split()


def test_one_letter_per_customer_each_starting_on_its_own_page(qapp, fresh_store, tmp_path):
    odd_fleet()
    fleet_customer(cars=7)
    batch = batch_for()
    path = tmp_path / "letters.pdf"
    pages = render(batch.letters, path, page_size=LETTER)
    texts = page_texts(path)
    assert len(texts) == pages

    starts = [index for index, text in enumerate(texts) if GREETING_START in text]
    assert [greeted_names(texts[index])[0] for index in starts] == [
        read_back(letter.customer_name) for letter in batch.letters
    ]
    bounds = [*starts[1:], pages]
    for start, end in zip(starts, bounds, strict=True):
        count = end - start
        for number in range(1, count + 1):
            assert letter_words("Page %1 of %2", number, count) in texts[start + number - 1]
    big = batch.letters[
        [letter.customer_name for letter in batch.letters].index("Springfield Plumbing & Heating LLC")
    ]
    index = batch.letters.index(big)
    first, end = starts[index], bounds[index]
    assert letter_words("Page %1 of %2", 1, 1) not in texts[first]
    assert letter_words("%1 (continued)", "Springfield Plumbing & Heating LLC") in texts[first + 1]
    letter_text = " ".join(texts[first:end])
    for number in range(1, 8):
        assert f"2020 Ford Transit {number} " in letter_text
    # No van's table is cut across two pages: on every page, as many titles as complete tables.
    for text in texts[first:end]:
        titles = text.count("2020 Ford Transit")
        assert titles == text.count(fault_code_check("P0300")) == text.count("Washer fluid level low")


def test_odd_names_print_exactly_as_typed(qapp, fresh_store, tmp_path):
    odd_fleet()
    batch = batch_for()
    path = tmp_path / "letters.pdf"
    render(batch.letters, path)
    text = pdf_text(path)
    assert greeting("O'Brien <Ltd> & Sons") in text
    assert "&lt;" not in text
    assert "&amp;" not in text
    # The emoji prints where the computer has an emoji font (Windows, macOS); this machine has none.
    assert "Zoë Ñúñez-Łukasiewicz" in text
    assert read_back(ODD_NAMES[2]) in text
    assert "Nomad Without Address" not in text
    assert "Rita Recent" not in text
    assert "Fiona Fine" not in text


def test_trouble_codes_and_alerts_in_plain_words(qapp, fresh_store, tmp_path):
    odd_fleet()
    batch = batch_for(ReminderOptions(statuses=frozenset({Status.ALERT})))
    path = tmp_path / "alerts.pdf"
    render(batch.letters, path)
    text = pdf_text(path)
    # P0420: an emissions fault that turns on the check-engine light (the catalogue's flags).
    emissions = words("LetterWording", "the car's exhaust emissions")
    lamp = words("LetterWording", "it usually turns on the check-engine light")
    p0420 = [
        fault_reported("Catalyst System Efficiency Below Threshold (Bank 1)"),  # the catalogue's title
        letter_words("This affects %1; %2.", emissions, lamp),
        fault_code_check("P0420"),
    ]
    assert " ".join(p0420) in text
    tpms_advice = words(
        "LetterWording",
        "Please check your tire pressures soon: a tire may be losing air, or a sensor needs attention.",
    )
    assert letter_words("Your car's dashboard reports: %1. %2", "Tire pressure low", tpms_advice) in text
    assert read_back(words("SystemNames", "Tire pressure sensor")) in text
    assert "DTC" not in text
    assert "SYSTEM_TPMS" not in text

    catalogue = trouble_code_catalogue()
    maker = catalogue.describe("P1234")
    assert (maker.generic, maker.in_catalogue) == (False, False)
    maker_code = trouble_code_words("P1234", catalogue)
    assert maker_code.startswith(fault_reported(maker.title))
    assert maker_code.endswith(fault_code_check("P1234"))


def bounding_boxes(path: Path, page: int) -> list[tuple[float, float, str]]:
    """(x mm, y mm, word) of the words on a page, from the page's top-left corner."""
    output = subprocess.run(
        ["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    ).stdout
    pattern = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="[\d.]+">(.*?)</word>')
    return [
        (float(x) * MM_PER_POINT, float(y) * MM_PER_POINT, html.unescape(word))
        for x, y, word in pattern.findall(output)
    ]


@pytest.mark.parametrize("page_size", [A4, LETTER], ids=["A4", "Letter"])
def test_the_address_sits_in_a_window_envelopes_window(qapp, fresh_store, tmp_path, page_size):
    odd_fleet()
    batch = batch_for()
    path = tmp_path / "letters.pdf"
    render(batch.letters, path, page_size=page_size)
    expected = "Letter" if page_size.id() == QPageSize.PageSizeId.Letter else "A4"
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    assert re.search(rf"Page size:.*\({expected.lower()}\)|Page size:.*\({expected}\)", info), info
    texts = page_texts(path)
    letter_pages = [index + 1 for index, text in enumerate(texts) if "Dear " in text]
    for page, letter in zip(letter_pages, batch.letters, strict=True):
        first_word = letter.customer_name.split()[0]
        boxes = bounding_boxes(path, page)
        x, y = next((x, y) for x, y, word in boxes if word == first_word and y > 30)
        assert 20 <= x <= 25, (letter.customer_name, x)
        assert 45 <= y <= 50, (letter.customer_name, y)
        # The street line follows in the window, under the name.
        street = letter.address_lines[0].split()[0]
        street_y = next(y2 for x2, y2, word in boxes if word == street and y2 > y)
        assert street_y < 80


def test_letterhead_and_closing_come_from_the_shop_profile(qapp, fresh_store, tmp_path):
    odd_fleet()
    batch = batch_for()
    path = tmp_path / "letters.pdf"
    render(batch.letters[:1], path)
    text = pdf_text(path)
    for fragment in ("Main Street Auto Care", "1200 Main Street", "Springfield, IL 62701"):
        assert fragment in text
    closing = (
        "Please call us at %1 to book a visit (or write to %2); "
        "we will gladly take care of everything in one appointment."
    )
    assert letter_words(closing, "(217) 555-0142", "service@mainstreet.example") in text
    assert sign_off("Main Street Auto Care") in text

    bare = tmp_path / "bare.pdf"
    render(batch.letters[:1], bare, shop=ShopProfile.from_settings({"shop_name": None, "shop_phone": ""}))
    text = pdf_text(bare)
    bare_closing = (
        "Please contact us to book a visit; we will gladly take care of everything in one appointment."
    )
    assert letter_words(bare_closing) in text
    assert sign_off(words("LetterWording", "Your service team")) in text
    assert "None" not in text


def test_a_logo_is_printed_and_an_unreadable_one_is_left_out(qapp, fresh_store, tmp_path, caplog):
    odd_fleet()
    letters = batch_for().letters[:2]
    logo = QImage(2400, 1200, QImage.Format.Format_RGB32)
    logo.fill(QColor("#1d3557"))
    painter = QPainter(logo)
    painter.fillRect(600, 300, 1200, 600, Qt.GlobalColor.white)
    painter.end()
    logo.save(str(tmp_path / "logo.png"))
    path = tmp_path / "letters.pdf"
    render(letters, path, shop=ShopProfile(name="Logo Motors", logo_path=str(tmp_path / "logo.png")))
    images = subprocess.run(["pdfimages", "-list", str(path)], capture_output=True, text=True, check=True)
    listed = [line.split() for line in images.stdout.splitlines()[2:]]
    assert [row for row in listed if int(row[3]) > 100], images.stdout  # the logo, not only the spacer
    assert all(int(row[3]) <= 600 for row in listed), "the logo is scaled to its printed size"

    render(
        letters, tmp_path / "no-logo.pdf", shop=ShopProfile(name="X", logo_path=str(tmp_path / "nope.png"))
    )
    with pytest.raises(UnreadableFile) as missing:
        read_small_file(tmp_path / "nope.png", limit=1)
    left_out = words(
        "LetterTemplate", "the shop logo %1 cannot be used: %2", tmp_path / "nope.png", missing.value.reason
    )
    assert left_out in caplog.text
    assert GREETING_START in pdf_text(tmp_path / "no-logo.pdf")


def test_the_pdf_is_replaced_atomically(qapp, fresh_store, tmp_path, monkeypatch):
    odd_fleet()
    letters = batch_for().letters
    folder = tmp_path / "out"
    folder.mkdir()
    path = folder / "letters.pdf"
    path.write_bytes(b"yesterday's letters")

    def broken(document, device):
        raise RuntimeError("the disk filled up")

    monkeypatch.setattr(output, "print_letters", broken)
    with pytest.raises(RuntimeError):
        render(letters, path)
    assert path.read_bytes() == b"yesterday's letters"
    assert sorted(p.name for p in folder.iterdir()) == ["letters.pdf"]

    monkeypatch.undo()
    assert render(letters, path) == pdf_pages(path)
    assert sorted(p.name for p in folder.iterdir()) == ["letters.pdf"]
    with pytest.raises(OutputError) as raised:
        render(letters, folder / "missing" / "letters.pdf")
    assert raised.value.reason == words("ExportTarget", "the folder %1 does not exist", folder / "missing")


def test_the_window_prints_the_same_document_with_page_numbers(qapp, fresh_store, tmp_path):
    odd_fleet()
    fleet_customer(cars=7)
    letters = batch_for(unit=DistanceUnit.KM).letters
    document = letter_document(
        letters, SHOP, DistanceUnit.KM, today(), trouble_code_catalogue(), page_size=A4
    )
    assert document.pageCount() >= len(letters)
    path = tmp_path / "printed.pdf"
    writer = QPdfWriter(str(path))
    writer.setPageSize(A4)
    writer.setPageMargins(QMarginsF(10, 10, 10, 10), QPageLayout.Unit.Millimeter)  # a printer's own margins
    pages = print_letters(document, writer)
    del writer
    assert pages == pdf_pages(path)
    text = pdf_text(path)
    assert text.count(GREETING_START) == len(letters)
    assert any(letter_words("Page %1 of %2", 2, count) in text for count in range(2, 10))
    # Placed on the paper, not within the printer's margins.
    x, y = next(
        (x, y) for x, y, word in bounding_boxes(path, 1) if word == letters[0].customer_name.split()[0]
    )
    assert 20 <= x <= 25
    assert 45 <= y <= 50
    assert " km" in text
    assert not re.search(r"\d mi\b", text)
    # A second printing (the preview repaints) gives the same pages.
    again = tmp_path / "again.pdf"
    writer = QPdfWriter(str(again))
    writer.setPageSize(A4)
    assert print_letters(document, writer) == pages
    del writer
    del document


@pytest.mark.parametrize(
    ("name", "paper"),
    [("en_US", "Letter"), ("en_CA", "Letter"), ("es_MX", "Letter"), ("de_DE", "A4"), ("en_GB", "A4")],
)
def test_paper_follows_the_locale(qapp, name, paper):
    expected = QPageSize.PageSizeId.Letter if paper == "Letter" else QPageSize.PageSizeId.A4
    assert page_size_for_locale(QLocale(name)).id() == expected


def test_dates_follow_the_locale(qapp, fresh_store, tmp_path):
    odd_fleet()
    letters = batch_for().letters[:1]
    day = today()
    month = date(2000, day.month, 1).strftime("%B")
    us = tmp_path / "us.pdf"
    write_letters_pdf(
        letters, us, SHOP, DistanceUnit.MI, day, trouble_code_catalogue(), locale=QLocale("en_US")
    )
    assert f"{month} {day.day}, {day.year}" in pdf_text(us)
    assert "(letter)" in subprocess.run(["pdfinfo", str(us)], capture_output=True, text=True).stdout
    uk = tmp_path / "uk.pdf"
    write_letters_pdf(
        letters, uk, SHOP, DistanceUnit.MI, day, trouble_code_catalogue(), locale=QLocale("en_GB")
    )
    assert f"{day.day} {month} {day.year}" in pdf_text(uk)


def test_shop_profile_from_settings():
    shop = ShopProfile.from_settings(
        {"shop_name": " Main Street Auto ", "shop_address": "1 A St\r\n\nTown", "shop_phone": None}
    )
    assert shop == ShopProfile(name="Main Street Auto", address="1 A St\r\n\nTown")
    assert shop.address_lines == ["1 A St", "Town"]
