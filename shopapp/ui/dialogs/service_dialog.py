"""Record a service the shop performed, or correct one it recorded: the date, the odometer, the work done
(plan tasks and other work), the cost and notes. What it counts for is shown before it is saved, because it
resets those reminders; an odometer below an earlier reading is saved only when the desk confirms it."""

from __future__ import annotations

import html
from collections.abc import Awaitable, Callable
from datetime import date
from typing import NotRequired, TypedDict

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from shopapp.domain.plan import ServicePlan
from shopapp.domain.units import DistanceUnit, km_to, to_km
from shopapp.errors import UserFacingError
from shopapp.i18n import fill
from shopapp.local_format import format_distance, short_date
from shopapp.money_format import currency_symbol
from shopapp.services.front_desk import MAX_ODOMETER_KM, OdometerBelowEarlier
from shopapp.services.service_corrections import RecordedService
from shopapp.tasks import BackgroundTasks
from shopapp.ui.dialogs.editor import EditorDialog, show_problem

NOT_ENTERED = "—"


class ServiceValues(TypedDict):
    """The keyword arguments of shopapp.services.front_desk.record_service (and of
    service_corrections.edit_service), except the car or record and the plan. `allow_below` only when the
    desk confirmed an odometer below an earlier reading."""

    performed_on: date
    task_keys: list[str]
    extra_tasks: list[str]
    odometer_km: float | None
    cost_cents: int | None
    notes: str
    allow_below: NotRequired[bool]


RecordService = Callable[[ServiceValues], Awaitable[object]]


class ServiceDialog(EditorDialog):
    """Collects one service for a vehicle and records it through `record(values)` (the window runs
    shopapp.services.front_desk.record_service, or service_corrections.edit_service for `editing`, on its
    database worker): the dialog says "Saving…" while it waits, shows the rule's sentence when the service
    is refused (and keeps every entry), and closes once it is recorded. An odometer below an earlier
    reading is put as a question ("Save anyway?"); Yes records it again with allow_below. The fields only
    mirror the rules (no date after today, no odometer beyond any car's); the use case decides. Without
    `record` the dialog just closes and the caller reads result_values(). `editing`: a service the shop
    recorded, to correct (the fields start from it).

    Signals: recorded(object) with what record() returned, before the dialog closes.
    Attributes: date_edit, odometer_spin (in the shop's unit; 0 = not read), task_boxes (task key ->
    QCheckBox), other_work_edit (one job per line), counts_label (which plan tasks the other work counts
    for), cost_spin (0 = not entered), notes_edit, message_label, saving_label, ok_button, below_box (the
    open "Save anyway?" question, if any).
    """

    recorded = Signal(object)

    def __init__(
        self,
        plan: ServicePlan,
        unit: DistanceUnit,
        *,
        vehicle_title: str = "",
        latest_odometer_km: float | None = None,
        currency: str = "",
        today: date | None = None,
        record: RecordService | None = None,
        editing: RecordedService | None = None,
        tasks: BackgroundTasks | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, tasks=tasks)
        self.below_box: QMessageBox | None = None
        self._editing = editing
        if editing is not None:  # its own odometer, kept exactly when the field is left as it is
            latest_odometer_km = editing.odometer_km
        self._currency = currency
        self._plan = plan
        self._unit = unit
        self._record = record
        self._today = today or date.today()
        self._latest_odometer_km = latest_odometer_km
        self._vehicle_title = vehicle_title
        if editing is not None and vehicle_title:
            self.setWindowTitle(fill(self.tr("Edit service — %1"), vehicle_title))
        elif editing is not None:
            self.setWindowTitle(self.tr("Edit service"))
        elif vehicle_title:
            self.setWindowTitle(fill(self.tr("Record a service — %1"), vehicle_title))
        else:
            self.setWindowTitle(self.tr("Record a service"))
        self._setup_ui()
        if editing is not None:
            self._fill_from(editing)
        self._connect_signals()
        self._initial = self.result_values()

    def _setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        if self._vehicle_title:
            heading = QLabel(f"<b>{html.escape(self._vehicle_title)}</b>")
            layout.addWidget(heading)

        form = QFormLayout()
        self.date_edit = QDateEdit(_qdate(self._today))
        self.date_edit.setCalendarPopup(True)
        # untranslated: a date pattern, as local_format.short_date (month names follow the locale)
        self.date_edit.setDisplayFormat("d MMM yyyy")
        self.date_edit.setMaximumDate(_qdate(self._today))  # a service cannot be recorded ahead of time
        self.date_edit.setMinimumDate(QDate(1990, 1, 1))
        form.addRow(self.tr("Date:"), self.date_edit)

        self.odometer_spin = QSpinBox()
        self.odometer_spin.setRange(0, int(km_to(self._unit, MAX_ODOMETER_KM)))
        self.odometer_spin.setSingleStep(100)
        self.odometer_spin.setGroupSeparatorShown(True)
        self.odometer_spin.setSuffix(f" {self._unit.value}")
        self.odometer_spin.setSpecialValueText(self.tr("not read"))
        if self._latest_odometer_km is not None:
            self.odometer_spin.setValue(round(km_to(self._unit, self._latest_odometer_km)))
        self.odometer_spin.setToolTip(
            self.tr("Filled in with the car's latest reading; correct it to what the dashboard showed.")
        )
        form.addRow(self.tr("Odometer:"), self.odometer_spin)

        work = QGroupBox(self.tr("Work done"))
        grid = QGridLayout(work)
        self.task_boxes: dict[str, QCheckBox] = {}
        for index, task in enumerate(self._plan.tasks):
            box = QCheckBox(task.name)
            self.task_boxes[task.key] = box
            grid.addWidget(box, index // 2, index % 2)
        row = (len(self._plan.tasks) + 1) // 2
        grid.addWidget(QLabel(self.tr("Other work (one job per line):")), row, 0, 1, 2)
        self.other_work_edit = QPlainTextEdit()
        self.other_work_edit.setPlaceholderText(self.tr("e.g. Replaced wiper blades"))
        self.other_work_edit.setTabChangesFocus(True)
        self.other_work_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        grid.addWidget(self.other_work_edit, row + 1, 0, 1, 2)
        self.counts_label = QLabel()
        self.counts_label.setWordWrap(True)
        self.counts_label.hide()
        grid.addWidget(self.counts_label, row + 2, 0, 1, 2)
        form.addRow(work)

        self.cost_spin = QDoubleSpinBox()
        self.cost_spin.setRange(0, 1_000_000)
        self.cost_spin.setDecimals(2)
        self.cost_spin.setGroupSeparatorShown(True)
        self.cost_spin.setSpecialValueText(NOT_ENTERED)
        # The shop's money ("Cost ($):"): a cost typed at the counter is in the shop's currency.
        self.cost_label = QLabel(
            fill(self.tr("Cost (%1):"), currency_symbol(self._currency))
            if self._currency
            else self.tr("Cost:")
        )
        form.addRow(self.cost_label, self.cost_spin)
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        form.addRow(self.tr("Notes:"), self.notes_edit)
        layout.addLayout(form)

        self.message_label = self.add_save_row(
            layout, self.tr("Save changes") if self._editing is not None else self.tr("Record service")
        )
        self.resize(480, 0)

    def _fill_from(self, service: RecordedService) -> None:
        self.date_edit.setDate(_qdate(service.performed_on))
        for key in service.task_keys:
            if key in self.task_boxes:
                self.task_boxes[key].setChecked(True)
        self.other_work_edit.setPlainText("\n".join(service.extra_tasks))
        self.cost_spin.setValue((service.cost_cents or 0) / 100)
        self.notes_edit.setPlainText(service.notes)

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self.other_work_edit.textChanged.connect(self._on_other_work_edit_text_changed)
        for box in self.task_boxes.values():
            box.toggled.connect(self._on_task_box_toggled)

    # -- values ------------------------------------------------------------------------------------

    def result_values(self) -> ServiceValues:
        """What record_service needs; distances in km, the cost in cents (None when not entered)."""
        shown = self.odometer_spin.value()
        latest = self._latest_odometer_km
        if shown == 0:
            odometer_km = None
        elif latest is not None and shown == round(km_to(self._unit, latest)):
            odometer_km = latest  # untouched: keep the reading itself, not its rounded display
        else:
            odometer_km = to_km(self._unit, shown)
        cost = round(self.cost_spin.value() * 100)
        return ServiceValues(
            performed_on=self._performed_on(),
            task_keys=[key for key, box in self.task_boxes.items() if box.isChecked()],
            extra_tasks=self._other_work(),
            odometer_km=odometer_km,
            cost_cents=cost or None,
            notes=self.notes_edit.toPlainText().strip(),
        )

    def _performed_on(self) -> date:
        picked = self.date_edit.date()  # (QDate.toPython() is typed as object)
        return date(picked.year(), picked.month(), picked.day())

    def _other_work(self) -> list[str]:
        return [line.strip() for line in self.other_work_edit.toPlainText().splitlines() if line.strip()]

    def has_unsaved_changes(self) -> bool:
        return self.result_values() != self._initial

    # -- slots -------------------------------------------------------------------------------------

    def _on_task_box_toggled(self, _checked: bool) -> None:
        show_problem(self.message_label, None)

    def _on_other_work_edit_text_changed(self) -> None:
        show_problem(self.message_label, None)
        # Free text resets a plan task when it names one ("Rotated tires"); say so before it is saved,
        # so "oil top-up" does not silently restart the oil-change reminder.
        counted = []
        for line in self._other_work():
            task = self._plan.task_for_description(line)
            if task is not None:
                counted.append(fill(self.tr("“%1” counts as %2"), line, task.name))
        self.counts_label.setText("; ".join(counted) + "." if counted else "")
        self.counts_label.setVisible(bool(counted))
        self.fit_to_contents()

    def _on_buttons_accepted(self) -> None:
        values = self.result_values()
        if not values["task_keys"] and not values["extra_tasks"]:
            self._refuse(self.tr("Tick the work done, or describe it under Other work."), "work")
            return
        if self._record is None:
            self.accept()
            return
        show_problem(self.message_label, None)
        self.start_saving(self._record_values(values), "record-service")

    async def _record_values(self, values: ServiceValues) -> None:
        try:
            outcome = await self.until_saved(self._record(values))  # type: ignore[misc]
        except OdometerBelowEarlier as exc:
            self._refuse(exc.words(), exc.field)
            if not values.get("allow_below"):
                self._ask_save_below(values, exc)
            return
        except UserFacingError as exc:
            self._refuse(exc.words(), getattr(exc, "field", ""))
            return
        except Exception:
            bug = self.tr(
                "The service was not recorded: something went wrong inside ShopApp (see the log file)."
            )
            self._refuse(bug, "")
            raise  # a bug: the window logs it and names the log file
        self._initial = self.result_values()
        self.recorded.emit(outcome)
        self.accept()

    def _ask_save_below(self, values: ServiceValues, refusal: OdometerBelowEarlier) -> None:
        """Below an earlier reading is sometimes right (the earlier one was mistyped, or the instrument
        cluster was replaced): the desk decides, with both numbers in front of it. A box that answers later,
        never a blocking exec() (it would halt the event loop's tasks)."""
        typed = values["odometer_km"]
        assert typed is not None
        question = self.tr("Save anyway?")
        box = QMessageBox(
            QMessageBox.Icon.Question, question, question, QMessageBox.StandardButton.NoButton, self
        )
        box.setText(
            fill(
                self.tr("The odometer you entered (%1) is below the %2 on record from %3. Save anyway?"),
                format_distance(typed, self._unit),
                format_distance(refusal.earlier.km, self._unit),
                short_date(refusal.earlier.on, self._today),
            )
        )
        box.setInformativeText(
            self.tr(
                "Save anyway if the earlier number was wrong: it is then left out of the car's forecasts."
            )
        )
        save = box.addButton(self.tr("Save anyway"), QMessageBox.ButtonRole.YesRole)
        correct = box.addButton(self.tr("Correct the number"), QMessageBox.ButtonRole.NoRole)
        box.setDefaultButton(correct)
        box.setEscapeButton(correct)
        box.finished.connect(lambda _result: self._on_below_box_finished(values, box.clickedButton() is save))
        self.below_box = box
        box.open()

    def _on_below_box_finished(self, values: ServiceValues, save: bool) -> None:
        self.below_box = None
        if save:
            show_problem(self.message_label, None)
            self.start_saving(self._record_values({**values, "allow_below": True}), "record-service")
        else:
            self.odometer_spin.setFocus()

    def _refuse(self, message: str, field: str) -> None:
        """Shows why the service cannot be recorded and puts the cursor where the fix goes."""
        show_problem(self.message_label, message)
        widget = {
            "date": self.date_edit,
            "odometer": self.odometer_spin,
            "cost": self.cost_spin,
            "work": self.other_work_edit,
        }.get(field)
        if widget is not None:
            widget.setFocus()
        self.fit_to_contents()


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)
