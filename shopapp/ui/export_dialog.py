"""Export the due list: where to, which cars (what the list shows, or all), which items, and whether Excel
gets its byte order mark. The dialog only asks; the window writes the file in the background."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from shopapp.i18n import fill
from shopapp.reports.due_export import DueExportChoice
from shopapp.reports.export_target import OutputError, check_target
from shopapp.ui.dialogs.editor import problem_label, show_problem
from shopapp.ui.dialogs.radio_column import radio_column
from shopapp.ui.save_file_chooser import open_save_file_chooser


class ExportDialog(QDialog):
    """Asks for the file and the options. Open it with open(), never exec().

    Signals: export_requested(DueExportChoice) when Export is pressed with a usable path.
    Attributes: path_edit, choose_button, shown_button ("Only what the list shows"), every_button,
    include_all_box, bom_box, path_note_label (the file exists / the folder does not), export_button,
    file_chooser (the last QFileDialog opened by choose_file).
    Tests replace choose_file() to pick a file without a file dialog.
    """

    export_requested = Signal(object)

    def __init__(
        self,
        path: Path,
        shown_ids: frozenset[int],
        total: int,
        *,
        filtered: bool,
        bom: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._shown_ids = shown_ids
        self._total = total
        self._filtered = filtered
        self.file_chooser: QFileDialog | None = None
        self.setWindowTitle(self.tr("Export due list"))
        self._setup_ui(path, bom)
        self._connect_signals()
        self._update()

    def _setup_ui(self, path: Path, bom: bool) -> None:
        intro = QLabel(
            self.tr(
                "A CSV file for the mailing house, the SMS tool or a spreadsheet: one row per item, the same columns as “shopapp due --csv”."  # noqa: E501 (one literal for lupdate)
            )
        )
        intro.setWordWrap(True)
        self.path_edit = QLineEdit(str(path))
        self.path_edit.setMinimumWidth(360)
        self.choose_button = QPushButton(self.tr("Choose…"))
        path_row = QHBoxLayout()
        path_row.addWidget(QLabel(self.tr("Save to:")))
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.choose_button)
        self.path_note_label = problem_label()

        cars = QGroupBox(self.tr("Which cars"))
        shown = len(self._shown_ids)
        self.shown_button = QRadioButton(
            self.tr("Only what the list shows (current search and filter: %Ln car(s))", "", shown)
            if self._filtered
            else self.tr("Only what the list shows (%Ln car(s); no search or filter is on)", "", shown)
        )
        self.every_button = QRadioButton(self.tr("Every car in the shop (%Ln car(s))", "", self._total))
        self.shown_button.setChecked(True)
        self._cars_group = radio_column(cars, self.shown_button, self.every_button)

        options = QGroupBox(self.tr("Items and format"))
        self.include_all_box = QCheckBox(self.tr("Also items that need nothing now (OK, snoozed, dismissed)"))
        self.include_all_box.setToolTip(
            self.tr(
                "Without it: only items that need action (overdue, due, alert, due soon), like the letters"
            )
        )
        self.bom_box = QCheckBox(self.tr("Excel-friendly (UTF-8 BOM)"))
        self.bom_box.setToolTip(
            self.tr(
                "Excel shows accents and symbols correctly only when the file starts with a byte order mark; leave it off for other tools"  # noqa: E501 (one literal for lupdate)
            )
        )
        self.bom_box.setChecked(bom)
        options_layout = QVBoxLayout(options)
        options_layout.addWidget(self.include_all_box)
        options_layout.addWidget(self.bom_box)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(path_row)
        layout.addWidget(self.path_note_label)
        layout.addWidget(cars)
        layout.addWidget(options)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.resize(max(self.sizeHint().width(), 580), self.sizeHint().height())

    def _connect_signals(self) -> None:
        self.choose_button.clicked.connect(self._on_choose_button_clicked)
        self.path_edit.textChanged.connect(self._update)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    # -- the file ---------------------------------------------------------------------------------------

    def path(self) -> Path | None:
        text = self.path_edit.text().strip()
        return Path(text).expanduser() if text else None

    def set_path(self, path: str | Path) -> None:
        self.path_edit.setText(str(path))

    def _on_choose_button_clicked(self) -> None:
        self.choose_file()

    def choose_file(self) -> None:
        """Opens a save-file dialog (non-blocking); the file chosen lands in path_edit."""
        current = self.path()
        self.file_chooser = open_save_file_chooser(
            self,
            self.tr("Export the due list to"),
            self.tr("CSV files (*.csv);;All files (*)"),
            "csv",
            self.set_path,
            folder=str(current or ""),
            file_name=None if current is None else str(current),
        )

    def _problem(self) -> str | None:
        path = self.path()
        if path is None:
            return self.tr("Choose where to save the file.")
        if path.is_dir() and not path.is_symlink():
            return self.tr("That is a folder: add a file name, e.g. due-list.csv.")
        if not path.parent.is_dir():
            return fill(self.tr("The folder %1 does not exist."), path.parent)
        try:
            check_target(self.choice().path)  # a link, pipe or device is never replaced
        except OutputError as exc:
            return f"{exc.reason[:1].upper()}{exc.reason[1:]}."
        return None

    def _update(self, *_args) -> None:
        problem = self._problem()
        path = self.path()
        note = problem
        if problem is None and path is not None and path.exists():
            note = self.tr("A file of that name exists; the export will replace it.")
        show_problem(self.path_note_label, note)
        self.export_button.setEnabled(problem is None)

    # -- the answer -------------------------------------------------------------------------------------

    def choice(self) -> DueExportChoice:
        path = self.path()
        assert path is not None
        if path.suffix == "":
            path = path.with_suffix(".csv")
        return DueExportChoice(
            path=path,
            vehicle_ids=self._shown_ids if self.shown_button.isChecked() else None,
            include_all=self.include_all_box.isChecked(),
            bom=self.bom_box.isChecked(),
        )

    def accept(self) -> None:
        if self._problem() is not None:
            return
        self.export_requested.emit(self.choice())
        super().accept()
