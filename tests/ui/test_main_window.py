"""The real window, offscreen, on a demo shop whose simulator runs in-process: refresh with progress,
search and filter, the detail panes, Connect, notifications, and the window's remembered state."""

import pytest
from PySide6.QtCore import QCoreApplication
from qt_support import open_window, wait_signal
from words import words

from shopapp.domain.due import Status
from shopapp.resources import trouble_code_catalogue
from shopapp.services.vehicle_list import urgency_key
from shopapp.store.database import DATABASE_FILE_NAME
from shopapp.store.models import RefreshRun, SystemStatusChange, TroubleCodeOccurrence, Vehicle, db
from shopapp.system_names import system_display_name
from shopapp.ui.app import ui_state_for
from shopapp.ui.demo_start import fill_demo_shop, open_demo_session
from shopapp.ui.display import STATUS_LOOKS
from shopapp.ui.main_window import MainWindow
from shopapp.ui.models.vehicle_table import ROW_ROLE, Column


@pytest.fixture
def window(qtbot, qloop, live_demo, shopapp_home):
    return open_window(qtbot, qloop, live_demo[0], shopapp_home)


def listed(window):
    return [window.proxy.index(row, 0).data(ROW_ROLE) for row in range(window.proxy.rowCount())]


def all_button(count):
    """The filter bar's "All" button with its count."""
    return f"{words('FilterBarWidget', 'All')} ({count})"


def test_the_list_opens_most_urgent_first_with_counts(window):
    rows = listed(window)
    assert rows, "the demo shop has cars"
    assert rows == sorted(rows, key=urgency_key)
    assert window.filter_bar.status_buttons["all"].text() == all_button(len(rows))
    overdue = sum(Status.OVERDUE in row.statuses for row in rows)  # every car with an overdue item
    badge = STATUS_LOOKS[Status.OVERDUE].badge
    assert window.filter_bar.status_buttons["overdue"].text() == f"{badge} ({overdue})"
    assert not window.empty_label.isVisible()


def test_refresh_all_shows_progress_then_reloads_the_list(window, qloop):
    seen = []
    window.refresher.progress_changed.connect(
        lambda progress: seen.append(
            (
                progress.done,
                progress.total,
                window.refresh_status.isVisible(),
                window.refresh_status.progress_bar.value(),
            )
        )
    )

    async def scenario():
        window.refresh_all_action.trigger()
        assert window.refresh_status.isVisible()
        assert not window.refresh_all_action.isEnabled()  # one refresh at a time
        (summary,) = await wait_signal(window.refresher.refresh_finished, 60)
        await wait_signal(window.rows_loaded, 10)
        return summary

    summary = qloop.run_until_complete(scenario())
    connected = Vehicle.select().where(Vehicle.connection.is_null(False)).count()
    assert len(summary.refreshed) == connected
    assert not summary.failed
    assert all(visible for _, _, visible, _ in seen)
    assert seen[-1][:2] == (connected, connected)
    assert seen[-1][3] == connected
    assert not window.refresh_status.isVisible()
    assert window.refresh_all_action.isEnabled()
    refreshed = words("RefreshSummaryText", "Refreshed %1 of %n car(s)", connected, n=connected)
    assert window.statusBar().currentMessage().startswith(refreshed)


def test_the_window_keeps_smartcar_secrets_out_of_its_files(window, qloop, live_demo, shopapp_home):
    """The demo runs on Smartcar v3: its application token and API secret never reach the database, the
    log or window.ini, however the window is used."""
    _session, sim = live_demo

    async def scenario():
        window.refresh_all_action.trigger()
        await wait_signal(window.refresher.refresh_finished, 60)
        await wait_signal(window.rows_loaded, 10)

    qloop.run_until_complete(scenario())
    window.save_state()  # window.ini, as on close
    assert sim.app_token_requests >= 1
    written = b"".join(p.read_bytes() for p in shopapp_home.rglob("*") if p.is_file() and "key" not in p.name)
    assert (shopapp_home / "window.ini").exists()
    for secret in sim.tokens.issued_secrets() | {sim.api_credentials.client_secret}:
        assert secret.encode() not in written


def test_cancelling_a_refresh_keeps_the_database_consistent(window, qloop):
    async def scenario():
        window.refresh_all_action.trigger()
        await wait_signal(window.refresher.progress_changed, 10)
        window.refresh_status.cancel_button.click()
        (summary,) = await wait_signal(window.refresher.refresh_finished, 30)
        return summary

    summary = qloop.run_until_complete(scenario())
    assert summary.cancelled
    assert RefreshRun.select().order_by(RefreshRun.id.desc()).first().outcome == "cancelled"
    cancelled = words("RefreshSummaryText", "Refresh cancelled; every car read before that is saved.")
    assert window.statusBar().currentMessage() == cancelled
    assert not window.refresh_status.isVisible()


def test_typing_in_search_and_choosing_a_status_filter_the_list(window, qtbot, qloop):
    rows = listed(window)
    wanted = rows[-1]

    async def scenario():
        qtbot.keyClicks(window.filter_bar.search_field, wanted.listing.plate.lower())
        await wait_signal(window.proxy.counts_changed, 5)

    qloop.run_until_complete(scenario())
    assert listed(window) == [wanted]
    assert window.filter_bar.status_buttons["all"].text() == all_button(1)
    window.filter_bar.search_field.clear()
    qloop.run_until_complete(wait_signal(window.proxy.counts_changed, 5))
    window.filter_bar.status_buttons[wanted.status.value].click()
    assert {row.status for row in listed(window)} == {wanted.status}
    window.filter_bar.status_buttons["all"].click()
    assert len(listed(window)) == len(rows)


def test_selecting_a_car_fills_the_detail_panes(window, qloop):
    row = listed(window)[0]

    async def scenario():
        assert window.select_vehicle(row.vehicle_id)
        (shown,) = await wait_signal(window.detail_shown, 10)
        return shown

    assert qloop.run_until_complete(scenario()) == row.vehicle_id
    assert window.record_service_action.isEnabled()
    assert window.edit_customer_action.isEnabled()
    assert window.table.currentIndex().data(ROW_ROLE) == row


def test_connect_links_a_new_customer_through_the_simulator(window, qloop):
    before = len(listed(window))
    linked_before = Vehicle.select().count()
    outcomes = []

    async def scenario():
        window.connect_action.trigger()
        dialog = window.connect_dialog
        states = []
        dialog.state_changed.connect(states.append)
        dialog.vehicles_connected.connect(outcomes.append)
        dialog.start_button.click()
        while dialog.state != "succeeded":
            await wait_signal(dialog.state_changed, 20)
            assert dialog.state != "failed", dialog.status_label.text()
        await wait_signal(window.rows_loaded, 10)
        return dialog, states

    dialog, states = qloop.run_until_complete(scenario())
    assert states[0] == "waiting"
    assert states[-1] == "succeeded"
    (outcome,) = outcomes
    titles = ", ".join(vehicle.title for vehicle in outcome.vehicles)
    assert dialog.status_label.text() == words(
        "ConnectWords", "Linked for %1: %2.", outcome.customer_name, titles
    )
    assert dialog.url_field.text().startswith("http://simulator.demo/oauth/authorize?")
    added = Vehicle.select().count() - linked_before
    assert added >= 1
    assert len(listed(window)) == before + added


def test_a_new_trouble_code_or_alert_is_announced_once(window, qloop, live_demo):
    _session, sim = live_demo
    linked = Vehicle.select().where(Vehicle.connection.is_null(False))
    troubled = [
        vehicle
        for vehicle in linked
        if sim.reading(vehicle.smartcar_id).trouble_codes
        or any(status == "ALERT" for _, status, _ in sim.reading(vehicle.smartcar_id).systems)
    ]
    assert troubled, "the demo fleet has a car with a trouble code or a system alert"
    # Forget what the shop knew of that car's codes and systems: the next refresh finds them anew.
    TroubleCodeOccurrence.delete().where(TroubleCodeOccurrence.vehicle == troubled[0].id).execute()
    SystemStatusChange.delete().where(SystemStatusChange.vehicle == troubled[0].id).execute()

    def refresh_once():
        async def scenario():
            window.refresh_all_action.trigger()
            await wait_signal(window.refresher.refresh_finished, 60)

        qloop.run_until_complete(scenario())
        return list(window.notifier.announced)

    first = refresh_once()
    car = Vehicle.get_by_id(troubled[0].id)
    reading = sim.reading(car.smartcar_id)
    owner, catalogue = car.customer.name, trouble_code_catalogue()
    new_code = "%1's %2: new trouble code %3 (%4)"
    expected = [
        words("Notifications", new_code, owner, car.title, code, catalogue.describe(code).title)
        for code, _ in reading.trouble_codes
    ]
    expected += [
        words("Notifications", "%1's %2: %3 alert", owner, car.title, system_display_name(system_id))
        for system_id, status, _ in reading.systems
        if status == "ALERT"
    ]
    assert set(expected) <= set(first)  # every code and alert of that car, found anew
    assert first[0] in window.statusBar().currentMessage()
    assert refresh_once() == first  # nothing new the second time


def test_window_geometry_splitter_and_columns_are_remembered(window, qtbot, qloop, live_demo, shopapp_home):
    window.splitter.setSizes([700, 400])
    window.table.setColumnWidth(Column.CUSTOMER, 211)
    window.save_state()
    again = MainWindow(live_demo[0], ui_state_for(shopapp_home))
    qtbot.addWidget(again, before_close_func=lambda widget: qloop.run_until_complete(widget.shut_down()))
    assert again.table.columnWidth(Column.CUSTOMER) == 211
    again.resize(window.size())
    again.show()
    assert again.splitter.sizes() == window.splitter.sizes()
    assert not again.saveGeometry().isEmpty()


def test_recording_a_service_makes_its_due_item_disappear(window, qloop):
    plan = window.session.plan()
    row, item = next(
        (row, item) for row in listed(window) for item in row.action_items if plan.task(item.key) is not None
    )

    async def scenario():
        window.select_vehicle(row.vehicle_id)
        await wait_signal(window.detail_shown, 10)
        window.record_service_action.trigger()
        dialog = window.service_dialog
        dialog.task_boxes[item.key].setChecked(True)
        dialog.ok_button.click()
        await wait_signal(window.rows_loaded, 10)
        await wait_signal(window.detail_shown, 10)

    qloop.run_until_complete(scenario())
    after = window.model.row_at(window.model.source_row_of(row.vehicle_id))
    assert item.key not in {due.key for due in after.action_items}
    recorded = words("MainWindow", "Service recorded for %1; its reminders start again.", row.listing.title)
    assert window.statusBar().currentMessage() == recorded
    services = window.detail.detail.services
    assert services[0].tasks == (plan.task(item.key).name,)


def test_settings_round_trip_through_the_window_changes_the_list(window, qloop):
    async def scenario():
        window.settings_action.trigger()
        dialog = window.settings_dialog
        dialog.fields["distance_unit"].widget.setCurrentIndex(
            dialog.fields["distance_unit"].widget.findData("km")
        )
        dialog.fields["shop_name"].widget.setText("Corner Garage")
        dialog.save_button.click()
        await wait_signal(window.rows_loaded, 10)

    qloop.run_until_complete(scenario())
    assert window.session.settings.get("distance_unit") == "km"
    assert window.session.settings.get("shop_name") == "Corner Garage"
    odometers = [window.proxy.index(row, Column.ODOMETER).data() for row in range(window.proxy.rowCount())]
    assert any(text.endswith(" km") for text in odometers)
    assert not any(text.endswith(" mi") for text in odometers)


def test_marking_a_trouble_code_reviewed_is_saved_and_shown(shop_window, qloop):
    window = shop_window
    spell = TroubleCodeOccurrence.select().where(TroubleCodeOccurrence.cleared_at.is_null()).first()
    assert spell is not None, "the demo shop has an active trouble code"

    async def scenario():
        window.select_vehicle(spell.vehicle_id)
        await wait_signal(window.detail_shown, 10)
        window.detail.trouble_codes_pane.review_buttons[spell.id].click()
        await wait_signal(window.detail_shown, 10)

    qloop.run_until_complete(scenario())
    assert TroubleCodeOccurrence.get_by_id(spell.id).reviewed_at is not None
    assert (
        spell.id not in window.detail.trouble_codes_pane.review_buttons
        or not window.detail.trouble_codes_pane.review_buttons[spell.id].isVisible()
    )


def test_a_car_with_a_code_and_an_alert_fills_every_pane(shop_window, qloop):
    window = shop_window
    row = next(
        row
        for row in window.model.rows()
        if any(item.key.startswith("dtc:") for item in row.items)
        and any(item.key.startswith("system:") for item in row.items)
    )

    async def scenario():
        window.select_vehicle(row.vehicle_id)
        await wait_signal(window.detail_shown, 10)

    qloop.run_until_complete(scenario())
    detail = window.detail
    assert detail.header_pane.name_label.text() == row.listing.customer_name
    assert len(detail.due_items_pane.table.cell_texts()) == len(row.items)
    assert detail.oil_pane.value_label.text() != "" or detail.oil_pane.showing_notice
    assert detail.odometer_pane.chart.good_count > 1
    assert detail.trouble_codes_pane.cards, "active codes are shown as cards"
    alert = QCoreApplication.translate(
        "SystemStatusPane", "ALERT", "a vehicle system's status, in capitals as the car reports it"
    )
    assert any(cells[0] == f"▲ {alert}" for cells in detail.systems_pane.table.cell_texts())
    assert detail.services_pane.showing_notice or detail.services_pane.table.cell_texts()


@pytest.fixture
def demo_window(qtbot, qloop, shopapp_home):
    session = open_demo_session(shopapp_home, vehicles=6)
    yield open_window(qtbot, qloop, session, session.home, load=False)
    db.close()
    db.initialize(None)


def test_demo_mode_fills_its_own_folder_and_never_touches_the_shop(demo_window, qloop, shopapp_home):
    window = demo_window
    qloop.run_until_complete(fill_demo_shop(window))
    assert window.session.home == shopapp_home / "demo"
    assert window.windowTitle() == words("MainWindow", "ShopApp — Demo (simulated cars)")
    assert window.model.rowCount() == Vehicle.select().count() > 0
    assert not (shopapp_home / DATABASE_FILE_NAME).exists()
    assert not window.refresh_status.isVisible()
    assert window.refresher.automatic_timer.isActive()


def test_ending_a_cars_smartcar_link_tells_the_simulator_and_keeps_the_car(window, qloop, live_demo):
    _session, sim = live_demo
    row = next(row for row in listed(window) if not row.listing.kept_at_desk)
    car = Vehicle.get_by_id(row.vehicle_id)
    owner = sim.vehicle(car.smartcar_id).owner_id
    assert sim.connections.between(owner, car.smartcar_id) is not None
    assert window.select_vehicle(row.vehicle_id)
    assert window.end_link_action.isEnabled()

    async def scenario():
        window.end_link_action.trigger()
        question = window.link_ender.question
        end = next(b for b in question.buttons() if b.text() == words("EndLinkFlow", "End link"))
        end.click()
        (said,) = await wait_signal(window.link_ender.ended, 10)
        await wait_signal(window.rows_loaded, 10)
        return said

    said = qloop.run_until_complete(scenario())
    assert said == words(
        "EndLinkFlow", "Smartcar link of %1 ended; the car is now kept at the desk.", row.listing.title
    )
    assert sim.connections.between(owner, car.smartcar_id) is None  # Smartcar was told
    kept = Vehicle.get_by_id(row.vehicle_id)  # the car stays, with its readings
    assert (kept.smartcar_id, kept.connection_id) == (None, None)
    assert kept.odometer_readings.count() > 0
    listed_now = window.model.row_at(window.model.source_row_of(row.vehicle_id))
    assert listed_now.listing.kept_at_desk
    assert not window.end_link_action.isEnabled()
