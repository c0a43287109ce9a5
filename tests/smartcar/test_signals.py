"""Signal readers: both unit spellings and miles, percent oil life, trouble codes with any of the three
timestamp forms, the 21 system statuses under their v2 ids, service records with nulls, the VIN; a body
that does not fit is a MalformedResponseError, a failed signal raises its own typed error."""

import math
from datetime import UTC, datetime

import pytest

from shopapp.smartcar import CompatibilityError, MalformedResponseError, SmartcarError, V3Signal
from shopapp.smartcar import signals as codes
from shopapp.smartcar.results import ServiceDetail, ServiceTask, SystemState, TroubleCode

INSTANT = datetime(2023, 10, 15, 8, 0, tzinfo=UTC)
EPOCH_SECONDS = int(INSTANT.timestamp())


def signal(code, body, status="SUCCESS", error=None):
    return V3Signal(code=code, status=status, body=body, error=error, oem_updated_at=None, retrieved_at=None)


# -- instants -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value",
    [
        EPOCH_SECONDS,
        float(EPOCH_SECONDS),
        EPOCH_SECONDS * 1000,
        EPOCH_SECONDS * 1000.0,
        str(EPOCH_SECONDS),
        f" {EPOCH_SECONDS * 1000} ",
        "2023-10-15T08:00:00Z",
        "2023-10-15T08:00:00.000Z",
        "2023-10-15T10:00:00+02:00",
        "2023-10-15T08:00:00",
    ],
)
def test_instants_in_every_form(value):
    assert codes.parse_instant(value) == INSTANT


def test_millisecond_precision_is_kept():
    assert codes.parse_instant(1752104118549) == datetime(2025, 7, 9, 23, 35, 18, 549000, tzinfo=UTC)


@pytest.mark.parametrize(
    "value", [None, True, "", "soon", "2023-13-45T99:00:00Z", math.nan, math.inf, "nan", 1e300, [], {}]
)
def test_unreadable_instants_are_none(value):
    assert codes.parse_instant(value) is None


# -- odometer -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("unit", "km"),
    [
        ("km", 1000.0),
        ("kilometers", 1000.0),
        ("kilometer", 1000.0),
        ("KM", 1000.0),
        ("mi", 1609.344),
        ("miles", 1609.344),
        ("mile", 1609.344),
    ],
)
def test_odometer_units(unit, km):
    assert codes.odometer_km(signal(codes.ODOMETER, {"unit": unit, "value": 1000})) == pytest.approx(km)


@pytest.mark.parametrize(
    "body",
    [
        {"unit": "km", "value": -1},
        {"unit": "km", "value": math.nan},
        {"unit": "km", "value": math.inf},
        {"unit": "km", "value": True},
        {"unit": "km", "value": "1000"},
        {"unit": "furlongs", "value": 1000},
        {"value": 1000},
        {"unit": "km"},
        [1000],
        None,
    ],
)
def test_odometer_bodies_that_do_not_fit(body):
    with pytest.raises(MalformedResponseError, match=codes.ODOMETER):
        codes.odometer_km(signal(codes.ODOMETER, body))


def test_a_failed_signal_raises_its_own_error():
    failed = signal(codes.ODOMETER, None, "ERROR", CompatibilityError("cannot", code="VEHICLE_NOT_CAPABLE"))
    with pytest.raises(CompatibilityError):
        codes.odometer_km(failed)
    with pytest.raises(SmartcarError, match="UNAVAILABLE"):
        codes.odometer_km(signal(codes.ODOMETER, {"unit": "km", "value": 1}, "UNAVAILABLE"))


# -- oil life -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("unit", "value", "fraction"),
    [("percent", 85, 0.85), ("percentage", 85, 0.85), ("Percent", 0, 0.0), ("percent", 100, 1.0)],
)
def test_oil_life_is_a_fraction(unit, value, fraction):
    assert codes.oil_life_fraction(signal(codes.OIL_LIFE, {"unit": unit, "value": value})) == fraction


@pytest.mark.parametrize(
    "body",
    [
        {"unit": "percent", "value": 101},
        {"unit": "percent", "value": -1},
        {"unit": "fraction", "value": 0.85},
        {"value": 0.85},
        {"unit": "liters", "value": 4},
        {"unit": "percent", "value": None},
    ],
)
def test_oil_life_bodies_that_do_not_fit(body):
    with pytest.raises(MalformedResponseError):
        codes.oil_life_fraction(signal(codes.OIL_LIFE, body))


# -- trouble codes --------------------------------------------------------------------------------------


def test_trouble_codes_with_each_timestamp_form():
    body = {
        "values": [
            {"code": " p0300 ", "timestamp": "2023-10-15T08:00:00Z"},
            {"code": "P0420", "timestamp": EPOCH_SECONDS},
            {"code": "P0171", "timestamp": EPOCH_SECONDS * 1000},
            {"code": "U0100", "timestamp": None},
            {"code": "B1234"},
        ]
    }
    assert codes.trouble_codes(signal(codes.DTC_LIST, body)) == (
        TroubleCode("P0300", INSTANT),
        TroubleCode("P0420", INSTANT),
        TroubleCode("P0171", INSTANT),
        TroubleCode("U0100", None),
        TroubleCode("B1234", None),
    )
    assert codes.trouble_codes(signal(codes.DTC_LIST, {"values": []})) == ()


@pytest.mark.parametrize(
    "body",
    [{}, {"values": None}, {"values": [{"code": ""}]}, {"values": ["P0300"]}, {"values": [{"code": 300}]}],
)
def test_trouble_code_bodies_that_do_not_fit(body):
    with pytest.raises(MalformedResponseError):
        codes.trouble_codes(signal(codes.DTC_LIST, body))


# -- system statuses ------------------------------------------------------------------------------------


def test_all_twenty_one_system_signals_map_to_v2_ids():
    assert len(codes.SYSTEM_SIGNALS) == 21
    assert codes.SYSTEM_ID_BY_SIGNAL["diagnostics-mil"] == "SYSTEM_MIL"
    assert (
        codes.SYSTEM_ID_BY_SIGNAL["diagnostics-tirepressuremonitoring"] == "SYSTEM_TIRE_PRESSURE_MONITORING"
    )
    assert codes.SYSTEM_ID_BY_SIGNAL["diagnostics-evhvbattery"] == "SYSTEM_EV_HV_BATTERY"
    assert all(code.startswith("diagnostics-") for code in codes.SYSTEM_SIGNALS)
    assert codes.DTC_LIST not in codes.SYSTEM_SIGNALS
    assert codes.DTC_COUNT not in codes.SYSTEM_SIGNALS
    assert len(set(codes.SYSTEM_ID_BY_SIGNAL.values())) == 21


@pytest.mark.parametrize("code", codes.SYSTEM_SIGNALS)
def test_each_system_status_is_read(code):
    body = {"status": "alert", "description": "Check the system"}
    assert codes.system_status(signal(code, body)) == SystemState(
        codes.SYSTEM_ID_BY_SIGNAL[code], "ALERT", "Check the system"
    )


def test_a_status_without_description():
    state = codes.system_status(signal("diagnostics-abs", {"status": "OK"}))
    assert state == SystemState("SYSTEM_ABS", "OK", None)


def test_a_newer_diagnostics_signal_gets_the_same_naming():
    assert codes.system_status(signal("diagnostics-coolant", {"status": "OK"})).system_id == "SYSTEM_COOLANT"


@pytest.mark.parametrize("code", [codes.DTC_LIST, codes.DTC_COUNT, codes.ODOMETER])
def test_other_signals_are_not_system_statuses(code):
    with pytest.raises(ValueError, match=code):
        codes.system_status(signal(code, {"status": "OK"}))


@pytest.mark.parametrize("body", [{}, {"status": ""}, {"status": 1}, "OK"])
def test_system_status_bodies_that_do_not_fit(body):
    with pytest.raises(MalformedResponseError):
        codes.system_status(signal("diagnostics-mil", body))


# -- service records ------------------------------------------------------------------------------------


def test_service_records_are_read_like_v2_history():
    body = {
        "values": [
            {
                "id": "SVC-2024-001",
                "cost": {"amount": 150, "currency": "USD"},
                "time": "2024-01-15T14:30:00Z",
                "tasks": [{"id": "TSK-001", "description": "Oil Change"}],
                "details": [{"id": "DTL-001", "description": "5W-30 Synthetic Oil Used"}],
                "odometer": 50000,
            },
            {"id": None, "cost": None, "time": None, "tasks": None, "details": None, "odometer": None},
            {},
            None,
            {"id": 77, "time": 1705329000000, "odometer": {"unit": "mi", "value": 100}, "tasks": [None, {}]},
        ]
    }
    full, nulls, empty, numbered = codes.service_events(signal(codes.SERVICE_RECORDS, body))
    assert full.service_id == "SVC-2024-001"
    assert full.service_date == datetime(2024, 1, 15, 14, 30, tzinfo=UTC)
    assert full.odometer_km == 50000
    assert full.tasks == (ServiceTask("TSK-001", "Oil Change"),)
    assert full.details == (ServiceDetail("DTL-001", "5W-30 Synthetic Oil Used"),)
    assert (full.total_cost, full.currency) == (150, "USD")
    for bare in (nulls, empty):
        assert (bare.service_id, bare.service_date, bare.odometer_km, bare.tasks, bare.details) == (
            None,
            None,
            None,
            (),
            (),
        )
        assert (bare.total_cost, bare.currency) == (None, None)
    assert numbered.service_id == "77"
    assert numbered.service_date == datetime(2024, 1, 15, 14, 30, tzinfo=UTC)
    assert numbered.odometer_km == pytest.approx(160.9344)
    assert numbered.tasks == (ServiceTask(None, None),)


@pytest.mark.parametrize("body", [{}, {"values": {}}, {"values": ["SVC-1"]}, []])
def test_service_record_bodies_that_do_not_fit(body):
    with pytest.raises(MalformedResponseError):
        codes.service_events(signal(codes.SERVICE_RECORDS, body))


# -- VIN ------------------------------------------------------------------------------------------------


def test_vin():
    assert codes.vin(signal(codes.VIN, {"value": " 5yjsa1cn5dfp00101 "})) == "5YJSA1CN5DFP00101"


@pytest.mark.parametrize("body", [{}, {"value": ""}, {"value": 5}, {"vin": "X"}])
def test_vin_bodies_that_do_not_fit(body):
    with pytest.raises(MalformedResponseError):
        codes.vin(signal(codes.VIN, body))
