"""What the front desk does with customers and their cars, from the Customers workspace and the due list's
row menu alike: edit or add a customer, add or edit a car, move a car, merge two customers, remove a car or a
customer (what it takes along said first) and undo a removal for the rest of the session. Reads run on the
window's reader, writes through its write() on the database writer."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, replace
from functools import partial
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QMainWindow, QMessageBox

from shopapp.domain.contact import CustomerDraft
from shopapp.errors import UserFacingError
from shopapp.i18n import fill
from shopapp.services import cars, customer_book
from shopapp.services.customer_book import CustomerPage, RemovedRows
from shopapp.services.front_desk import customer_draft, save_customer
from shopapp.services.removal_words import RemovalWords
from shopapp.services.shop_session import DatabaseWorker, ShopSession
from shopapp.services.smartcar_link import end_smartcar_link
from shopapp.tasks import BackgroundTasks
from shopapp.ui.customers.customer_chooser import CustomerChooserDialog
from shopapp.ui.customers.workspace import CustomersWorkspace
from shopapp.ui.dialogs.car_dialog import CarDialog, CarEntry
from shopapp.ui.dialogs.customer_dialog import CustomerDialog
from shopapp.ui.window_flow import WindowFlow

Write = Callable[..., Awaitable[Any]]


@dataclass(frozen=True, slots=True)
class Removal:
    """A removal the session can undo: what it took, what it was called ("Anna Walker", "2019 Ford
    Focus") and, for a car, whose it was."""

    rows: RemovedRows
    name: str
    owner: str  # the car's customer when a car was removed (said when they are gone by the undo)
    owner_id: int | None  # and their id (None for a customer's removal)


class CustomerBookFlow(WindowFlow):
    """Signals: changed() after any write (the window reloads its due list); list_loaded(int) each time the
    customer list is shown anew; page_shown(int) when a customer's page is filled; customer_saved(int, bool)
    with the customer's id and whether they were added (not edited); removed(str) with the words said after a
    removal; undo_changed(str) with the Undo button's words ("" when there is nothing to undo or an undo
    runs); restored(str) with the words said after an undo.

    Attributes: workspace; the dialogs it opened last (customer_dialog, car_dialog, chooser,
    merge_box, removal_box) for tests; removals (the session's undo stack)."""

    changed = Signal()
    list_loaded = Signal(int)
    page_shown = Signal(int)
    customer_saved = Signal(int, bool)
    removed = Signal(str)
    undo_changed = Signal(str)
    restored = Signal(str)

    customer_dialog: CustomerDialog
    car_dialog: CarDialog
    chooser: CustomerChooserDialog
    merge_box: QMessageBox
    removal_box: QMessageBox

    def __init__(
        self,
        window: QMainWindow,
        session: ShopSession,
        tasks: BackgroundTasks,
        reader: DatabaseWorker,
        write: Write,
        workspace: CustomersWorkspace,
    ) -> None:
        super().__init__(window, session, tasks, reader)
        self._main_window = window
        self._write = write
        self.workspace = workspace
        self.removals: list[Removal] = []
        self._undoing = False
        self._merged_into: dict[int, str] = {}  # customer merged away this session -> the kept one's name
        page = workspace.page
        workspace.customer_chosen.connect(self.show_page)
        workspace.new_customer_requested.connect(self.new_customer)
        page.edit_customer_requested.connect(self.edit_customer)
        page.add_car_requested.connect(self.add_car)
        page.merge_requested.connect(self.merge)
        page.remove_customer_requested.connect(self.remove_customer)
        page.edit_car_requested.connect(self.edit_car)
        page.move_car_requested.connect(self.move_car)
        page.remove_car_requested.connect(self.remove_car)

    # -- reading -----------------------------------------------------------------------------------------

    def reload(self) -> None:
        self._tasks.start(self.load_list(), name="customer-list")

    async def load_list(self) -> None:
        entries = await self._reader.run(customer_book.customer_list)
        self.workspace.set_entries(entries)
        chosen = self.workspace.selected_customer_id()
        if chosen is not None:
            await self._load_page(chosen)
        self.list_loaded.emit(len(entries))

    def show_page(self, customer_id: int) -> None:
        self._tasks.start(self._load_page(customer_id), name="customer-page")

    async def _load_page(self, customer_id: int) -> None:
        try:
            page = await self._reader.run(customer_book.customer_page, customer_id)
        except customer_book.UnknownCustomer:
            self.reload()  # removed on another PC meanwhile: the list drops them
            return
        self.workspace.page.show_customer(page, self._session.unit(), self._session.currency())
        self.page_shown.emit(customer_id)

    async def _page(self, customer_id: int) -> CustomerPage:
        return await self._reader.run(customer_book.customer_page, customer_id)

    # -- customers ---------------------------------------------------------------------------------------

    def new_customer(self) -> None:
        self._open_customer_dialog(None, None)

    def edit_customer(self, customer_id: int) -> None:
        self._tasks.start(self._edit_customer(customer_id))

    async def _edit_customer(self, customer_id: int) -> None:
        try:
            draft = await self._reader.run(customer_draft, customer_id)
        except UserFacingError as exc:  # removed on another PC since the list was read
            self._window_message(exc.words())
            self._after_write()
            return
        self._open_customer_dialog(customer_id, draft)

    def _open_customer_dialog(self, customer_id: int | None, draft: CustomerDraft | None) -> None:
        dialog = CustomerDialog(
            partial(self._write, save_customer), draft, customer_id, self._window, tasks=self._tasks
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        added = customer_id is None
        dialog.customer_saved.connect(
            lambda saved_id: self._on_customer_dialog_customer_saved(saved_id, added)
        )
        self.customer_dialog = dialog
        dialog.open()

    def _on_customer_dialog_customer_saved(self, customer_id: int, added: bool) -> None:
        self.workspace.select_customer(customer_id)  # chosen now, selected once the list has it
        self.reload()
        self.changed.emit()
        self.customer_saved.emit(customer_id, added)

    def merge(self, customer_id: int) -> None:
        self._tasks.start(self._choose_for_merge(customer_id))

    async def _choose_for_merge(self, customer_id: int) -> None:
        page = await self._page(customer_id)
        entries = await self._reader.run(customer_book.customer_list)
        dialog = CustomerChooserDialog(
            entries,
            customer_id,
            title=fill(self.tr("Merge with %1"), page.name),
            intro=fill(
                self.tr(
                    "Choose the other record of %1. Its cars, services and letters sent move to %1, its phone, email and address fill what %1 has empty, and the other record is removed."  # noqa: E501 (one literal for lupdate)
                ),
                page.name,
            ),
            ok_text=self.tr("Merge"),
            parent=self._window,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._start_merge(customer_id, page.name, dialog.chosen_id()))
        self.chooser = dialog
        dialog.open()

    def _start_merge(self, kept_id: int, kept_name: str, other_id: int | None) -> None:
        if other_id is not None:
            self._tasks.start(self._confirm_merge(kept_id, kept_name, other_id))

    async def _confirm_merge(self, kept_id: int, kept_name: str, other_id: int) -> None:
        """The chooser takes the first match on Enter: the last word before a merge (it has no undo) names
        both customers and what moves; Keep is the default."""
        other = await self._page(other_id)
        question = fill(self.tr("Merge %1 into %2?"), other.name, kept_name)
        box = QMessageBox(
            QMessageBox.Icon.Question, question, question, QMessageBox.StandardButton.NoButton, self._window
        )
        box.setInformativeText(
            fill(
                self.tr(
                    "%n car(s) of %1 with their services, and the letters sent to %1, move to %2; then %1 is deleted. A merge cannot be undone.",  # noqa: E501 (one literal for lupdate)
                    "",
                    len(other.cars),
                ),
                other.name,
                kept_name,
            )
        )
        merge_button = box.addButton(self.tr("Merge"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Keep both"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(
            lambda _result: (
                box.clickedButton() is merge_button
                and self._tasks.start(self._merge(kept_id, kept_name, other_id))
            )
        )
        self.merge_box = box
        box.open()

    async def _merge(self, kept_id: int, kept_name: str, other_id: int) -> None:
        await self._write(customer_book.merge_customers, kept_id, other_id)
        self._merged_into[other_id] = kept_name
        self._window_message(fill(self.tr("Merged into %1: every car, service and letter kept."), kept_name))
        self.workspace.select_customer(kept_id)
        self._after_write()

    # -- cars --------------------------------------------------------------------------------------------

    def add_car(self, customer_id: int) -> None:
        self._tasks.start(self._open_car_dialog(customer_id, None))

    def edit_car(self, vehicle_id: int) -> None:
        self._tasks.start(self._open_car_dialog(None, vehicle_id))

    async def _open_car_dialog(self, customer_id: int | None, vehicle_id: int | None) -> None:
        unit = self._session.unit()
        plan = self._session.plan()
        plan_tasks = [(task.key, task.name) for task in plan.tasks]
        if vehicle_id is None:
            assert customer_id is not None
            page = await self._page(customer_id)
            owner = page.name

            async def save(entry: CarEntry) -> int:
                return await self._write(
                    partial(
                        cars.add_car,
                        customer_id,
                        entry.draft,
                        odometer_km=entry.odometer_km,
                        odometer_on=entry.odometer_on,
                        unit=unit,
                        plan_exceptions=cars.PlanExceptions(entry.skipped_tasks, plan),
                    )
                )

            dialog = CarDialog(
                save, owner, unit=unit, plan_tasks=plan_tasks, parent=self._window, tasks=self._tasks
            )
        else:
            draft = await self._reader.run(cars.car_draft, vehicle_id)
            car = await self._reader.run(customer_book.car_summary, vehicle_id)
            skipped = await self._reader.run(cars.plan_exceptions, vehicle_id)

            async def save(entry: CarEntry) -> int:
                exceptions = cars.PlanExceptions(entry.skipped_tasks, plan)
                await self._write(partial(cars.edit_car, vehicle_id, entry.draft, plan_exceptions=exceptions))
                return vehicle_id

            dialog = CarDialog(
                save,
                car.customer_name,
                unit=unit,
                draft=draft,
                vehicle_id=vehicle_id,
                connected=car.connected,
                plan_tasks=plan_tasks,
                skipped_tasks=skipped,
                parent=self._window,
                tasks=self._tasks,
            )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.car_saved.connect(self._on_car_dialog_car_saved)
        self.car_dialog = dialog
        dialog.open()

    def _on_car_dialog_car_saved(self, _vehicle_id: int) -> None:
        self._window_message(self.tr("Car saved."))
        self._after_write()

    def move_car(self, vehicle_id: int) -> None:
        self._tasks.start(self._choose_new_owner(vehicle_id))

    async def _choose_new_owner(self, vehicle_id: int) -> None:
        car = await self._reader.run(customer_book.car_summary, vehicle_id)
        title, owner, owner_id = car.title, car.customer_name, car.customer_id
        entries = await self._reader.run(customer_book.customer_list)
        dialog = CustomerChooserDialog(
            entries,
            owner_id,
            title=fill(self.tr("Move %1"), title),
            intro=fill(
                self.tr(
                    "Who owns %1 now? It moves with its readings and services; the letters already sent stay with %2."  # noqa: E501 (one literal for lupdate)
                ),
                title,
                owner,
            ),
            ok_text=self.tr("Move car"),
            parent=self._window,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._start_move(vehicle_id, title, owner_id, dialog.chosen_id()))
        self.chooser = dialog
        dialog.open()

    def _start_move(self, vehicle_id: int, title: str, owner_id: int, new_owner: int | None) -> None:
        if new_owner is not None:
            self._tasks.start(self._move(vehicle_id, title, owner_id, new_owner))

    async def _move(self, vehicle_id: int, title: str, owner_id: int, new_owner: int) -> None:
        await self._write(customer_book.move_car, vehicle_id, owner_id, new_owner)
        page = await self._page(new_owner)
        self._window_message(fill(self.tr("%1 now belongs to %2."), title, page.name))
        self.workspace.select_customer(new_owner)
        self._after_write()

    # -- removing and undoing ----------------------------------------------------------------------------

    def remove_car(self, vehicle_id: int) -> None:
        self._tasks.start(self._confirm_car_removal(vehicle_id))

    async def _confirm_car_removal(self, vehicle_id: int) -> None:
        impact = await self._reader.run(customer_book.car_removal_impact, vehicle_id)
        car = await self._reader.run(customer_book.car_summary, vehicle_id)
        linked = [vehicle_id] if car.connected else []
        self._confirm(
            fill(self.tr("Remove %1?"), car.title),
            self._takes_along(impact, linked, whole_customer=False),
            lambda: self._tasks.start(
                self._remove(
                    customer_book.remove_car,
                    vehicle_id,
                    linked,
                    car.title,
                    (car.customer_name, car.customer_id),
                )
            ),
        )

    def remove_customer(self, customer_id: int) -> None:
        self._tasks.start(self._confirm_customer_removal(customer_id))

    async def _confirm_customer_removal(self, customer_id: int) -> None:
        impact = await self._reader.run(customer_book.customer_removal_impact, customer_id)
        page = await self._page(customer_id)
        linked = [car.vehicle_id for car in page.cars if car.connected]
        self._confirm(
            fill(self.tr("Remove %1?"), page.name),
            self._takes_along(impact, linked, whole_customer=True),
            lambda: self._tasks.start(
                self._remove(customer_book.remove_customer, customer_id, linked, page.name, ("", None))
            ),
        )

    @staticmethod
    def _takes_along(impact: customer_book.RemovalImpact, linked: list[int], *, whole_customer: bool) -> str:
        """What goes along, and that the links of `linked` cars are ended first (the window does that)."""
        counted = replace(impact, connected_cars=len(linked))
        return RemovalWords().takes_along(counted, whole_customer=whole_customer)

    def _confirm(self, question: str, takes_along: str, remove: Callable[[], object]) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Question, question, question, QMessageBox.StandardButton.NoButton, self._window
        )
        box.setInformativeText(
            takes_along
            + "\n\n"
            + self.tr("You can undo this until ShopApp is closed (Customers → Undo removal).")
        )
        remove_button = box.addButton(self.tr("Remove"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Keep"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _result: box.clickedButton() is remove_button and remove())
        self.removal_box = box
        box.open()

    async def _remove(
        self,
        remove: Callable[[int], RemovedRows],
        row_id: int,
        linked: list[int],
        name: str,
        owner: tuple[str, int | None],
    ) -> None:
        """Ends each linked car's Smartcar link first (else Smartcar keeps sharing, and billing, a car the
        shop no longer has); when one cannot be ended, nothing is removed and the error says why."""
        for vehicle_id in linked:
            try:
                await end_smartcar_link(
                    self._session.link, self._session.credentials, vehicle_id, self._write
                )
            except UserFacingError as exc:
                if vehicle_id != linked[0]:
                    self._after_write()  # the links ended so far show as cars kept at the desk
                raise UserFacingError(
                    fill(
                        self.tr("Nothing was removed: the Smartcar link of a car could not be ended. %1"),
                        str(exc),
                    ),
                    what_to_do=exc.what_to_do,
                ) from exc
        rows = await self._write(remove, row_id)
        self.removals.append(Removal(rows, name, *owner))
        words = fill(self.tr("%1 removed. Undo puts it all back."), name)
        self._window_message(words)
        self.removed.emit(words)
        self.undo_changed.emit(self.undo_text())
        self._after_write()

    def undo_text(self) -> str:
        """The Undo button's words; "" while nothing can be undone or an undo is running (the menu action,
        Ctrl+Z and the status bar's button are all off then, so one removal is never put back twice)."""
        if not self.removals or self._undoing:
            return ""
        return fill(self.tr("Undo removal of %1"), self.removals[-1].name)

    def undo(self) -> None:
        if self.removals and not self._undoing:
            # Taken off the stack before the write starts: a second Ctrl+Z meanwhile finds the one below.
            self._undoing = True
            removal = self.removals.pop()
            self.undo_changed.emit(self.undo_text())
            self._tasks.start(self._undo(removal))

    async def _undo(self, removal: Removal) -> None:
        try:
            await self._write(customer_book.restore_removed, removal.rows)
        except customer_book.RestoreConflict as conflict:
            if conflict.problem is not customer_book.RestoreProblem.OWNER_GONE:
                self.removals.append(removal)  # may work once the row added since is removed
                raise
            # It can never come back as it was, so it is not offered again; the words say what to do instead.
            self._window_message(self._cannot_come_back(removal))
            self._after_write()
            return
        except BaseException:
            self.removals.append(removal)  # may work later (the database back)
            raise
        finally:
            self._undoing = False
            self.undo_changed.emit(self.undo_text())
        words = fill(self.tr("%1 is back, with everything it had."), removal.name)
        self._window_message(words)
        self.restored.emit(words)
        self._after_write()

    def _cannot_come_back(self, removal: Removal) -> str:
        kept = self._merged_into.get(removal.owner_id) if removal.owner_id is not None else None
        if kept is not None:  # merged here, this session: the car's place is known
            return fill(
                self.tr(
                    "%1 cannot come back: its customer %2 was merged into %3 since. Add the car again to %3."
                ),
                removal.name,
                removal.owner,
                kept,
            )
        return fill(
            self.tr(
                "%1 cannot come back: its customer %2 was merged into another customer or removed since. Add the car again to the customer who owns it now."  # noqa: E501 (one literal for lupdate)
            ),
            removal.name,
            removal.owner,
        )

    # -- after a change ----------------------------------------------------------------------------------

    def _after_write(self) -> None:
        self.reload()
        self.changed.emit()

    def _window_message(self, words: str) -> None:
        self._main_window.statusBar().showMessage(words, 30_000)
