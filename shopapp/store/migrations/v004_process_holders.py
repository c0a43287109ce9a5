# ruff: noqa: E501 - frozen SQL, one statement per line so a diff shows exactly what changed
"""Schema version 4: who holds what, so a killed process is recognised at once (DESIGN.md "Tokens across
processes"). A token-refresh lease names its holder (machine, process id, start time); a connection whose
lease was taken over from a holder that died keeps the moment in renewal_interrupted_at until a new pair is
saved, so a refused renewal is then reported as the crash it is. A refresh run names its holder and beats a
heartbeat, so the next run closes a killed one as "interrupted"."""

STATEMENTS = (
    'ALTER TABLE "connection" ADD COLUMN "lease_holder" VARCHAR(200)',
    'ALTER TABLE "connection" ADD COLUMN "renewal_interrupted_at" {timestamp}',
    'ALTER TABLE "refresh_run" ADD COLUMN "holder" VARCHAR(200) NOT NULL DEFAULT \'\'',
    'ALTER TABLE "refresh_run" ADD COLUMN "heartbeat_at" {timestamp}',
    'UPDATE "refresh_run" SET "outcome" = \'interrupted\', "finished_at" = "started_at" WHERE "outcome" = \'running\'',
)
