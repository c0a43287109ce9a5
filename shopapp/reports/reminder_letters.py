"""Reminder letters: the HTML template in resources/letters -> one QTextDocument -> PDF or printer, with the
customer's address where a window envelope shows it and "Page n of m" within each customer's letter.

Qt GUI classes only (QTextDocument, QPdfWriter, QPainter); a QGuiApplication must exist. The window prints
the same document to a QPrinter through `print_letters`, which draws the page numbers.
"""

from __future__ import annotations

import contextlib
import errno
import html
import logging
import os
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from string import Template
from typing import Any

from PySide6.QtCore import QBuffer, QIODevice, QLocale, QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrame,
)

from shopapp.domain.dtc import TroubleCodeCatalogue
from shopapp.domain.due import DueItem, Status, Trigger, system_display_name, system_short_name
from shopapp.domain.text import safe_text
from shopapp.domain.units import DistanceUnit, format_distance
from shopapp.reports.export_target import replacing
from shopapp.resources import UnreadableFile, read_small_file, resource_path
from shopapp.services.reminders import ReminderLetter

log = logging.getLogger(__name__)

TEMPLATE = Path("letters") / "reminder.html"
TEMPLATE_LIMIT = 1_000_000  # bytes; the template is a few kB
LOGO_LIMIT = 5_000_000  # bytes; a logo is scaled to about 300 dpi at 45 x 20 mm anyway

# Page geometry in millimetres. The address block starts 47 mm from the top edge and 22 mm from the left:
# inside the window of a DL (ISO 269) or US #10 window envelope once the letter is folded in three.
MARGIN_TOP_MM = 18.0
MARGIN_BOTTOM_MM = 20.0
MARGIN_LEFT_MM = 22.0
MARGIN_RIGHT_MM = 20.0
ADDRESS_TOP_MM = 47.0
FOOTER_FROM_BOTTOM_MM = 10.0
ADDRESS_WIDTH_MM = 85.0  # a DL window is 90 mm wide, a US #10 window 4.5 in; long names wrap inside it
LOGO_MAX_HEIGHT_MM = 20.0
LOGO_MAX_WIDTH_MM = 45.0
PDF_RESOLUTION = 600

# Territories that use US Letter paper; the rest of the world uses A4.
_LETTER_TERRITORIES = frozenset(
    {"US", "CA", "MX", "PH", "PR", "CL", "CO", "VE", "CR", "GT", "SV", "NI", "PA", "DO", "BZ"}
)
# Territories that write dates month first ("November 30, 2026").
_MONTH_FIRST = frozenset({"US", "PH", "PR"})
_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


@dataclass(frozen=True)
class ShopProfile:
    """The letterhead: name, address (one line per line), phone, email, logo image file (may be empty)."""

    name: str = ""
    address: str = ""
    phone: str = ""
    email: str = ""
    logo_path: str = ""

    @classmethod
    def from_settings(cls, values: Mapping[str, Any]) -> ShopProfile:
        def text(key: str) -> str:
            value = values.get(key)
            return "" if value is None else str(value).strip()

        return cls(
            name=text("shop_name"),
            address=text("shop_address"),
            phone=text("shop_phone"),
            email=text("shop_email"),
            logo_path=text("shop_logo"),
        )

    @property
    def address_lines(self) -> list[str]:
        lines = [line.strip() for line in re.split(r"\r\n|\r|\n", self.address)]
        return [line for line in lines if line]


def _territory_code(locale: QLocale | None) -> str:
    locale = locale if locale is not None else QLocale()
    return QLocale.territoryToCode(locale.territory())


def page_size_for_locale(locale: QLocale | None = None) -> QPageSize:
    """US Letter where it is the usual paper (US, Canada, Mexico, the Philippines, ...), A4 elsewhere."""
    letter = _territory_code(locale) in _LETTER_TERRITORIES
    return QPageSize(QPageSize.PageSizeId.Letter if letter else QPageSize.PageSizeId.A4)


# --- words -------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class LetterStyle:
    """How the letter writes distances and dates."""

    unit: DistanceUnit
    today: date
    month_first: bool = False

    def long_date(self, day: date) -> str:
        month = _MONTHS[day.month - 1]
        return f"{month} {day.day}, {day.year}" if self.month_first else f"{day.day} {month} {day.year}"

    def short_date(self, day: date) -> str:
        month = _MONTHS[day.month - 1][:3]
        return f"{month} {day.day}, {day.year}" if self.month_first else f"{day.day} {month} {day.year}"

    def distance(self, km: float) -> str:
        return format_distance(km, self.unit)


_STATUS_WORDS = {
    Status.OVERDUE: "Overdue",
    Status.DUE: "Due now",
    Status.ALERT: "Warning",
    Status.DUE_SOON: "Due soon",
    Status.OK: "",
}

_SYSTEM_ADVICE = {
    "TPMS": "Please check your tire pressures soon: a tire may be losing air, or a sensor needs attention.",
    "TIRE_PRESSURE_MONITORING": "Please check your tire pressures soon: a tire may be losing air.",
    "MIL": "A quick diagnostic check will tell us why it came on.",
    "ABS": "This concerns a safety system; please have it checked soon.",
    "AIRBAG": "This concerns a safety system; please have it checked soon.",
    "BRAKE_FLUID": "This concerns your brakes; please have it checked soon.",
    "ACTIVE_SAFETY": "This concerns a safety system; please have it checked soon.",
    "DRIVER_ASSISTANCE": "This concerns a safety system; please have it checked soon.",
    "WASHER_FLUID": "We can top it up at your next visit.",
    "LIGHTING": "A bulb or light may need replacing; we can check it at your next visit.",
}
_DEFAULT_ADVICE = "We recommend having it checked at your next visit."

_SYSTEM_AREAS = {
    "powertrain": "the engine or transmission",
    "body": "the car's body electronics",
    "chassis": "the brakes, steering or suspension",
    "network": "the communication between the car's control units",
}


def _x(text: object) -> str:
    """Text from outside (what the shop, a customer or a car typed) ready for a letter: no control
    characters, no bidi overrides, right-to-left text isolated so it cannot reorder the words around it."""
    return safe_text(str(text), isolate=True)


def trouble_code_words(code: str, catalogue: TroubleCodeCatalogue) -> str:
    """A fault code explained for the car's owner: what the car reported and what it affects."""
    info = catalogue.describe(code)
    text = f"Your car reported a fault: {_x(info.title)}"
    area = "the car's exhaust emissions" if info.emissions_relevant else _SYSTEM_AREAS.get(info.system)
    consequences = []
    if info.limp_mode_possible:
        consequences.append("the car may reduce its power to protect itself")
    if info.check_engine_lamp:
        consequences.append("it usually turns on the check-engine light")
    joined = " and ".join(consequences)
    if area:
        text += f". This affects {area}" + (f"; {joined}" if joined else "")
    elif joined:
        text += f". {joined[:1].upper()}{joined[1:]}"
    return f"{text}. A diagnostic check will tell us what it needs (fault code {_x(info.code)})."


def system_alert_words(item: DueItem) -> str:
    """A dashboard warning in words: what the car says (its own description when it gives one) and advice."""
    system_id = item.key.removeprefix("system:")
    name = system_display_name(system_id)
    description = item.reason.removeprefix(f"{name} alert").removeprefix(":").strip()
    advice = _SYSTEM_ADVICE.get(system_short_name(system_id), _DEFAULT_ADVICE)
    if description:
        return f"Your car's dashboard reports: {_x(description.rstrip('.'))}. {advice}"
    return f"Your car's dashboard shows a warning: {_x(name)}. {advice}"


_RECONNECT_WORDS = (
    "Our connection to your car has ended, so we can no longer tell you when it needs service. "
    "Call us and we will help you connect it again in a minute."
)


def task_reason_words(reason: str) -> str:
    """The due rules' reason, worded for the owner ("since ShopApp first saw the car" is the shop's view)."""
    text = reason.replace("ShopApp first saw the car", "your car was first connected to us")
    text = re.sub(r"; no (.+) on record$", r". We have no \1 on record", text)
    text = text.replace("since last ", "since its last ")
    return _x(text if text.endswith((".", "!", "?")) else f"{text}.")


def item_words(item: DueItem, catalogue: TroubleCodeCatalogue) -> str:
    """Why the item is on the letter, in words without jargon."""
    if item.trigger is Trigger.TROUBLE_CODE:
        return trouble_code_words(item.key.removeprefix("dtc:"), catalogue)
    if item.trigger is Trigger.SYSTEM_ALERT:
        return system_alert_words(item)
    if item.trigger is Trigger.CONNECTION:
        return _RECONNECT_WORDS
    return task_reason_words(item.reason)


def item_title(item: DueItem, catalogue: TroubleCodeCatalogue) -> str:
    if item.trigger is Trigger.TROUBLE_CODE:
        system = catalogue.describe(item.key.removeprefix("dtc:")).system
        return "Engine fault" if system == "powertrain" else "Fault reported"
    if item.trigger is Trigger.SYSTEM_ALERT:
        return _x(system_display_name(item.key.removeprefix("system:")))
    if item.trigger is Trigger.CONNECTION:
        return "Car connection"
    return _x(item.item)


def item_when(item: DueItem, style: LetterStyle) -> str:
    """When the item is due: its due date or odometer, and the forecast from the car's own driving."""
    overdue = item.status in (Status.OVERDUE, Status.DUE)
    forecast = item.due_date
    if item.trigger is Trigger.DISTANCE and item.due_odometer_km is not None:
        at = style.distance(item.due_odometer_km)
        if overdue:
            return f"Was due at {at}" + (f" (about {style.short_date(forecast)})" if forecast else "")
        if forecast:
            return f"At {at}; at your usual driving about {style.short_date(forecast)}"
        return f"At {at}"
    if item.trigger is Trigger.TIME and item.due_date is not None:
        return (
            f"Was due {style.short_date(item.due_date)}"
            if overdue
            else f"By {style.short_date(item.due_date)}"
        )
    if item.trigger is Trigger.OIL_LIFE:
        if overdue:
            return "Now"
        if forecast:
            return f"About {style.short_date(forecast)} (forecast from the car's oil-life readings)"
        return "Soon"
    if item.trigger is Trigger.CONNECTION:
        return "When convenient"
    return "As soon as you can"


def intro_words(letter: ReminderLetter) -> str:
    if len(letter.vehicles) == 1:
        return (
            f"According to our records and the latest readings from your {_x(letter.vehicles[0].title)}, "
            "it is due for the service below."
        )
    return (
        "According to our records and the latest readings from your vehicles, "
        f"these {len(letter.vehicles)} are due for the service below."
    )


def closing_words(shop: ShopProfile) -> str:
    phone, email = _x(shop.phone), _x(shop.email)
    if phone:
        contact = f"Please call us at {phone} to book a visit"
        if email:
            contact += f" (or write to {email})"
    elif email:
        contact = f"Please write to {email} to book a visit"
    else:
        contact = "Please contact us to book a visit"
    return (
        f"{contact}; we will gladly take care of everything in one appointment. If the work has already "
        "been done elsewhere, just let us know and we will update our records."
    )


# --- HTML --------------------------------------------------------------------------------------------------


def _e(value: object) -> str:
    return html.escape(str(value), quote=True)


def _lines(lines: Sequence[str]) -> str:
    """Lines from outside (an address), each made safe (_x), one <br> between them."""
    return "<br>".join(_e(line) for line in map(_x, lines) if line)


@dataclass(frozen=True)
class _Parts:
    style: str
    letter: Template
    logo: Template
    vehicle: Template
    item: Template


_PART = re.compile(r"<!--\s*part:(\w+)\s*-->")


class TemplateError(Exception):
    """The letter template cannot be used; str() is one line naming the file and why."""


def load_template(path: Path | None = None) -> _Parts:
    """The template's parts (style, letter, logo, vehicle, item), read only from a regular file of at most
    TEMPLATE_LIMIT bytes (never a pipe or a device, which could hang). Raises TemplateError."""
    try:
        path = path or resource_path(TEMPLATE)
    except FileNotFoundError as exc:
        raise TemplateError(str(exc)) from exc
    try:
        text = read_small_file(path, limit=TEMPLATE_LIMIT).decode("utf-8")
        pieces = _PART.split(text)
        parts = {name: body.strip() for name, body in zip(pieces[1::2], pieces[2::2], strict=True)}
        return _Parts(
            style=parts["style"],
            letter=Template(parts["letter"]),
            logo=Template(parts["logo"]),
            vehicle=Template(parts["vehicle"]),
            item=Template(parts["item"]),
        )
    except UnreadableFile as exc:
        reason = exc.reason
    except UnicodeDecodeError:
        reason = "it is not UTF-8 text"
    except KeyError as exc:
        reason = f"it has no part {exc.args[0]!r}"
    raise TemplateError(f"cannot read the letter template {safe_text(str(path))}: {reason}")


def default_dpi() -> float:
    """Qt's rich text lengths in px are in this many per inch (the primary screen's logical DPI)."""
    app = QGuiApplication.instance()
    screen = app.primaryScreen() if app is not None else None  # type: ignore[attr-defined]
    return float(round(screen.logicalDotsPerInchY())) if screen is not None else 96.0


def _px(mm: float, dpi: float) -> float:
    return mm / 25.4 * dpi


class LetterDocument(QTextDocument):
    """The letters of a batch in one document. letter_names: the customers in order (for the header of a
    letter's later pages); page_size: the paper it is laid out for."""

    def __init__(self, letter_names: Sequence[str], page_size: QPageSize) -> None:
        super().__init__()
        self.letter_names = list(letter_names)
        self.page_size = page_size


@dataclass(frozen=True)
class LetterAssets:
    """What letters are drawn with besides their words: the template's parts and the shop's logo (None: no
    logo, or one that cannot be used); logo_problem: why the logo is left out, one line ("" when it is used
    or there is none)."""

    parts: _Parts
    logo: QImage | None = None
    logo_problem: str = ""


def load_letter_assets(shop: ShopProfile, template: Path | None = None) -> LetterAssets:
    """The template (TemplateError when it cannot be used: no letter without it) and the logo (a logo that
    cannot be used is left out and said why). Call it before anything is written."""
    parts = load_template(template)
    logo, problem = _logo_image(shop)
    if problem:
        log.warning("%s", problem)
    return LetterAssets(parts, logo, problem)


def _logo_image(shop: ShopProfile) -> tuple[QImage | None, str]:
    """(the logo scaled for print, "") or (None, why it is left out); (None, "") without a logo."""
    if not shop.logo_path:
        return None, ""
    shown = safe_text(shop.logo_path)
    try:
        data = read_small_file(shop.logo_path, limit=LOGO_LIMIT)
    except UnreadableFile as exc:
        return None, f"the shop logo {shown} cannot be used: {exc.reason}"
    image = QImage.fromData(data)
    if image.isNull():
        return None, f"the shop logo {shown} cannot be used: it is not an image (use PNG, JPEG or SVG)"
    # Kept at about 300 dpi at its printed size: a photo-sized logo would bloat every letter of the PDF.
    limit_h, limit_w = _px(LOGO_MAX_HEIGHT_MM, 300), _px(LOGO_MAX_WIDTH_MM, 300)
    if image.height() > limit_h or image.width() > limit_w:
        image = image.scaled(
            int(limit_w),
            int(limit_h),
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    return image, ""


def letters_html(
    letters: Sequence[ReminderLetter],
    shop: ShopProfile,
    style: LetterStyle,
    catalogue: TroubleCodeCatalogue,
    *,
    parts: _Parts,
    dpi: float,
    logo: QImage | None,
) -> str:
    """The HTML of every letter (without the style sheet), each starting on a new page."""
    logo_cell = ""
    if logo is not None:
        scale = min(_px(LOGO_MAX_HEIGHT_MM, dpi) / logo.height(), _px(LOGO_MAX_WIDTH_MM, dpi) / logo.width())
        width, height = round(logo.width() * scale), round(logo.height() * scale)
        logo_cell = parts.logo.substitute(
            logo_width=width, logo_height=height, logo_cell_width=width + round(_px(4, dpi))
        )
    contact = [shop.phone, shop.email]
    fixed = {
        "letterhead_height": round(_px(ADDRESS_TOP_MM - MARGIN_TOP_MM, dpi)),
        "address_width": round(_px(ADDRESS_WIDTH_MM, dpi)),
        "logo_cell": logo_cell,
        "shop_name": _e(_x(shop.name)),
        "shop_address": _lines(shop.address_lines),
        "shop_contact": _lines(contact),
        "date": _e(style.long_date(style.today)),
        "closing": _e(closing_words(shop)),
        "signature": _e(_x(shop.name) or "Your service team"),
    }
    out = []
    for index, letter in enumerate(letters):
        vehicles = "\n".join(_vehicle_html(vehicle, style, catalogue, parts) for vehicle in letter.vehicles)
        out.append(
            parts.letter.substitute(
                fixed,
                page_break="page-break-before: always;" if index else "",
                recipient=_lines([letter.customer_name, *letter.address_lines]),
                customer_name=_e(_x(letter.customer_name)),
                intro=_e(intro_words(letter)),
                vehicles=vehicles,
            )
        )
    return "\n".join(out)


def _vehicle_html(vehicle, style: LetterStyle, catalogue: TroubleCodeCatalogue, parts: _Parts) -> str:
    facts = []
    if vehicle.plate:
        facts.append(f"Plate {_x(vehicle.plate)}")
    if vehicle.odometer_km is not None:
        facts.append(f"Odometer {style.distance(vehicle.odometer_km)}")
    items = "\n".join(
        parts.item.substitute(
            what=_e(item_title(item, catalogue)),
            status=_e(_STATUS_WORDS[item.status]),
            status_class=item.status.value,
            why=_e(item_words(item, catalogue)),
            when=_e(item_when(item, style)),
        )
        for item in vehicle.items
    )
    return parts.vehicle.substitute(
        title=_e(_x(vehicle.title)), facts=" &nbsp;·&nbsp; ".join(_e(fact) for fact in facts), items=items
    )


def _spacer() -> QImage:
    image = QImage(1, 1, QImage.Format.Format_ARGB32)
    image.fill(QColor(0, 0, 0, 0))
    return image


def _build_document(
    letters: Sequence[ReminderLetter],
    shop: ShopProfile,
    unit: DistanceUnit,
    today: date,
    catalogue: TroubleCodeCatalogue,
    *,
    page_size: QPageSize,
    locale: QLocale | None,
    device: QPagedPaintDevice | None,
    assets: LetterAssets | None,
) -> LetterDocument:
    if QGuiApplication.instance() is None:
        raise RuntimeError("rendering letters needs a QGuiApplication")
    dpi = default_dpi()
    style = LetterStyle(unit, today, month_first=_territory_code(locale) in _MONTH_FIRST)
    assets = assets or load_letter_assets(shop)
    parts, logo = assets.parts, assets.logo
    document = LetterDocument([_x(letter.customer_name) for letter in letters], page_size)
    if device is not None:
        document.documentLayout().setPaintDevice(device)
    font = QFont()
    font.setFamilies(["DejaVu Sans", "Arial", "Helvetica"])
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setPointSizeF(10)
    # No "fi"/"fl" ligatures: the PDF's text then reads back as typed (search, copy, mailing-house tools).
    font.setFeature(QFont.Tag("liga"), 0)
    document.setDefaultFont(font)
    document.setDocumentMargin(0)
    document.setUndoRedoEnabled(False)
    document.setDefaultStyleSheet(parts.style)
    document.addResource(QTextDocument.ResourceType.ImageResource, QUrl("shopapp:spacer"), _spacer())
    if logo is not None:
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl("shopapp:logo"), logo)
    document.setHtml(letters_html(letters, shop, style, catalogue, parts=parts, dpi=dpi, logo=logo))
    root = document.rootFrame()
    frame = root.frameFormat()
    frame.setTopMargin(_px(MARGIN_TOP_MM, dpi))
    frame.setBottomMargin(_px(MARGIN_BOTTOM_MM, dpi))
    frame.setLeftMargin(_px(MARGIN_LEFT_MM, dpi))
    frame.setRightMargin(_px(MARGIN_RIGHT_MM, dpi))
    root.setFrameFormat(frame)
    if device is not None:
        full = device.pageLayout().fullRectPixels(device.logicalDpiY())
        document.setPageSize(QSizeF(full.width(), full.height()))
    else:  # laid out in px, as QTextDocument.print_() expects
        points = page_size.size(QPageSize.Unit.Point)
        document.setPageSize(QSizeF(points.width() / 72 * dpi, points.height() / 72 * dpi))
    return document


def letter_document(
    batch_letters: Sequence[ReminderLetter],
    shop: ShopProfile,
    unit: DistanceUnit,
    today: date,
    catalogue: TroubleCodeCatalogue,
    *,
    page_size: QPageSize | None = None,
    locale: QLocale | None = None,
    assets: LetterAssets | None = None,
) -> LetterDocument:
    """Every letter of the batch in one document, a page break between customers, laid out for
    `page_size` (by the locale's paper by default). Print it with `print_letters` for page numbers.
    assets: the template and logo (load_letter_assets(shop) by default); TemplateError without a template."""
    page_size = page_size or page_size_for_locale(locale)
    return _build_document(
        batch_letters,
        shop,
        unit,
        today,
        catalogue,
        page_size=page_size,
        locale=locale,
        device=None,
        assets=assets,
    )


# --- printing ----------------------------------------------------------------------------------------------


# Marks the tables `keep_tables_together` moved to a new page (so they are not taken for letterheads, and can
# be let go when the document is laid out again for another printer).
_MOVED_TO_NEW_PAGE = QTextFormat.Property.UserProperty + 1


def _is_moved(frame: QTextFrame) -> bool:
    return bool(frame.frameFormat().property(_MOVED_TO_NEW_PAGE))


def letter_start_pages(document: QTextDocument) -> list[int]:
    """The page (0-based) each letter starts on: the first page, then every letterhead (a table that
    starts a new page and was not moved there by `keep_tables_together`)."""
    layout = document.documentLayout()
    height = document.pageSize().height()
    starts = [0]
    for child in document.rootFrame().childFrames():
        policy = child.frameFormat().pageBreakPolicy()
        if policy & QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore and not _is_moved(child):
            starts.append(int(layout.frameBoundingRect(child).top() // height))
    return starts


def _set_moved(frame: QTextFrame, moved: bool) -> None:
    fmt = frame.frameFormat()
    fmt.setPageBreakPolicy(
        QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore
        if moved
        else QTextFormat.PageBreakFlag.PageBreak_Auto
    )
    fmt.setProperty(_MOVED_TO_NEW_PAGE, moved)
    frame.setFrameFormat(fmt)


def keep_tables_together(document: QTextDocument, *, rounds: int = 50) -> int:
    """Moves every table that would be split across two pages (a vehicle's items, cut in the middle of a
    row) to the top of the next page, when it fits on one page; returns the tables moved. Each move can
    push the tables after it in the same letter, hence the rounds (a letter moves whole pages, never the
    letters after it)."""
    layout = document.documentLayout()
    height = document.pageSize().height()
    device = layout.paintDevice()
    scale = device.logicalDpiY() / default_dpi() if device is not None else 1.0
    root = document.rootFrame().frameFormat()
    body = height - (root.topMargin() + root.bottomMargin()) * scale
    moved = 0
    for _ in range(rounds):
        split = []
        for child in document.rootFrame().childFrames():
            box = layout.frameBoundingRect(child)
            if int(box.top() // height) != int((box.bottom() - 1) // height) and box.height() < body:
                split.append(child)
        if not split:
            break
        with _one_edit(document):
            for child in split:
                _set_moved(child, True)
        moved += len(split)
    return moved


def _let_go_of_moved_tables(document: QTextDocument) -> None:
    with _one_edit(document):
        for child in document.rootFrame().childFrames():
            if _is_moved(child):
                _set_moved(child, False)


@contextlib.contextmanager
def _one_edit(document: QTextDocument) -> Iterator[None]:
    """Changes inside one edit block are laid out once at its end, not once each (0.4 s each at 500
    letters)."""
    cursor = QTextCursor(document)
    cursor.beginEditBlock()
    try:
        yield
    finally:
        cursor.endEditBlock()


def _retarget(document: QTextDocument, device: QPagedPaintDevice) -> None:
    """Lays the document out with the device's own font metrics and paper, so what is measured is what
    is printed (no clipped words), and keeps each table on one page."""
    changed = False
    if document.documentLayout().paintDevice() is not device:
        document.documentLayout().setPaintDevice(device)
        changed = True
    full = device.pageLayout().fullRectPixels(device.logicalDpiY())
    size = QSizeF(full.width(), full.height())
    if document.pageSize() != size:
        document.setPageSize(size)
        changed = True
    if changed:
        _let_go_of_moved_tables(document)
    keep_tables_together(document)


def print_letters(document: QTextDocument, device: QPagedPaintDevice) -> int:
    """Paints the letters on `device` (a QPdfWriter, or the window's QPrinter) page by page, with "Page n
    of m" of each customer's letter in the footer and the customer's name atop a letter's later pages.
    The device's paper is used as it is; returns the pages printed. Raises OSError when the device
    cannot be painted on (an unwritable file)."""
    _retarget(document, device)
    dpi = device.logicalDpiY()
    page_layout = device.pageLayout()
    full = page_layout.fullRectPixels(dpi)
    paint_rect = page_layout.paintRectPixels(dpi)
    width, height = float(full.width()), float(full.height())
    pages = max(1, document.pageCount())
    starts = letter_start_pages(document)
    names = list(getattr(document, "letter_names", []))
    if len(starts) != len(names):
        names = [""] * len(starts)
    bounds = [*starts[1:], pages]
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("cannot write the letters there (is the folder writable, the file not open?)")
    try:
        # Full-page coordinates, whatever margins the device keeps for itself.
        painter.translate(-paint_rect.left(), -paint_rect.top())
        footer_font = QFont(document.defaultFont())
        footer_font.setPointSizeF(8)
        painter.setFont(footer_font)
        px_per_mm = dpi / 25.4
        letter = 0
        for page in range(pages):
            if page:
                device.newPage()
            while letter + 1 < len(starts) and page >= starts[letter + 1]:
                letter += 1
            painter.save()
            painter.translate(0, -page * height)
            document.drawContents(painter, QRectF(0, page * height, width, height))
            painter.restore()
            first, last = starts[letter], bounds[letter]
            number, count = page - first + 1, max(1, last - first)
            painter.setPen(QColor("#666666"))
            footer = QRectF(0, height - (FOOTER_FROM_BOTTOM_MM + 4) * px_per_mm, width, 8 * px_per_mm)
            painter.drawText(
                footer,
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter,
                f"Page {number} of {count}",
            )
            if number > 1 and names[letter]:
                header = QRectF(
                    MARGIN_LEFT_MM * px_per_mm,
                    (MARGIN_TOP_MM - 10) * px_per_mm,
                    width - (MARGIN_LEFT_MM + MARGIN_RIGHT_MM) * px_per_mm,
                    6 * px_per_mm,
                )
                painter.drawText(
                    header,
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextSingleLine,
                    painter.fontMetrics().elidedText(
                        f"{names[letter]} (continued)", Qt.TextElideMode.ElideRight, int(header.width())
                    ),
                )
    finally:
        painter.end()
    return pages


def check_pdf_complete(path: Path) -> None:
    """OSError unless the PDF file at `path` ends as a PDF does: Qt's PDF writer reports no failed write,
    so a full disk leaves a file cut short (or empty) that looks written."""
    with open(path, "rb") as handle:
        handle.seek(0, os.SEEK_END)
        handle.seek(max(0, handle.tell() - 1024))
        tail = handle.read()
    if b"%%EOF" not in tail:
        raise OSError(errno.EIO, "the PDF was cut short (is the disk full?)")


def write_letters_pdf(
    letters: Sequence[ReminderLetter],
    path: Path,
    shop: ShopProfile,
    unit: DistanceUnit,
    today: date,
    catalogue: TroubleCodeCatalogue,
    page_size: QPageSize | None = None,
    *,
    locale: QLocale | None = None,
    assets: LetterAssets | None = None,
) -> int:
    """Writes the letters to a PDF at `path` atomically through shopapp.reports.export_target (a temporary
    file beside it, renamed over it: a crash or a full disk leaves the old file or none, never half a PDF;
    only a regular file is replaced, keeping its mode); returns the pages written. The template and logo
    are read first (`assets`, load_letter_assets(shop) by default), so a template that cannot be used
    leaves nothing behind. Raises OutputError (the path) or TemplateError."""
    page_size = page_size or page_size_for_locale(locale)
    assets = assets or load_letter_assets(shop)
    with replacing(Path(path)) as temporary:
        # Rendered in memory and written here: Qt's PDF writer does not report a failed write (a full
        # disk would leave a cut-off PDF that looks written), Python's file does.
        data, pages = letters_pdf_data(
            letters, shop, unit, today, catalogue, page_size, locale=locale, assets=assets
        )
        temporary.write_bytes(data)
    return pages


def letters_pdf_data(
    letters: Sequence[ReminderLetter],
    shop: ShopProfile,
    unit: DistanceUnit,
    today: date,
    catalogue: TroubleCodeCatalogue,
    page_size: QPageSize | None = None,
    *,
    locale: QLocale | None = None,
    assets: LetterAssets | None = None,
) -> tuple[bytes, int]:
    """The letters as the bytes of a PDF (for standard output) and the pages; see write_letters_pdf."""
    page_size = page_size or page_size_for_locale(locale)
    assets = assets or load_letter_assets(shop)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    pages = _render_pdf(letters, buffer, shop, unit, today, catalogue, page_size, locale, assets)
    data = bytes(buffer.data().data())
    buffer.close()
    return data, pages


def _render_pdf(
    letters: Sequence[ReminderLetter],
    target: str | QIODevice,
    shop: ShopProfile,
    unit: DistanceUnit,
    today: date,
    catalogue: TroubleCodeCatalogue,
    page_size: QPageSize,
    locale: QLocale | None,
    assets: LetterAssets | None,
) -> int:
    writer: QPdfWriter | None = QPdfWriter(target)
    document: LetterDocument | None = None
    try:
        assert writer is not None
        writer.setResolution(PDF_RESOLUTION)
        writer.setPageSize(page_size)
        writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
        writer.setTitle("Service reminders")
        writer.setCreator("ShopApp")
        document = _build_document(
            letters,
            shop,
            unit,
            today,
            catalogue,
            page_size=page_size,
            locale=locale,
            device=writer,
            assets=assets,
        )
        return print_letters(document, writer)
    finally:
        # Released here even when a traceback keeps this frame: the document's layout points at the
        # writer (so it goes first), and the writer closes the file (which Windows needs to rename it).
        document = None
        writer = None


__all__ = [
    "LetterAssets",
    "LetterDocument",
    "ShopProfile",
    "TemplateError",
    "check_pdf_complete",
    "letter_document",
    "letters_pdf_data",
    "load_letter_assets",
    "page_size_for_locale",
    "print_letters",
    "write_letters_pdf",
]
