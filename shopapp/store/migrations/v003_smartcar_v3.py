# ruff: noqa: E501 - frozen SQL, one statement per line so a diff shows exactly what changed
"""Schema version 3: Smartcar API v3 beside v2. Each connection records the API it speaks (every existing
connection is a v2 one); a v3 connection keeps no secret at all, only Smartcar's user id. Each car keeps the
powertrain Smartcar reports (ICE, HEV, PHEV, BEV). A shop that already connected cars, or set up a
Smartcar application, set it up for v2: it stays on v2 until it migrates (a new shop starts on v3)."""

STATEMENTS = (
    'ALTER TABLE "connection" ADD COLUMN "api" VARCHAR(2) NOT NULL DEFAULT \'v2\'',
    'ALTER TABLE "vehicle" ADD COLUMN "powertrain" VARCHAR(10) NOT NULL DEFAULT \'\'',
    'INSERT INTO "setting" ("key", "value") SELECT \'smartcar_api\', \'v2\' WHERE (EXISTS (SELECT 1 FROM "connection") OR EXISTS (SELECT 1 FROM "setting" WHERE "key" = \'smartcar_client_id\' AND "value" <> \'\')) AND NOT EXISTS (SELECT 1 FROM "setting" WHERE "key" = \'smartcar_api\')',
)
