"""Print reminders: choose who gets a letter (statuses, days since the last reminder, postal address), see
who gets one and who is skipped and why, preview and print (or save a PDF), then log the letters as sent
once the front desk confirms they went out. Nothing blocks the window: every dialog is opened with open()."""

from __future__ import annotations

import logging
from datetime import UTC, date, datetime
from pathlib import Path

from PySide6.QtCore import QMarginsF, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QPageLayout, QPaintEngine
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from shopapp.domain.due import Status
from shopapp.i18n import fill
from shopapp.local_format import whole_number
from shopapp.reports.due_words import item_name
from shopapp.reports.export_target import OutputError, replacing
from shopapp.reports.letters import (
    LetterDocument,
    ShopProfile,
    TemplateError,
    check_pdf_complete,
    letter_document,
    page_size_for_locale,
    print_letters,
    write_letters_pdf,
)
from shopapp.services.reminders import (
    DEFAULT_STATUSES,
    ReminderBatch,
    ReminderLetter,
    ReminderOptions,
    mark_sent,
    plan_reminders,
)
from shopapp.services.shop_session import DatabaseWorker, ShopSession
from shopapp.tasks import BackgroundTasks
from shopapp.ui.dialogs.radio_column import radio_column
from shopapp.ui.display import STATUS_LOOKS
from shopapp.ui.save_file_chooser import open_save_file_chooser
from shopapp.ui.window_flow import WindowFlow

log = logging.getLogger(__name__)
LETTER_STATUSES = (Status.OVERDUE, Status.DUE, Status.ALERT, Status.DUE_SOON)
_REPLAN_DELAY_MS = 150  # a spin box held down asks once, not once per step


class BatchSummaryText(QObject):
    """Who gets a letter, counted. A QObject only for self.tr(): lupdate marks a message as plural (%n) only
    there."""

    def words(self, batch: ReminderBatch) -> str:
        if batch.letters:
            cars = sum(len(letter.vehicles) for letter in batch.letters)
            # One count per message (Qt's rule): the cars' count fills the letters' sentence.
            words = fill(
                self.tr("%Ln letter(s) (%1)", "", len(batch.letters)), self.tr("%Ln car(s)", "", cars)
            )
        else:
            words = self.tr("No letters to print")
        if batch.skipped:
            words += " · " + self.tr("%Ln customer(s) skipped", "", len(batch.skipped))
        return words


def batch_summary(batch: ReminderBatch) -> str:
    """ "12 letters (15 cars) · 3 customers skipped" """
    return BatchSummaryText().words(batch)


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:]


def _tree(headers: tuple[str, ...]) -> QTreeWidget:
    tree = QTreeWidget()
    tree.setHeaderLabels(list(headers))
    tree.setRootIsDecorated(False)
    tree.setUniformRowHeights(True)
    tree.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    tree.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    tree.setAlternatingRowColors(True)
    tree.header().setStretchLastSection(True)
    tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
    return tree


def _top_level_items(tree: QTreeWidget) -> list[QTreeWidgetItem]:
    """The tree's rows (each row below topLevelItemCount() has an item)."""
    return [item for row in range(tree.topLevelItemCount()) if (item := tree.topLevelItem(row)) is not None]


class ReminderOptionsDialog(QDialog):
    """Who gets a letter. Open it with open(); it asks (options_changed) and shows what it is told
    (show_batch), and never reads the database itself.

    Signals: options_changed(ReminderOptions) when a choice changes (and once when opened);
    print_requested(ReminderBatch) on "Preview and print…"; pdf_requested(ReminderBatch, Path) once a PDF
    file is chosen. Attributes: every_button, selected_button, status_boxes (Status -> QCheckBox),
    min_days_spin, address_box, summary_label, letters_tree, skipped_label, skipped_tree, print_button,
    pdf_button, batch (the batch shown, or None while it is worked out), file_chooser.
    Tests replace choose_pdf_file() to pick a file without a file dialog.
    """

    options_changed = Signal(object)
    print_requested = Signal(object)
    pdf_requested = Signal(object, object)

    def __init__(
        self,
        *,
        min_days: int,
        selected_cars: int = 0,
        selected_customers: int = 0,
        selected_ids: frozenset[int] = frozenset(),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._selected_ids = selected_ids
        self.batch: ReminderBatch | None = None
        self.file_chooser: QFileDialog | None = None
        self.setWindowTitle(self.tr("Print reminders"))
        self._replan = QTimer(self)
        self._replan.setSingleShot(True)
        self._replan.setInterval(_REPLAN_DELAY_MS)
        self._setup_ui(min_days, selected_cars, selected_customers)
        self._connect_signals()
        self._show_working()

    def _setup_ui(self, min_days: int, selected_cars: int, selected_customers: int) -> None:
        who = QGroupBox(self.tr("Who"))
        self.every_button = QRadioButton(self.tr("Every customer with a car that needs service"))
        if selected_cars and selected_customers == 1:
            words = self.tr("Only the customer of the %Ln selected car(s)", "", selected_cars)
        elif selected_cars:
            words = fill(
                self.tr("Only the %1 customers of the %Ln selected car(s)", "", selected_cars),
                selected_customers,
            )
        else:
            words = self.tr("Only the customers of the cars selected in the list (none selected)")
        self.selected_button = QRadioButton(words)
        self.selected_button.setToolTip(
            self.tr("Each letter lists all of the customer's cars that need service")
        )
        self.selected_button.setEnabled(bool(selected_cars))
        self.every_button.setChecked(True)
        self._who_group = radio_column(who, self.every_button, self.selected_button)

        rules = QGroupBox(self.tr("Which letters"))
        statuses = QHBoxLayout()
        statuses.addWidget(QLabel(self.tr("Items that are:")))
        self.status_boxes: dict[Status, QCheckBox] = {}
        for status in LETTER_STATUSES:
            box = QCheckBox(STATUS_LOOKS[status].badge)
            box.setChecked(status in DEFAULT_STATUSES)
            self.status_boxes[status] = box
            statuses.addWidget(box)
        statuses.addStretch(1)
        days = QHBoxLayout()
        days.addWidget(QLabel(self.tr("Skip customers reminded in the last")))
        self.min_days_spin = QSpinBox()
        self.min_days_spin.setRange(0, 365)
        self.min_days_spin.setValue(min_days)
        self.min_days_spin.setSuffix(self.tr(" days"))
        self.min_days_spin.setSpecialValueText(self.tr("0 days (never skip)"))
        days.addWidget(self.min_days_spin)
        days.addStretch(1)
        self.address_box = QCheckBox(self.tr("Skip customers without a postal address"))
        self.address_box.setChecked(True)
        self.address_box.setToolTip(self.tr("Otherwise their letter is printed without an address block"))
        rules_layout = QVBoxLayout(rules)
        rules_layout.addLayout(statuses)
        rules_layout.addLayout(days)
        rules_layout.addWidget(self.address_box)

        self.summary_label = QLabel()
        font = self.summary_label.font()
        font.setBold(True)
        self.summary_label.setFont(font)
        self.letters_tree = _tree((self.tr("Letter to"), self.tr("Cars"), self.tr("Items")))
        self.skipped_label = QLabel(self.tr("Not getting a letter:"))
        self.skipped_tree = _tree((self.tr("Customer"), self.tr("Why")))

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.pdf_button = self.buttons.addButton(
            self.tr("Save as PDF…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.pdf_button.setToolTip(
            self.tr("Write the letters to a PDF file (for a mailing house or to print later)")
        )
        self.print_button = self.buttons.addButton(
            self.tr("Preview and print…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.print_button.setDefault(True)

        layout = QVBoxLayout(self)
        layout.addWidget(who)
        layout.addWidget(rules)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.letters_tree, 3)
        layout.addWidget(self.skipped_label)
        layout.addWidget(self.skipped_tree, 2)
        layout.addWidget(self.buttons)
        self.resize(640, 640)

    def _connect_signals(self) -> None:
        choices = (self.every_button, self.selected_button, self.address_box, *self.status_boxes.values())
        for button in choices:
            button.toggled.connect(self._on_choice_changed)
        self.min_days_spin.valueChanged.connect(self._on_choice_changed)
        self._replan.timeout.connect(self._on_replan_timeout)
        self.print_button.clicked.connect(self._on_print_button_clicked)
        self.pdf_button.clicked.connect(self._on_pdf_button_clicked)
        self.buttons.rejected.connect(self.reject)

    def open(self) -> None:
        super().open()
        self.options_changed.emit(self.options())

    # -- the choices ------------------------------------------------------------------------------------

    def options(self) -> ReminderOptions:
        return ReminderOptions(
            statuses=frozenset(status for status, box in self.status_boxes.items() if box.isChecked()),
            min_days=self.min_days_spin.value(),
            skip_without_address=self.address_box.isChecked(),
            vehicle_ids=self._selected_ids if self.selected_button.isChecked() else None,
        )

    def _on_choice_changed(self, *_args) -> None:
        self._show_working()
        self._replan.start()

    def _on_replan_timeout(self) -> None:
        self.options_changed.emit(self.options())

    # -- the answer -------------------------------------------------------------------------------------

    def _show_working(self) -> None:
        self.batch = None
        if not self.options().statuses:
            self.summary_label.setText(self.tr("Tick at least one kind of item to remind about."))
        else:
            self.summary_label.setText(self.tr("Working out who gets a letter…"))
        self.print_button.setEnabled(False)
        self.pdf_button.setEnabled(False)

    def show_batch(self, options: ReminderOptions, batch: ReminderBatch) -> bool:
        """Shows who gets a letter and who is skipped; False (and nothing shown) when the choices have
        changed since `options` were asked for."""
        if options != self.options() or self._replan.isActive():
            return False
        self.batch = batch
        self.summary_label.setText(batch_summary(batch) if options.statuses else self.summary_label.text())
        self.letters_tree.clear()
        self.letters_tree.addTopLevelItems(
            [
                QTreeWidgetItem(
                    [
                        letter.customer_name,
                        str(len(letter.vehicles)),
                        ", ".join(_item_names(letter)),
                    ]
                )
                for letter in batch.letters
            ]
        )
        self.skipped_tree.clear()
        self.skipped_tree.addTopLevelItems(
            [QTreeWidgetItem([skipped.customer_name, _sentence(skipped.reason)]) for skipped in batch.skipped]
        )
        for tree in (self.letters_tree, self.skipped_tree):
            tree.resizeColumnToContents(0)
            tree.setColumnWidth(0, min(tree.columnWidth(0), 260))
        self.letters_tree.resizeColumnToContents(1)
        self.skipped_label.setText(
            fill(self.tr("Not getting a letter (%1):"), whole_number(len(batch.skipped)))
            if batch.skipped
            else self.tr("Nobody is skipped.")
        )
        self.skipped_tree.setVisible(bool(batch.skipped))
        self.print_button.setEnabled(bool(batch.letters))
        self.pdf_button.setEnabled(bool(batch.letters))
        return True

    def skipped_rows(self) -> list[tuple[str, str]]:
        """(customer, why) as the dialog lists them."""
        return [(item.text(0), item.text(1)) for item in _top_level_items(self.skipped_tree)]

    def letter_names(self) -> list[str]:
        return [item.text(0) for item in _top_level_items(self.letters_tree)]

    def _on_print_button_clicked(self) -> None:
        if self.batch is not None and self.batch.letters:
            batch = self.batch
            self.accept()
            self.print_requested.emit(batch)

    def _on_pdf_button_clicked(self) -> None:
        if self.batch is not None and self.batch.letters:
            self.choose_pdf_file()

    def choose_pdf_file(self) -> None:
        """Opens a save-file dialog (non-blocking); choosing a file hands the batch on (pdf_chosen)."""
        self.file_chooser = open_save_file_chooser(
            self,
            self.tr("Save the letters as PDF"),
            self.tr("PDF files (*.pdf);;All files (*)"),
            "pdf",
            self.pdf_chosen,
            file_name=f"reminders-{date.today().isoformat()}.pdf",
        )

    def pdf_chosen(self, path: str | Path) -> None:
        if self.batch is None or not self.batch.letters or not str(path):
            return
        batch = self.batch
        target = Path(path)
        if target.suffix == "":
            target = target.with_suffix(".pdf")
        self.accept()
        self.pdf_requested.emit(batch, target)


def _item_names(letter: ReminderLetter) -> list[str]:
    names: list[str] = []
    for vehicle in letter.vehicles:
        for item in vehicle.items:
            if item_name(item) not in names:
                names.append(item_name(item))
    return names


class ReminderPrintFlow(WindowFlow):
    """The whole errand: options dialog -> plan (on the reader's thread) -> preview and print, or a PDF ->
    "did they go out?" -> log as sent.

    Signals: batch_shown(ReminderBatch) when the options dialog shows a plan; letters_logged(int) with
    the number of letters logged as sent; ended(str): the outcome in words, for the status bar.
    Attributes: options_dialog, preview_dialog, printer, document (the letters being printed),
    confirm_box, confirm_yes_button, confirm_no_button, letters (those awaiting confirmation),
    problem_box (the message shown when letters could not be printed or saved), print_problem (why the
    last print to a PDF file wrote nothing, "" otherwise).
    """

    batch_shown = Signal(object)
    letters_logged = Signal(int)
    ended = Signal(str)

    def __init__(
        self, window: QWidget, session: ShopSession, tasks: BackgroundTasks, reader: DatabaseWorker
    ) -> None:
        super().__init__(window, session, tasks, reader)
        self.options_dialog: ReminderOptionsDialog | None = None
        self.preview_dialog: QPrintPreviewDialog | None = None
        self.printer: QPrinter | None = None
        self.document: LetterDocument | None = None
        self.confirm_box: QMessageBox | None = None
        self.confirm_yes_button: QPushButton | None = None
        self.confirm_no_button: QPushButton | None = None
        self.problem_box: QMessageBox | None = None
        self.print_problem = ""
        self.letters: tuple[ReminderLetter, ...] = ()

    def start(self, selected_ids: frozenset[int], selected_cars: int, selected_customers: int) -> None:
        """selected_ids: every car of the customers of the cars selected in the list."""
        dialog = ReminderOptionsDialog(
            min_days=int(self._session.settings.get("reminder_min_days")),
            selected_cars=selected_cars,
            selected_customers=selected_customers,
            selected_ids=selected_ids,
            parent=self._window,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.options_changed.connect(self._on_options_dialog_options_changed)
        dialog.print_requested.connect(self._on_options_dialog_print_requested)
        dialog.pdf_requested.connect(self._on_options_dialog_pdf_requested)
        dialog.finished.connect(self._on_options_dialog_finished)
        self.options_dialog = dialog
        dialog.open()

    # -- planning ---------------------------------------------------------------------------------------

    def _on_options_dialog_options_changed(self, options: ReminderOptions) -> None:
        if options.statuses:
            self._tasks.start(self._plan(options), name="reminder-plan")

    def _on_options_dialog_finished(self, _result: int) -> None:
        self._tasks.cancel("reminder-plan")
        self.options_dialog = None

    def _plan_now(self, options: ReminderOptions) -> ReminderBatch:
        """Blocking: runs on the reader's thread."""
        session = self._session
        return plan_reminders(
            options,
            today=date.today(),
            plan=session.plan(),
            unit=session.unit(),
            catalogue=session.catalogue,
        )

    async def _plan(self, options: ReminderOptions) -> None:
        batch = await self._reader.run(self._plan_now, options)
        dialog = self.options_dialog
        if dialog is not None and dialog.show_batch(options, batch):
            self.batch_shown.emit(batch)

    # -- printing ---------------------------------------------------------------------------------------

    def _shop(self) -> ShopProfile:
        return ShopProfile.from_settings(self._session.settings.values())

    def _on_options_dialog_print_requested(self, batch: ReminderBatch) -> None:
        page_size = page_size_for_locale()
        try:
            self.document = letter_document(
                batch.letters,
                self._shop(),
                self._session.unit(),
                date.today(),
                self._session.catalogue,
                page_size=page_size,
            )
        except TemplateError as exc:
            self.show_problem(
                self.tr("The letters cannot be printed"),
                fill(self.tr("The letters cannot be printed: %1."), exc),
            )
            return
        self.letters = batch.letters
        self.print_problem = ""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(page_size)
        printer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
        printer.setDocName(self.tr("Service reminders"))
        self.printer = printer
        preview = QPrintPreviewDialog(printer, self._window)
        preview.setWindowTitle(self.tr("Print reminders — %Ln letter(s)", "", len(batch.letters)))
        preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        preview.paintRequested.connect(self.render)
        preview.finished.connect(self._on_preview_dialog_finished)
        preview.resize(900, 1000)
        self.preview_dialog = preview
        preview.open()

    def render(self, printer: QPrinter) -> int:
        """Paints the letters on `printer` (the preview's, the chosen printer or a PDF); returns the pages.
        "Print to file" goes through shopapp.reports.export_target like every export: only a regular file is
        replaced, atomically; anything else at the path is refused with a message (0 pages)."""
        if self.document is None:
            return 0
        target = printer.outputFileName()
        engine = printer.paintEngine()
        previewing = engine is not None and engine.type() == QPaintEngine.Type.Picture
        if not target or previewing:
            return print_letters(self.document, printer)
        self.print_problem = ""
        try:
            with replacing(Path(target)) as temporary:
                printer.setOutputFileName(str(temporary))
                try:
                    pages = print_letters(self.document, printer)
                finally:
                    printer.setOutputFileName(target)  # the painter has ended: the file is closed
                check_pdf_complete(temporary)
                return pages
        except OutputError as exc:
            self.print_problem = fill(
                self.tr("The letters could not be saved to %1: %2."), target, exc.reason
            )
            log.warning("%s", self.print_problem)
            self.show_problem(self.tr("The letters were not saved"), self.print_problem)
            return 0

    def show_problem(self, title: str, text: str) -> None:
        """Says why nothing was printed or saved (a message box, and the status bar through `ended`)."""
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, self._window)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(self._on_problem_box_finished)
        self.problem_box = box
        box.open()
        self.ended.emit(text)

    def _on_problem_box_finished(self, _result: int) -> None:
        self.problem_box = None

    def _on_preview_dialog_finished(self, result: int) -> None:
        self.preview_dialog = None
        if self.print_problem:  # "Print to file" refused its file: nothing went out
            self.letters = ()
            self.ended.emit(fill(self.tr("%1 No reminder was logged."), self.print_problem))
        elif result == QDialog.DialogCode.Accepted:  # the preview closes itself this way after printing
            self.ask_whether_sent()
        else:
            self.letters = ()
            self.ended.emit(self.tr("Nothing printed; no reminder was logged."))

    def _on_options_dialog_pdf_requested(self, batch: ReminderBatch, path: Path) -> None:
        # Qt lays text out on the GUI thread: a few seconds for hundreds of letters (500 in about 4 s), so
        # the wait is at least shown.
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            pages = write_letters_pdf(
                batch.letters,
                path,
                self._shop(),
                self._session.unit(),
                date.today(),
                self._session.catalogue,
                page_size_for_locale(),
            )
        except (OutputError, TemplateError) as exc:
            why = exc.reason if isinstance(exc, OutputError) else str(exc)
            self.show_problem(
                self.tr("The letters were not saved"),
                fill(self.tr("The letters could not be saved to %1: %2."), path, why),
            )
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        log.info("Wrote %d reminder letters (%d pages) to %s", len(batch.letters), pages, path)
        self.letters = batch.letters
        self.ask_whether_sent(path.name)

    # -- confirming -------------------------------------------------------------------------------------

    def ask_whether_sent(self, pdf_name: str | None = None) -> None:
        """Asks whether the letters went out: printed, or saved to the PDF file `pdf_name`."""
        count = len(self.letters)
        question = (
            self.tr("%Ln letter(s) printed. Did it/they go out?", "", count)
            if pdf_name is None
            else fill(self.tr("%Ln letter(s) saved to %1. Did it/they go out?", "", count), pdf_name)
        )
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Log the reminders as sent?"),
            question,
            QMessageBox.StandardButton.NoButton,
            self._window,
        )
        box.setInformativeText(
            self.tr(
                "Logged letters show as “Reminded today” in the list, and these customers are not reminded again for %Ln day(s). Say no if the printer jammed or the letters are not going out.",  # noqa: E501 (one literal for lupdate)
                "",
                int(self._session.settings.get("reminder_min_days")),
            )
        )
        self.confirm_yes_button = box.addButton(
            self.tr("Yes, log them as sent"), QMessageBox.ButtonRole.AcceptRole
        )
        self.confirm_no_button = box.addButton(
            self.tr("No, don't log them"), QMessageBox.ButtonRole.RejectRole
        )
        box.setDefaultButton(self.confirm_yes_button)
        box.setEscapeButton(self.confirm_no_button)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(self._on_confirm_box_button_clicked)
        self.confirm_box = box
        box.open()

    def _on_confirm_box_button_clicked(self, button) -> None:
        sent = button is self.confirm_yes_button
        letters, self.letters = self.letters, ()
        self.confirm_box = None
        if not sent or not letters:
            self.ended.emit(self.tr("The letters were not logged as sent."))
            return
        mark_sent(letters, datetime.now(UTC))
        self.letters_logged.emit(len(letters))
        self.ended.emit(self.tr("%Ln reminder letter(s) logged as sent.", "", len(letters)))


def customer_scope(rows, selected) -> tuple[frozenset[int], int, int]:
    """(every car of the selected cars' customers, selected cars, their customers) from the list's rows."""
    customers = {row.listing.customer_id for row in selected}
    ids = frozenset(row.vehicle_id for row in rows if row.listing.customer_id in customers)
    return ids, len(selected), len(customers)
