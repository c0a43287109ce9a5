# ruff: noqa: E501 - frozen SQL, one statement per line so a diff shows exactly what changed
"""Schema version 2: Smartcar's plan limits. The app-level request bucket shared by every process and PC
(one row; a NULL level means full), each car's calls this month, and how a refresh run ended."""

STATEMENTS = (
    'CREATE TABLE "api_bucket" ("id" INTEGER NOT NULL PRIMARY KEY, "level" {double}, "updated_at" {timestamp}, "paused_until" {timestamp}, "strikes" INTEGER NOT NULL)',
    'INSERT INTO "api_bucket" ("id", "level", "updated_at", "paused_until", "strikes") VALUES (1, NULL, NULL, NULL, 0)',
    'ALTER TABLE "vehicle" ADD COLUMN "calls_month" VARCHAR(7) NOT NULL DEFAULT \'\'',
    'ALTER TABLE "vehicle" ADD COLUMN "calls_used" INTEGER NOT NULL DEFAULT 0',
    'ALTER TABLE "refresh_run" ADD COLUMN "vehicles_skipped" INTEGER NOT NULL DEFAULT 0',
    'ALTER TABLE "refresh_run" ADD COLUMN "outcome" VARCHAR(20) NOT NULL DEFAULT \'finished\'',
)
