"""The letters as HTML: the template's parts filled with the letter's words, every outside text escaped and
made safe (no control characters; right-to-left text isolated so it cannot reorder the words around it)."""

from __future__ import annotations

import html
import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from string import Template

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QImage

from shopapp.domain.dtc import TroubleCodeCatalogue
from shopapp.domain.text import safe_text
from shopapp.i18n import fill
from shopapp.reports.letters.geometry import (
    ADDRESS_TOP_MM,
    ADDRESS_WIDTH_MM,
    LOGO_MAX_HEIGHT_MM,
    LOGO_MAX_WIDTH_MM,
    MARGIN_TOP_MM,
    px,
)
from shopapp.reports.letters.profile import ShopProfile
from shopapp.reports.letters.wording import (
    LetterStyle,
    closing_words,
    intro_words,
    item_title,
    item_when,
    item_words,
    safe,
    signature_words,
    status_words,
    vehicle_facts_words,
)
from shopapp.resources import UnreadableFile, read_small_file, resource_path
from shopapp.services.reminders import LetterVehicle, ReminderLetter

log = logging.getLogger(__name__)

TEMPLATE = Path("letters") / "reminder.html"
TEMPLATE_LIMIT = 1_000_000  # bytes; the template is a few kB
LOGO_LIMIT = 5_000_000  # bytes; a logo is scaled to about 300 dpi at 45 x 20 mm anyway


def _e(value: object) -> str:
    return html.escape(str(value), quote=True)


def _lines(lines: Sequence[str]) -> str:
    """Lines from outside (an address), each made safe, one <br> between them."""
    return "<br>".join(_e(line) for line in map(safe, lines) if line)


@dataclass(frozen=True)
class TemplateParts:
    style: str
    letter: Template
    logo: Template
    vehicle: Template
    item: Template


_PART = re.compile(r"<!--\s*part:(\w+)\s*-->")


class TemplateError(Exception):
    """The letter template cannot be used; str() is one line naming the file and why."""


def load_template(path: Path | None = None) -> TemplateParts:
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
        return TemplateParts(
            style=parts["style"],
            letter=Template(parts["letter"]),
            logo=Template(parts["logo"]),
            vehicle=Template(parts["vehicle"]),
            item=Template(parts["item"]),
        )
    except UnreadableFile as exc:
        reason = exc.reason
    except UnicodeDecodeError:
        reason = QCoreApplication.translate("LetterTemplate", "it is not UTF-8 text")
    except KeyError as exc:
        reason = fill(QCoreApplication.translate("LetterTemplate", "it has no part '%1'"), exc.args[0])
    cannot = QCoreApplication.translate("LetterTemplate", "cannot read the letter template %1: %2")
    raise TemplateError(fill(cannot, safe_text(str(path)), reason))


@dataclass(frozen=True)
class LetterAssets:
    """What letters are drawn with besides their words: the template's parts and the shop's logo (None: no
    logo, or one that cannot be used); logo_problem: why the logo is left out, one line ("" when it is used
    or there is none)."""

    parts: TemplateParts
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
        return None, fill(
            QCoreApplication.translate("LetterTemplate", "the shop logo %1 cannot be used: %2"),
            shown,
            exc.reason,
        )
    image = QImage.fromData(data)
    if image.isNull():
        not_image = QCoreApplication.translate(
            "LetterTemplate", "the shop logo %1 cannot be used: it is not an image (use PNG, JPEG or SVG)"
        )
        return None, fill(not_image, shown)
    # Kept at about 300 dpi at its printed size: a photo-sized logo would bloat every letter of the PDF.
    limit_h, limit_w = px(LOGO_MAX_HEIGHT_MM, 300), px(LOGO_MAX_WIDTH_MM, 300)
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
    parts: TemplateParts,
    dpi: float,
    logo: QImage | None,
) -> str:
    """The HTML of every letter (without the style sheet), each starting on a new page."""
    logo_cell = ""
    if logo is not None:
        scale = min(px(LOGO_MAX_HEIGHT_MM, dpi) / logo.height(), px(LOGO_MAX_WIDTH_MM, dpi) / logo.width())
        width, height = round(logo.width() * scale), round(logo.height() * scale)
        logo_cell = parts.logo.substitute(
            logo_width=width, logo_height=height, logo_cell_width=width + round(px(4, dpi))
        )
    contact = [shop.phone, shop.email]
    fixed = {
        "letterhead_height": round(px(ADDRESS_TOP_MM - MARGIN_TOP_MM, dpi)),
        "address_width": round(px(ADDRESS_WIDTH_MM, dpi)),
        "logo_cell": logo_cell,
        "shop_name": _e(safe(shop.name)),
        "shop_address": _lines(shop.address_lines),
        "shop_contact": _lines(contact),
        "date": _e(style.long_date(style.today)),
        "closing": _e(closing_words(shop)),
        "signature": _e(signature_words(shop)),
    }
    out = []
    for index, letter in enumerate(letters):
        vehicles = "\n".join(_vehicle_html(vehicle, style, catalogue, parts) for vehicle in letter.vehicles)
        out.append(
            parts.letter.substitute(
                fixed,
                page_break="page-break-before: always;" if index else "",  # untranslated: CSS
                recipient=_lines([letter.customer_name, *letter.address_lines]),
                customer_name=_e(safe(letter.customer_name)),
                intro=_e(intro_words(letter)),
                vehicles=vehicles,
            )
        )
    return "\n".join(out)


def _vehicle_html(
    vehicle: LetterVehicle, style: LetterStyle, catalogue: TroubleCodeCatalogue, parts: TemplateParts
) -> str:
    facts = vehicle_facts_words(vehicle, style)
    items = "\n".join(
        parts.item.substitute(
            what=_e(item_title(item, catalogue)),
            status=_e(status_words(item.status)),
            status_class=item.status.value,
            why=_e(item_words(item, catalogue, style, seen_at_visits=vehicle.kept_at_desk)),
            when=_e(item_when(item, style)),
        )
        for item in vehicle.items
    )
    return parts.vehicle.substitute(
        title=_e(safe(vehicle.title)), facts=" &nbsp;·&nbsp; ".join(_e(fact) for fact in facts), items=items
    )
