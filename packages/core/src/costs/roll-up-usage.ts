// Folds UsageEvents into the daily rollups (UsageDaily, UsageReferenceDaily, UsageLatencyDaily) incrementally
// and idempotently.
// One SQL statement claims a batch of events not yet rolled up (SKIP LOCKED, so several workers can run it at
// once without waiting for each other), marks them, and adds them to their UTC day's rows with
// INSERT … ON CONFLICT DO UPDATE. A statement is one transaction: an event is counted exactly once, or not yet.
import { Prisma, type TDatabase } from '@yardstick/db';
import { z } from 'zod';
import { latencyBoundsSql, latencyBucketCount } from './latency-histogram';

export const ZRollUpUsage = z.object({
  /** Events claimed per statement: large enough to amortize the upserts, small enough to keep locks short. */
  batchSize: z.number().int().min(1).max(100_000).default(5000),
  /** Statements per call; the call stops earlier when a batch comes back smaller than batchSize. */
  maxBatches: z.number().int().min(1).max(10_000).default(20),
});
export type TRollUpUsage = z.input<typeof ZRollUpUsage>;

/** A (project, UTC day) that received events, so budgets and alerts can be evaluated for it. */
export interface TTouchedDay {
  projectId: string;
  day: string;
}

export interface TRollUpResult {
  events: number;
  batches: number;
  touched: TTouchedDay[];
}

const histogramSql = `ARRAY[${Array.from(
  { length: latencyBucketCount },
  (_, index) => `count(*) FILTER (WHERE "bucket" = ${index + 1})`,
).join(', ')}]::int[]`;

function rollUpStatement(batchSize: number) {
  return Prisma.sql`
    WITH claimed AS (
      -- Oldest first, from the partial index of unrolled events: a backlog is folded in day by day, so each
      -- batch updates few daily rows.
      SELECT "id" FROM "UsageEvent" WHERE "rolledUpAt" IS NULL ORDER BY "occurredAt"
      LIMIT ${batchSize} FOR UPDATE SKIP LOCKED
    ), marked AS (
      UPDATE "UsageEvent" AS event SET "rolledUpAt" = (now() AT TIME ZONE 'UTC')
      FROM claimed WHERE event."id" = claimed."id"
      RETURNING event."projectId", event."connectionId", event."provider", event."model", event."source",
        event."referenceType", event."referenceId", event."inputTokens", event."outputTokens",
        event."cachedInputTokens", event."costNanoUsd", event."isPriced", event."isSuccess", event."latencyMs",
        event."occurredAt"
    ), facts AS (
      SELECT marked.*, marked."occurredAt"::date AS "day",
        width_bucket(marked."latencyMs", ${Prisma.raw(latencyBoundsSql)}) AS "bucket"
      FROM marked
    ), daily AS (
      INSERT INTO "UsageDaily" ("id", "day", "projectId", "connectionId", "provider", "model", "source", "calls",
        "errors", "unpricedCalls", "inputTokens", "outputTokens", "cachedInputTokens", "costNanoUsd",
        "latencyMsSum", "latencyCount", "latencyHistogram")
      SELECT gen_random_uuid()::text, "day", "projectId", COALESCE("connectionId", ''), "provider", "model",
        "source", count(*)::int, (count(*) FILTER (WHERE NOT "isSuccess"))::int,
        (count(*) FILTER (WHERE NOT "isPriced"))::int, COALESCE(sum("inputTokens"), 0)::bigint,
        COALESCE(sum("outputTokens"), 0)::bigint, COALESCE(sum("cachedInputTokens"), 0)::bigint,
        COALESCE(sum("costNanoUsd"), 0)::bigint, COALESCE(sum("latencyMs"), 0)::bigint,
        count("latencyMs")::int, ${Prisma.raw(histogramSql)}
      FROM facts
      GROUP BY "day", "projectId", COALESCE("connectionId", ''), "provider", "model", "source"
      -- The same lock order in every worker, so concurrent rollups queue behind each other instead of deadlocking.
      ORDER BY "day", "projectId", COALESCE("connectionId", ''), "provider", "model", "source"
      ON CONFLICT ("day", "projectId", "connectionId", "provider", "model", "source") DO UPDATE SET
        "calls" = "UsageDaily"."calls" + EXCLUDED."calls",
        "errors" = "UsageDaily"."errors" + EXCLUDED."errors",
        "unpricedCalls" = "UsageDaily"."unpricedCalls" + EXCLUDED."unpricedCalls",
        "inputTokens" = "UsageDaily"."inputTokens" + EXCLUDED."inputTokens",
        "outputTokens" = "UsageDaily"."outputTokens" + EXCLUDED."outputTokens",
        "cachedInputTokens" = "UsageDaily"."cachedInputTokens" + EXCLUDED."cachedInputTokens",
        "costNanoUsd" = "UsageDaily"."costNanoUsd" + EXCLUDED."costNanoUsd",
        "latencyMsSum" = "UsageDaily"."latencyMsSum" + EXCLUDED."latencyMsSum",
        "latencyCount" = "UsageDaily"."latencyCount" + EXCLUDED."latencyCount",
        "latencyHistogram" = ARRAY(
          SELECT COALESCE(pair.stored, 0) + COALESCE(pair.added, 0)
          FROM unnest("UsageDaily"."latencyHistogram", EXCLUDED."latencyHistogram")
            WITH ORDINALITY AS pair(stored, added, position)
          ORDER BY pair.position)
      RETURNING 1
    ), referenced AS (
      INSERT INTO "UsageReferenceDaily" ("id", "day", "projectId", "referenceType", "referenceId", "calls", "errors",
        "unpricedCalls", "inputTokens", "outputTokens", "costNanoUsd")
      SELECT gen_random_uuid()::text, "day", "projectId", "referenceType", "referenceId", count(*)::int,
        (count(*) FILTER (WHERE NOT "isSuccess"))::int, (count(*) FILTER (WHERE NOT "isPriced"))::int,
        COALESCE(sum("inputTokens"), 0)::bigint, COALESCE(sum("outputTokens"), 0)::bigint,
        COALESCE(sum("costNanoUsd"), 0)::bigint
      FROM facts
      WHERE "referenceType" IS NOT NULL AND "referenceId" IS NOT NULL
      GROUP BY "day", "projectId", "referenceType", "referenceId"
      ORDER BY "day", "projectId", "referenceType", "referenceId"
      ON CONFLICT ("day", "projectId", "referenceType", "referenceId") DO UPDATE SET
        "calls" = "UsageReferenceDaily"."calls" + EXCLUDED."calls",
        "errors" = "UsageReferenceDaily"."errors" + EXCLUDED."errors",
        "unpricedCalls" = "UsageReferenceDaily"."unpricedCalls" + EXCLUDED."unpricedCalls",
        "inputTokens" = "UsageReferenceDaily"."inputTokens" + EXCLUDED."inputTokens",
        "outputTokens" = "UsageReferenceDaily"."outputTokens" + EXCLUDED."outputTokens",
        "costNanoUsd" = "UsageReferenceDaily"."costNanoUsd" + EXCLUDED."costNanoUsd"
      RETURNING 1
    ), latency AS (
      INSERT INTO "UsageLatencyDaily" ("day", "projectId", "latencyHistogram")
      SELECT "day", "projectId", ${Prisma.raw(histogramSql)}
      FROM facts WHERE "latencyMs" IS NOT NULL
      GROUP BY "day", "projectId"
      ORDER BY "day", "projectId"
      ON CONFLICT ("day", "projectId") DO UPDATE SET
        "latencyHistogram" = ARRAY(
          SELECT COALESCE(pair.stored, 0) + COALESCE(pair.added, 0)
          FROM unnest("UsageLatencyDaily"."latencyHistogram", EXCLUDED."latencyHistogram")
            WITH ORDINALITY AS pair(stored, added, position)
          ORDER BY pair.position)
      RETURNING 1
    )
    SELECT "projectId", to_char("day", 'YYYY-MM-DD') AS "day", count(*)::int AS "events"
    FROM facts GROUP BY "projectId", "day"`;
}

const deadlockRetries = 3;

function isDeadlock(error: unknown): boolean {
  return error instanceof Error && /deadlock detected|40P01/i.test(error.message);
}

async function rollUpBatch(database: TDatabase, batchSize: number) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await database.$queryRaw<{ projectId: string; day: string; events: number }[]>(
        rollUpStatement(batchSize),
      );
    } catch (error) {
      // Postgres already rolled the statement back: nothing was counted, so running it again is safe.
      if (!isDeadlock(error) || attempt >= deadlockRetries) throw error;
    }
  }
}

export async function rollUpUsage(database: TDatabase, options: TRollUpUsage = {}): Promise<TRollUpResult> {
  const { batchSize, maxBatches } = ZRollUpUsage.parse(options);
  const touched = new Map<string, TTouchedDay>();
  let events = 0;
  let batches = 0;
  while (batches < maxBatches) {
    const rows = await rollUpBatch(database, batchSize);
    batches += 1;
    let claimed = 0;
    for (const row of rows) {
      claimed += row.events;
      touched.set(`${row.projectId} ${row.day}`, { projectId: row.projectId, day: row.day });
    }
    events += claimed;
    if (claimed < batchSize) break;
  }
  return { events, batches, touched: [...touched.values()] };
}
