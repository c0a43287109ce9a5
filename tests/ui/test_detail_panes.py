"""The detail panes of the selected vehicle, as the front desk sees them: demo cars and edge cases."""

import re
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractButton, QLabel, QTabBar, QTableWidget, QTreeWidget, QWidget
from words import words

from shopapp.domain.due import DueItem, Status, Suppression, Trigger
from shopapp.domain.due_reasons import Baseline, DistanceReason, TroubleCodeReason
from shopapp.domain.plan import OilCapability, default_plan
from shopapp.domain.snapshot import Availability
from shopapp.domain.units import DistanceUnit
from shopapp.i18n import fill
from shopapp.local_format import short_date
from shopapp.resources import trouble_code_catalogue
from shopapp.services.vehicle_detail import (
    NOT_AVAILABLE,
    Point,
    ServiceEntry,
    SignalState,
    SystemState,
    TroubleCodeSpell,
    VehicleDetail,
    vehicle_detail,
)
from shopapp.services.vehicle_list import vehicle_rows
from shopapp.ui.display import STATUS_LOOKS, day_text, moment_text
from shopapp.ui.panes import VehicleDetailWidget
from shopapp.ui.panes.odometer_chart_widget import (
    LEGEND_FORECAST,
    LEGEND_READINGS,
    LEGEND_SUSPECT,
    OdometerChartWidget,
)
from shopapp.ui.panes.pane_style import SUSPECT_COLOUR
from shopapp.ui.panes.pane_text import reading_text

NOW = datetime.now(UTC)
TODAY = NOW.astimezone().date()
SIGNALS = ("odometer", "engine_oil", "trouble_codes", "system_status")
ALL_OK = {name: SignalState(Availability.OK, "", NOW) for name in SIGNALS}
BAD_WORDS = re.compile(r"\bNone\b|\bnan\b|\bNaN\b|\binf\b")
CATALOGUE = trouble_code_catalogue()


def pane_words(source: str, *values: object) -> str:
    """The panes' shared wording (shopapp.ui.panes.pane_text), as the catalogue has it."""
    return words("PaneText", source, *values)


def tab_title(title: str, count: int) -> str:
    """A tab's title with its count: "Due (1)"."""
    counted = QCoreApplication.translate(
        "VehicleDetailWidget", "%1 (%2)", "a tab's title and how many things it lists"
    )
    return fill(counted, words("VehicleDetailWidget", title), count)


def system_status_words(status: str) -> str:
    """A system's status word in the systems table, "ALERT" or "OK" (each has its translator's note)."""
    notes = {
        "ALERT": "a vehicle system's status, in capitals as the car reports it",
        "OK": "a vehicle system reports no problem",
    }
    return QCoreApplication.translate("SystemStatusPane", status, notes[status])


def legend(kind: str) -> str:
    """A legend entry of the odometer chart as shown (LEGEND_* are the catalogue's source texts)."""
    return words("OdometerChartWidget", kind)


def suspect_words(count: int) -> str:
    return words(
        "PaneCountWords",
        "%n reading(s) look(s) wrong (went backwards or jumped) and is/are left out",
        n=count,
    )


def make_detail(**changes) -> VehicleDetail:
    """A vehicle with nothing known yet; tests add what they need."""
    values = {
        "vehicle_id": 7,
        "customer_id": 3,
        "customer_name": "Ann Example",
        "customer_phone": "555-0100",
        "customer_email": "ann@example.com",
        "title": "2020 Toyota Camry",
        "plate": "ABC123",
        "vin": "4T1B11HK0LU000001",
        "connection_state": "ok",
        "connection_reason": "",
        "kept_at_desk": False,
        "last_refresh_at": None,
        "data_as_of": None,
        "last_error": "",
        "odometer": (),
        "km_per_day": None,
        "oil": (),
        "oil_life": None,
        "oil_at": None,
        "oil_decline_per_day": None,
        "oil_capability": OilCapability.UNKNOWN,
        "oil_floor": None,
        "oil_reaches_floor_on": None,
        "odometer_forecast": None,
        "trouble_codes": (),
        "systems": (),
        "services": (),
        "signals": {},
        "due_items": (),
    }
    values.update(changes)
    return VehicleDetail(**values)


def spell(
    code: str, occurrence_id: int, *, cleared: bool = False, reviewed: bool = False
) -> TroubleCodeSpell:
    return TroubleCodeSpell(
        code=code,
        info=CATALOGUE.describe(code),
        first_seen_at=NOW - timedelta(days=6),
        last_seen_at=NOW - timedelta(hours=2),
        cleared_at=NOW - timedelta(hours=1) if cleared else None,
        reviewed_at=NOW - timedelta(days=1) if reviewed else None,
        occurrence_id=occurrence_id,
    )


def odometer_points(count: int, *, suspect_at: tuple[int, ...] = ()) -> tuple[Point, ...]:
    start = NOW - timedelta(days=120)
    step = timedelta(days=120) / max(count, 1)
    return tuple(
        Point(
            start + step * index,
            900_000.0 if index in suspect_at else 20_000 + index * 8.0,
            index in suspect_at,
        )
        for index in range(count)
    )


def shown_texts(root: QWidget) -> list[str]:
    """Every text a user could see: labels, table and tree cells and headers, tab titles, buttons."""
    texts = [label.text() for label in root.findChildren(QLabel)]
    texts += [button.text() for button in root.findChildren(QAbstractButton)]
    for bar in root.findChildren(QTabBar):
        texts += [bar.tabText(index) for index in range(bar.count())]
    for table in root.findChildren(QTableWidget):
        for column in range(table.columnCount()):
            texts.append(table.horizontalHeaderItem(column).text())
            texts += [table.item(row, column).text() for row in range(table.rowCount())]
    for tree in root.findChildren(QTreeWidget):
        items = [tree.topLevelItem(index) for index in range(tree.topLevelItemCount())]
        texts += [item.text(column) for item in items for column in range(tree.columnCount())]
    return texts


def assert_nothing_reads_like_a_bug(root: QWidget) -> None:
    offenders = [text for text in shown_texts(root) if BAD_WORDS.search(text)]
    assert offenders == []


@pytest.fixture
def widget(qtbot):
    view = VehicleDetailWidget()
    qtbot.addWidget(view)
    view.resize(700, 600)
    view.show()
    return view


def test_without_a_vehicle_it_invites_a_selection(widget):
    assert widget.showing_placeholder
    assert widget.placeholder_label.text() == words(
        "VehicleDetailWidget", "Select a vehicle to see its details"
    )
    widget.show_vehicle(make_detail(), DistanceUnit.MI)
    assert not widget.showing_placeholder
    widget.show_vehicle(None, DistanceUnit.MI)
    assert widget.showing_placeholder
    assert widget.detail is None


def test_a_demo_car_with_trouble_codes_and_a_system_alert(widget, demo_store):
    rows = vehicle_rows(today=date.today(), plan=default_plan(), unit=DistanceUnit.MI, catalogue=CATALOGUE)
    row = next(
        row
        for row in rows
        if any(item.trigger is Trigger.TROUBLE_CODE for item in row.items)
        and any(item.trigger is Trigger.SYSTEM_ALERT for item in row.items)
    )
    detail = vehicle_detail(row.vehicle_id, plan=default_plan(), catalogue=CATALOGUE, due_items=row.items)
    widget.show_vehicle(detail, DistanceUnit.MI)

    assert widget.header_pane.name_label.text() == detail.customer_name
    card_titles = [card.title_label.text() for card in widget.trouble_codes_pane.cards]
    assert [f"▲ {code.code}  {code.info.title}" for code in detail.active_codes] == card_titles
    assert widget.systems_pane.table.item(0, 0).text() == f"▲ {system_status_words('ALERT')}"
    tab_titles = [widget.tabs.tabText(index) for index in range(widget.tabs.count())]
    assert f"▲ {tab_title('Codes', len(detail.active_codes))}" in tab_titles
    alerts = sum(1 for state in detail.systems if state.status == "ALERT")
    assert f"▲ {tab_title('Systems', alerts)}" in tab_titles
    assert_nothing_reads_like_a_bug(widget)
    for index in range(widget.tabs.count()):
        widget.tabs.setCurrentIndex(index)
        assert not widget.grab().isNull()


def test_no_demo_car_shows_none_or_nan_anywhere(widget, demo_store):
    rows = vehicle_rows(today=date.today(), plan=default_plan(), unit=DistanceUnit.KM, catalogue=CATALOGUE)
    assert rows
    for row in rows:
        detail = vehicle_detail(row.vehicle_id, plan=default_plan(), catalogue=CATALOGUE, due_items=row.items)
        widget.show_vehicle(detail, DistanceUnit.KM)
        assert_nothing_reads_like_a_bug(widget)


def test_mark_reviewed_asks_for_the_occurrence_and_writes_nothing(widget, qtbot):
    detail = make_detail(
        trouble_codes=(
            spell("P0420", 41),
            spell("C0035", 42, reviewed=True),
            spell("P0171", 12, cleared=True),
        ),
        signals=ALL_OK,
    )
    widget.show_vehicle(detail, DistanceUnit.MI)
    widget.tabs.setCurrentWidget(widget.trouble_codes_pane)
    pane = widget.trouble_codes_pane

    assert set(pane.review_buttons) == {41}  # reviewed and cleared codes have no button
    assert pane.review_buttons[41].text() == words("TroubleCodeCardWidget", "Mark reviewed")
    reviewed_at = moment_text(pane.cards[1].spell.reviewed_at)
    assert pane.cards[1].review_label.text() == words("TroubleCodeCardWidget", "✓ Reviewed %1", reviewed_at)
    with qtbot.waitSignal(widget.review_requested, timeout=1000) as blocker:
        qtbot.mouseClick(pane.review_buttons[41], Qt.MouseButton.LeftButton)
    assert blocker.args == [41]
    assert pane.history_table.item(0, 0).text() == "P0171"
    assert pane.history_table.item(0, 1).text() == CATALOGUE.describe("P0171").title


def test_a_trouble_code_card_says_what_the_code_means(widget):
    widget.show_vehicle(make_detail(trouble_codes=(spell("P0420", 1),), signals=ALL_OK), DistanceUnit.MI)
    card = widget.trouble_codes_pane.cards[0]
    info = CATALOGUE.describe("P0420")
    assert card.description_label.text() == info.description
    assert pane_words("Lights the check-engine lamp") in card.flags_label.text()
    assert pane_words("Emissions-related (may fail an inspection)") in card.flags_label.text()
    # The shop (US English, no currency set) works in dollars, the catalogue in euros: a level, no amount.
    assert card.cost_label.text() == pane_words("High repair cost (catalogue estimate)")
    first, last = (
        moment.astimezone().date() for moment in (card.spell.first_seen_at, card.spell.last_seen_at)
    )
    assert card.seen_label.text() == pane_words(
        "First seen %1 · last seen %2", day_text(first), day_text(last)
    )


def test_a_shop_in_another_currency_than_the_catalogue_sees_a_cost_level_and_no_euro(widget):
    codes = (spell("C0035", 1), spell("P0300", 2), spell("P0420", 3), spell("P0171", 4, cleared=True))
    widget.show_vehicle(make_detail(trouble_codes=codes, signals=ALL_OK), DistanceUnit.MI, currency="USD")
    cards = widget.trouble_codes_pane.cards
    assert [card.cost_label.text() for card in cards] == [
        pane_words("Low repair cost (catalogue estimate)"),
        pane_words("Moderate repair cost (catalogue estimate)"),
        pane_words("High repair cost (catalogue estimate)"),
    ]
    assert cards[0].cost_label.toolTip() == pane_words(
        "Compared with the other codes of the trouble-code catalogue. Its prices are not in the shop's "
        "currency, so no amount is shown."
    )
    texts = shown_texts(widget) + [child.toolTip() for child in widget.findChildren(QWidget)]
    assert not any("€" in text or "EUR" in text for text in texts)
    assert not any(re.search(r"\d[\d,]*–\d", text) for text in texts)  # no amount band at all


def test_a_shop_in_the_catalogues_currency_sees_the_amounts(widget):
    detail = make_detail(trouble_codes=(spell("P0420", 1),), signals=ALL_OK)
    widget.show_vehicle(detail, DistanceUnit.MI, currency="EUR")
    card = widget.trouble_codes_pane.cards[0]
    assert card.cost_label.text() == pane_words("Typical repair cost %1 (catalogue estimate)", "€600–2,500")
    assert card.cost_label.toolTip() == ""


def test_a_band_priced_in_dollars_reads_as_dollars_in_a_dollar_shop(widget):
    priced = spell("P0420", 1)
    priced = replace(priced, info=replace(priced.info, cost_min=40, cost_max=800, cost_currency="USD"))
    widget.show_vehicle(make_detail(trouble_codes=(priced,), signals=ALL_OK), DistanceUnit.MI, currency="USD")
    card = widget.trouble_codes_pane.cards[0]
    assert card.cost_label.text() == pane_words("Typical repair cost %1 (catalogue estimate)", "$40–800")


@pytest.mark.parametrize(
    ("signal", "codes", "expected"),
    [
        (SignalState(Availability.OK), (), ("TroubleCodesPane", "No active trouble codes")),
        (
            SignalState(Availability.OK),
            (spell("P0171", 3, cleared=True),),
            ("TroubleCodesPane", "No active trouble codes"),
        ),
        (SignalState(Availability.NOT_CAPABLE), (), ("SignalStates", NOT_AVAILABLE)),
        (SignalState(None), (), ("TroubleCodesPane", "Trouble codes not read yet")),
    ],
)
def test_without_active_codes_the_pane_says_why(widget, signal, codes, expected):
    widget.show_vehicle(make_detail(trouble_codes=codes, signals={"trouble_codes": signal}), DistanceUnit.MI)
    assert widget.trouble_codes_pane.summary_text == words(*expected)
    assert widget.trouble_codes_pane.cards == []


def test_oil_life_shows_value_trend_and_when_it_reaches_the_floor(widget):
    reaches = TODAY + timedelta(days=12)
    detail = make_detail(
        oil=(Point(NOW - timedelta(days=10), 0.49), Point(NOW - timedelta(hours=5), 0.45)),
        oil_life=0.45,
        oil_at=NOW - timedelta(hours=5),
        oil_decline_per_day=0.004,
        oil_capability=OilCapability.REPORTED,
        oil_floor=0.20,
        oil_reaches_floor_on=reaches,
        signals=ALL_OK,
    )
    widget.show_vehicle(detail, DistanceUnit.MI)
    pane = widget.oil_pane
    assert not pane.showing_notice
    assert pane.value_label.text() == "45 %"
    assert pane.gauge.value == pytest.approx(0.45)
    assert pane.trend_label.text() == pane_words("−%1 % per day", "0.4")
    assert pane.forecast_label.text() == pane_words(
        "Oil life reaches %1 around %2", "20 %", day_text(reaches)
    )
    earlier = detail.oil[0].at.astimezone().date()
    assert pane.previous_label.text() == pane_words("%1 on %2", "49 %", day_text(earlier))
    assert pane.history_table.rowCount() == 2


@pytest.mark.parametrize(
    ("availability", "expected"),
    [
        (Availability.NOT_CAPABLE, NOT_AVAILABLE),
        (Availability.NO_PERMISSION, "Not shared by the owner when the car was connected"),
    ],
)
def test_oil_life_the_car_cannot_give_is_explained_not_blank(widget, availability, expected):
    detail = make_detail(
        oil_capability=OilCapability.UNREADABLE, signals={"engine_oil": SignalState(availability)}
    )
    widget.show_vehicle(detail, DistanceUnit.MI)
    assert widget.oil_pane.showing_notice
    assert widget.oil_pane.notice_label.text() == words("SignalStates", expected)


def test_an_electric_car_has_no_engine_oil(widget):
    detail = make_detail(
        oil_capability=OilCapability.NO_ENGINE_OIL,
        signals={"engine_oil": SignalState(Availability.NOT_CAPABLE)},
    )
    widget.show_vehicle(detail, DistanceUnit.MI)
    assert widget.oil_pane.notice_label.text() == words("OilLifePane", "No engine oil (electric vehicle)")


def test_a_failed_read_keeps_the_earlier_value_and_says_why(widget):
    detail = make_detail(
        oil=(Point(NOW - timedelta(days=2), 0.6),),
        oil_life=0.6,
        oil_at=NOW - timedelta(days=2),
        oil_capability=OilCapability.REPORTED,
        oil_floor=0.2,
        signals={"engine_oil": SignalState(Availability.ERROR, "vehicle asleep")},
    )
    widget.show_vehicle(detail, DistanceUnit.MI)
    assert widget.oil_pane.value_label.text() == "60 %"
    why = words("SignalStates", "The last refresh could not read it (%1)", "vehicle asleep")
    # The signal's name, then why, continuing the sentence (its first letter in lower case).
    expected = f"{words('SignalNames', 'Engine oil')} — {why[:1].lower()}{why[1:]}"
    assert widget.oil_pane.note_label.text() == expected


@pytest.mark.parametrize(
    ("unit", "value", "rate", "forecast"),
    [
        (DistanceUnit.MI, "12,427 mi", "25", "12,920 mi"),
        (DistanceUnit.KM, "20,000 km", "40", "20,793 km"),
    ],
)
def test_odometer_in_the_shops_unit_with_rate_and_forecast(widget, unit, value, rate, forecast):
    on = TODAY + timedelta(days=30)
    detail = make_detail(
        odometer=(Point(NOW - timedelta(days=3), 19_880.0), Point(NOW - timedelta(hours=1), 20_000.0)),
        km_per_day=40.0,
        odometer_forecast=(on, 20_793.0),
        signals=ALL_OK,
    )
    widget.show_vehicle(detail, unit)
    pane = widget.odometer_pane
    assert pane.value_label.text() == value
    assert pane.rate_label.text() == words("DisplayWords", "%1 %2/day", rate, unit.value)
    assert pane.forecast_label.text() == pane_words("≈ %1 by %2", forecast, day_text(on))
    assert pane.chart.legend_entries() == [legend(LEGEND_READINGS), legend(LEGEND_FORECAST)]


def test_suspect_odometer_readings_are_counted_drawn_and_in_the_legend(widget):
    detail = make_detail(odometer=odometer_points(30, suspect_at=(12,)), km_per_day=10.0, signals=ALL_OK)
    widget.show_vehicle(detail, DistanceUnit.MI)
    pane = widget.odometer_pane
    assert pane.chart.suspect_count == 1
    assert legend(LEGEND_SUSPECT) in pane.chart.legend_entries()
    assert pane.suspect_label.text() == suspect_words(1)
    # The latest good reading, not the impossible jump, is the odometer value.
    assert pane.value_label.text() == f"{round((20_000 + 29 * 8) / 1.609344):,} mi"


def red_pixels(chart: OdometerChartWidget) -> int:
    image = chart.grab().toImage()
    target = SUSPECT_COLOUR

    def close(colour: QColor) -> bool:
        return (
            abs(colour.red() - target.red()) < 40
            and abs(colour.green() - target.green()) < 40
            and abs(colour.blue() - target.blue()) < 40
        )

    return sum(
        1
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
        if close(image.pixelColor(x, y))
    )


@pytest.mark.parametrize("count", [0, 1, 2, 1000])
def test_the_chart_paints_any_number_of_readings(qtbot, count):
    chart = OdometerChartWidget()
    qtbot.addWidget(chart)
    forecast = (TODAY + timedelta(days=30), 30_000.0) if count else None
    chart.set_readings(
        odometer_points(count, suspect_at=(500,) if count == 1000 else ()), forecast, DistanceUnit.MI
    )
    for size in ((240, 150), (520, 300), (1000, 500)):
        chart.resize(*size)
        assert not chart.grab().isNull()
    assert chart.good_count + chart.suspect_count == count
    assert chart.has_forecast == bool(count)
    assert (red_pixels(chart) > 10) == (count == 1000)  # only suspect readings are drawn in red


def test_system_alerts_come_first_and_read_without_colour(widget):
    systems = (
        SystemState("SYSTEM_ABS", "Anti-lock brakes", "OK", None, NOW - timedelta(days=20)),
        SystemState("SYSTEM_TPMS", "Tire pressure", "ALERT", "Front left tire low", NOW - timedelta(days=1)),
    )
    widget.show_vehicle(make_detail(systems=systems, signals=ALL_OK), DistanceUnit.MI)
    table = widget.systems_pane.table
    alert, ok = system_status_words("ALERT"), system_status_words("OK")
    assert table.cell_texts()[0][:3] == [f"▲ {alert}", "Tire pressure", "Front left tire low"]
    assert table.cell_texts()[1][:2] == [f"✓ {ok}", "Anti-lock brakes"]
    alerting = words("SystemStatusPane", "%n system(s) report(s) an alert", n=1)
    assert widget.systems_pane.summary_label.text() == f"▲ {alerting}"


def on_record(count: int, latest: str) -> str:
    return words("ServiceHistoryPane", "%n service(s) on record, the latest on %1", latest, n=count)


def chart_description(good: int, suspect: int) -> str:
    return words("OdometerChartWidget", "%n reading(s), %1 suspect", suspect, n=good)


def test_counts_read_as_real_plurals(widget, qtbot):
    one_system = (SystemState("SYSTEM_ABS", "Anti-lock brakes", "OK", None, NOW - timedelta(days=20)),)
    two_services = (
        ServiceEntry(date(2026, 3, 2), None, (), None, "USD", "shop", ""),
        ServiceEntry(date(2025, 9, 14), None, (), None, "USD", "shop", ""),
    )
    detail = make_detail(
        systems=one_system,
        services=two_services[:1],
        odometer=odometer_points(30, suspect_at=(12, 20)),
        signals=ALL_OK,
    )
    widget.show_vehicle(detail, DistanceUnit.MI)
    all_ok = words("SystemStatusPane", "All %n system(s) OK", n=1)
    assert widget.systems_pane.summary_label.text() == f"✓ {all_ok}"
    latest = day_text(date(2026, 3, 2))
    assert widget.services_pane.summary_label.text() == on_record(1, latest)
    assert widget.odometer_pane.suspect_label.text() == suspect_words(2)
    assert widget.odometer_pane.chart.accessibleDescription() == chart_description(28, 2)
    widget.show_vehicle(replace(detail, services=two_services), DistanceUnit.MI)
    assert widget.services_pane.summary_label.text() == on_record(2, latest)
    chart = OdometerChartWidget()
    qtbot.addWidget(chart)
    chart.set_readings(odometer_points(1), None, DistanceUnit.MI)
    assert chart.accessibleDescription() == chart_description(1, 0)


def test_system_status_the_car_cannot_give(widget):
    detail = make_detail(signals={"system_status": SignalState(Availability.NOT_CAPABLE)})
    widget.show_vehicle(detail, DistanceUnit.MI)
    assert widget.systems_pane.showing_notice
    assert widget.systems_pane.notice_label.text() == words("SignalStates", NOT_AVAILABLE)


def test_service_history_in_words_money_and_the_shops_unit(widget):
    services = (
        ServiceEntry(
            date(2026, 3, 2), 16_093.44, ("Tire rotation", "Cabin air filter"), 12_345, "USD", "shop", ""
        ),
        ServiceEntry(date(2025, 9, 14), None, (), None, "USD", "smartcar", ""),
        ServiceEntry(
            date(2025, 1, 5), 5_000.0, ("Brake inspection",), 9_900, "eur", "smartcar", "Front pads"
        ),
    )
    widget.show_vehicle(make_detail(services=services), DistanceUnit.MI)
    rows = widget.services_pane.table.cell_texts()
    assert rows[0][1:] == ["10,000 mi", "Tire rotation\nCabin air filter", "$123.45", pane_words("This shop")]
    assert rows[1][1:] == [
        "—",
        pane_words("Work not itemised"),
        "—",
        pane_words("Dealer/other shop (Smartcar)"),
    ]
    # Paid in euros: the amount as paid, as the locale writes euros, never converted.
    assert rows[2][2:4] == [f"Brake inspection\n{pane_words('Note: %1', 'Front pads')}", "€99.00"]


def test_a_cost_the_front_desk_entered_is_in_the_shops_currency(widget):
    entered = ServiceEntry(date(2026, 3, 2), 16_093.44, ("Tire rotation",), 12_345, "", "shop", "")
    widget.show_vehicle(make_detail(services=(entered,)), DistanceUnit.KM, currency="EUR")
    assert widget.services_pane.table.cell_texts()[0][3] == "€123.45"
    widget.show_vehicle(make_detail(services=(entered,)), DistanceUnit.MI, currency="USD")
    assert widget.services_pane.table.cell_texts()[0][3] == "$123.45"


def test_no_services_on_record(widget):
    widget.show_vehicle(make_detail(), DistanceUnit.MI)
    assert widget.services_pane.showing_notice
    assert widget.services_pane.notice_label.text() == words("ServiceHistoryPane", "No services on record")


def test_due_items_carry_the_status_badge_and_when(widget):
    due_on = TODAY + timedelta(days=9)
    items = (
        DueItem("dtc:P0420", "DTC P0420", Status.ALERT, TroubleCodeReason("P0420", "Catalyst efficiency")),
        DueItem(
            "tire_rotation",
            "Tire rotation",
            Status.DUE_SOON,
            # 300 mi to go, 9 days at this car's driving.
            DistanceReason("Tire rotation", Baseline(TODAY, 0.0, True), 9_173.26, 9_656.06, 482.8, TODAY),
            due_date=due_on,
            due_odometer_km=16_093.44,
            suppressed=Suppression("snoozed", until=date(2026, 12, 10)),
        ),
    )
    widget.show_vehicle(make_detail(due_items=items), DistanceUnit.MI)
    rows = widget.due_items_pane.table.cell_texts()
    assert [row[0] for row in rows] == [STATUS_LOOKS[Status.ALERT].badge, STATUS_LOOKS[Status.DUE_SOON].badge]
    assert rows[0][3] == "—"
    assert rows[1][3] == f"{day_text(due_on)} · 10,000 mi"
    nine_days = words("DueCountWords", "%n day(s)", n=9)
    reason = words("DueReasons", "%1 due in ~%2 (≈ %3)", "Tire rotation", nine_days, "300 mi")
    snoozed = words("DueReasons", "snoozed until %1", short_date(date(2026, 12, 10), date.today()))
    assert rows[1][2] == f"{reason}\n{pane_words('Hidden from the due list: %1', snoozed)}"
    assert rows[0][2] == "P0420 Catalyst efficiency"
    needing_action = words("DueItemsPane", "%n item(s) need(s) action", n=1)
    hidden = words("DueItemsPane", "%n hidden from the due list by the front desk", n=1)
    assert widget.due_items_pane.summary_label.text() == f"{needing_action} · {hidden}"
    assert widget.tabs.tabText(widget.tabs.indexOf(widget.due_items_pane)) == tab_title("Due", 1)


def test_a_car_never_refreshed_with_nothing_known(widget):
    widget.show_vehicle(make_detail(), DistanceUnit.MI)
    assert widget.header_pane.status_label.text().endswith(pane_words("Never refreshed"))
    assert widget.odometer_pane.notice_label.text() == words("OdometerPane", "No odometer reading yet")
    assert widget.oil_pane.notice_label.text() == words("OilLifePane", "No oil-life reading yet")
    assert widget.systems_pane.notice_label.text() == words(
        "SystemStatusPane", "No system status reported yet"
    )
    assert widget.due_items_pane.showing_notice
    assert not widget.header_pane.reconnect_label.isVisibleTo(widget)
    assert_nothing_reads_like_a_bug(widget)


def test_needs_reconnect_is_prominent_with_its_reason(widget):
    detail = make_detail(
        connection_state="needs_reconnect",
        connection_reason="the refresh token was refused",
        last_refresh_at=NOW - timedelta(days=3),
        last_error="Vehicle asleep",
    )
    widget.show_vehicle(detail, DistanceUnit.MI)
    header = widget.header_pane
    assert header.reconnect_label.isVisibleTo(widget)
    reconnect = pane_words("Needs reconnect — %1", "the refresh token was refused")
    assert header.reconnect_label.text() == f"▲ {reconnect}"
    # The link's state is in the banner; the status line keeps to when the car was last read.
    assert header.status_label.text() == pane_words("Last refresh %1", reading_text(detail.last_refresh_at))
    assert f"({words('AgeWords', '%n day(s) ago', n=3)})" in header.status_label.text()
    assert header.error_label.isVisibleTo(widget)
    problem = words("VehicleHeaderPane", "The last refresh reported a problem: %1", "Vehicle asleep")
    assert header.error_label.text() == problem


def test_last_known_data_says_when_the_car_reported_it(widget):
    # Smartcar v3 serves last-known values: the car may have reported hours before the refresh.
    detail = make_detail(last_refresh_at=NOW - timedelta(minutes=1), data_as_of=NOW - timedelta(hours=5))
    widget.show_vehicle(detail, DistanceUnit.MI)
    text = widget.header_pane.status_label.text()
    as_of = pane_words(
        "Data as of %1 · last refresh %2",
        reading_text(detail.data_as_of),
        reading_text(detail.last_refresh_at),
    )
    assert text.endswith(as_of)
    assert f"({words('AgeWords', '%n h ago', n=5)})" in text
    fresh = make_detail(last_refresh_at=NOW - timedelta(minutes=1), data_as_of=NOW - timedelta(minutes=3))
    widget.show_vehicle(fresh, DistanceUnit.MI)
    text = widget.header_pane.status_label.text()
    assert text.endswith(pane_words("Last refresh %1", reading_text(fresh.last_refresh_at)))
    assert pane_words("Data as of %1 · last refresh %2").split("%1")[0] not in text


def test_odd_customer_names_are_shown_as_typed_and_never_widen_the_pane(widget):
    name = 'Zoë "Ziggy" O\'Brien <b>& Sons</b> 🚗 ' + "Very Long Fleet Name " * 8
    email = "a.very.long.address." * 5 + "@example.com"
    widget.show_vehicle(make_detail(customer_name=name, customer_email=email), DistanceUnit.MI)
    header = widget.header_pane
    assert header.name_label.text() == name.strip()
    assert header.name_label.textFormat() == Qt.TextFormat.PlainText
    assert header.name_label.toolTip() == name.strip()  # elided on screen, whole in the tooltip
    assert widget.minimumSizeHint().width() <= 700
    assert widget.minimumSizeHint().height() <= 600


def test_a_new_vehicle_replaces_the_previous_one(widget):
    widget.show_vehicle(make_detail(trouble_codes=(spell("P0420", 1),), signals=ALL_OK), DistanceUnit.MI)
    widget.show_vehicle(replace(make_detail(), customer_name="Bob Other", signals=ALL_OK), DistanceUnit.MI)
    assert widget.trouble_codes_pane.cards == []
    assert widget.trouble_codes_pane.review_buttons == {}
    assert widget.header_pane.name_label.text() == "Bob Other"
    assert widget.tabs.tabText(widget.tabs.indexOf(widget.trouble_codes_pane)) == words(
        "VehicleDetailWidget", "Codes"
    )


def test_items_that_are_not_plan_tasks_are_named_in_the_shops_language():
    """Every surface names an alert in plain words through the catalogue (never "DTC P0420" or a raw
    "SYSTEM_MIL"), and leaves a plan task's name (the shop's own) as it is."""
    from shopapp.domain.due_reasons import NoDataReason, ReconnectReason, SystemAlertReason
    from shopapp.reports.due_words import item_name

    mil = SystemAlertReason("SYSTEM_MIL", None)
    brakes = DistanceReason("Bremsen prüfen", Baseline(TODAY, 0.0, True), 9_000, 10_000, 1_000, TODAY)
    named = [
        (
            DueItem("dtc:P0420", "DTC P0420", Status.ALERT, TroubleCodeReason("P0420", "Catalyst")),
            words("DueReasons", "Trouble code %1", "P0420"),
        ),
        (
            DueItem("reconnect", "Reconnect Smartcar", Status.ALERT, ReconnectReason()),
            words("DueReasons", "Reconnect Smartcar"),
        ),
        (
            DueItem("awaiting", "Awaiting first refresh", Status.OK, NoDataReason()),
            words("DueReasons", "Awaiting first refresh"),
        ),
        (
            DueItem("system:SYSTEM_MIL", "System MIL", Status.ALERT, mil),
            words("DueReasons", "%1 warning", words("SystemNames", "Check-engine light")),
        ),
        (DueItem("brakes", "Bremsen prüfen", Status.DUE, brakes), "Bremsen prüfen"),
    ]
    assert [item_name(item) for item, _ in named] == [shown for _, shown in named]
