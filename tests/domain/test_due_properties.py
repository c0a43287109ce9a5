"""Properties of the due evaluation that must hold for every car, plan and day."""

from dataclasses import replace
from datetime import timedelta

from due_support import NOW, TODAY
from hypothesis import assume, given
from hypothesis import strategies as st

from shopapp.domain.due import LastService, Status, VehicleFacts, add_months, evaluate_task, trigger_items
from shopapp.domain.plan import OilCapability, ServiceTask, Triggers
from shopapp.domain.urgency import tier

ACTION = {Status.OVERDUE, Status.DUE}

triggers = st.builds(
    Triggers,
    distance_km=st.none() | st.floats(min_value=500, max_value=60_000),
    months=st.none() | st.integers(min_value=1, max_value=36),
    oil_life_floor=st.none() | st.floats(min_value=0.06, max_value=0.5),
).filter(lambda t: not t.empty)

services = st.builds(
    LastService,
    on=st.dates(min_value=TODAY - timedelta(days=5 * 365), max_value=TODAY),
    odometer_km=st.none() | st.floats(min_value=0, max_value=300_000),
)


@st.composite
def cars(draw, last=services):
    service = draw(st.none() | last)
    odometer = draw(st.floats(min_value=0, max_value=400_000))
    if service is not None and service.odometer_km is not None:
        odometer = max(odometer, service.odometer_km)
    return VehicleFacts(
        odometer_km=odometer,
        odometer_at=NOW - timedelta(hours=draw(st.integers(0, 240))),
        km_per_day=draw(st.none() | st.floats(min_value=0, max_value=400)),
        oil_life=draw(st.none() | st.floats(min_value=0, max_value=1)),
        oil_at=NOW,
        oil_decline_per_day=draw(st.none() | st.floats(min_value=0, max_value=0.05)),
        oil_capability=OilCapability.REPORTED,
        first_seen_on=TODAY - timedelta(days=draw(st.integers(0, 2000))),
        first_seen_odometer_km=draw(st.floats(min_value=0, max_value=odometer)),
        last_services={} if service is None else {"task": service},
    )


def task_with(trig: Triggers) -> ServiceTask:
    return ServiceTask(key="task", name="Task", triggers=trig)


@given(trig=triggers, car=cars())
def test_never_ok_past_a_threshold(trig, car):
    item = evaluate_task(task_with(trig), car, TODAY)
    last = car.last_services.get("task")
    base_on = last.on if last else car.first_seen_on
    base_km = last.odometer_km if last else car.first_seen_odometer_km
    past = []
    if trig.distance_km and base_km is not None:
        past.append(car.odometer_km >= base_km + trig.distance_km)
    if trig.months:
        past.append(add_months(base_on, trig.months) <= TODAY)
    if trig.oil_life_floor is not None and car.oil_life is not None:
        past.append(car.oil_life <= trig.oil_life_floor)
    if any(past):
        assert item.status in ACTION


@given(
    trig=triggers,
    car=cars(last=services.filter(lambda s: s.odometer_km is not None)),
    days_later=st.integers(0, 400),
    km_later=st.floats(0, 30_000),
)
def test_a_later_service_never_makes_a_task_more_urgent(trig, car, days_later, km_later):
    first = car.last_services.get("task")
    assume(first is not None)
    later_on = min(TODAY, first.on + timedelta(days=days_later))
    later_km = min(car.odometer_km, first.odometer_km + km_later)
    later = replace(car, last_services={"task": LastService(later_on, later_km)})
    before = evaluate_task(task_with(trig), car, TODAY)
    after = evaluate_task(task_with(trig), later, TODAY)
    if before is None:  # no trigger could be evaluated (an oil floor on a car with no oil reading yet)
        assert after is None
        return
    assert tier(after.status, after.why) >= tier(before.status, before.why)


@given(trig=triggers, car=cars())
def test_whichever_comes_first_for_every_trigger_combination(trig, car):
    task = task_with(trig)
    combined = evaluate_task(task, car, TODAY)
    alone = []
    for name in ("distance_km", "months", "oil_life_floor"):
        value = getattr(trig, name)
        if value is not None:
            single = Triggers(**{name: value})
            alone.extend(trigger_items(task, single, car, TODAY))
    if not alone:
        assert combined is None
        return
    assert tier(combined.status, combined.why) == min(tier(item.status, item.why) for item in alone)
    assert combined.trigger in {item.trigger for item in alone if item.status is combined.status}
