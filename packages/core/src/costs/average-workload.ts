// A workload measured from what a project actually ran: the average tokens per successful call over its
// recent calls for one reference (a comparison, a dataset run) or one model. Reads raw events, bounded by the
// (projectId, occurredAt) index and a sample limit, so it stays cheap on any history.
import { Prisma, type TDatabase } from '@yardstick/db';
import { z } from 'zod';
import type { TActor } from '../access/actor';
import { requireProjectRole } from '../access/project-access';

export const ZAverageWorkload = z
  .object({
    projectId: z.string().min(1).max(64),
    referenceType: z.string().min(1).max(64).optional(),
    referenceId: z.string().min(1).max(128).optional(),
    provider: z.string().min(1).max(40).optional(),
    model: z.string().min(1).max(200).optional(),
    days: z.coerce.number().int().min(1).max(366).default(30),
  })
  .strict()
  .refine((value) => (value.referenceType && value.referenceId) || value.model, {
    message: 'choose a reference (referenceType and referenceId) or a model',
    path: ['referenceId'],
  });

const sampleSize = 5000;

export interface TAverageWorkload {
  calls: number;
  averageInputTokens: number;
  averageOutputTokens: number;
  averageCachedInputTokens: number;
  /** The model most of the sampled calls used: the "current model" of the projection. */
  provider: string | null;
  model: string | null;
}

export async function averageWorkload(
  database: TDatabase,
  actor: TActor,
  input: z.input<typeof ZAverageWorkload>,
  now = new Date(),
): Promise<TAverageWorkload> {
  const query = ZAverageWorkload.parse(input);
  await requireProjectRole(database, actor, query.projectId, 'viewer');
  const since = new Date(now.getTime() - query.days * 86_400_000);
  const conditions = [
    Prisma.sql`"projectId" = ${query.projectId}`,
    Prisma.sql`"occurredAt" >= ${since}`,
    Prisma.sql`"isSuccess"`,
  ];
  if (query.referenceType && query.referenceId) {
    conditions.push(
      Prisma.sql`"referenceType" = ${query.referenceType} AND "referenceId" = ${query.referenceId}`,
    );
  }
  if (query.model) conditions.push(Prisma.sql`"model" = ${query.model}`);
  if (query.provider) conditions.push(Prisma.sql`"provider"::text = ${query.provider}`);
  const [row] = await database.$queryRaw<
    {
      calls: number;
      input: number | null;
      output: number | null;
      cached: number | null;
      provider: string | null;
      model: string | null;
    }[]
  >`
    WITH sample AS (
      SELECT "provider"::text AS "provider", "model", "inputTokens", "outputTokens", "cachedInputTokens"
      FROM "UsageEvent" WHERE ${Prisma.join(conditions, ' AND ')}
      ORDER BY "occurredAt" DESC LIMIT ${sampleSize}
    )
    SELECT count(*)::int AS "calls", round(avg(COALESCE("inputTokens", 0)))::int AS "input",
      round(avg(COALESCE("outputTokens", 0)))::int AS "output", round(avg(COALESCE("cachedInputTokens", 0)))::int AS "cached",
      (SELECT "provider" FROM sample GROUP BY "provider", "model" ORDER BY count(*) DESC LIMIT 1) AS "provider",
      (SELECT "model" FROM sample GROUP BY "provider", "model" ORDER BY count(*) DESC LIMIT 1) AS "model"
    FROM sample`;
  return {
    calls: row?.calls ?? 0,
    averageInputTokens: row?.input ?? 0,
    averageOutputTokens: row?.output ?? 0,
    averageCachedInputTokens: row?.cached ?? 0,
    provider: row?.provider ?? null,
    model: row?.model ?? null,
  };
}
