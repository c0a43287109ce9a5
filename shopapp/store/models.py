"""Today's peewee models. Migrations never import these (they carry their own frozen schema)."""

from __future__ import annotations

from typing import ClassVar

import peewee
from PySide6.QtCore import QCoreApplication

from shopapp.domain.makes import make_name
from shopapp.store.fields import UtcDateTimeField

db = peewee.DatabaseProxy()


class BaseModel(peewee.Model):
    """peewee adds an `id` primary key to a model that names none, and a `<name>_id` attribute for each
    foreign key; the models declare those they use (bare annotations: nothing changes at run time) so
    the type checker knows them."""

    # peewee's metaclass gives each model class its own subclass of peewee.DoesNotExist.
    DoesNotExist: ClassVar[type[peewee.DoesNotExist]]

    class Meta:
        database = db
        legacy_table_names = False


class SchemaVersion(BaseModel):
    id: peewee.AutoField
    version = peewee.IntegerField()


class Setting(BaseModel):
    key = peewee.CharField(primary_key=True, max_length=100)
    value = peewee.TextField()


class Customer(BaseModel):
    id: peewee.AutoField
    name = peewee.CharField(max_length=200)
    phone = peewee.CharField(max_length=50, default="")
    email = peewee.CharField(max_length=200, default="")
    address_line1 = peewee.CharField(max_length=200, default="")
    address_line2 = peewee.CharField(max_length=200, default="")
    city = peewee.CharField(max_length=100, default="")
    region = peewee.CharField(max_length=100, default="")
    postal_code = peewee.CharField(max_length=20, default="")
    country = peewee.CharField(max_length=100, default="")
    preferred_contact = peewee.CharField(max_length=20, default="letter")
    notes = peewee.TextField(default="")
    created_at = UtcDateTimeField()

    @property
    def has_postal_address(self) -> bool:
        return bool(self.address_line1.strip() and (self.city.strip() or self.postal_code.strip()))


class Connection(BaseModel):
    """One Smartcar Connect login: one owner (Smartcar's user id) and all the vehicles they shared.

    api: `v2` (a per-owner token pair) or `v3` (the application's token and the user id: no secret).
    sealed_tokens: a v2 pair encrypted with the shop's data key (never plaintext); a migrated connection
    keeps it until its first good v3 read. refreshing_until: the lease that lets one process at a time
    refresh a v2 pair (DESIGN.md "Tokens across processes"), held by lease_holder (a process identity);
    renewal_interrupted_at: a holder died mid-renewal and no new pair has been saved since.
    """

    id: peewee.AutoField
    customer = peewee.ForeignKeyField(Customer, backref="connections", null=True, on_delete="SET NULL")
    customer_id: int | None
    smartcar_user_id = peewee.CharField(max_length=100, null=True, unique=True)
    scopes = peewee.TextField(default="")
    sealed_tokens = peewee.TextField(null=True)
    access_expires_at = UtcDateTimeField(null=True)
    refresh_expires_at = UtcDateTimeField(null=True)
    refreshing_until = UtcDateTimeField(null=True)
    state = peewee.CharField(max_length=30, default="ok")
    state_reason = peewee.TextField(default="")
    created_at = UtcDateTimeField()
    updated_at = UtcDateTimeField()
    api = peewee.CharField(max_length=2, default="v2")
    lease_holder = peewee.CharField(max_length=200, null=True)
    renewal_interrupted_at = UtcDateTimeField(null=True)


class Vehicle(BaseModel):
    """A customer's car. The summary columns (odometer_km ... oil_capability) hold what the due rules need,
    kept current when readings are recorded, so the due list never scans years of readings."""

    id: peewee.AutoField
    customer = peewee.ForeignKeyField(Customer, backref="vehicles", on_delete="CASCADE")
    connection = peewee.ForeignKeyField(Connection, backref="vehicles", null=True, on_delete="SET NULL")
    customer_id: int
    connection_id: int | None
    smartcar_id = peewee.CharField(max_length=100, null=True, unique=True)
    vin = peewee.CharField(max_length=17, default="", index=True)
    make = peewee.CharField(max_length=100, default="")
    model = peewee.CharField(max_length=100, default="")
    year = peewee.IntegerField(null=True)
    plate = peewee.CharField(max_length=20, default="")
    nickname = peewee.CharField(max_length=100, default="")
    created_at = UtcDateTimeField()
    last_refresh_at = UtcDateTimeField(null=True)
    last_error = peewee.TextField(default="")
    history_synced_at = UtcDateTimeField(null=True)
    odometer_km = peewee.DoubleField(null=True)
    odometer_at = UtcDateTimeField(null=True)
    km_per_day = peewee.DoubleField(null=True)
    first_seen_at = UtcDateTimeField(null=True)
    first_seen_odometer_km = peewee.DoubleField(null=True)
    oil_life = peewee.DoubleField(null=True)
    oil_at = UtcDateTimeField(null=True)
    oil_decline_per_day = peewee.DoubleField(null=True)
    oil_capability = peewee.CharField(max_length=20, default="unknown")
    # Smartcar calls spent on this car in calls_month ("YYYY-MM", UTC), each batch item counted.
    calls_month = peewee.CharField(max_length=7, default="")
    calls_used = peewee.IntegerField(default=0)
    powertrain = peewee.CharField(max_length=10, default="")  # as Smartcar says: ICE, HEV, PHEV, BEV
    live_update_at = UtcDateTimeField(null=True)  # when a webhook delivery last updated the car

    @property
    def title(self) -> str:
        return vehicle_title(self.year, self.make, self.model, self.nickname, self.vin)


def vehicle_title(year: int | None, make: str, model: str, nickname: str = "", vin: str = "") -> str:
    """ "2021 Toyota Camry" (Smartcar sends makes in capitals); the plate is shown beside it elsewhere."""
    parts = [str(year) if year else "", make_name(make), model]
    named = " ".join(part for part in parts if part) or nickname or vin
    return named or QCoreApplication.translate("VehicleTitle", "Vehicle")


class SignalAvailability(BaseModel):
    """Whether a car can give a signal: `ok`, `not_capable` (501), `no_permission` (403), `error`."""

    id: peewee.AutoField
    vehicle = peewee.ForeignKeyField(Vehicle, backref="signals", on_delete="CASCADE")
    signal = peewee.CharField(max_length=40)
    availability = peewee.CharField(max_length=20)
    detail = peewee.TextField(default="")
    checked_at = UtcDateTimeField()
    reported_at = UtcDateTimeField(null=True)  # when the car reported the value last applied

    class Meta:
        indexes = ((("vehicle", "signal"), True),)


class SeriesReading(BaseModel):
    """What every reading of a car's series has (an odometer reading, an oil-life reading): when the car
    recorded it, where it came from, and whether it looks like a glitch. Each kind is its own table with its
    own value column and its own foreign key to the car (declared there, so Vehicle gets one backref per kind
    and none for this class, which has no table)."""

    id: peewee.AutoField
    vehicle: peewee.ForeignKeyField
    recorded_at = UtcDateTimeField()
    source = peewee.CharField(max_length=20, default="smartcar")
    suspect = peewee.BooleanField(default=False)

    class Meta:
        indexes = ((("vehicle", "recorded_at", "source"), True),)


class OdometerReading(SeriesReading):
    vehicle = peewee.ForeignKeyField(Vehicle, backref="odometer_readings", on_delete="CASCADE")
    value_km = peewee.DoubleField()


class OilReading(SeriesReading):
    vehicle = peewee.ForeignKeyField(Vehicle, backref="oil_readings", on_delete="CASCADE")
    life = peewee.DoubleField()


class TroubleCodeOccurrence(BaseModel):
    """One spell of an active code: first seen, last seen, cleared (null while active)."""

    id: peewee.AutoField
    vehicle = peewee.ForeignKeyField(Vehicle, backref="trouble_codes", on_delete="CASCADE")
    code = peewee.CharField(max_length=10)
    first_seen_at = UtcDateTimeField()
    last_seen_at = UtcDateTimeField()
    cleared_at = UtcDateTimeField(null=True)
    reviewed_at = UtcDateTimeField(null=True)

    class Meta:
        indexes = ((("vehicle", "cleared_at"), False),)


class SystemStatusChange(BaseModel):
    """A system's status from `changed_at` until `ended_at` (null: the current status)."""

    id: peewee.AutoField
    vehicle = peewee.ForeignKeyField(Vehicle, backref="system_statuses", on_delete="CASCADE")
    system_id = peewee.CharField(max_length=60)
    status = peewee.CharField(max_length=10)
    description = peewee.TextField(null=True)
    changed_at = UtcDateTimeField()
    ended_at = UtcDateTimeField(null=True)

    class Meta:
        indexes = ((("vehicle", "ended_at"), False),)


# Where a service record comes from: the shop's own work, the car maker's history read through Smartcar, or
# the last service the shop's previous system knew of, brought in by an import.
SHOP_SERVICE = "shop"
SMARTCAR_HISTORY = "smartcar"
IMPORTED_SERVICE = "import"


class ServiceRecord(BaseModel):
    """A service: done by the shop (source SHOP_SERVICE), read from Smartcar's service history
    (SMARTCAR_HISTORY) or brought in from the previous system (IMPORTED_SERVICE)."""

    id: peewee.AutoField
    vehicle = peewee.ForeignKeyField(Vehicle, backref="service_records", on_delete="CASCADE")
    performed_on = peewee.DateField()
    odometer_km = peewee.DoubleField(null=True)
    cost_cents = peewee.BigIntegerField(null=True)
    currency = peewee.CharField(max_length=3, default="")
    source = peewee.CharField(max_length=20, default=SHOP_SERVICE)
    external_key = peewee.CharField(max_length=200, null=True)
    notes = peewee.TextField(default="")
    created_at = UtcDateTimeField()

    class Meta:
        indexes = (
            (("vehicle", "performed_on"), False),
            (("vehicle", "source", "external_key"), True),
        )


class ServiceRecordTask(BaseModel):
    """A task of a service record; task_key names the plan task it counts for (null: history only)."""

    id: peewee.AutoField
    record = peewee.ForeignKeyField(ServiceRecord, backref="tasks", on_delete="CASCADE")
    task_key = peewee.CharField(max_length=50, null=True, index=True)
    description = peewee.TextField(default="")


class TaskService(BaseModel):
    """The latest service of each plan task per vehicle, kept in step with service_record by
    shopapp.store.service_records so the due list reads 50,000 rows instead of every record."""

    id: peewee.AutoField
    vehicle = peewee.ForeignKeyField(Vehicle, backref="task_services", on_delete="CASCADE")
    task_key = peewee.CharField(max_length=50)
    performed_on = peewee.DateField()
    odometer_km = peewee.DoubleField(null=True)

    class Meta:
        indexes = ((("vehicle", "task_key"), True),)


class PlanTask(BaseModel):
    """The shop's service plan, when edited (an empty table means the default plan)."""

    id: peewee.AutoField
    key = peewee.CharField(max_length=50, unique=True)
    position = peewee.IntegerField()
    definition = peewee.TextField()  # JSON of the task, read by shopapp.services.plan_store


class Suppression(BaseModel):
    id: peewee.AutoField
    vehicle = peewee.ForeignKeyField(Vehicle, backref="suppressions", on_delete="CASCADE")
    item_key = peewee.CharField(max_length=80)
    kind = peewee.CharField(max_length=20)
    until = peewee.DateField(null=True)
    service_on = peewee.DateField(null=True)
    created_at = UtcDateTimeField()

    class Meta:
        indexes = ((("vehicle", "item_key"), True),)


class ReminderLog(BaseModel):
    id: peewee.AutoField
    customer = peewee.ForeignKeyField(Customer, backref="reminders", on_delete="CASCADE")
    vehicle = peewee.ForeignKeyField(Vehicle, backref="reminders", null=True, on_delete="SET NULL")
    sent_at = UtcDateTimeField(index=True)
    channel = peewee.CharField(max_length=20, default="letter")
    items = peewee.TextField(default="")


class RefreshRun(BaseModel):
    """One refresh, as it went. A running one beats heartbeat_at; its holder names the process."""

    id: peewee.AutoField
    started_at = UtcDateTimeField()
    finished_at = UtcDateTimeField(null=True)
    trigger = peewee.CharField(max_length=20, default="manual")
    vehicles_total = peewee.IntegerField(default=0)
    vehicles_ok = peewee.IntegerField(default=0)
    vehicles_failed = peewee.IntegerField(default=0)
    summary = peewee.TextField(default="")
    vehicles_skipped = peewee.IntegerField(default=0)
    # running, finished, cancelled, interrupted (its process died: closed by a later run)
    outcome = peewee.CharField(max_length=20, default="finished")
    holder = peewee.CharField(max_length=200, default="")  # services/process_identity.py
    heartbeat_at = UtcDateTimeField(null=True)


class ApiBucket(BaseModel):
    """Smartcar's app-level request bucket as this shop has used it: one row shared by every process and PC.
    A NULL level is a full bucket; paused_until holds everyone back after Smartcar answered 429."""

    id: peewee.AutoField
    level = peewee.DoubleField(null=True)
    updated_at = UtcDateTimeField(null=True)
    paused_until = UtcDateTimeField(null=True)
    strikes = peewee.IntegerField(default=0)


class WebhookEvent(BaseModel):
    """A Smartcar webhook delivery as the receiver stored it, before acknowledging it (unique on Smartcar's
    eventId, so a retried delivery is stored once). state: `new` (to apply), `applied`, `waiting` (its
    vehicle is not the shop's yet: applied once it is linked), `failed` (applying raised: retried from
    next_attempt_at), `ignored` (nothing to apply: VERIFY, a test event, an unknown type). A receiver applying
    it holds it (claimed_by, a process identity) until claimed_until, so two receivers never apply it twice.
    """

    id: peewee.AutoField
    event_id = peewee.CharField(max_length=200, unique=True)
    event_type = peewee.CharField(max_length=40)
    smartcar_vehicle_id = peewee.CharField(max_length=100, null=True, index=True)
    smartcar_user_id = peewee.CharField(max_length=100, null=True)
    body = peewee.TextField()
    received_at = UtcDateTimeField()
    state = peewee.CharField(max_length=20, default="new")
    attempts = peewee.IntegerField(default=0)
    next_attempt_at = UtcDateTimeField(null=True)
    claimed_by = peewee.CharField(max_length=200, null=True)
    claimed_until = UtcDateTimeField(null=True)
    applied_at = UtcDateTimeField(null=True)
    problem = peewee.TextField(default="")

    class Meta:
        indexes = ((("state", "next_attempt_at"), False),)


class LiveChange(BaseModel):
    """One write another process may want to see: origin (the writer's process identity, so a window skips
    its own), kind (`live`: a webhook; `refresh`; `desk`: the front desk's edits) and the cars it touched
    (comma-separated ids; empty: anything may have changed)."""

    id: peewee.AutoField
    made_at = UtcDateTimeField()
    origin = peewee.CharField(max_length=200, default="")
    kind = peewee.CharField(max_length=20)
    vehicle_ids = peewee.TextField(default="")


class LiveAnnouncement(BaseModel):
    """A new trouble code (kind `trouble_code`) or system alert (`system_alert`, code = the system id) that
    arrived live; the first window to claim it announces it, so it is announced once across all windows."""

    id: peewee.AutoField
    vehicle = peewee.ForeignKeyField(Vehicle, backref="live_announcements", on_delete="CASCADE")
    vehicle_id: int
    kind = peewee.CharField(max_length=20)
    code = peewee.CharField(max_length=60)
    made_at = UtcDateTimeField()
    claimed_by = peewee.CharField(max_length=200, null=True)
    claimed_at = UtcDateTimeField(null=True)


ALL_MODELS = (
    SchemaVersion,
    Setting,
    Customer,
    Connection,
    Vehicle,
    SignalAvailability,
    OdometerReading,
    OilReading,
    TroubleCodeOccurrence,
    SystemStatusChange,
    ServiceRecord,
    ServiceRecordTask,
    TaskService,
    PlanTask,
    Suppression,
    ReminderLog,
    RefreshRun,
    ApiBucket,
    WebhookEvent,
    LiveChange,
    LiveAnnouncement,
)
