"""Fault profiles by name, overrides, and forced faults, without HTTP."""

from __future__ import annotations

import pytest

from shopapp.simulator import FaultKind, FaultProfile, parse_fault_profile
from shopapp.simulator.faults import FaultInjector


def test_fault_profiles_by_name_and_overrides():
    assert parse_fault_profile("none") == FaultProfile()
    assert parse_fault_profile("flaky").asleep > 0
    chaos = parse_fault_profile("chaos,timeout=0")
    assert chaos.timeout == 0
    assert chaos.server_error == parse_fault_profile("chaos").server_error
    assert parse_fault_profile("asleep=0.5").asleep == 0.5
    for bad, message in [
        ("sunny", "Unknown fault profile"),
        ("asleep=2", "between 0 and 1"),
        ("fire=0.1", "Unknown fault"),
    ]:
        with pytest.raises(ValueError, match=message):
            parse_fault_profile(bad)
    with pytest.raises(ValueError, match="more than 1"):
        FaultProfile(server_error=0.6, upstream=0.6)


def test_clearing_forced_faults(sim):
    sim.faults.force("asleep", times=None)
    assert sim.faults.decide("any", "/odometer").kind is FaultKind.ASLEEP
    assert sim.faults.decide("any", "/odometer").kind is FaultKind.ASLEEP
    sim.faults.clear()
    assert sim.faults.decide("any", "/odometer") is None


def test_profile_decisions_are_seeded_and_independent_of_other_cars():
    chaos = parse_fault_profile("chaos")
    alone = FaultInjector(3, lambda: chaos)
    mixed = FaultInjector(3, lambda: chaos)
    expected = [alone.decide("car-a", "/odometer") for _ in range(200)]
    got = []
    for _ in range(200):
        mixed.decide("car-b", "/odometer")  # other cars' traffic must not shift car-a's faults
        got.append(mixed.decide("car-a", "/odometer"))
    assert got == expected
    other_seed = FaultInjector(4, lambda: chaos)
    assert [other_seed.decide("car-a", "/odometer") for _ in range(200)] != expected


def test_profile_frequencies_are_roughly_the_probabilities():
    profile = FaultProfile(asleep=0.2)
    injector = FaultInjector(1, lambda: profile)
    faults = [injector.decide(f"car-{i % 50}", "/odometer") for i in range(5000)]
    share = sum(1 for fault in faults if fault is not None) / len(faults)
    assert share == pytest.approx(0.2, abs=0.03)
    assert {fault.kind for fault in faults if fault} == {FaultKind.ASLEEP}
