"""One car on record twice becomes one: a car the desk kept by hand turns out (by its VIN) to be a car that
was linked through Smartcar. Everything the desk's row holds (readings, services, letters, hidden items,
plate, nickname) moves to the linked row, which the refresher already knows by id; the desk's row goes."""

from __future__ import annotations

from shopapp.store.bulk import chunked
from shopapp.store.desk_readings import update_odometer_summaries
from shopapp.store.models import (
    OdometerReading,
    OilReading,
    ReminderLog,
    SeriesReading,
    ServiceRecord,
    SignalAvailability,
    Suppression,
    SystemStatusChange,
    TaskService,
    TroubleCodeOccurrence,
    Vehicle,
    db,
)
from shopapp.store.rows import tuple_rows
from shopapp.store.service_records import recompute_task_services

# Tables whose rows belong to one car, by the name of their column that says which.
_CHILD_TABLES = (
    OdometerReading,
    OilReading,
    TroubleCodeOccurrence,
    SystemStatusChange,
    ServiceRecord,
    ReminderLog,
    Suppression,
)


def fold_desk_car_into(desk_car_id: int, linked_car_id: int) -> None:
    """Moves the desk car's rows to the linked car and deletes the desk car, in one transaction. Where both
    hold the same row (the same hidden item, the same reading moment of one source), the linked car's
    stays."""
    with db.atomic():
        desk = Vehicle.get_by_id(desk_car_id)
        linked = Vehicle.get_by_id(linked_car_id)
        Suppression.delete().where(
            (Suppression.vehicle == desk_car_id)
            & Suppression.item_key.in_(
                Suppression.select(Suppression.item_key).where(Suppression.vehicle == linked_car_id)
            )
        ).execute()
        for reading_table in (OdometerReading, OilReading):
            _drop_readings_the_linked_car_has(reading_table, desk_car_id, linked_car_id)
        for table in _CHILD_TABLES:
            table.update(vehicle=linked_car_id).where(table.vehicle == desk_car_id).execute()
        SignalAvailability.delete().where(SignalAvailability.vehicle == desk_car_id).execute()
        TaskService.delete().where(TaskService.vehicle == desk_car_id).execute()
        for name in ("plate", "nickname", "powertrain", "make", "model"):
            if not getattr(linked, name) and getattr(desk, name):
                setattr(linked, name, getattr(desk, name))
        if linked.year is None:
            linked.year = desk.year
        if desk.first_seen_at is not None and (
            linked.first_seen_at is None or desk.first_seen_at < linked.first_seen_at
        ):
            linked.first_seen_at, linked.first_seen_odometer_km = (
                desk.first_seen_at,
                desk.first_seen_odometer_km,
            )
        linked.save()
        desk.delete_instance()
        recompute_task_services([linked_car_id])
        update_odometer_summaries([linked_car_id])


def _drop_readings_the_linked_car_has(
    table: type[SeriesReading], desk_car_id: int, linked_car_id: int
) -> None:
    """The desk car's readings of a moment and source the linked car has too (the unique key forbids two)."""
    taken = set(
        tuple_rows(table.select(table.recorded_at, table.source).where(table.vehicle == linked_car_id))
    )
    desk_rows = tuple_rows(
        table.select(table.id, table.recorded_at, table.source).where(table.vehicle == desk_car_id)
    )
    clashing = [row[0] for row in desk_rows if (row[1], row[2]) in taken]
    for chunk in chunked(clashing):
        table.delete().where(table.id.in_(list(chunk))).execute()


def desk_twins(vins: dict[int, str]) -> list[tuple[int, int]]:
    """(desk car id, linked car id) for each linked car (id -> VIN just learned) that a car kept by hand
    shares its VIN with."""
    wanted = {vin: car_id for car_id, vin in vins.items() if vin}
    if not wanted:
        return []
    rows = tuple_rows(
        Vehicle.select(Vehicle.id, Vehicle.vin)
        .where(Vehicle.vin.in_(list(wanted)) & Vehicle.smartcar_id.is_null())
        .order_by(Vehicle.id)
    )
    return [(desk_id, wanted[vin]) for desk_id, vin in rows if wanted[vin] != desk_id]
