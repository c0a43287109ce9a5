"""The front desk says what drives a car Smartcar does not describe; the plan follows (issue 14, item 2)."""

from qt_support import wait_signal
from words import words

from shopapp.domain.powertrain import Powertrain


def test_choosing_electric_drops_the_oil_change_and_the_engine_air_filter(shop_window, qloop):
    window = shop_window
    row = next(
        row
        for row in window.model.rows()
        if {"oil_change", "engine_air_filter"} <= {item.key for item in row.items}
    )

    async def scenario():
        window.select_vehicle(row.vehicle_id)
        await wait_signal(window.detail_shown, 10)
        assert window.powertrain_action.isEnabled()
        window.powertrain_action.trigger()
        dialog = window.powertrain_dialog
        assert dialog.chosen() is row.listing.powertrain  # what is on record is chosen to start with
        dialog.buttons[Powertrain.ELECTRIC].setChecked(True)
        dialog.button_box.accepted.emit()
        await wait_signal(window.rows_loaded, 10)

    qloop.run_until_complete(scenario())
    after = window.model.row_at(window.model.source_row_of(row.vehicle_id))
    assert after.listing.powertrain is Powertrain.ELECTRIC
    keys = {item.key for item in after.items}
    assert not keys & {"oil_change", "engine_air_filter"}
    assert {"tire_rotation", "cabin_air_filter", "brake_inspection"} <= keys
    saved = words("MainWindow", "Powertrain saved for %1; its service plan follows it.", row.listing.title)
    assert window.statusBar().currentMessage() == saved
