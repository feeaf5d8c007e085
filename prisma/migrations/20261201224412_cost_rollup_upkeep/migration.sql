-- Cost rollups, second shape. No semicolons or quotes in these comments: the migration runner splits on them.

-- One row per reference and day (no model and source), small enough to read a year of drivers at once.
-- Rebuilt from the events already rolled up, so an installation that ran the first shape keeps exact drivers.
DROP INDEX "UsageReferenceDaily_day_projectId_referenceType_referenceId_key";

TRUNCATE "UsageReferenceDaily";

ALTER TABLE "UsageReferenceDaily" DROP COLUMN "model",
DROP COLUMN "provider",
DROP COLUMN "source";

CREATE UNIQUE INDEX "UsageReferenceDaily_day_projectId_referenceType_referenceId_key" ON "UsageReferenceDaily"("day", "projectId", "referenceType", "referenceId");

INSERT INTO "UsageReferenceDaily" ("id", "day", "projectId", "referenceType", "referenceId", "calls", "errors",
  "unpricedCalls", "inputTokens", "outputTokens", "costNanoUsd")
SELECT gen_random_uuid()::text, "occurredAt"::date, "projectId", "referenceType", "referenceId", count(*)::int,
  (count(*) FILTER (WHERE NOT "isSuccess"))::int, (count(*) FILTER (WHERE NOT "isPriced"))::int,
  COALESCE(sum("inputTokens"), 0)::bigint, COALESCE(sum("outputTokens"), 0)::bigint,
  COALESCE(sum("costNanoUsd"), 0)::bigint
FROM "UsageEvent"
WHERE "rolledUpAt" IS NOT NULL AND "referenceType" IS NOT NULL AND "referenceId" IS NOT NULL
GROUP BY "occurredAt"::date, "projectId", "referenceType", "referenceId";

-- The events not rolled up yet, oldest first: a small set however large the table grows. The rollup claims
-- its batches from it in time order (so a backlog touches few daily rows per batch) and the dashboard checks
-- it for calls not counted yet. Hand-written, since a Prisma schema cannot express a partial index. It
-- replaces the full index on rolledUpAt, which only made every rollup update write one more index entry.
DROP INDEX "UsageEvent_rolledUpAt_idx";

CREATE INDEX "UsageEvent_unrolled_idx" ON "UsageEvent"("occurredAt") WHERE "rolledUpAt" IS NULL;

-- Every event is updated once by the rollup, so the table collects dead rows steadily. Vacuum it after 1 percent
-- changed (the default waits for 20 percent, two million rows at ten million events) to keep the partial index small.
ALTER TABLE "UsageEvent" SET (autovacuum_vacuum_scale_factor = 0.01, autovacuum_vacuum_threshold = 10000, autovacuum_analyze_scale_factor = 0.02);

-- Rollup rows are updated in place many times a day: free space in each page lets Postgres do it without
-- touching the indexes (HOT updates) and keeps the tables compact.
ALTER TABLE "UsageDaily" SET (fillfactor = 80);

ALTER TABLE "UsageReferenceDaily" SET (fillfactor = 80);
