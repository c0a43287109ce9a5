"""The service plan as the shop edits it: one row per task with its intervals (in the shop's unit), oil-life
floor, history keywords and the kinds of car it applies to, the oil change for cars that cannot report oil
life, and the "due soon" windows. Distances are kept in km underneath, so switching mi/km or saving
untouched rows changes nothing."""

from __future__ import annotations

import re
from dataclasses import replace

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from shopapp.domain.plan import ServicePlan, ServiceTask, Triggers, WarningWindows, default_plan
from shopapp.domain.powertrain import EVERY_POWERTRAIN, Powertrain
from shopapp.domain.units import DistanceUnit, km_to, to_km
from shopapp.i18n import fill
from shopapp.local_format import whole_number
from shopapp.ui.dialogs.editor import problem_label, show_problem
from shopapp.ui.dialogs.powertrain_choice import PowertrainChoiceButton

COL_NAME, COL_DISTANCE, COL_MONTHS, COL_OIL, COL_KEYWORDS, COL_EXCLUSIONS, COL_POWERTRAINS = range(7)
NONE_TEXT = "—"  # 0 in a number cell: the task has no such trigger
TASK_ROLE = Qt.ItemDataRole.UserRole  # on the name cell: the ServiceTask the row was loaded from (None: new)
KM_ROLE = Qt.ItemDataRole.UserRole + 1  # on the distance cell: the interval in km
POWERTRAINS_ROLE = Qt.ItemDataRole.UserRole + 2  # on the "For" cell: the frozenset of powertrains
MAX_DISTANCE = 1_000_000
MAX_MONTHS = 240


def km_after_edit(shown: int, km: float | None, unit: DistanceUnit) -> float | None:
    """The km behind a whole number shown in `unit`: the exact km while the number is the one it displays
    as, so opening and saving never drifts by a rounding; 0 means none."""
    if shown == 0:
        return None
    if km is not None and shown == round(km_to(unit, km)):
        return km
    return to_km(unit, shown)


def shown_distance(km: float | None, unit: DistanceUnit) -> int:
    return 0 if km is None else round(km_to(unit, km))


def words(text: str) -> tuple[str, ...]:
    """ "oil, Oil filter" -> ("oil", "Oil filter")"""
    return tuple(part.strip() for part in text.split(",") if part.strip())


def new_task_key(name: str, taken: set[str]) -> str:
    """A stable key for a new task (stored with service records), from its name at creation."""
    base = re.sub(r"[^a-z0-9]+", "_", name.casefold()).strip("_")[:40] or "task"
    key, number = base, 2
    while key in taken:
        key, number = f"{base}_{number}", number + 1
    return key


class _PlanCellDelegate(QStyledItemDelegate):
    """Whole-number editors with a range and "—" for none; numbers shown with the shop's unit."""

    def __init__(self, editor: PlanEditorWidget) -> None:
        super().__init__(editor)
        self._editor = editor

    def createEditor(self, parent, option, index):
        column = index.column()
        if column not in (COL_DISTANCE, COL_MONTHS, COL_OIL):
            return super().createEditor(parent, option, index)
        spin = QSpinBox(parent)
        spin.setSpecialValueText(NONE_TEXT)
        spin.setAlignment(Qt.AlignmentFlag.AlignRight)
        if column == COL_DISTANCE:
            spin.setRange(0, MAX_DISTANCE)
            spin.setSingleStep(500)
            spin.setGroupSeparatorShown(True)
            spin.setSuffix(f" {self._editor.unit.value}")
        elif column == COL_MONTHS:
            spin.setRange(0, MAX_MONTHS)
        else:
            spin.setRange(0, 99)
            spin.setSuffix(" %")
        return spin

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        column = index.column()
        if column in (COL_DISTANCE, COL_MONTHS, COL_OIL):
            value = index.data(Qt.ItemDataRole.EditRole) or 0
            if not value:
                option.text = NONE_TEXT
            elif column == COL_OIL:
                option.text = f"{value} %"
            else:  # the header names the unit
                option.text = whole_number(value)


class PlanEditorWidget(QWidget):
    """Edits a ServicePlan; plan() builds the edited one, problems() says why it cannot be saved yet.

    Signals: plan_edited() on any change.
    Attributes: table, add_button, remove_button, default_button, fallback_distance_spin,
    fallback_months_spin (oil change for cars without an oil-life reading), soon_days_spin,
    soon_distance_spin ("due soon" windows), problems_label, unit.
    """

    plan_edited = Signal()

    def __init__(self, plan: ServicePlan, unit: DistanceUnit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.unit = unit
        self._original = plan
        self._loading = False
        self._setup_ui()
        self._connect_signals()
        self.load(plan)

    def _setup_ui(self) -> None:
        intro = QLabel(
            self.tr(
                "A task is due at whichever comes first. Keywords pick the task out of a car's service history from Smartcar (“rotat” finds “Tire rotation” and “Rotated tires”)."  # noqa: E501 (one literal for lupdate)
            )
        )
        intro.setWordWrap(True)

        self.table = QTableWidget(0, 7)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Task"),
                self._distance_title(self.unit),
                self.tr("Every (months)"),
                self.tr("Oil life floor"),
                self.tr("History keywords"),
                self.tr("Except"),
                self.tr("For"),
            ]
        )
        tips = (
            self.tr("What the front desk and the letters call it"),
            self.tr("Distance since the last service (— for none)"),
            self.tr("Months since the last service (— for none)"),
            self.tr("Due when the car reports this much oil life or less (— for none)"),
            self.tr("Comma-separated words that mark this task in Smartcar's service history"),
            self.tr("Words that rule a history entry out (e.g. “cabin” for the engine air filter)"),
            self.tr("The kinds of car that get this task (an electric car has no engine oil or air filter)"),
        )
        for column, tip in enumerate(tips):
            header_item = self._header(column)
            header_item.setToolTip(tip)
        self.table.setItemDelegate(_PlanCellDelegate(self))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_KEYWORDS, QHeaderView.ResizeMode.Stretch)
        for column in (COL_DISTANCE, COL_MONTHS, COL_OIL, COL_EXCLUSIONS, COL_POWERTRAINS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

        self.add_button = QPushButton(self.tr("Add task"))
        self.remove_button = QPushButton(self.tr("Remove task"))
        self.default_button = QPushButton(self.tr("Default plan"))
        self.default_button.setToolTip(
            self.tr("Put back the tasks ShopApp comes with (saved only with Save)")
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.default_button)

        self.fallback_distance_spin = self._distance_spin()
        self.fallback_months_spin = self._months_spin()
        self.fallback_group = QGroupBox(self.tr("Oil change when a car cannot report its oil life"))
        fallback = QHBoxLayout(self.fallback_group)
        fallback.addWidget(QLabel(self.tr("Every")))
        fallback.addWidget(self.fallback_distance_spin)
        fallback.addWidget(QLabel(self.tr("or")))
        fallback.addWidget(self.fallback_months_spin)
        fallback.addStretch(1)

        self.soon_days_spin = QSpinBox()
        self.soon_days_spin.setRange(0, 365)
        self.soon_days_spin.setSuffix(self.tr(" days"))
        self.soon_distance_spin = self._distance_spin()
        soon = QGroupBox(self.tr("“Due soon” starts"))
        soon_grid = QGridLayout(soon)
        soon_grid.addWidget(self.soon_days_spin, 0, 0)
        soon_grid.addWidget(QLabel(self.tr("before a due date")), 0, 1)
        soon_grid.addWidget(self.soon_distance_spin, 1, 0)
        distance_words = QLabel(self.tr("before a due distance"))
        distance_words.setToolTip(
            self.tr("Or earlier for a car that covers more than this in 30 days of driving.")
        )
        soon_grid.addWidget(distance_words, 1, 1)
        soon_grid.setColumnStretch(1, 1)

        lower = QHBoxLayout()
        lower.addWidget(self.fallback_group, 2)
        lower.addWidget(soon, 3)

        self.problems_label = problem_label()
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addLayout(lower)
        layout.addWidget(self.problems_label)

    def _distance_title(self, unit: DistanceUnit) -> str:
        """The distance column's title: "Every (mi)"."""
        return fill(self.tr("Every (%1)"), unit.value)

    def _distance_spin(self) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(0, MAX_DISTANCE)
        spin.setSingleStep(500)
        spin.setGroupSeparatorShown(True)
        spin.setSpecialValueText(NONE_TEXT)
        spin.setSuffix(f" {self.unit.value}")
        return spin

    def _months_spin(self) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(0, MAX_MONTHS)
        spin.setSpecialValueText(NONE_TEXT)
        spin.setSuffix(self.tr(" months"))
        return spin

    def _connect_signals(self) -> None:
        self.table.itemChanged.connect(self._on_table_item_changed)
        self.table.itemSelectionChanged.connect(self._on_table_item_selection_changed)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.default_button.clicked.connect(self._on_default_button_clicked)
        self.fallback_distance_spin.valueChanged.connect(self._on_fallback_distance_spin_value_changed)
        self.soon_distance_spin.valueChanged.connect(self._on_soon_distance_spin_value_changed)
        self.fallback_months_spin.valueChanged.connect(self._on_fallback_months_spin_value_changed)
        self.soon_days_spin.valueChanged.connect(self._on_soon_days_spin_value_changed)

    # -- loading -----------------------------------------------------------------------------------

    def load(self, plan: ServicePlan) -> None:
        """Shows `plan` (what plan() builds until something is edited)."""
        self._loading = True
        try:
            self.table.setRowCount(0)
            for task in plan.tasks:
                self._append_row(task)
            oil = self._oil_task_row_task()
            fallback = None
            if oil is not None:
                fallback = oil.triggers_without_oil_life or replace(oil.triggers, oil_life_floor=None)
            self._fallback = oil.triggers_without_oil_life if oil else None
            self._fallback_km = fallback.distance_km if fallback else None
            self.fallback_distance_spin.setValue(shown_distance(self._fallback_km, self.unit))
            self.fallback_months_spin.setValue((fallback.months or 0) if fallback else 0)
            self._fallback_shown = self._fallback_values()
            windows = plan.tasks[0].windows if plan.tasks else WarningWindows()
            self._soon_days = windows.days_before
            self._soon_km = windows.distance_km
            self._loaded_soon = (self._soon_days, self._soon_km)
            self.soon_days_spin.setValue(windows.days_before)
            self.soon_distance_spin.setValue(shown_distance(windows.distance_km, self.unit))
        finally:
            self._loading = False
        self._update_buttons()

    def _append_row(self, task: ServiceTask | None) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        triggers = task.triggers if task else Triggers(months=12)
        name = QTableWidgetItem(task.name if task else "")
        name.setData(TASK_ROLE, task)
        self.table.setItem(row, COL_NAME, name)
        distance = self._number_item(shown_distance(triggers.distance_km, self.unit))
        distance.setData(KM_ROLE, triggers.distance_km)
        self.table.setItem(row, COL_DISTANCE, distance)
        self.table.setItem(row, COL_MONTHS, self._number_item(triggers.months or 0))
        floor = triggers.oil_life_floor
        self.table.setItem(row, COL_OIL, self._number_item(round(floor * 100) if floor is not None else 0))
        self.table.setItem(row, COL_KEYWORDS, QTableWidgetItem(", ".join(task.keywords) if task else ""))
        self.table.setItem(row, COL_EXCLUSIONS, QTableWidgetItem(", ".join(task.exclusions) if task else ""))
        self._add_powertrain_choice(row, task.powertrains if task else EVERY_POWERTRAIN)
        return row

    def _add_powertrain_choice(self, row: int, chosen: frozenset[Powertrain]) -> None:
        """The "For" cell keeps the choice (so plan() reads every row alike); its button edits it."""
        item = QTableWidgetItem()
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        item.setData(POWERTRAINS_ROLE, chosen)
        self.table.setItem(row, COL_POWERTRAINS, item)
        button = PowertrainChoiceButton(chosen)
        button.chosen_changed.connect(lambda chosen, item=item: item.setData(POWERTRAINS_ROLE, chosen))
        self.table.setCellWidget(row, COL_POWERTRAINS, button)

    def _row_powertrains(self, row: int) -> frozenset[Powertrain]:
        return frozenset(self._cell(row, COL_POWERTRAINS).data(POWERTRAINS_ROLE))

    def _cell(self, row: int, column: int) -> QTableWidgetItem:
        """The item at (row, column): _append_row gives every cell of a row one."""
        item = self.table.item(row, column)
        if item is None:
            raise LookupError(f"The plan table has no item at row {row}, column {column}.")
        return item

    def _header(self, column: int) -> QTableWidgetItem:
        """The column's header item: setHorizontalHeaderLabels gives every column one."""
        item = self.table.horizontalHeaderItem(column)
        if item is None:
            raise LookupError(f"The plan table has no header item for column {column}.")
        return item

    @staticmethod
    def _number_item(value: int) -> QTableWidgetItem:
        item = QTableWidgetItem()
        item.setData(Qt.ItemDataRole.EditRole, value)
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return item

    def _row_task(self, row: int) -> ServiceTask | None:
        return self._cell(row, COL_NAME).data(TASK_ROLE)

    def _oil_task_row_task(self) -> ServiceTask | None:
        for row in range(self.table.rowCount()):
            task = self._row_task(row)
            if task is not None and task.oil_change:
                return task
        return None

    def _fallback_values(self) -> tuple[float | None, int]:
        return (self._fallback_km, self.fallback_months_spin.value())

    # -- the shop's unit ---------------------------------------------------------------------------

    def set_unit(self, unit: DistanceUnit) -> None:
        """Shows every distance in `unit` (the km behind them do not change)."""
        if unit is self.unit:
            return
        self._loading = True
        try:
            self.unit = unit
            self._header(COL_DISTANCE).setText(self._distance_title(unit))
            for row in range(self.table.rowCount()):
                item = self._cell(row, COL_DISTANCE)
                item.setData(Qt.ItemDataRole.EditRole, shown_distance(item.data(KM_ROLE), unit))
            for spin, km in (
                (self.fallback_distance_spin, self._fallback_km),
                (self.soon_distance_spin, self._soon_km),
            ):
                spin.setSuffix(f" {unit.value}")
                spin.setValue(shown_distance(km, unit))
        finally:
            self._loading = False
        self.table.viewport().update()

    # -- building the plan ---------------------------------------------------------------------------

    def problems(self) -> list[str]:
        """Why the plan cannot be saved as it stands; empty when it can."""
        found = []
        if self.table.rowCount() == 0:
            found.append(
                self.tr("The plan needs at least one task (with none, ShopApp would use its default plan).")
            )
        names: dict[str, int] = {}
        for row in range(self.table.rowCount()):
            name = self._cell(row, COL_NAME).text().strip()
            if not name:
                found.append(fill(self.tr("Task %1 needs a name."), row + 1))
                continue
            if name.casefold() in names:
                found.append(fill(self.tr("Two tasks are called “%1”."), name))
            names[name.casefold()] = row
            if not self._row_powertrains(row):
                found.append(
                    fill(self.tr("“%1” applies to no kind of car: tick at least one under For."), name)
                )
            if self._row_triggers(row).empty:
                found.append(
                    fill(
                        self.tr("“%1” has no interval and no oil-life floor, so it would never be due."), name
                    )
                )
        task = self._oil_task_row_task()
        if (
            task is not None
            and self.fallback_distance_spin.value() == 0
            and self.fallback_months_spin.value() == 0
        ):
            found.append(
                fill(
                    self.tr("%1 for cars that cannot report oil life needs a distance or months."), task.name
                )
            )
        return found

    def show_problems(self) -> bool:
        """Shows what is wrong under the table; True when nothing is."""
        found = self.problems()
        show_problem(self.problems_label, "\n".join(found))
        return not found

    def plan(self) -> ServicePlan:
        """The plan as edited. Call problems() first: a plan with problems is built anyway."""
        soon_edited = (self._soon_days, self._soon_km) != self._loaded_soon
        taken = {task.key for row in range(self.table.rowCount()) if (task := self._row_task(row))}
        tasks: list[ServiceTask] = []
        for row in range(self.table.rowCount()):
            original = self._row_task(row)
            name = self._cell(row, COL_NAME).text().strip()
            keywords = self._row_words(row, COL_KEYWORDS, original.keywords if original else ())
            exclusions = self._row_words(row, COL_EXCLUSIONS, original.exclusions if original else ())
            if original is None:
                key = new_task_key(name, taken)
                taken.add(key)
                task = ServiceTask(key=key, name=name, triggers=self._row_triggers(row))
                task = replace(task, windows=tasks[0].windows if tasks else WarningWindows())
            else:
                task = replace(original, name=name, triggers=self._row_triggers(row))
            task = replace(
                task, keywords=keywords, exclusions=exclusions, powertrains=self._row_powertrains(row)
            )
            if task.oil_change:
                task = replace(task, triggers_without_oil_life=self._fallback_triggers())
            if soon_edited:  # one window for the whole plan, as the tab shows it
                task = replace(
                    task,
                    windows=replace(
                        task.windows, days_before=self._soon_days, distance_km=self._soon_km or 0.0
                    ),
                )
            tasks.append(task)
        return ServicePlan(tasks=tuple(tasks))

    def has_changes(self) -> bool:
        return bool(self.problems()) or self.plan() != self._original

    def mark_saved(self) -> None:
        """The plan on screen is now the stored one."""
        self._original = self.plan()

    def _row_triggers(self, row: int) -> Triggers:
        original = self._row_task(row)
        months = self._cell(row, COL_MONTHS).data(Qt.ItemDataRole.EditRole) or 0
        percent = self._cell(row, COL_OIL).data(Qt.ItemDataRole.EditRole) or 0
        floor = percent / 100 if percent else None
        kept = original.triggers.oil_life_floor if original is not None else None
        if kept is not None and round(kept * 100) == percent:
            floor = kept  # untouched: keep it exactly as it was, not as its rounded percentage
        return Triggers(
            distance_km=self._cell(row, COL_DISTANCE).data(KM_ROLE),
            months=months or None,
            oil_life_floor=floor,
        )

    def _row_words(self, row: int, column: int, original: tuple[str, ...]) -> tuple[str, ...]:
        text = self._cell(row, column).text()
        return original if text == ", ".join(original) else words(text)

    def _fallback_triggers(self) -> Triggers | None:
        if self._fallback_values() == self._fallback_shown:
            return self._fallback  # untouched (None: the task's own triggers without the oil-life floor)
        return Triggers(distance_km=self._fallback_km, months=self.fallback_months_spin.value() or None)

    # -- slots -------------------------------------------------------------------------------------

    def _on_table_item_changed(self, item: QTableWidgetItem) -> None:
        if self._loading:
            return
        if item.column() == COL_DISTANCE:
            km = km_after_edit(item.data(Qt.ItemDataRole.EditRole) or 0, item.data(KM_ROLE), self.unit)
            if km != item.data(KM_ROLE):
                self._loading = True
                try:
                    item.setData(KM_ROLE, km)
                finally:
                    self._loading = False
        self._edited()

    def _on_table_item_selection_changed(self) -> None:
        self._update_buttons()

    def _on_add_button_clicked(self) -> None:
        self._loading = True
        try:
            row = self._append_row(None)
        finally:
            self._loading = False
        self.table.setCurrentCell(row, COL_NAME)
        self.table.editItem(self._cell(row, COL_NAME))
        self._edited()

    def _on_remove_button_clicked(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self._edited()

    def _on_default_button_clicked(self) -> None:
        self.load(default_plan())  # _original stays the stored plan: this is an edit, saved with Save
        self._edited()

    def _on_fallback_distance_spin_value_changed(self, shown: int) -> None:
        if not self._loading:
            self._fallback_km = km_after_edit(shown, self._fallback_km, self.unit)
            self._edited()

    def _on_soon_distance_spin_value_changed(self, shown: int) -> None:
        if not self._loading:
            self._soon_km = km_after_edit(shown, self._soon_km, self.unit) or 0.0
            self._edited()

    def _on_soon_days_spin_value_changed(self, days: int) -> None:
        if not self._loading:
            self._soon_days = days
            self._edited()

    def _on_fallback_months_spin_value_changed(self, _months: int) -> None:
        if not self._loading:
            self._edited()

    def _edited(self) -> None:
        self._update_buttons()
        if not self.problems_label.isHidden():
            self.show_problems()
        self.plan_edited.emit()

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(self.table.currentRow() >= 0)
        self.fallback_group.setEnabled(self._oil_task_row_task() is not None)
