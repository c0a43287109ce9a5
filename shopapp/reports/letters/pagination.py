"""The letters laid out on pages: one QTextDocument for the batch, tables kept whole on a page, and each
page painted with "Page n of m" of its customer's letter and the customer's name atop later pages.

Qt GUI classes only (QTextDocument, QPainter); a QGuiApplication must exist. The window prints the same
document to a QPrinter through `print_letters`."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QLocale, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QImage,
    QPagedPaintDevice,
    QPageSize,
    QPainter,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrame,
)

from shopapp.domain.dtc import TroubleCodeCatalogue
from shopapp.domain.units import DistanceUnit
from shopapp.reports.letters.geometry import (
    FOOTER_FROM_BOTTOM_MM,
    MARGIN_BOTTOM_MM,
    MARGIN_LEFT_MM,
    MARGIN_RIGHT_MM,
    MARGIN_TOP_MM,
    default_dpi,
    px,
)
from shopapp.reports.letters.html import LetterAssets, letters_html, load_letter_assets
from shopapp.reports.letters.profile import ShopProfile, month_first_for_locale, page_size_for_locale
from shopapp.reports.letters.wording import LetterStyle, continued_words, page_words, safe
from shopapp.services.reminders import ReminderLetter


class LetterDocument(QTextDocument):
    """The letters of a batch in one document. letter_names: the customers in order (for the header of a
    letter's later pages); page_size: the paper it is laid out for."""

    def __init__(self, letter_names: Sequence[str], page_size: QPageSize) -> None:
        super().__init__()
        self.letter_names = list(letter_names)
        self.page_size = page_size


def _spacer() -> QImage:
    image = QImage(1, 1, QImage.Format.Format_ARGB32)
    image.fill(QColor(0, 0, 0, 0))
    return image


@dataclass(frozen=True)
class LetterBatch:
    """What one run of letters is drawn from: the letters, the letterhead, the shop's distance unit, the
    letters' date, the trouble-code catalogue, the locale (its date order) and the template and logo."""

    letters: Sequence[ReminderLetter]
    shop: ShopProfile
    unit: DistanceUnit
    today: date
    catalogue: TroubleCodeCatalogue
    locale: QLocale | None
    assets: LetterAssets


def build_document(
    batch: LetterBatch, *, page_size: QPageSize, device: QPagedPaintDevice | None
) -> LetterDocument:
    """The batch laid out for `page_size`, measured with `device`'s font metrics when there is one."""
    if QGuiApplication.instance() is None:
        raise RuntimeError("rendering letters needs a QGuiApplication")
    dpi = default_dpi()
    style = LetterStyle(batch.unit, batch.today, month_first=month_first_for_locale(batch.locale))
    parts, logo = batch.assets.parts, batch.assets.logo
    letters = batch.letters
    document = LetterDocument([safe(letter.customer_name) for letter in letters], page_size)
    if device is not None:
        document.documentLayout().setPaintDevice(device)
    font = QFont()
    font.setFamilies(["DejaVu Sans", "Arial", "Helvetica"])  # untranslated: font family names
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
    document.setHtml(
        letters_html(letters, batch.shop, style, batch.catalogue, parts=parts, dpi=dpi, logo=logo)
    )
    root = document.rootFrame()
    frame = root.frameFormat()
    frame.setTopMargin(px(MARGIN_TOP_MM, dpi))
    frame.setBottomMargin(px(MARGIN_BOTTOM_MM, dpi))
    frame.setLeftMargin(px(MARGIN_LEFT_MM, dpi))
    frame.setRightMargin(px(MARGIN_RIGHT_MM, dpi))
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
    batch = LetterBatch(
        batch_letters, shop, unit, today, catalogue, locale, assets or load_letter_assets(shop)
    )
    return build_document(batch, page_size=page_size or page_size_for_locale(locale), device=None)


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
                page_words(number, count),
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
                        continued_words(names[letter]), Qt.TextElideMode.ElideRight, int(header.width())
                    ),
                )
    finally:
        painter.end()
    return pages
