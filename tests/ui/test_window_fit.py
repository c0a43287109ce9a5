"""A window that fits a front desk's screen: at 1280x800 every column of the list in sight without scrolling
(the reason elided, its extra items counted in a column of their own), the empty detail pane narrow until a
car is selected, tab titles never shortened at 1024x700, and a status bar that says the list is ready."""

import asyncio

import pytest
from PySide6.QtCore import Qt
from qt_support import wait_signal
from words import words

from shopapp.local_format import clock_time
from shopapp.resources import trouble_code_catalogue
from shopapp.services.shop_session import ShopSession
from shopapp.ui.app import ui_state_for
from shopapp.ui.main_window import MainWindow
from shopapp.ui.models.vehicle_table import ROW_ROLE, Column


def open_at(qtbot, qloop, home, width, height):
    """The window as a new install opens it (no remembered sizes) at width x height, its list loaded."""
    window = MainWindow(ShopSession.for_shop(home, trouble_code_catalogue()), ui_state_for(home))
    qtbot.addWidget(window, before_close_func=lambda widget: qloop.run_until_complete(widget.shut_down()))
    window.resize(width, height)
    window.show()
    qtbot.waitExposed(window)
    qloop.run_until_complete(window.load_rows_now())
    return window


def rows_of(window):
    return [window.proxy.index(row, 0).data(ROW_ROLE) for row in range(window.proxy.rowCount())]


def show_first_car(window, qloop):
    """Selects the car with the most tabs counted (the widest tab titles) and waits for its panes."""
    car = max(rows_of(window), key=lambda row: len(row.items))

    async def scenario():
        assert window.select_vehicle(car.vehicle_id)
        await wait_signal(window.detail_shown, 10)
        await asyncio.sleep(0.05)  # the splitter and the tab bar lay out

    qloop.run_until_complete(scenario())


@pytest.fixture
def desk_window(qtbot, qloop, demo_store, shopapp_home):
    return open_at(qtbot, qloop, shopapp_home, 1280, 800)


def test_at_1280_by_800_every_column_is_in_sight_before_a_car_is_chosen(desk_window):
    window = desk_window
    header = window.table.horizontalHeader()
    viewport = window.table.viewport().width()
    for column in Column:
        right = header.sectionViewportPosition(column) + header.sectionSize(column)
        assert right <= viewport, f"{column.name} ends at {right}, beyond the list's {viewport} px"
    assert not window.table.horizontalScrollBar().isVisible()
    # The empty detail pane is narrow: the list has most of the window.
    list_width, detail_width = window.splitter.sizes()
    assert detail_width <= 240 < list_width


def test_the_reason_is_elided_whole_in_its_tooltip_and_extra_items_counted_apart(desk_window):
    window = desk_window
    model = window.model
    several = next(row for row in model.rows() if len(row.action_items) > 1)
    single = next(row for row in model.rows() if len(row.action_items) <= 1)
    place = {row.vehicle_id: index for index, row in enumerate(model.rows())}
    more = model.index(place[several.vehicle_id], Column.MORE)
    assert more.data() == words("VehicleTableModel", "+%1", len(several.action_items) - 1)
    assert model.index(place[single.vehicle_id], Column.MORE).data() == ""
    reason = model.index(place[several.vehicle_id], Column.REASON)
    assert "+" not in reason.data()  # the count is no longer appended to the reason, where it was cut
    assert reason.data() in reason.data(Qt.ItemDataRole.ToolTipRole)
    assert window.table.textElideMode() == Qt.TextElideMode.ElideRight


def test_selecting_a_car_gives_the_detail_pane_room(desk_window, qloop):
    window = desk_window
    before = window.splitter.sizes()[1]
    show_first_car(window, qloop)
    after = window.splitter.sizes()[1]
    assert after > before
    assert after >= window.detail.minimumSizeHint().width()


def test_the_status_bar_ends_start_up_with_the_count_and_the_last_refresh(desk_window):
    window = desk_window
    rows = window.model.rows()
    latest = max(row.listing.last_refresh_at for row in rows if row.listing.last_refresh_at)
    expected = words("MainWindow", "Ready · %n car(s) · refreshed %1", clock_time(latest), n=len(rows))
    assert window.ready_label.text() == expected
    assert window.ready_label.isVisible()


def test_at_1024_by_700_no_tab_title_is_shortened(qtbot, qloop, demo_store, shopapp_home):
    window = open_at(qtbot, qloop, shopapp_home, 1024, 700)
    show_first_car(window, qloop)
    bar = window.detail.tabs.tabBar()
    assert bar.elideMode() == Qt.TextElideMode.ElideNone
    metrics = bar.fontMetrics()
    for index in range(bar.count()):
        text = bar.tabText(index)
        assert bar.tabRect(index).width() >= metrics.horizontalAdvance(text), text


def test_a_long_item_name_wraps_instead_of_squeezing_the_reason(qtbot):
    from shopapp.ui.panes.detail_table_widget import DetailTableWidget

    table = DetailTableWidget(["Status", "Item", "Reason", "Due"], stretch_column=2)
    qtbot.addWidget(table)
    table.resize(360, 300)  # the Due tab beside the list at 1024×700
    table.show()
    long_name = "Check-engine light warning about the evaporative emission system"
    table.set_rows([["▲ Alert", long_name, "Check engine light on", "—"]])
    qtbot.waitUntil(lambda: table.columnWidth(1) < table.fontMetrics().horizontalAdvance(long_name))
    assert table.columnWidth(2) >= 0.3 * table.viewport().width()
    assert table.rowHeight(0) > table.fontMetrics().height() * 2  # the name wrapped, nothing cut
