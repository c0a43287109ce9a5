"""Add a car by hand or edit a car's own fields: the VIN read for the maker and model year as it is typed,
every problem said next to its field, and nothing typed lost unasked."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from shopapp.domain.car import CAR_MAX_LENGTHS, FIRST_MODEL_YEAR, CarDraft
from shopapp.domain.makes import make_name
from shopapp.domain.powertrain import SMARTCAR_TYPE, Powertrain, powertrain_from_smartcar
from shopapp.domain.units import DistanceUnit, km_to, to_km
from shopapp.domain.vin import VIN_LENGTH, maker, model_year, normalised_vin, vin_problem
from shopapp.errors import UserFacingError
from shopapp.i18n import fill
from shopapp.services.car_words import car_problem_words
from shopapp.services.front_desk import MAX_ODOMETER_KM
from shopapp.tasks import BackgroundTasks
from shopapp.ui.dialogs.editor import EditorDialog, hint_label, problem_label, show_problem
from shopapp.ui.dialogs.powertrain_choice import powertrain_name


@dataclass(frozen=True, slots=True)
class CarEntry:
    """What the dialog hands to its save: the car's fields, and for a new car the odometer read at the desk
    (km, None when not read) and the day it was read."""

    draft: CarDraft
    odometer_km: float | None
    odometer_on: date | None
    skipped_tasks: frozenset[str] = frozenset()  # plan tasks that do not apply to this car


# Saves the entry; returns the car's id (the window runs it on its database worker).
SaveCar = Callable[[CarEntry], Awaitable[int]]

_FIELDS = ("vin", "make", "model", "year", "plate", "nickname", "powertrain", "plan", "odometer", "date")


class CarDialog(EditorDialog):
    """A new car of `owner_name` (vehicle_id None), or an existing car.

    Signals: car_saved(int) with the car's id once saved.
    Attributes: vin_edit, make_edit, model_edit, year_spin (its minimum: not known), plate_edit,
    nickname_edit, powertrain_combo, plan_list (the plan's tasks, ticked where they apply to this car),
    odometer_spin (shop unit; 0 = not read) and odometer_date (new car only), vin_hint (what the VIN says),
    problem_labels (field -> QLabel), ok_button, status_label.
    """

    car_saved = Signal(int)

    def __init__(
        self,
        save: SaveCar,
        owner_name: str,
        *,
        unit: DistanceUnit,
        draft: CarDraft | None = None,
        vehicle_id: int | None = None,
        connected: bool = False,
        plan_tasks: Sequence[tuple[str, str]] = (),
        skipped_tasks: frozenset[str] = frozenset(),
        today: date | None = None,
        parent: QWidget | None = None,
        tasks: BackgroundTasks | None = None,
    ) -> None:
        super().__init__(parent, tasks=tasks)
        self._save = save
        self._unit = unit
        self._today = today or date.today()
        self._initial = draft or CarDraft()
        self.vehicle_id = vehicle_id
        self._connected = connected
        self._plan_tasks = tuple(plan_tasks)
        self._initial_skipped = skipped_tasks
        self._decoded_make = ""  # what the VIN filled in, replaced when the VIN changes (not what was typed)
        self._decoded_year: int | None = None
        if vehicle_id is None:
            self.setWindowTitle(fill(self.tr("Add a car for %1"), owner_name))
        else:
            self.setWindowTitle(fill(self.tr("Edit car of %1"), owner_name))
        self._setup_ui()
        self.set_draft(self._initial)
        self._connect_signals()

    def _setup_ui(self) -> None:
        self.problem_labels = {field: problem_label() for field in _FIELDS}
        self.vin_edit = QLineEdit()
        self.vin_edit.setPlaceholderText(self.tr("17 characters, on the windshield or the registration"))
        self.vin_edit.setMaxLength(VIN_LENGTH + 8)  # room for the spaces and dashes people group it with
        if self._connected:
            self.vin_edit.setReadOnly(True)
            self.vin_edit.setToolTip(
                self.tr("The VIN of a car linked through Smartcar comes from its maker.")
            )
        self.vin_hint = hint_label("")
        self.vin_hint.hide()
        self.make_edit = QLineEdit()
        self.make_edit.setMaxLength(CAR_MAX_LENGTHS["make"])
        self.make_edit.setPlaceholderText(self.tr("e.g. Toyota"))
        self.model_edit = QLineEdit()
        self.model_edit.setMaxLength(CAR_MAX_LENGTHS["model"])
        self.model_edit.setPlaceholderText(self.tr("e.g. Corolla"))
        self.year_spin = QSpinBox()
        self.year_spin.setRange(FIRST_MODEL_YEAR - 1, self._today.year + 1)
        self.year_spin.setSpecialValueText(self.tr("not known"))
        self.year_spin.setGroupSeparatorShown(False)
        self.plate_edit = QLineEdit()
        self.plate_edit.setMaxLength(CAR_MAX_LENGTHS["plate"])
        self.nickname_edit = QLineEdit()
        self.nickname_edit.setMaxLength(CAR_MAX_LENGTHS["nickname"])
        self.nickname_edit.setPlaceholderText(self.tr("Optional, e.g. “the blue van”"))
        self.powertrain_combo = QComboBox()
        self.powertrain_combo.addItem(self.tr("Not known (every task of the plan applies)"), "")
        for powertrain in Powertrain:
            self.powertrain_combo.addItem(powertrain_name(powertrain), SMARTCAR_TYPE[powertrain])
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._row(form, self.tr("VIN:"), self.vin_edit, "vin", self.vin_hint)
        self._row(form, self.tr("Make:"), self.make_edit, "make")
        self._row(form, self.tr("Model:"), self.model_edit, "model")
        self._row(form, self.tr("Model year:"), self.year_spin, "year")
        self._row(form, self.tr("Plate:"), self.plate_edit, "plate")
        self._row(form, self.tr("Nickname:"), self.nickname_edit, "nickname")
        self._row(form, self.tr("Powertrain:"), self.powertrain_combo, "powertrain")
        self.plan_list = QListWidget()
        self.plan_list.setToolTip(
            self.tr(
                "Untick a task that does not apply to this car (done elsewhere, no such part): it is never due."  # noqa: E501 (one literal for lupdate)
            )
        )
        for key, name in self._plan_tasks:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Unchecked if key in self._initial_skipped else Qt.CheckState.Checked
            )
            self.plan_list.addItem(item)
        rows = max(1, len(self._plan_tasks))
        self.plan_list.setFixedHeight(
            self.plan_list.sizeHintForRow(0) * rows + 2 * self.plan_list.frameWidth()
        )
        if self._plan_tasks:
            self._row(form, self.tr("Service plan:"), self.plan_list, "plan")
        else:
            self.plan_list.hide()
        self.odometer_spin: QSpinBox | None = None
        self.odometer_date: QDateEdit | None = None
        if self.vehicle_id is None:
            self.odometer_spin = QSpinBox()
            self.odometer_spin.setRange(0, int(km_to(self._unit, MAX_ODOMETER_KM)))
            self.odometer_spin.setSingleStep(100)
            self.odometer_spin.setGroupSeparatorShown(True)
            self.odometer_spin.setSuffix(f" {self._unit.value}")
            self.odometer_spin.setSpecialValueText(self.tr("not read"))
            self.odometer_date = QDateEdit(QDate(self._today.year, self._today.month, self._today.day))
            self.odometer_date.setCalendarPopup(True)
            # untranslated: a date pattern, as the service dialog's (month names follow the locale)
            self.odometer_date.setDisplayFormat("d MMM yyyy")
            self.odometer_date.setMaximumDate(QDate(self._today.year, self._today.month, self._today.day))
            self._row(form, self.tr("Odometer:"), self.odometer_spin, "odometer")
            self._row(form, self.tr("Read on:"), self.odometer_date, "date")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        ok_text = self.tr("Add car") if self.vehicle_id is None else self.tr("Save car")
        self.status_label = self.add_save_row(layout, ok_text)
        self.resize(520, 0)

    def _row(
        self, form: QFormLayout, label: str, field: QWidget, name: str, hint: QLabel | None = None
    ) -> None:
        box = QVBoxLayout()
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(field)
        if hint is not None:
            box.addWidget(hint)
        box.addWidget(self.problem_labels[name])
        cell = QWidget()
        cell.setLayout(box)
        form.addRow(label, cell)

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self.vin_edit.textEdited.connect(self._on_vin_edit_text_edited)
        for name, edit in (
            ("make", self.make_edit),
            ("model", self.model_edit),
            ("plate", self.plate_edit),
            ("nickname", self.nickname_edit),
        ):
            edit.editingFinished.connect(lambda name=name: self._check(name))
        self.year_spin.valueChanged.connect(lambda _value: self._check("year"))

    # -- the draft -------------------------------------------------------------------------------------

    def draft(self) -> CarDraft:
        year = self.year_spin.value()
        return CarDraft(
            vin=self.vin_edit.text(),
            make=self.make_edit.text(),
            model=self.model_edit.text(),
            year=None if year == self.year_spin.minimum() else year,
            plate=self.plate_edit.text(),
            nickname=self.nickname_edit.text(),
            powertrain=str(self.powertrain_combo.currentData() or ""),
        )

    def set_draft(self, draft: CarDraft) -> None:
        self.vin_edit.setText(draft.vin)
        self.make_edit.setText(make_name(draft.make))
        self.model_edit.setText(draft.model)
        self.year_spin.setValue(draft.year if draft.year is not None else self.year_spin.minimum())
        self.plate_edit.setText(draft.plate)
        self.nickname_edit.setText(draft.nickname)
        powertrain = powertrain_from_smartcar(draft.powertrain)
        self.powertrain_combo.setCurrentIndex(
            self.powertrain_combo.findData(SMARTCAR_TYPE[powertrain]) if powertrain is not None else 0
        )
        self._show_vin_reading()

    def entry(self) -> CarEntry:
        read = self.odometer_spin.value() if self.odometer_spin is not None else 0
        on = self.odometer_date.date().toPython() if self.odometer_date is not None else None
        return CarEntry(
            self.draft(),
            to_km(self._unit, read) if read else None,
            on if read else None,  # type: ignore[arg-type]
            self.skipped_tasks(),
        )

    def skipped_tasks(self) -> frozenset[str]:
        """The plan tasks left unticked."""
        items = (self.plan_list.item(row) for row in range(self.plan_list.count()))
        return frozenset(
            str(item.data(Qt.ItemDataRole.UserRole))
            for item in items
            if item.checkState() != Qt.CheckState.Checked
        )

    def has_unsaved_changes(self) -> bool:
        return (
            self.draft().cleaned() != self._initial.cleaned()
            or self.skipped_tasks() != self._initial_skipped
            or (self.odometer_spin is not None and self.odometer_spin.value() != 0)
        )

    # -- the VIN, read as it is typed --------------------------------------------------------------------

    def _on_vin_edit_text_edited(self, _text: str) -> None:
        vin = normalised_vin(self.vin_edit.text())
        if vin_problem(vin) is None:
            found_make = make_name(maker(vin) or "")
            if found_make and self.make_edit.text().strip() in ("", self._decoded_make):
                self.make_edit.setText(found_make)
                self._decoded_make = found_make
            found_year = model_year(vin, self._today.year)
            empty_year = self.year_spin.value() == self.year_spin.minimum()
            if found_year is not None and (empty_year or self.year_spin.value() == self._decoded_year):
                self.year_spin.setValue(found_year)
                self._decoded_year = found_year
        self._show_vin_reading()
        if len(vin) >= VIN_LENGTH or not self.problem_labels["vin"].isHidden():
            self._check("vin")

    def _show_vin_reading(self) -> None:
        """Under the VIN: what it says about the car, once it is a whole, valid VIN."""
        vin = normalised_vin(self.vin_edit.text())
        if not vin or vin_problem(vin) is not None:
            self.vin_hint.hide()
            return
        found_make = make_name(maker(vin) or "")
        found_year = model_year(vin, self._today.year)
        if found_make and found_year:
            text = fill(self.tr("The VIN says: %1, model year %2."), found_make, found_year)
        elif found_year:
            text = fill(self.tr("The VIN says: model year %1."), found_year)
        else:
            text = self.tr("A valid VIN.")
        self.vin_hint.setText(text)
        self.vin_hint.show()

    # -- checking and saving -----------------------------------------------------------------------------

    def _check(self, field: str) -> None:
        show_problem(self.problem_labels[field], car_problem_words(self.draft(), self._today).get(field))
        self.fit_to_contents()

    def _on_buttons_accepted(self) -> None:
        problems = car_problem_words(self.draft(), self._today)
        for field, label in self.problem_labels.items():
            show_problem(label, problems.get(field))
        if problems:
            show_problem(
                self.status_label, self.tr("Correct the fields marked in red; nothing was saved yet.")
            )
            self.fit_to_contents()
            return
        show_problem(self.status_label, None)
        self.start_saving(self._save_entry(self.entry()), "car-save")

    async def _save_entry(self, entry: CarEntry) -> None:
        try:
            vehicle_id = await self.until_saved(self._save(entry))
        except UserFacingError as exc:
            field = getattr(exc, "field", "")
            if field in self.problem_labels:
                show_problem(self.problem_labels[field], exc.words())
            show_problem(self.status_label, fill(self.tr("Not saved: %1"), exc.words()))
            self.fit_to_contents()
            return
        except Exception:
            show_problem(
                self.status_label,
                self.tr("Not saved: something went wrong inside ShopApp (see the log file)."),
            )
            raise
        self.vehicle_id = vehicle_id
        self._initial = entry.draft
        self._initial_skipped = entry.skipped_tasks
        if self.odometer_spin is not None:
            self.odometer_spin.setValue(0)
        self.car_saved.emit(vehicle_id)
        self.accept()
