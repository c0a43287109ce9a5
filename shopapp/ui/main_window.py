"""The main window: the vehicle list (who needs us and why) beside the selected car's whole story, with the
front desk's actions and the background refresh in the status bar."""

from __future__ import annotations

import asyncio
import gc
import logging
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QByteArray, QItemSelectionModel, QObject, QPoint, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStyle,
    QTableView,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from shopapp.domain.due import DueItem
from shopapp.domain.powertrain import Powertrain
from shopapp.errors import UserFacingError, bug_words
from shopapp.i18n import fill
from shopapp.local_format import clock_time
from shopapp.log import LOG_FILE_NAME, current_log_file
from shopapp.paths import log_dir
from shopapp.reports.due_export import DueExportOutcome
from shopapp.reports.due_words import item_name
from shopapp.services.customer_import import ImportOutcome
from shopapp.services.front_desk import (
    UnknownVehicle,
    choose_car_powertrain,
    clear_suppression,
    dismiss_item,
    mark_trouble_code_reviewed,
    record_service,
    snooze_item,
)
from shopapp.services.import_words import CustomerImportWords
from shopapp.services.live_feed import LiveNews
from shopapp.services.plan_store import load_plan, save_plan
from shopapp.services.refresh import RefreshSummary
from shopapp.services.shop_session import DatabaseWorker, ShopSession
from shopapp.services.vehicle_list import VehicleRow
from shopapp.tasks import BackgroundTasks
from shopapp.ui.about_dialog import AboutDialog
from shopapp.ui.app_icon import app_icon
from shopapp.ui.connect_dialog import ConnectDialog
from shopapp.ui.customers.book_flow import CustomerBookFlow
from shopapp.ui.customers.workspace import CustomersWorkspace
from shopapp.ui.dialogs.powertrain_dialog import PowertrainDialog
from shopapp.ui.dialogs.service_dialog import ServiceDialog
from shopapp.ui.dialogs.settings_dialog import SettingsDialog
from shopapp.ui.display import day_text
from shopapp.ui.end_link_flow import EndLinkFlow
from shopapp.ui.export_flow import DueExportFlow, export_words
from shopapp.ui.filter_bar import FilterBarWidget
from shopapp.ui.help_menu import install_help_and_backup
from shopapp.ui.import_dialog import CustomerImportDialog
from shopapp.ui.live_updates import LiveStatusLabel, LiveUpdates, alert_findings
from shopapp.ui.models.vehicle_table import ROW_ROLE, Column, VehicleFilterProxy, VehicleTableModel
from shopapp.ui.notifications import Notifier, findings
from shopapp.ui.panes.vehicle_detail_widget import VehicleDetailWidget
from shopapp.ui.refresh_controller import RefreshController
from shopapp.ui.refresh_status import RefreshStatusWidget
from shopapp.ui.reminders_dialog import ReminderPrintFlow, customer_scope
from shopapp.ui.row_menu import pop_up_row_menu
from shopapp.ui.service_corrections_flow import ServiceCorrectionFlow
from shopapp.ui.setup_wizard import SetupWizard
from shopapp.ui.welcome_dialog import WelcomeDialog

log = logging.getLogger(__name__)
T = TypeVar("T")
_SIZING_ROWS = 50  # rows measured (besides those in sight) when columns are sized to their contents
_REASON_MIN_WIDTH = 130  # the reason column takes the rest of the list's width, down to this
_WIDEST = {Column.CUSTOMER: 140, Column.VEHICLE: 160}  # longer names are elided (whole in the tooltip)
_EMPTY_DETAIL_WIDTH = (150, 240)  # the detail pane while no car is selected: room for its one sentence
_DETAIL_SHARE = 0.4  # the detail pane's share once a car is selected, when the list keeps all its columns
_DETAIL_MOST = 0.45  # at most this share to fit every tab title (else its tabs scroll)


class MainWindow(QMainWindow):
    """Signals: rows_loaded(int) each time the list is (re)loaded; detail_shown(int) when the selected
    car's panes are filled (its vehicle id); service_recorded(int) after a service is saved;
    item_hidden_changed(int) after a due item of that car was snoozed, dismissed or shown again;
    export_finished(DueExportOutcome) when an export ends (written, cancelled or failed);
    live_followed(LiveNews) once the list shows what another process changed (and its news is announced).

    Every write the front desk makes (a service, a customer, settings, snooze/dismiss, a reviewed code) runs
    on the window's database writer thread through write(): the event loop never waits for the disk or
    for another PC's write lock, and the status bar says "Saving…" meanwhile."""

    rows_loaded = Signal(int)
    detail_shown = Signal(int)
    service_recorded = Signal(int)
    item_hidden_changed = Signal(int)
    export_finished = Signal(object)
    live_followed = Signal(object)

    # Set by help_menu when it opens them: kept so they are not collected while open, and for tests.
    welcome_dialog: WelcomeDialog
    setup_wizard: SetupWizard
    about_dialog: AboutDialog

    def __init__(self, session: ShopSession, ui_state: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._ui_state = ui_state
        self.tasks = BackgroundTasks(on_error=self._on_background_error)
        self._reader = DatabaseWorker()  # big reads run off the event loop, one at a time
        self._writer = DatabaseWorker()  # the front desk's writes: a write waiting for a lock holds no read
        self._writes_running = 0
        self.error_box: QMessageBox | None = None  # the last error shown (tests read it)
        self._selected_id: int | None = None
        self._closing = False
        self._shutdown: asyncio.Future | None = None
        self.refresher = RefreshController(session, self.tasks, self)
        self.exporter = DueExportFlow(self, session, self.tasks, self._reader, ui_state)
        self.reminders = ReminderPrintFlow(self, session, self.tasks, self._reader)
        self.link_ender = EndLinkFlow(self, session, self.tasks, self.write)
        self._setup_ui()
        self._connect_signals()
        self._restore_state()

    # -- building -------------------------------------------------------------------------------------

    def _setup_ui(self) -> None:
        self.show_shop_name()
        self.setWindowIcon(app_icon())
        self.model = VehicleTableModel(self)
        self.proxy = VehicleFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.filter_bar = FilterBarWidget()
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Column.STATUS, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.REASON, QHeaderView.ResizeMode.Stretch)  # the rest, elided
        header.setStretchLastSection(False)
        header.setResizeContentsPrecision(_SIZING_ROWS)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)  # the whole reason is in its tooltip
        self._columns_sized = False  # sized to the contents at the first filled load, unless remembered
        self._detail_opened = False  # the detail pane gets room the first time a car is shown
        self.empty_label = QLabel(self.tr("Loading the vehicle list…"))
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        left = QWidget()
        left_layout = self._left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(6, 6, 0, 6)
        left_layout.addWidget(self.filter_bar)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.empty_label)
        self.detail = VehicleDetailWidget()
        self.detail.setMinimumWidth(_EMPTY_DETAIL_WIDTH[0])  # narrow while empty; given room once a car shows
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 1)  # a wider window widens the list
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setChildrenCollapsible(False)
        # Two workspaces: today's due list, and every customer (those without a car too).
        self.customers = CustomersWorkspace()
        self.workspaces = QTabWidget()
        self.workspaces.setObjectName("workspaces")
        self.workspaces.setDocumentMode(True)
        self.workspaces.addTab(self.splitter, self.tr("Due list"))
        self.workspaces.addTab(self.customers, self.tr("Customers"))
        self.setCentralWidget(self.workspaces)
        self.customer_book = CustomerBookFlow(
            self, self.session, self.tasks, self._reader, self.write, self.customers
        )
        self._setup_actions()
        self.refresh_status = RefreshStatusWidget()
        self.saving_label = QLabel(self.tr("Saving…"))
        self.saving_label.setToolTip(self.tr("Waiting for the shop's database to take what was entered"))
        self.saving_label.hide()
        self.ready_label = QLabel()  # "Ready · 35 cars · refreshed 11:27" once the list is loaded
        self.statusBar().addWidget(self.ready_label, 1)
        self.undo_button = QPushButton()  # "Undo removal of …" while the session has a removal to undo
        self.undo_button.setFlat(True)
        self.undo_button.hide()
        self.statusBar().addPermanentWidget(self.undo_button)
        self.statusBar().addPermanentWidget(self.saving_label)
        self.statusBar().addPermanentWidget(self.refresh_status)
        self.live = LiveUpdates(self._reader.run, self.tasks, self)
        self.live_status = LiveStatusLabel(self._reader.run, self.tasks)
        self.statusBar().addPermanentWidget(self.live_status)
        self.notifier = Notifier(self, self.statusBar(), self.windowIcon())
        self.service_corrections = ServiceCorrectionFlow(
            self, self.session, self.tasks, self._reader, self.write
        )
        self.help_actions = install_help_and_backup(self, self.file_menu, self.help_menu)

    def _setup_actions(self) -> None:
        def action(
            text: str, tip: str, shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None
        ) -> QAction:
            created = QAction(text, self)
            created.setToolTip(tip)
            created.setStatusTip(tip)
            if shortcut is not None:
                created.setShortcut(shortcut)
            return created

        self.refresh_all_action = action(
            self.tr("Refresh all"), self.tr("Read every connected car now"), QKeySequence.StandardKey.Refresh
        )
        self.refresh_selected_action = action(
            self.tr("Refresh selected"), self.tr("Read the selected cars now"), "Ctrl+R"
        )
        self.connect_action = action(
            self.tr("Connect a vehicle…"), self.tr("Link a customer's car through Smartcar"), "Ctrl+K"
        )
        self.new_customer_action = action(
            self.tr("New customer…"), self.tr("Add a customer"), QKeySequence.StandardKey.New
        )
        self.edit_customer_action = action(
            self.tr("Edit customer…"), self.tr("Edit the selected car's customer"), "Ctrl+E"
        )
        self.record_service_action = action(
            self.tr("Record service…"), self.tr("Record a service done on the selected car"), "Ctrl+S"
        )
        self.powertrain_action = action(
            self.tr("Powertrain…"),
            self.tr("Say what drives the selected car (electric, hybrid…); its service plan follows"),
        )
        self.edit_car_action = action(
            self.tr("Edit car…"), self.tr("Edit the selected car's plate, nickname, VIN, make, model or year")
        )
        self.remove_car_action = action(
            self.tr("Remove car…"), self.tr("Remove the selected car and everything recorded about it")
        )
        self.undo_removal_action = action(
            self.tr("Undo removal"),
            self.tr("Put back the last car or customer removed, with everything it had"),
            QKeySequence.StandardKey.Undo,
        )
        self.undo_removal_action.setEnabled(False)
        self.end_link_action = action(
            self.tr("End Smartcar link…"),
            self.tr("Stop reading the selected car through Smartcar; it stays, kept at the desk"),
        )
        self.print_reminders_action = action(
            self.tr("Print reminders…"),
            self.tr(
                "Print reminder letters for every customer with a due car, or for the selected cars' customers"  # noqa: E501 (one literal for lupdate)
            ),
            QKeySequence.StandardKey.Print,
        )
        self.export_action = action(
            self.tr("Export due list…"),
            self.tr("Save the due list as a CSV file (spreadsheet, mailing house)"),
            "Ctrl+Shift+E",
        )
        self.import_customers_action = action(
            self.tr("Import customers…"),
            self.tr("Bring in the customers and cars of the shop's previous system from a CSV file"),
        )
        self.settings_action = action(
            self.tr("Settings…"), self.tr("Shop profile, units, service plan, refresh, Smartcar")
        )
        self.settings_action.setShortcut(QKeySequence.StandardKey.Preferences)
        self.quit_action = action(self.tr("Quit"), self.tr("Close ShopApp"), QKeySequence.StandardKey.Quit)
        toolbar = QToolBar(self.tr("Main"))
        toolbar.setObjectName("main_toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for item in (
            self.refresh_all_action,
            self.refresh_selected_action,
            None,
            self.connect_action,
            self.new_customer_action,
            self.edit_customer_action,
            self.record_service_action,
            None,
            self.print_reminders_action,
            self.export_action,
            None,
            self.settings_action,
        ):
            if item is None:
                toolbar.addSeparator()
            else:
                toolbar.addAction(item)
        self.addToolBar(toolbar)
        # Menus are found by object name (tests, help_menu), never by their visible, translated titles.
        menu = self.menuBar()
        self.file_menu = menu.addMenu(self.tr("&File"))
        self.file_menu.setObjectName("file_menu")
        self.file_menu.addAction(self.print_reminders_action)
        self.file_menu.addAction(self.export_action)
        self.file_menu.addAction(self.import_customers_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.settings_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.vehicles_menu = menu.addMenu(self.tr("&Vehicles"))
        self.vehicles_menu.setObjectName("vehicles_menu")
        for item in (
            self.refresh_all_action,
            self.refresh_selected_action,
            self.connect_action,
            self.record_service_action,
            self.powertrain_action,
            self.edit_car_action,
            self.remove_car_action,
            self.end_link_action,
        ):
            self.vehicles_menu.addAction(item)
        self.customers_menu = menu.addMenu(self.tr("&Customers"))
        self.customers_menu.setObjectName("customers_menu")
        self.customers_menu.addAction(self.new_customer_action)
        self.customers_menu.addAction(self.edit_customer_action)
        self.customers_menu.addSeparator()
        self.customers_menu.addAction(self.undo_removal_action)
        self.help_menu = menu.addMenu(self.tr("&Help"))  # filled by help_menu.install_help_and_backup()
        self.help_menu.setObjectName("help_menu")
        self._update_selection_actions()

    def _connect_signals(self) -> None:
        self.filter_bar.search_changed.connect(self.proxy.set_search)
        self.filter_bar.statuses_changed.connect(self.proxy.set_statuses)
        self.proxy.counts_changed.connect(self.filter_bar.show_counts)
        self.proxy.modelReset.connect(self._update_empty_label)
        self.proxy.rowsInserted.connect(self._update_empty_label)
        self.proxy.rowsRemoved.connect(self._update_empty_label)
        self.proxy.layoutChanged.connect(self._update_empty_label)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        self.table.horizontalHeader().sortIndicatorChanged.connect(self._make_room_for_sort_indicator)
        self.refresh_all_action.triggered.connect(self._on_refresh_all_action_triggered)
        self.refresh_selected_action.triggered.connect(self._on_refresh_selected_action_triggered)
        self.connect_action.triggered.connect(self._on_connect_action_triggered)
        self.new_customer_action.triggered.connect(self._on_new_customer_action_triggered)
        self.edit_customer_action.triggered.connect(self._on_edit_customer_action_triggered)
        self.record_service_action.triggered.connect(self._on_record_service_action_triggered)
        self.powertrain_action.triggered.connect(self._on_powertrain_action_triggered)
        self.edit_car_action.triggered.connect(self._on_edit_car_action_triggered)
        self.remove_car_action.triggered.connect(self._on_remove_car_action_triggered)
        self.undo_removal_action.triggered.connect(self.customer_book.undo)
        self.undo_button.clicked.connect(self.customer_book.undo)
        self.customer_book.undo_changed.connect(self._on_customer_book_undo_changed)
        self.customer_book.changed.connect(self.reload)
        self.customer_book.customer_saved.connect(self._on_customer_book_customer_saved)
        self.workspaces.currentChanged.connect(self._on_workspaces_current_changed)
        self.customers.customer_chosen.connect(lambda _customer_id: self._update_selection_actions())
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._on_table_context_menu)
        self.end_link_action.triggered.connect(self._on_end_link_action_triggered)
        self.link_ender.ended.connect(self._on_link_ender_ended)
        self.settings_action.triggered.connect(self._on_settings_action_triggered)
        self.quit_action.triggered.connect(self.close)
        self.refresher.refresh_started.connect(self._on_refresher_refresh_started)
        self.refresher.progress_changed.connect(self.refresh_status.show_progress)
        self.refresher.refresh_finished.connect(self._on_refresher_refresh_finished)
        self.refresher.refresh_failed.connect(self._on_refresher_refresh_failed)
        self.refresher.nothing_to_refresh.connect(self._on_refresher_nothing_to_refresh)
        self.refresh_status.cancel_requested.connect(self.refresher.cancel)
        self.detail.review_requested.connect(self._on_detail_review_requested)
        self.detail.snooze_requested.connect(self._on_detail_snooze_requested)
        self.detail.dismiss_requested.connect(self._on_detail_dismiss_requested)
        self.detail.show_again_requested.connect(self._on_detail_show_again_requested)
        self.detail.service_edit_requested.connect(self._on_detail_service_edit_requested)
        self.detail.service_delete_requested.connect(self._on_detail_service_delete_requested)
        self.service_corrections.service_changed.connect(lambda _vehicle_id: self.reload())
        self.export_action.triggered.connect(self._on_export_action_triggered)
        self.import_customers_action.triggered.connect(self._on_import_customers_action_triggered)
        self.exporter.started.connect(lambda: self.export_action.setEnabled(False))
        self.exporter.finished.connect(self._on_exporter_finished)
        self.print_reminders_action.triggered.connect(self._on_print_reminders_action_triggered)
        self.reminders.letters_logged.connect(self._on_reminders_letters_logged)
        self.reminders.ended.connect(self._on_reminders_ended)
        self.live.news_arrived.connect(self._on_live_news_arrived)

    # -- window state ----------------------------------------------------------------------------------

    def _restore_state(self) -> None:
        geometry = self._ui_state.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        splitter = self._ui_state.value("window/splitter")
        if isinstance(splitter, QByteArray) and self.splitter.restoreState(splitter):
            self._detail_opened = True  # the front desk's own split stays as it was left
        else:
            self.splitter.setSizes([max(self.width() - _EMPTY_DETAIL_WIDTH[1], 1), _EMPTY_DETAIL_WIDTH[1]])
        columns = self._ui_state.value("window/columns")
        # A state saved before a column was added would give its widths to the wrong columns.
        if isinstance(columns, QByteArray) and _as_int(self._ui_state.value("window/column_count")) == len(
            Column
        ):
            self._columns_sized = self.table.horizontalHeader().restoreState(columns)

    def save_state(self) -> None:
        self._ui_state.setValue("window/geometry", self.saveGeometry())
        self._ui_state.setValue("window/splitter", self.splitter.saveState())
        self._ui_state.setValue("window/columns", self.table.horizontalHeader().saveState())
        self._ui_state.setValue("window/column_count", len(Column))
        self._ui_state.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        self.shut_down()
        super().closeEvent(event)

    def shut_down(self) -> asyncio.Future:
        """Stops the timer and background work and closes the reader (on close, and in tests); the same
        future however often it is called. A refresh cut short here loses nothing: each car's results are
        written in one transaction."""
        if self._shutdown is None:
            self._closing = True
            self.refresher.automatic_timer.stop()
            self.live.stop()
            self.live_status.stop()
            self._shutdown = asyncio.ensure_future(self._wind_down())
        return self._shutdown

    async def _wind_down(self) -> None:
        await self.live.wind_down()
        await self.tasks.close()
        await self._reader.close()
        await self._writer.close()  # a write already started still lands first

    async def write(self, function: Callable[..., T], *args: Any) -> T:
        """Runs a blocking database write on the writer thread; "Saving…" shows in the status bar until it
        ends. Its errors come back here (a UserFacingError carries the sentence to show)."""
        self._writes_running += 1
        self.saving_label.show()
        try:
            return await self._writer.run(function, *args)
        finally:
            self._writes_running -= 1
            if not self._writes_running:
                self.saving_label.hide()

    # -- loading ---------------------------------------------------------------------------------------

    def reload(self) -> None:
        """Reloads the list in the background (the selection and filters stay)."""
        if self._closing:
            return
        self.tasks.start(self._load_rows(), name="rows")
        if self.workspaces.currentWidget() is self.customers:
            self.customer_book.reload()  # an import or a refresh may have changed the customers too

    async def load_rows_now(self) -> None:
        await self._load_rows()

    async def _load_rows(self) -> None:
        if not self.live.started:  # where the change feed stands before the first read: nothing is missed
            await self.live.begin()
            self.live_status.look()
        rows = await self._reader.run(self.session.vehicle_rows)
        unit = self.session.unit()
        self.model.set_rows(rows, unit)
        self.proxy.sort(
            self.table.horizontalHeader().sortIndicatorSection(),
            self.table.horizontalHeader().sortIndicatorOrder(),
        )
        self._reselect()
        if rows and not self._columns_sized:
            self.size_columns()
        self.show_ready(rows)
        # The rows, the catalogue and Qt's wrappers live as long as the window: out of the cycle collector's
        # sight, a full collection during a refresh costs milliseconds instead of 100-170 ms (measured at
        # 1,000 cars). Refcounting still frees the old rows; they hold no reference cycles.
        gc.freeze()
        self.rows_loaded.emit(len(rows))

    async def reload_vehicles(self, vehicle_ids: frozenset[int]) -> None:
        """Reloads these cars' rows only (a live update): the selection, sort, filter and scroll position
        stay; the detail pane follows when it shows one of them. A car added or removed meanwhile reloads
        the whole list."""
        rows = await self._reader.run(self.session.vehicle_rows_of, vehicle_ids)
        if {row.vehicle_id for row in rows} != vehicle_ids or not self.model.holds_all(vehicle_ids):
            await self._load_rows()
            return
        self.model.replace_rows(rows)
        header = self.table.horizontalHeader()
        self.proxy.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self.show_ready(self.model.rows())
        if self._selected_id in vehicle_ids:
            source_row = self.model.source_row_of(self._selected_id)
            if source_row is not None:
                self._show_detail(self.model.row_at(source_row))

    # -- following other processes' changes (ui/live_updates.py) ---------------------------------------

    def _on_live_news_arrived(self, news: LiveNews) -> None:
        if not self._closing:
            self.tasks.start(self._follow_live(news))

    async def _follow_live(self, news: LiveNews) -> None:
        if news.reload_all:
            await self._load_rows()
        elif news.vehicle_ids:
            await self.reload_vehicles(news.vehicle_ids)
        self.notifier.announce(alert_findings(news.alerts, self.model.rows(), self.session.catalogue))
        if news.live:
            self.live_status.look()
        self.live_followed.emit(news)

    def size_columns(self) -> None:
        """Each column as wide as its title and its contents (the first rows measured), a long name
        elided; the reason takes what is left and elides its text (the whole of it in its tooltip). Then
        the empty detail pane leaves the list the room it needs."""
        self._columns_sized = True
        header = self.table.horizontalHeader()
        metrics = header.fontMetrics()
        margin = 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header) + 6
        for column in Column:
            if column == Column.REASON:
                continue
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            width = max(self.table.sizeHintForColumn(column), metrics.horizontalAdvance(title) + margin)
            header.resizeSection(column, min(width, _WIDEST.get(column, width)))
        self._make_room_for_sort_indicator()
        if not self._detail_opened:
            total = sum(self.splitter.sizes())
            least, most = _EMPTY_DETAIL_WIDTH
            detail = max(least, min(most, total - self.list_width_needed() - self.splitter.handleWidth()))
            self.splitter.setSizes([total - detail, detail])

    def _make_room_for_sort_indicator(self, *_args) -> None:
        """Columns are sized to their titles without the sort arrow; the sorted one gets room for it."""
        header = self.table.horizontalHeader()
        section = header.sortIndicatorSection()
        if 0 <= section < len(Column) and section != Column.REASON:
            header.resizeSection(section, max(header.sectionSize(section), header.sectionSizeHint(section)))

    def list_width_needed(self) -> int:
        """The width the list needs to show every column (the reason at its least) without scrolling."""
        header = self.table.horizontalHeader()
        columns = sum(header.sectionSize(column) for column in Column if column != Column.REASON)
        frame = self.table.frameWidth() * 2 + self.table.verticalScrollBar().sizeHint().width()
        margins = self._left_layout.contentsMargins()
        return columns + _REASON_MIN_WIDTH + frame + margins.left() + margins.right()

    def show_ready(self, rows: list[VehicleRow]) -> None:
        """The status bar's resting line: the number of cars and when they were last refreshed."""
        refreshed = [row.listing.last_refresh_at for row in rows if row.listing.last_refresh_at]
        if refreshed:
            ready = self.tr("Ready · %n car(s) · refreshed %1", "", len(rows))
            text = fill(ready, clock_time(max(refreshed)))
        else:
            text = self.tr("Ready · %n car(s)", "", len(rows))
        self.ready_label.setText(text)

    def _update_empty_label(self, *_args) -> None:
        shown = self.proxy.rowCount()
        if shown:
            self.empty_label.setVisible(False)
            return
        if self.model.rowCount():
            self.empty_label.setText(self.tr("No vehicle matches the search and filter."))
        else:
            self.empty_label.setText(
                self.tr(
                    "No vehicles yet. Use “Connect a vehicle…” to link a customer's car through Smartcar."
                )
            )
        self.empty_label.setVisible(True)

    def _reselect(self) -> None:
        if self._selected_id is None:
            return
        source_row = self.model.source_row_of(self._selected_id)
        if source_row is None:
            self._selected_id = None
            self.detail.show_vehicle(None, self.session.unit())
            return
        proxy_index = self.proxy.mapFromSource(self.model.index(source_row, 0))
        if proxy_index.isValid():
            self.table.selectionModel().select(
                proxy_index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.table.scrollTo(proxy_index)
        self._show_detail(self.model.row_at(source_row))

    def selected_rows(self) -> list[VehicleRow]:
        indexes = self.table.selectionModel().selectedRows(Column.STATUS)
        return [index.data(ROW_ROLE) for index in indexes]

    def select_vehicle(self, vehicle_id: int) -> bool:
        """Selects a car in the list (clearing search and filter if they hide it)."""
        source_row = self.model.source_row_of(vehicle_id)
        if source_row is None:
            return False
        proxy_index = self.proxy.mapFromSource(self.model.index(source_row, 0))
        if not proxy_index.isValid():
            self.filter_bar.search_field.clear()
            self.proxy.set_search("")
            self.filter_bar.choose("all")
            proxy_index = self.proxy.mapFromSource(self.model.index(source_row, 0))
        self.table.selectionModel().select(
            proxy_index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.setCurrentIndex(proxy_index)
        self.table.scrollTo(proxy_index)
        return True

    def _on_table_selection_changed(self, *_args) -> None:
        self._update_selection_actions()
        rows = self.selected_rows()
        current = self.table.currentIndex()
        row: VehicleRow | None = current.data(ROW_ROLE) if current.isValid() else None
        if row is None or row not in rows:
            row = rows[0] if rows else None
        if row is None:
            return
        if row.vehicle_id != self._selected_id or not self.detail.isVisible():
            self._selected_id = row.vehicle_id
            self._show_detail(row)

    def _show_detail(self, row: VehicleRow) -> None:
        if self._closing:
            return
        self.tasks.start(self._load_detail(row), name="detail")

    async def _load_detail(self, row: VehicleRow) -> None:
        try:
            detail = await self._reader.run(self.session.vehicle_detail, row)
        except UnknownVehicle:  # deleted by another front-desk PC meanwhile
            self.reload()
            return
        self.detail.show_vehicle(detail, self.session.unit(), currency=self.session.currency())
        self._open_detail_pane()
        self.detail_shown.emit(row.vehicle_id)

    def _open_detail_pane(self) -> None:
        """The first car shown widens the detail pane from its narrow empty size: room for its tabs (up to
        45 % of the window), more when the list keeps every column in sight beside it."""
        if self._detail_opened:
            return
        self._detail_opened = True
        total = sum(self.splitter.sizes())
        usable = min(self.detail.tabs_width(), round(total * _DETAIL_MOST))
        room_beside_list = total - self.list_width_needed() - self.splitter.handleWidth()
        wanted = min(round(total * _DETAIL_SHARE), room_beside_list)
        detail = max(wanted, usable, self.detail.minimumSizeHint().width())
        self.splitter.setSizes([total - detail, detail])

    def _update_selection_actions(self) -> None:
        # The car actions act on the due list's selection: only while the list is in sight.
        due_list_shown = self.workspaces.currentWidget() is self.splitter
        rows = self.selected_rows() if self.table.selectionModel() and due_list_shown else []
        self.refresh_selected_action.setEnabled(bool(rows))
        self.edit_customer_action.setEnabled(self._customer_in_sight() is not None)
        self.record_service_action.setEnabled(len(rows) == 1)
        self.powertrain_action.setEnabled(len(rows) == 1)
        self.edit_car_action.setEnabled(len(rows) == 1)
        self.remove_car_action.setEnabled(len(rows) == 1)
        self.end_link_action.setEnabled(len(rows) == 1 and not rows[0].listing.kept_at_desk)

    # -- refresh ---------------------------------------------------------------------------------------

    def _on_refresh_all_action_triggered(self) -> None:
        if not self.refresher.start():
            self.statusBar().showMessage(self.tr("A refresh is already running."), 5000)

    def _on_refresh_selected_action_triggered(self) -> None:
        ids = [row.vehicle_id for row in self.selected_rows()]
        if ids and not self.refresher.start(ids):
            self.statusBar().showMessage(self.tr("A refresh is already running."), 5000)

    def _on_refresher_refresh_started(self, description: str) -> None:
        self.refresh_status.started(description)
        self.refresh_all_action.setEnabled(False)

    def _on_refresher_refresh_finished(self, summary: RefreshSummary) -> None:
        if self._closing:
            return
        self.refresh_status.finished()
        self.refresh_all_action.setEnabled(True)
        self.statusBar().showMessage(summary_words(summary), 30_000)
        self.notifier.announce(findings(summary, self.session.catalogue))
        self.reload()

    def _on_refresher_refresh_failed(self, message: str) -> None:
        self.refresh_status.finished()
        self.refresh_all_action.setEnabled(True)
        self.statusBar().showMessage(fill(self.tr("Refresh not started: %1"), message), 60_000)

    def _on_refresher_nothing_to_refresh(self) -> None:
        self.refresh_status.finished()
        self.refresh_all_action.setEnabled(True)
        self.statusBar().showMessage(self.tr("No connected cars yet: use “Connect a vehicle…”."), 30_000)

    # -- actions ---------------------------------------------------------------------------------------

    def _on_connect_action_triggered(self) -> None:
        dialog = ConnectDialog(self.session, self.tasks, self)
        dialog.vehicles_connected.connect(self._on_connect_dialog_vehicles_connected)
        dialog.settings_requested.connect(self._on_connect_dialog_settings_requested)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.connect_dialog = dialog
        dialog.open()

    def _on_connect_dialog_vehicles_connected(self, outcome) -> None:
        self.statusBar().showMessage(outcome.describe(), 30_000)
        ids = [vehicle.vehicle_id for vehicle in outcome.vehicles]
        self.reload()
        self.refresher.start(ids, trigger="connect")

    def _on_connect_dialog_settings_requested(self) -> None:
        """Settings opened on the Smartcar tab, where Connect's missing pieces are filled in."""
        self._on_settings_action_triggered()
        tabs = self.settings_dialog.tabs
        for index in range(tabs.count()):
            page = tabs.widget(index)
            if page is not None and page.isAncestorOf(self.settings_dialog.api_choice):
                tabs.setCurrentIndex(index)

    # -- customers and their cars (CustomerBookFlow does the work) ---------------------------------------

    def _on_new_customer_action_triggered(self) -> None:
        self.customer_book.new_customer()

    def _on_edit_customer_action_triggered(self) -> None:
        customer_id = self._customer_in_sight()
        if customer_id is not None:
            self.customer_book.edit_customer(customer_id)

    def _customer_in_sight(self) -> int | None:
        """The customer Edit customer… is about: the one chosen in the Customers workspace while it shows,
        else the selected car's."""
        if self.workspaces.currentWidget() is self.customers:
            return self.customers.selected_customer_id()
        rows = self.selected_rows() if self.table.selectionModel() else []
        return rows[0].listing.customer_id if len(rows) == 1 else None

    def _on_customer_book_customer_saved(self, _customer_id: int, added: bool) -> None:
        """A new customer shows at once in the Customers workspace, selected (they have no car yet, so the
        due list cannot show them); an edit leaves the desk where it was."""
        if added:
            self.workspaces.setCurrentWidget(self.customers)
        self.statusBar().showMessage(self.tr("Customer saved."), 10_000)

    def _on_edit_car_action_triggered(self) -> None:
        rows = self.selected_rows()
        if len(rows) == 1:
            self.customer_book.edit_car(rows[0].vehicle_id)

    def _on_remove_car_action_triggered(self) -> None:
        rows = self.selected_rows()
        if len(rows) == 1:
            self.customer_book.remove_car(rows[0].vehicle_id)

    def _on_customer_book_undo_changed(self, words: str) -> None:
        self.undo_button.setText(words)
        self.undo_button.setVisible(bool(words))
        self.undo_removal_action.setEnabled(bool(words))
        self.undo_removal_action.setText(words or self.tr("Undo removal"))

    def _on_workspaces_current_changed(self, _index: int) -> None:
        self._update_selection_actions()
        if self.workspaces.currentWidget() is self.customers:
            self.customer_book.reload()

    def due_row_menu(self) -> QMenu:
        """The right-click menu of the due list's selected car: the window's own actions."""
        menu = QMenu(self)
        for item in (
            self.record_service_action,
            self.edit_car_action,
            self.powertrain_action,
            self.edit_customer_action,
            None,
            self.end_link_action,
            self.remove_car_action,
        ):
            if item is None:
                menu.addSeparator()
            else:
                menu.addAction(item)
        return menu

    def _on_table_context_menu(self, point: QPoint) -> None:
        pop_up_row_menu(self.table, point, self.due_row_menu)

    def _on_record_service_action_triggered(self) -> None:
        rows = self.selected_rows()
        if len(rows) != 1:
            return
        row = rows[0]
        plan = self.session.plan()
        unit = self.session.unit()

        def record(values):  # the one record-service use case, on the writer thread
            return self.write(partial(record_service, row.vehicle_id, **values, plan=plan, unit=unit))

        dialog = ServiceDialog(
            plan,
            unit,
            vehicle_title=f"{row.listing.title} ({row.listing.customer_name})",
            latest_odometer_km=row.listing.odometer_km,
            currency=self.session.currency(),
            record=record,
            tasks=self.tasks,
            parent=self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.recorded.connect(lambda _record: self._on_service_recorded(row))
        self.service_dialog = dialog
        dialog.open()

    def _on_powertrain_action_triggered(self) -> None:
        rows = self.selected_rows()
        if len(rows) != 1:
            return
        row = rows[0]
        dialog = PowertrainDialog(row.listing.title, row.listing.powertrain, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.tasks.start(self._save_powertrain(row, dialog.chosen())))
        self.powertrain_dialog = dialog
        dialog.open()

    async def _save_powertrain(self, row: VehicleRow, powertrain: Powertrain | None) -> None:
        await self.write(choose_car_powertrain, row.vehicle_id, powertrain)
        self.statusBar().showMessage(
            fill(self.tr("Powertrain saved for %1; its service plan follows it."), row.listing.title), 15_000
        )
        self.reload()

    def _on_end_link_action_triggered(self) -> None:
        rows = self.selected_rows()
        if len(rows) == 1:
            self.link_ender.start(rows[0])

    def _on_link_ender_ended(self, words: str) -> None:
        self.statusBar().showMessage(words, 15_000)
        self.reload()

    def _on_service_recorded(self, row: VehicleRow) -> None:
        self.statusBar().showMessage(
            fill(self.tr("Service recorded for %1; its reminders start again."), row.listing.title), 15_000
        )
        self.reload()
        self.service_recorded.emit(row.vehicle_id)

    def _shown_car_title(self) -> str:
        detail = self.detail.detail
        return f"{detail.title} ({detail.customer_name})" if detail is not None else ""

    def _on_detail_service_edit_requested(self, record_id: int) -> None:
        self.service_corrections.edit(record_id, self._shown_car_title())

    def _on_detail_service_delete_requested(self, record_id: int) -> None:
        self.service_corrections.delete(record_id, self._shown_car_title())

    def _on_settings_action_triggered(self) -> None:
        session = self.session
        dialog = SettingsDialog(
            session.settings,
            session.credentials,
            load_plan,
            save_plan,
            session=session,
            tasks=self.tasks,
            write=self.write,
            parent=self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.settings_saved.connect(self._on_settings_dialog_settings_saved)
        dialog.connections_moved.connect(self._on_settings_dialog_connections_moved)
        self.settings_dialog = dialog
        dialog.open()

    def show_shop_name(self) -> None:
        """The title names the shop (or the demo); set at start-up and after each settings change."""
        name = self.session.settings.get("shop_name")
        demo = self.session.demo
        if demo:
            self.setWindowTitle(self.tr("ShopApp — Demo (simulated cars)"))
        else:
            self.setWindowTitle(fill(self.tr("ShopApp — %1"), name or self.tr("your shop")))

    def _on_settings_dialog_settings_saved(self) -> None:
        self.show_shop_name()
        self.statusBar().showMessage(self.tr("Settings saved."), 10_000)
        self.reload()  # the unit or the plan may have changed every row

    def _on_settings_dialog_connections_moved(self, _report) -> None:
        self.statusBar().showMessage(
            self.tr("Smartcar connections moved to API v3 (Settings → Smartcar)."), 30_000
        )
        self.reload()  # moved cars were read once, and their connection states may have changed

    def _on_detail_review_requested(self, occurrence_id: int) -> None:
        self.tasks.start(self._mark_reviewed(occurrence_id))

    async def _mark_reviewed(self, occurrence_id: int) -> None:
        if await self.write(mark_trouble_code_reviewed, occurrence_id, datetime.now(UTC)):
            self.statusBar().showMessage(self.tr("Trouble code marked as reviewed."), 10_000)
        self.reload()

    # -- snooze, dismiss, show again ---------------------------------------------------------------------

    def _shown_item(self, key: str) -> tuple[int, str, DueItem] | None:
        """(vehicle id, car title, item) of an item of the car the detail shows."""
        detail = self.detail.detail
        if detail is None:
            return None
        item = next((item for item in detail.due_items if item.key == key), None)
        return None if item is None else (detail.vehicle_id, detail.title, item)

    def _on_detail_snooze_requested(self, key: str, days: int) -> None:
        until = date.today() + timedelta(days=days)
        self._change_hidden(
            key,
            lambda vehicle_id, item: snooze_item(vehicle_id, item.key, until),
            lambda title, item: fill(
                self.tr("%1 (%2) snoozed until %3; its due date stays."),
                item_name(item),
                title,
                day_text(until),
            ),
        )

    def _on_detail_dismiss_requested(self, key: str) -> None:
        self._change_hidden(
            key,
            lambda vehicle_id, item: dismiss_item(vehicle_id, item.key, item.last_service_on),
            lambda title, item: fill(
                self.tr("%1 (%2) dismissed until the car's next service."), item_name(item), title
            ),
        )

    def _on_detail_show_again_requested(self, key: str) -> None:
        self._change_hidden(
            key,
            lambda vehicle_id, item: clear_suppression(vehicle_id, item.key),
            lambda title, item: fill(self.tr("%1 (%2) is back on the due list."), item_name(item), title),
        )

    def _change_hidden(
        self,
        key: str,
        write: Callable[[int, DueItem], object],
        words: Callable[[str, DueItem], str],
    ) -> None:
        """Writes the front desk's choice for an item of the car shown (on the writer thread), says so, and
        reloads the list."""
        shown = self._shown_item(key)
        if shown is not None:
            self.tasks.start(self._write_hidden(*shown, write, words))

    async def _write_hidden(
        self,
        vehicle_id: int,
        title: str,
        item: DueItem,
        write: Callable[[int, DueItem], object],
        words: Callable[[str, DueItem], str],
    ) -> None:
        try:
            await self.write(write, vehicle_id, item)
        except UnknownVehicle:
            self.statusBar().showMessage(self.tr("That car is no longer in the shop's list."), 15_000)
            self.reload()
            return
        self.statusBar().showMessage(words(title, item), 15_000)
        self.reload()
        self.item_hidden_changed.emit(vehicle_id)

    def _on_import_customers_action_triggered(self) -> None:
        dialog = CustomerImportDialog(self._reader.run, self.write, self.tasks, self.session.unit(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.customers_imported.connect(self._on_import_dialog_customers_imported)
        self.import_dialog = dialog
        dialog.open()

    def _on_import_dialog_customers_imported(self, outcome: ImportOutcome) -> None:
        self.statusBar().showMessage(CustomerImportWords(self).outcome(outcome), 30_000)
        self.reload()

    # -- reminders -------------------------------------------------------------------------------------

    def _on_print_reminders_action_triggered(self) -> None:
        self.reminders.start(*customer_scope(self.model.rows(), self.selected_rows()))

    def _on_reminders_letters_logged(self, _count: int) -> None:
        self.reload()  # the Reminded column now says "today"

    def _on_reminders_ended(self, words: str) -> None:
        self.statusBar().showMessage(words, 30_000)

    # -- export ----------------------------------------------------------------------------------------

    def _on_export_action_triggered(self) -> None:
        self.exporter.open_dialog(self.shown_vehicle_ids(), self.model.rowCount())

    def _on_exporter_finished(self, outcome: DueExportOutcome) -> None:
        self.export_action.setEnabled(True)
        self.statusBar().showMessage(export_words(outcome), 30_000)
        self.export_finished.emit(outcome)

    def shown_vehicle_ids(self) -> frozenset[int]:
        """The cars the list shows now (after search and filter)."""
        rows = self.model.rows()
        return frozenset(
            rows[self.proxy.mapToSource(self.proxy.index(position, 0)).row()].vehicle_id
            for position in range(self.proxy.rowCount())
        )

    def _on_background_error(self, error: BaseException) -> None:
        """A background task failed (BackgroundTasks has logged it with its traceback). A UserFacingError
        says its sentence; anything else is a bug: "Something went wrong" and where the log file is."""
        if self._closing:
            return
        if isinstance(error, UserFacingError):
            box = QMessageBox(QMessageBox.Icon.Warning, "ShopApp", error.words(), parent=self)
        else:
            box = QMessageBox(QMessageBox.Icon.Critical, "ShopApp", bug_words(self.log_file()), parent=self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_box = box
        box.open()

    def log_file(self) -> Path:
        """Where this process logs (the data folder's logs/shopapp.log when logging was set up elsewhere)."""
        return current_log_file() or log_dir(self.session.home) / LOG_FILE_NAME


def _as_int(value: object) -> int | None:
    """QSettings gives back text from an INI file and ints from the registry."""
    try:
        return int(value)  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return None


class RefreshSummaryText(QObject):
    """The status line after a refresh. A QObject only for self.tr(): lupdate marks a message as plural (%n)
    only in self.tr(); it ignores the count of QCoreApplication.translate() (and drops the whole call when
    the count is an expression such as len(...))."""

    def words(self, summary: RefreshSummary) -> str:
        if summary.cancelled:
            return self.tr("Refresh cancelled; every car read before that is saved.")
        asked = len(summary.results) - len(summary.skipped)
        parts = [fill(self.tr("Refreshed %1 of %n car(s)", "", asked), len(summary.refreshed))]
        if summary.needing_reconnect:
            parts.append(self.tr("%n need(s) reconnecting", "", len(summary.needing_reconnect)))
        if summary.lost_to_crash:
            parts.append(
                self.tr(
                    "%n owner(s) must connect again because a ShopApp process crashed during token refresh",
                    "",
                    len(summary.lost_to_crash),
                )
            )
        others = [result for result in summary.failed if not result.needs_reconnect]
        if others:
            parts.append(self.tr("%n could not be read (see the Connection column)", "", len(others)))
        if summary.skipped:
            parts.append(self.tr("%n skipped (monthly call budget)", "", len(summary.skipped)))
        return " · ".join(parts) + "."


def summary_words(summary: RefreshSummary) -> str:
    return RefreshSummaryText().words(summary)
