"""Cars change with simulated time: odometers grow, oil wears and is changed, codes and alerts come and go."""

from __future__ import annotations

from datetime import timedelta

import pytest
from simulator_support import START

from shopapp.simulator import Powertrain, SimClock, Simulator
from shopapp.simulator import telemetry as tm
from shopapp.simulator.catalog import OIL_CHANGE
from shopapp.simulator.clock import DAY, iso_z
from shopapp.simulator.fleet import generate_fleet


@pytest.fixture
def fleet():
    return generate_fleet(60, seed=21, anchor=START)


def test_odometer_never_goes_back_and_follows_the_daily_rate(fleet):
    t0 = START.timestamp()
    for car in fleet.vehicles.values():
        readings = [tm.odometer_km(car, t0 + hour * 3600) for hour in range(0, 24 * 30, 7)]
        assert readings == sorted(readings)
        month = tm.odometer_km(car, t0 + 30 * DAY) - tm.odometer_km(car, t0)
        assert month == pytest.approx(30 * car.km_per_day, rel=0.15)


def test_the_car_reports_a_little_before_now(fleet):
    now = START.timestamp()
    for car in fleet.vehicles.values():
        at = tm.recorded_at(car, now)
        assert now - car.report_interval_s < at <= now


def test_oil_life_wears_down_then_resets_at_a_logged_oil_change(fleet):
    car = next(v for v in fleet.vehicles.values() if v.powertrain is Powertrain.ICE and v.km_per_day > 30)
    t = START.timestamp()
    previous = tm.oil_life(car, t)
    resets = 0
    for _ in range(365):
        later = t + DAY
        life = tm.oil_life(car, later)
        if life > previous + 1e-9:
            resets += 1
            visits = tm.service_visits(car, t, later)
            assert visits
            assert OIL_CHANGE in visits[0].tasks
        else:
            assert life <= previous
        previous, t = life, later
    assert resets >= 1


def test_electric_cars_have_no_oil_and_no_oil_change_in_their_history(fleet):
    car = next(v for v in fleet.vehicles.values() if v.powertrain is Powertrain.EV)
    assert tm.oil_life(car, START.timestamp()) is None
    visits = tm.service_visits(car, START.timestamp() - 3 * 365 * DAY, START.timestamp())
    assert visits
    assert all(OIL_CHANGE not in v.tasks for v in visits)


def test_history_covers_about_three_years_and_has_the_null_heavy_shapes():
    fleet = generate_fleet(80, seed=2, anchor=START)
    now = START.timestamp()
    visits = [v for car in fleet.vehicles.values() for v in tm.service_visits(car, now - 10 * 365 * DAY, now)]
    assert min(v.ts for v in visits) >= now - 3.3 * 365 * DAY
    assert any(v.service_id is None for v in visits)
    assert any(v.total_cost is None for v in visits)
    assert any(v.blank_task for v in visits)
    assert any(v.entered_by_owner for v in visits)
    for car in fleet.vehicles.values():
        car_visits = tm.service_visits(car, now - 3 * 365 * DAY, now)
        odometers = [v.odometer_km for v in car_visits]
        assert odometers == sorted(odometers)


def test_trouble_codes_appear_and_clear_over_time():
    fleet = generate_fleet(40, seed=9, anchor=START)
    appeared = cleared = 0
    for car in fleet.vehicles.values():
        before: set[str] = set()
        for day in range(0, 720, 3):
            now = {tc.code for tc in tm.active_trouble_codes(car, START.timestamp() + day * DAY)}
            appeared += len(now - before)
            cleared += len(before - now)
            before = now
    assert appeared > 10
    assert cleared > 10


def test_system_alerts_come_and_go_and_follow_codes_and_oil():
    fleet = generate_fleet(40, seed=9, anchor=START)
    seen_alert: set[str] = set()
    for car in fleet.vehicles.values():
        for day in range(0, 360, 5):
            ts = START.timestamp() + day * DAY
            states = {s.system_id: s for s in tm.system_states(car, ts)}
            assert states["SYSTEM_MIL"].alert == bool(tm.active_trouble_codes(car, ts))
            if "SYSTEM_OIL_LIFE" in states:
                assert states["SYSTEM_OIL_LIFE"].alert == (tm.oil_life(car, ts) < 0.15)
            for state in states.values():
                assert (state.description is not None) == state.alert
                if state.alert:
                    seen_alert.add(state.system_id)
    assert {"SYSTEM_TPMS", "SYSTEM_WASHER_FLUID", "SYSTEM_MIL", "SYSTEM_OIL_LIFE"} <= seen_alert


def test_reading_follows_the_simulated_clock():
    sim = Simulator.generate(10, seed=4, start=START)
    car = next(v for v in sim.fleet.vehicles.values() if v.powertrain is not Powertrain.EV)
    first = sim.reading(car.id)
    assert first.recorded_at <= START
    sim.clock.advance(timedelta(days=2))
    second = sim.reading(car.vin)
    assert second.odometer_km > first.odometer_km
    assert second.odometer_miles == pytest.approx(second.odometer_km / 1.609344, abs=0.01)


def test_shop_oil_change_refills_oil_life():
    sim = Simulator.generate(30, seed=4, start=START)
    car = next(v for v in sim.fleet.vehicles.values() if v.powertrain is Powertrain.ICE)
    sim.clock.advance(timedelta(days=1))
    sim.perform_oil_change(car.id)
    sim.clock.advance(timedelta(hours=1))
    assert sim.reading(car.id).oil_life >= 0.99


def test_clock_moves_only_when_told_unless_ticking():
    frozen = SimClock(START)
    assert frozen.now() == START == frozen.now()
    assert frozen.advance(timedelta(minutes=5)) == START + timedelta(minutes=5)
    with pytest.raises(ValueError, match="forward"):
        frozen.advance(-1)
    ticking = SimClock(START, ticking=True)
    assert ticking.now() >= START
    assert iso_z(START.timestamp() + 0.0789) == "2026-11-22T15:30:00.078Z"
