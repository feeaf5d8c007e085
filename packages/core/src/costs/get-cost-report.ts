// The cost dashboard's one read: totals, a time series, the breakdown table and the top cost drivers for a
// scope and period. It reads the rollups only (UsageDaily, UsageReferenceDaily, UsageLatencyDaily), never the
// raw events, so it stays fast at millions of calls. Three queries run in parallel: the metrics per period and
// group plus spend per provider, model and source (one pass, for the filters' options and the model drivers),
// the latency histograms per period, and the reference drivers.
import { Prisma, type TDatabase } from '@yardstick/db';
import type { TActor } from '../access/actor';
import { resolveCostQuery, type TCostQuery, type TResolvedCostQuery } from './cost-query';
import type { TCostMetrics, TCostReport, TCostRow, TCostSeriesPoint } from './cost-report-view';
import {
  dimensionFilter,
  grouping,
  periodDate,
  periodsBetween,
  periodText,
  rollupFilter,
  scopeFilter,
} from './cost-sql';
import { histogramQuantileMs, latencyBucketCount, sumHistograms } from './latency-histogram';
import { toMoney } from './money';
import { listReferenceDrivers } from './reference-drivers';
import { summarizeModels, type TDimensionRow } from './summarize-models';

interface TSums {
  calls: bigint;
  errors: bigint;
  unpricedCalls: bigint;
  inputTokens: bigint;
  outputTokens: bigint;
  cachedInputTokens: bigint;
  costNanoUsd: bigint;
  latencyMsSum: bigint;
  latencyCount: bigint;
}

const sumColumns = [
  'calls',
  'errors',
  'unpricedCalls',
  'inputTokens',
  'outputTokens',
  'cachedInputTokens',
  'costNanoUsd',
  'latencyMsSum',
  'latencyCount',
] as const;

function filteredSums(matches: Prisma.Sql): Prisma.Sql {
  return Prisma.join(
    sumColumns.map(
      (column) =>
        Prisma.sql`COALESCE(sum(${Prisma.raw(`"${column}"`)}) FILTER (WHERE ${matches}), 0)::bigint AS ${Prisma.raw(`"${column}"`)}`,
    ),
    ', ',
  );
}

type TGroupedRow = TSums & {
  isDimension: number;
  period: string;
  group: string;
  provider: string;
  model: string;
  source: string;
  allCalls: bigint;
  allUnpricedCalls: bigint;
  allCostNanoUsd: bigint;
};

const histogramSumsSql = Prisma.raw(
  Array.from(
    { length: latencyBucketCount },
    (_, index) => `COALESCE(sum("latencyHistogram"[${index + 1}]), 0)::int AS "b${index}"`,
  ).join(', '),
);

const zeroSums = (): TSums => ({
  calls: 0n,
  errors: 0n,
  unpricedCalls: 0n,
  inputTokens: 0n,
  outputTokens: 0n,
  cachedInputTokens: 0n,
  costNanoUsd: 0n,
  latencyMsSum: 0n,
  latencyCount: 0n,
});

function addSums(target: TSums, row: TSums): void {
  for (const key of Object.keys(target) as (keyof TSums)[]) target[key] += BigInt(row[key] ?? 0n);
}

export function toMetrics(sums: TSums): TCostMetrics {
  const calls = Number(sums.calls);
  return {
    cost: toMoney(sums.costNanoUsd),
    calls,
    errors: Number(sums.errors),
    errorRate: calls === 0 ? 0 : Number(sums.errors) / calls,
    unpricedCalls: Number(sums.unpricedCalls),
    inputTokens: Number(sums.inputTokens),
    outputTokens: Number(sums.outputTokens),
    cachedInputTokens: Number(sums.cachedInputTokens),
    averageLatencyMs:
      sums.latencyCount === 0n ? null : Math.round(Number(sums.latencyMsSum) / Number(sums.latencyCount)),
  };
}

/** How many stacks the spend chart shows before summing the rest as "Other". */
const maxStacks = 8;

function groupLabel(query: TResolvedCostQuery, key: string): string {
  if (query.groupBy === 'model') {
    const [provider, ...model] = key.split('/');
    return `${model.join('/')} (${provider})`;
  }
  if (query.groupBy === 'project') return query.projects.find((project) => project.id === key)?.name ?? key;
  return key;
}

async function hasPendingEvents(database: TDatabase, projectIds: string[]): Promise<boolean> {
  // LIMIT 1 on the partial index of unrolled events: cheap however large the backlog or the table.
  const rows = await database.$queryRaw<unknown[]>`
    SELECT 1 FROM "UsageEvent" WHERE "rolledUpAt" IS NULL AND "projectId" = ANY(${projectIds}) LIMIT 1`;
  return rows.length > 0;
}

export async function getCostReport(
  database: TDatabase,
  actor: TActor,
  filters: TCostQuery,
  now = new Date(),
): Promise<TCostReport> {
  const query = await resolveCostQuery(database, actor, filters, now);
  const period = periodDate(query.interval);
  const group = grouping(query.groupBy);
  const matches = dimensionFilter(query);
  const isFiltered = Boolean(query.provider || query.model || query.source);
  const [grouped, histograms, references, isCatchingUp] = await Promise.all([
    // One pass, two groupings: the metrics per period and group (with the provider, model and source filters),
    // and spend per provider, model and source (without them: the filters' options and the model drivers).
    database.$queryRaw<TGroupedRow[]>`
      SELECT GROUPING("periodDay")::int AS "isDimension", ${periodText('"periodDay"')} AS "period",
        ${group.key} AS "group", "provider"::text AS "provider", "model", "source"::text AS "source",
        ${filteredSums(matches)}, sum("calls")::bigint AS "allCalls",
        sum("unpricedCalls")::bigint AS "allUnpricedCalls", sum("costNanoUsd")::bigint AS "allCostNanoUsd"
      FROM (SELECT ${period} AS "periodDay", * FROM "UsageDaily" WHERE ${scopeFilter(query)}) AS rollup
      GROUP BY GROUPING SETS (("periodDay" ${group.columns}), ("provider", "model", "source"))
      HAVING GROUPING("periodDay") = 1 OR count(*) FILTER (WHERE ${matches}) > 0`,
    // Unfiltered views read the per-project histograms (a row per project and day), filtered ones the
    // per-model rows, which carry the provider, model and source.
    database.$queryRaw<Record<string, number | string>[]>`
      SELECT ${periodText('"periodDay"')} AS "period", ${histogramSumsSql}
      FROM (
        SELECT ${period} AS "periodDay", "latencyHistogram"
        FROM ${isFiltered ? Prisma.raw('"UsageDaily"') : Prisma.raw('"UsageLatencyDaily"')}
        WHERE ${isFiltered ? rollupFilter(query) : scopeFilter(query)}
      ) AS rows
      GROUP BY "periodDay"`,
    listReferenceDrivers(database, query),
    hasPendingEvents(database, query.projectIds),
  ]);

  const totals = zeroSums();
  const byGroup = new Map<string, TSums>();
  const byPeriod = new Map<string, { sums: TSums; groups: Map<string, bigint> }>();
  const dimensions: TDimensionRow[] = [];
  for (const row of grouped) {
    if (row.isDimension === 1) {
      dimensions.push({
        provider: row.provider,
        model: row.model,
        source: row.source,
        calls: row.allCalls,
        unpricedCalls: row.allUnpricedCalls,
        costNanoUsd: row.allCostNanoUsd,
      });
      continue;
    }
    addSums(totals, row);
    const group = byGroup.get(row.group) ?? zeroSums();
    addSums(group, row);
    byGroup.set(row.group, group);
    const point = byPeriod.get(row.period) ?? { sums: zeroSums(), groups: new Map<string, bigint>() };
    addSums(point.sums, row);
    point.groups.set(row.group, (point.groups.get(row.group) ?? 0n) + row.costNanoUsd);
    byPeriod.set(row.period, point);
  }
  const models = summarizeModels(query, dimensions);
  const histogramByPeriod = new Map(
    histograms.map((row) => [
      String(row.period),
      Array.from({ length: latencyBucketCount }, (_, index) => Number(row[`b${index}`] ?? 0)),
    ]),
  );

  const isTimeGrouping = query.groupBy === 'day' || query.groupBy === 'week' || query.groupBy === 'month';
  const rankedGroups = [...byGroup.entries()].sort((a, b) =>
    a[1].costNanoUsd === b[1].costNanoUsd
      ? Number(b[1].calls - a[1].calls)
      : a[1].costNanoUsd > b[1].costNanoUsd
        ? -1
        : 1,
  );
  const stackKeys = isTimeGrouping ? ['total'] : rankedGroups.slice(0, maxStacks).map(([key]) => key);
  const hasOther = !isTimeGrouping && rankedGroups.length > maxStacks;

  const periods = periodsBetween(query.from, query.to, query.interval);
  const series: TCostSeriesPoint[] = periods.map((start) => {
    const point = byPeriod.get(start);
    const histogram = histogramByPeriod.get(start);
    const stacks = stackKeys.map((key) => ({
      key,
      cost: toMoney(isTimeGrouping ? (point?.sums.costNanoUsd ?? 0n) : (point?.groups.get(key) ?? 0n)),
    }));
    if (hasOther) {
      let other = 0n;
      for (const [key, cost] of point?.groups ?? []) if (!stackKeys.includes(key)) other += cost;
      stacks.push({ key: 'other', cost: toMoney(other) });
    }
    return {
      period: start,
      ...toMetrics(point?.sums ?? zeroSums()),
      medianLatencyMs: histogram ? (histogramQuantileMs(histogram) ?? null) : null,
      stacks,
    };
  });

  const rows: TCostRow[] = isTimeGrouping
    ? series.map(({ stacks: _stacks, medianLatencyMs: _median, period: start, ...metrics }) => ({
        key: start,
        label: start,
        ...metrics,
      }))
    : rankedGroups.map(([key, sums]) => ({ key, label: groupLabel(query, key), ...toMetrics(sums) }));

  return {
    scope: { kind: query.kind, projects: query.projects },
    period: { from: query.from, to: query.to, interval: query.interval, groupBy: query.groupBy },
    filters: {
      provider: query.provider ?? null,
      model: query.model ?? null,
      source: query.source ?? null,
      projectIds: query.kind === 'organization' ? query.projectIds : [],
    },
    totals: {
      ...toMetrics(totals),
      medianLatencyMs: histogramQuantileMs(sumHistograms([...histogramByPeriod.values()])) ?? null,
    },
    series,
    rows,
    stackKeys: [
      ...stackKeys.map((key) => ({ key, label: isTimeGrouping ? 'Total' : groupLabel(query, key) })),
      ...(hasOther ? [{ key: 'other', label: 'Other' }] : []),
    ],
    drivers: { models: models.models, references: references.references },
    unitCosts: references.unitCosts,
    hasPendingEvents: isCatchingUp,
    options: models.options,
  };
}
