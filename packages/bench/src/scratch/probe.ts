import { performance } from 'node:perf_hooks';
import { createDatabaseClient, Prisma } from '@yardstick/db';
const database = createDatabaseClient(process.argv[2]!);
const ids = Array.from({ length: 20 }, (_, i) => `bench-project-${i}`);
const from = new Date(Date.now() - 364 * 86_400_000).toISOString().slice(0, 10);
const to = new Date().toISOString().slice(0, 10);
const where = Prisma.sql`"projectId" = ANY(${ids}) AND "day" BETWEEN ${from}::date AND ${to}::date`;
const S = Prisma.raw(`sum(calls)::bigint c, sum(errors)::bigint e, sum("unpricedCalls")::bigint u, sum("inputTokens")::bigint i, sum("outputTokens")::bigint o, sum("cachedInputTokens")::bigint ci, sum("costNanoUsd")::bigint cost, sum("latencyMsSum")::bigint ls, sum("latencyCount")::bigint lc`);
const H = Prisma.raw(Array.from({ length: 24 }, (_, i) => `COALESCE(sum("latencyHistogram"[${i + 1}]),0)::int b${i}`).join(', '));
const queries: Record<string, () => Promise<unknown[]>> = {
  groupedModelDay: () => database.$queryRaw`SELECT to_char("day",'YYYY-MM-DD') p, "provider"::text || '/' || "model" g, ${S} FROM "UsageDaily" WHERE ${where} GROUP BY "day", "provider", "model"`,
  groupedAllDims: () => database.$queryRaw`SELECT to_char("day",'YYYY-MM-DD') p, "provider"::text, "model", "source"::text, ${S} FROM "UsageDaily" WHERE ${where} GROUP BY "day", "provider", "model", "source"`,
  histogram: () => database.$queryRaw`SELECT to_char("day",'YYYY-MM-DD') p, ${H} FROM "UsageDaily" WHERE ${where} GROUP BY "day"`,
  dims: () => database.$queryRaw`SELECT "provider"::text, "model", "source"::text, ${S} FROM "UsageDaily" WHERE ${where} GROUP BY 1,2,3`,
  groupingSets: () => database.$queryRaw`SELECT to_char("day",'YYYY-MM-DD') p, "provider"::text, "model", "source"::text, ${S} FROM "UsageDaily" WHERE ${where} GROUP BY GROUPING SETS (("day", "provider", "model"), ("provider", "model", "source"))`,
  groupedThenDims: () => database.$queryRaw`WITH g AS MATERIALIZED (SELECT "day", "provider", "model", "source", ${S} FROM "UsageDaily" WHERE ${where} GROUP BY 1,2,3,4) SELECT to_char("day",'YYYY-MM-DD') p, "provider"::text || '/' || "model" g, sum(c)::bigint c, sum(e)::bigint e, sum(u)::bigint u, sum(i)::bigint i, sum(o)::bigint o, sum(ci)::bigint ci, sum(cost)::bigint cost, sum(ls)::bigint ls, sum(lc)::bigint lc FROM g GROUP BY "day", "provider", "model" UNION ALL SELECT NULL, "provider"::text || '/' || "model" || '/' || "source", sum(c)::bigint, 0, sum(u)::bigint, 0, 0, 0, sum(cost)::bigint, 0, 0 FROM g GROUP BY "provider", "model", "source"`,
  refs: () => database.$queryRaw`WITH per_reference AS MATERIALIZED (SELECT "projectId", "referenceType", "referenceId", sum("calls")::bigint AS calls, sum("costNanoUsd")::bigint AS cost FROM "UsageReferenceDaily" WHERE ${where} GROUP BY 1,2,3), top AS (SELECT * FROM per_reference ORDER BY cost DESC LIMIT 10) SELECT "referenceType", calls FROM top UNION ALL SELECT "referenceType", count(*) FROM per_reference GROUP BY 1`,
};
for (const [name, run] of Object.entries(queries)) {
  const t: number[] = [];
  let n = 0;
  for (let i = 0; i < 8; i++) { const s = performance.now(); n = (await run()).length; t.push(performance.now() - s); }
  t.sort((a, b) => a - b);
  console.log(name.padEnd(18), n, t.map((x) => x.toFixed(0)).join(' '));
}
await database.$disconnect();
