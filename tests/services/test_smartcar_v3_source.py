"""One v3 signals answer read into the snapshot the due rules know: values, units, per-signal outcomes and the
time each reading was taken (`oemUpdatedAt`), whatever the car could or would not share."""

from datetime import UTC, datetime

import pytest
from words import words

from shopapp.domain.plan import OilCapability
from shopapp.domain.snapshot import Availability
from shopapp.services.smartcar_v3_source import NOTHING_COLLECTED, read_signals
from shopapp.smartcar.errors import CompatibilityError, PermissionDeniedError, VehicleStateError
from shopapp.smartcar.results import ResponseMeta
from shopapp.smartcar.v3_results import SignalSet, V3Signal, V3Vehicle

NOW = datetime(2026, 12, 7, 12, tzinfo=UTC)
AS_OF = datetime(2026, 12, 7, 9, 30, tzinfo=UTC)


def ok(code, body, at=AS_OF):
    return V3Signal(code, "SUCCESS", body, None, at, NOW)


def failed(code, error):
    return V3Signal(code, "ERROR", None, error, None, NOW)


def signal_set(*signals, powertrain=None):
    vehicle = V3Vehicle("veh-1", "CHEVROLET", "Bolt", 2022, powertrain, "live") if powertrain else None
    return SignalSet({s.code: s for s in signals}, vehicle, ResponseMeta())


def test_a_combustion_car_reports_everything_with_the_time_the_car_said_it():
    earlier = datetime(2026, 12, 6, 18, tzinfo=UTC)
    reading = read_signals(
        signal_set(
            ok("odometer-traveleddistance", {"unit": "kilometers", "value": 42150.7}),
            ok("internalcombustionengine-oillife", {"unit": "percent", "value": 14}, at=earlier),
            ok("diagnostics-dtclist", {"values": [{"code": "p0420", "timestamp": "2026-12-01T08:00:00Z"}]}),
            ok("diagnostics-mil", {"status": "ALERT", "description": "Check engine"}),
            ok("diagnostics-tirepressure", {"status": "OK"}),
            ok("vehicleidentification-vin", {"value": "1gcuyded3pz123456"}),
            ok(
                "service-records",
                {"values": [{"id": "SVC-1", "time": "2026-10-01T10:00:00Z", "odometer": 40000, "tasks": []}]},
            ),
            powertrain="ICE",
        ),
        NOW,
    )
    snapshot = reading.snapshot
    assert snapshot.odometer_km.value == pytest.approx(42150.7)
    assert snapshot.odometer_km.recorded_at == AS_OF
    assert snapshot.oil_life.value == pytest.approx(0.14)
    assert snapshot.oil_life.recorded_at == earlier
    assert snapshot.trouble_codes.value == ("P0420",)
    systems = {report.system_id: report.status for report in snapshot.systems.value}
    assert systems == {"SYSTEM_MIL": "ALERT", "SYSTEM_TIRE_PRESSURE": "OK"}
    assert reading.vin == "1GCUYDED3PZ123456"
    assert [event.service_id for event in reading.service_events] == ["SVC-1"]
    assert snapshot.oil_capability(OilCapability.UNKNOWN) is OilCapability.REPORTED


def test_miles_are_stored_as_kilometres():
    reading = read_signals(signal_set(ok("odometer-traveleddistance", {"unit": "miles", "value": 100})), NOW)
    assert reading.snapshot.odometer_km.value == pytest.approx(160.9344)


def oil_life_not_capable_on(powertrain: str):
    """A read of a `powertrain` car whose odometer answered and whose oil life Smartcar says the car is not
    capable of."""
    not_capable = CompatibilityError("no oil life", type="COMPATIBILITY", code="VEHICLE_NOT_CAPABLE")
    return read_signals(
        signal_set(
            ok("odometer-traveleddistance", {"unit": "km", "value": 10}),
            failed("internalcombustionengine-oillife", not_capable),
            powertrain=powertrain,
        ),
        NOW,
    )


def test_an_electric_car_has_no_engine_oil_and_that_is_not_an_error():
    reading = oil_life_not_capable_on("BEV")
    snapshot = reading.snapshot
    assert snapshot.oil_life.availability is Availability.NOT_CAPABLE
    assert snapshot.engine_oil_absent
    assert snapshot.oil_capability(OilCapability.UNKNOWN) is OilCapability.NO_ENGINE_OIL


def test_a_combustion_car_that_cannot_report_oil_life_follows_the_distance_rule():
    reading = oil_life_not_capable_on("ICE")
    assert not reading.snapshot.engine_oil_absent
    assert reading.snapshot.oil_capability(OilCapability.UNKNOWN) is OilCapability.UNREADABLE


def test_diagnostics_the_owner_did_not_share_read_as_not_shared():
    denied = PermissionDeniedError("not granted", type="PERMISSION")
    reading = read_signals(
        signal_set(
            ok("odometer-traveleddistance", {"unit": "km", "value": 10}),
            failed("diagnostics-dtclist", denied),
            failed("diagnostics-mil", denied),
            failed("diagnostics-abs", denied),
        ),
        NOW,
    )
    assert reading.snapshot.trouble_codes.availability is Availability.NO_PERMISSION
    assert reading.snapshot.systems.availability is Availability.NO_PERMISSION
    assert reading.snapshot.trouble_codes.detail == "PERMISSION"


def test_a_signal_the_car_does_not_list_is_not_available_but_an_empty_store_is_no_data_yet():
    reading = read_signals(signal_set(ok("odometer-traveleddistance", {"unit": "km", "value": 10})), NOW)
    assert reading.snapshot.trouble_codes.availability is Availability.NOT_CAPABLE
    empty = read_signals(signal_set(), NOW)
    assert empty.snapshot.odometer_km.availability is Availability.ERROR
    assert empty.snapshot.odometer_km.detail == words("SignalDetails", NOTHING_COLLECTED)


def test_a_broken_body_fails_that_signal_alone():
    reading = read_signals(
        signal_set(
            ok("odometer-traveleddistance", {"unit": "parsecs", "value": "far"}),
            ok("internalcombustionengine-oillife", {"unit": "percent", "value": 55}),
        ),
        NOW,
    )
    assert reading.snapshot.odometer_km.availability is Availability.ERROR
    assert reading.snapshot.oil_life.ok


def test_a_transient_failure_of_some_systems_does_not_hide_the_ones_that_came():
    asleep = VehicleStateError("asleep", type="VEHICLE_STATE", code="ASLEEP")
    reading = read_signals(
        signal_set(
            ok("diagnostics-airbag", {"status": "ALERT", "description": "Airbag fault"}),
            failed("diagnostics-abs", asleep),
        ),
        NOW,
    )
    assert [r.system_id for r in reading.snapshot.systems.value] == ["SYSTEM_AIRBAG"]


def test_an_unavailable_signal_without_a_reason_is_a_failure_to_retry():
    reading = read_signals(
        signal_set(V3Signal("odometer-traveleddistance", "UNAVAILABLE", None, None, None, NOW)), NOW
    )
    assert reading.snapshot.odometer_km.availability is Availability.ERROR
