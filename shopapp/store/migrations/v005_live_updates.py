# ruff: noqa: E501 - frozen SQL, one statement per line so a diff shows exactly what changed
"""Schema version 5: live updates (DESIGN.md "Live updates"). The webhook receiver's inbox (one row per
Smartcar eventId, stored before the delivery is acknowledged, applied after, with a lease so that two
receivers never apply one event twice); the change feed that tells every open window what another process
wrote; announcements a window claims so a new trouble code or alert is announced once across all windows;
when a car was last updated live; and when the car reported each signal's last applied value, so an older
delivery never replaces a newer one."""

STATEMENTS = (
    'CREATE TABLE "webhook_event" ("id" {serial_pk}, "event_id" VARCHAR(200) NOT NULL, "event_type" VARCHAR(40) NOT NULL, "smartcar_vehicle_id" VARCHAR(100), "smartcar_user_id" VARCHAR(100), "body" TEXT NOT NULL, "received_at" {timestamp} NOT NULL, "state" VARCHAR(20) NOT NULL DEFAULT \'new\', "attempts" INTEGER NOT NULL DEFAULT 0, "next_attempt_at" {timestamp}, "claimed_by" VARCHAR(200), "claimed_until" {timestamp}, "applied_at" {timestamp}, "problem" TEXT NOT NULL DEFAULT \'\')',
    'CREATE UNIQUE INDEX "webhook_event_event_id" ON "webhook_event" ("event_id")',
    'CREATE INDEX "webhook_event_state" ON "webhook_event" ("state", "next_attempt_at")',
    'CREATE INDEX "webhook_event_smartcar_vehicle_id" ON "webhook_event" ("smartcar_vehicle_id")',
    'CREATE TABLE "live_change" ("id" {serial_pk}, "made_at" {timestamp} NOT NULL, "origin" VARCHAR(200) NOT NULL DEFAULT \'\', "kind" VARCHAR(20) NOT NULL, "vehicle_ids" TEXT NOT NULL DEFAULT \'\')',
    'CREATE TABLE "live_announcement" ("id" {serial_pk}, "vehicle_id" INTEGER NOT NULL REFERENCES "vehicle" ("id") ON DELETE CASCADE, "kind" VARCHAR(20) NOT NULL, "code" VARCHAR(60) NOT NULL, "made_at" {timestamp} NOT NULL, "claimed_by" VARCHAR(200), "claimed_at" {timestamp})',
    'CREATE INDEX "live_announcement_vehicle_id" ON "live_announcement" ("vehicle_id")',
    'ALTER TABLE "vehicle" ADD COLUMN "live_update_at" {timestamp}',
    'ALTER TABLE "signal_availability" ADD COLUMN "reported_at" {timestamp}',
)
