"""File → Import customers…: the previous system's CSV in three steps. Columns: each field with the file's
header it is read from (the guessed ones chosen) and the first lines as they will be read; Check: what
would be created, merged or refused, line by line; Import: on the database worker (the window never
freezes), all of it or nothing, then one line saying what was imported."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import date
from functools import partial
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from shopapp.domain.customer_file import ColumnChoice, DateOrder, Field, guess_columns
from shopapp.domain.units import DistanceUnit
from shopapp.errors import UserFacingError
from shopapp.i18n import fill
from shopapp.services.customer_import import (
    CustomerFile,
    ImportOutcome,
    ImportPlan,
    column_choice,
    column_labels,
    dry_run,
    import_customers,
    read_customer_file,
    with_date_order,
)
from shopapp.services.import_words import CustomerImportWords
from shopapp.tasks import BackgroundTasks

# Runs a blocking function on one of the window's database workers: its reader (reading the file and the
# check, which write nothing and must not hold up the desk's saves) or its writer (MainWindow.write).
RunOnWorker = Callable[..., Awaitable[Any]]
PREVIEW_LINES = 8
_COLUMNS_PAGE, _CHECK_PAGE, _RESULT_PAGE = range(3)


class CustomerImportDialog(QDialog):
    """Signals: customers_imported(ImportOutcome) once an import is written.

    Attributes for tests: file (the CustomerFile read), field_choices (Field -> its combo), plan (the last
    check), outcome, result_label."""

    customers_imported = Signal(object)

    def __init__(
        self,
        read: RunOnWorker,
        write: RunOnWorker,
        tasks: BackgroundTasks,
        unit: DistanceUnit,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self._read_on_worker = read
        self._write_on_worker = write
        self._tasks = tasks
        self._unit = unit
        self._today = today
        self._words = CustomerImportWords(self)
        self.file: CustomerFile | None = None
        self.plan: ImportPlan | None = None
        self.outcome: ImportOutcome | None = None
        self.field_choices: dict[Field, QComboBox] = {}
        self._busy = False  # a read, check or import is running on the worker
        self._import_failed = False  # the result page says why: Back returns to the check
        self.file_chooser: QFileDialog | None = None
        self._setup_ui()
        self._connect_signals()

    # -- building -------------------------------------------------------------------------------------

    def _setup_ui(self) -> None:
        self.setWindowTitle(self.tr("Import customers"))
        self.resize(980, 640)
        layout = QVBoxLayout(self)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._columns_page())
        self.pages.addWidget(self._check_page())
        self.pages.addWidget(self._result_page())
        layout.addWidget(self.pages, 1)
        self.problem_label = QLabel()
        self.problem_label.setWordWrap(True)
        self.problem_label.setObjectName("problem_label")
        self.problem_label.hide()
        layout.addWidget(self.problem_label)
        self.buttons = QDialogButtonBox()
        self.back_button = self.buttons.addButton(self.tr("Back"), QDialogButtonBox.ButtonRole.ActionRole)
        self.check_button = self.buttons.addButton(self.tr("Check…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.import_button = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        layout.addWidget(self.buttons)
        self._show_page(_COLUMNS_PAGE)

    def _columns_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        intro = QLabel(
            self.tr(
                "Choose the CSV file your previous system saved (one customer and at most one car per line). Check that each field is read from the right column; the first lines show how they will be read."  # noqa: E501 (one literal for lupdate)
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        row = QHBoxLayout()
        self.choose_button = QPushButton(self.tr("Choose file…"))
        self.file_label = QLabel(self.tr("No file chosen yet."))
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row.addWidget(self.choose_button)
        row.addWidget(self.file_label, 1)
        layout.addLayout(row)
        middle = QHBoxLayout()
        self.mapping = QTableWidget(len(Field), 2)
        self.mapping.setObjectName("mapping")
        self.mapping.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Read from the column")])
        self.mapping.verticalHeader().hide()
        self.mapping.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.mapping.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.mapping.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for position, name in enumerate(Field):
            label = QTableWidgetItem(self._words.field_name(name))
            label.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.mapping.setItem(position, 0, label)
            combo = QComboBox()
            combo.addItem(self.tr("— not imported —"), None)
            self.mapping.setCellWidget(position, 1, combo)
            self.field_choices[name] = combo
        self.mapping.setEnabled(False)
        middle.addWidget(self.mapping, 2)
        right = QVBoxLayout()
        order_row = QHBoxLayout()
        order_row.addWidget(QLabel(self.tr("Dates with slashes:")))
        self.date_order = QComboBox()
        self.date_order.addItem(self.tr("as the file's dates show"), None)
        self.date_order.addItem(self.tr("day/month/year (27/03/2024)"), DateOrder.DAY_FIRST)
        self.date_order.addItem(self.tr("month/day/year (03/27/2024)"), DateOrder.MONTH_FIRST)
        order_row.addWidget(self.date_order, 1)
        right.addLayout(order_row)
        self.preview_title = QLabel(self.tr("First lines of the file, as they will be read:"))
        right.addWidget(self.preview_title)
        self.preview = QTableWidget(0, 0)
        self.preview.setObjectName("preview")
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        right.addWidget(self.preview, 1)
        middle.addLayout(right, 3)
        layout.addLayout(middle, 1)
        return page

    def _check_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.summary_label.setObjectName("summary_label")
        layout.addWidget(self.summary_label)
        self.ambiguous_label = QLabel()
        self.ambiguous_label.setWordWrap(True)
        layout.addWidget(self.ambiguous_label)
        layout.addWidget(
            QLabel(self.tr("Lines merged with a customer or car already known, and lines refused:"))
        )
        self.lines_list = QListWidget()
        self.lines_list.setObjectName("lines_list")
        self.lines_list.setWordWrap(True)
        layout.addWidget(self.lines_list, 1)
        self.skip_bad = QCheckBox(self.tr("Import the other lines and leave the refused ones out"))
        layout.addWidget(self.skip_bad)
        return page

    def _result_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: one transaction has no steps to count
        self.progress_label = QLabel(self.tr("Importing… (the window stays usable)"))
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setObjectName("result_label")
        font = self.result_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.result_label.setFont(font)
        layout.addStretch(1)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.result_label)
        layout.addStretch(2)
        return page

    def _connect_signals(self) -> None:
        self.choose_button.clicked.connect(self._on_choose_button_clicked)
        self.check_button.clicked.connect(self._on_check_button_clicked)
        self.back_button.clicked.connect(self._on_back_button_clicked)
        self.import_button.clicked.connect(self._on_import_button_clicked)
        self.close_button.clicked.connect(self.reject)
        self.skip_bad.toggled.connect(self._update_buttons)
        for combo in self.field_choices.values():
            combo.currentIndexChanged.connect(self._show_preview)

    def _importing(self) -> bool:
        return self._busy and self.pages.currentIndex() == _RESULT_PAGE

    def reject(self) -> None:
        """Closing waits for a running import: it ends in a moment, all of it or nothing."""
        if not self._importing():
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._importing():
            event.ignore()
            return
        super().closeEvent(event)

    # -- steps ----------------------------------------------------------------------------------------

    def _show_page(self, page: int) -> None:
        self.pages.setCurrentIndex(page)
        self._update_buttons()

    def _update_buttons(self, *_args: object) -> None:
        page = self.pages.currentIndex()
        busy = self._busy
        self.back_button.setVisible(page == _CHECK_PAGE or (page == _RESULT_PAGE and self._import_failed))
        self.back_button.setEnabled(not busy)
        self.check_button.setVisible(page == _COLUMNS_PAGE)
        self.check_button.setEnabled(self.file is not None and not busy)
        self.import_button.setVisible(page == _CHECK_PAGE)
        refused = bool(self.plan and self.plan.rejected)
        self.import_button.setEnabled(
            bool(self.plan and self.plan.importable)
            and (not refused or self.skip_bad.isChecked())
            and not busy
        )
        self.close_button.setEnabled(not self._importing())

    def _say(self, text: str) -> None:
        self.problem_label.setText(text)
        self.problem_label.setVisible(bool(text))

    def _on_choose_button_clicked(self) -> None:
        chooser = QFileDialog(
            self, self.tr("Import customers"), "", self.tr("CSV files (*.csv *.txt);;All files (*)")
        )
        chooser.setFileMode(QFileDialog.FileMode.ExistingFile)
        chooser.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        chooser.fileSelected.connect(self.choose_file)
        self.file_chooser = chooser
        chooser.open()  # never exec(): its nested loop would halt every task on the event loop

    def choose_file(self, path: str) -> None:
        """Reads the file on the worker, then shows its columns and first lines."""
        self._tasks.start(self._read(path), name="customer-import")

    async def _read(self, path: str) -> None:
        self._say("")
        self._busy = True
        self._update_buttons()
        try:
            file = await self._read_on_worker(read_customer_file, path)
        except UserFacingError as exc:
            if self.file is None:
                self._say(exc.words())
            else:
                still = self.tr("%1 The file still loaded is %2: check it, or choose another file.")
                self._say(fill(still, exc.words(), self.file.path.name))
            return
        finally:
            self._busy = False
            self._update_buttons()
        self.file, self.plan = file, None
        self.file_label.setText(self._words.file_kind(file))
        guessed = guess_columns(file.headers)
        for name, combo in self.field_choices.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("— not imported —"), None)
            for index, header in enumerate(file.headers):
                combo.addItem(header or fill(self.tr("(column %1)"), index + 1), index)
            combo.setCurrentIndex(guessed[name] + 1 if name in guessed else 0)
            combo.blockSignals(False)
        self.mapping.setEnabled(True)
        self._show_preview()
        self._update_buttons()

    def chosen_columns(self) -> dict[Field, int]:
        return {
            name: combo.currentData()
            for name, combo in self.field_choices.items()
            if combo.currentData() is not None
        }

    def _choice(self) -> ColumnChoice:
        assert self.file is not None
        columns = self.chosen_columns()
        overrides = {name: (self.file.headers[columns[name]] if name in columns else None) for name in Field}
        choice = column_choice(self.file, overrides, shop_unit=self._unit)
        return with_date_order(choice, self.date_order.currentData())

    def _show_preview(self, *_args: object) -> None:
        """The first lines, one column per chosen field, as the import reads the cells."""
        if self.file is None:
            return
        columns = self.chosen_columns()
        fields = [name for name in Field if name in columns]
        self.preview.clear()
        rows = self.file.table.rows[:PREVIEW_LINES]
        self.preview.setColumnCount(len(fields))
        self.preview.setRowCount(len(rows))
        self.preview.setHorizontalHeaderLabels([self._words.field_name(name) for name in fields])
        self.preview.setVerticalHeaderLabels([str(row.line) for row in rows])
        for row_position, row in enumerate(rows):
            for column_position, name in enumerate(fields):
                index = columns[name]
                cell = row.cells[index].strip() if index < len(row.cells) else ""
                self.preview.setItem(row_position, column_position, QTableWidgetItem(cell))
        self.preview.resizeColumnsToContents()

    def _on_check_button_clicked(self) -> None:
        self._tasks.start(self._check(), name="customer-import")

    async def _check(self) -> None:
        self._say("")
        self._busy = True
        self._update_buttons()
        try:
            choice = self._choice()
            plan = await self._read_on_worker(dry_run, self.file, choice, self._today())
        except UserFacingError as exc:
            self._say(exc.words())
            return
        finally:
            self._busy = False
            self._update_buttons()
        self.plan = plan
        assert self.file is not None
        labels = column_labels(self.file, choice)
        self.summary_label.setText(self._words.summary(plan))
        ambiguous = self._words.ambiguous_dates(plan, labels)
        self.ambiguous_label.setText(ambiguous)
        self.ambiguous_label.setVisible(bool(ambiguous))
        self.lines_list.clear()
        refused_icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        merged_icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
        for line in plan.lines:
            if line.rejected or line.merged:
                item = QListWidgetItem(
                    refused_icon if line.rejected else merged_icon, self._words.line_text(line, labels)
                )
                self.lines_list.addItem(item)
        self.skip_bad.setChecked(False)
        self.skip_bad.setVisible(bool(plan.rejected))
        self._show_page(_CHECK_PAGE)

    def _on_back_button_clicked(self) -> None:
        """From the check to the columns; from a failed import to its check (the columns as chosen)."""
        back = _CHECK_PAGE if self.pages.currentIndex() == _RESULT_PAGE else _COLUMNS_PAGE
        self._import_failed = False
        self._show_page(back)

    def _on_import_button_clicked(self) -> None:
        self._tasks.start(self._import(), name="customer-import")

    async def _import(self) -> None:
        self._say("")
        self.result_label.clear()
        self.progress.show()
        self.progress_label.show()
        self._busy = True
        self._import_failed = False
        self._show_page(_RESULT_PAGE)
        write = partial(import_customers, skip_bad=self.skip_bad.isChecked())
        try:
            outcome = await self._write_on_worker(write, self.file, self._choice(), self._today())
        except UserFacingError as exc:
            self._import_failed = True
            self.result_label.setText(
                fill(
                    self.tr("Nothing was imported: %1 Use Back to change the check and try again."),
                    exc.words(),
                )
            )
            return
        finally:
            self._busy = False
            self.progress.hide()
            self.progress_label.hide()
            self._update_buttons()
        self.outcome = outcome
        self.result_label.setText(self._words.outcome(outcome))
        self.customers_imported.emit(outcome)
