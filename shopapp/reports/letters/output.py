"""The letters as a PDF: rendered in memory, then written atomically (a temporary file renamed over the
target), so a crash or a full disk leaves the old file or none, never half a PDF."""

from __future__ import annotations

import errno
import os
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QBuffer, QCoreApplication, QIODevice, QLocale, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter

from shopapp.domain.dtc import TroubleCodeCatalogue
from shopapp.domain.units import DistanceUnit
from shopapp.reports.export_target import replacing
from shopapp.reports.letters.html import LetterAssets, load_letter_assets
from shopapp.reports.letters.pagination import LetterBatch, LetterDocument, build_document, print_letters
from shopapp.reports.letters.profile import ShopProfile, page_size_for_locale
from shopapp.services.reminders import ReminderLetter

PDF_RESOLUTION = 600


def check_pdf_complete(path: Path) -> None:
    """OSError unless the PDF file at `path` ends as a PDF does: Qt's PDF writer reports no failed write,
    so a full disk leaves a file cut short (or empty) that looks written."""
    with open(path, "rb") as handle:
        handle.seek(0, os.SEEK_END)
        handle.seek(max(0, handle.tell() - 1024))
        tail = handle.read()
    if b"%%EOF" not in tail:
        # The user reads it, as the reason the PDF could not be saved.
        raise OSError(
            errno.EIO, QCoreApplication.translate("LetterOutput", "the PDF was cut short (is the disk full?)")
        )


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
    batch = LetterBatch(letters, shop, unit, today, catalogue, locale, assets or load_letter_assets(shop))
    with replacing(Path(path)) as temporary:
        # Rendered in memory and written here: Qt's PDF writer does not report a failed write (a full
        # disk would leave a cut-off PDF that looks written), Python's file does.
        data, pages = letters_pdf_data(batch, page_size)
        temporary.write_bytes(data)
    return pages


def letters_pdf_data(batch: LetterBatch, page_size: QPageSize | None = None) -> tuple[bytes, int]:
    """The batch's letters as the bytes of a PDF (for standard output) and the pages, on `page_size` (the
    paper of the batch's locale by default); see write_letters_pdf."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    pages = _render_pdf(batch, buffer, page_size or page_size_for_locale(batch.locale))
    data = bytes(buffer.data().data())
    buffer.close()
    return data, pages


def _render_pdf(batch: LetterBatch, target: QIODevice, page_size: QPageSize) -> int:
    writer: QPdfWriter | None = QPdfWriter(target)
    document: LetterDocument | None = None
    try:
        assert writer is not None
        writer.setResolution(PDF_RESOLUTION)
        writer.setPageSize(page_size)
        writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
        writer.setTitle(QCoreApplication.translate("LetterOutput", "Service reminders"))
        writer.setCreator("ShopApp")  # untranslated: product name
        document = build_document(batch, page_size=page_size, device=writer)
        return print_letters(document, writer)
    finally:
        # Released here even when a traceback keeps this frame: the document's layout points at the
        # writer (so it goes first), and the writer closes the file (which Windows needs to rename it).
        document = None
        writer = None
