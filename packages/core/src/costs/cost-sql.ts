// SQL fragments shared by the cost queries. Every value is a bound parameter; only constants are raw.
import { Prisma } from '@yardstick/db';
import type { TResolvedCostQuery } from './cost-query';

/** The scope and period of a resolved query, as the WHERE clause of a rollup table. */
export function scopeFilter(query: TResolvedCostQuery): Prisma.Sql {
  return Prisma.sql`"projectId" = ANY(${query.projectIds}) AND "day" BETWEEN ${query.from}::date AND ${query.to}::date`;
}

/** The provider, model and source filters of a resolved query (TRUE when there are none). */
export function dimensionFilter(query: TResolvedCostQuery): Prisma.Sql {
  const conditions: Prisma.Sql[] = [];
  if (query.provider) conditions.push(Prisma.sql`"provider" = ${query.provider}::"ProviderKind"`);
  if (query.model) conditions.push(Prisma.sql`"model" = ${query.model}`);
  if (query.source) conditions.push(Prisma.sql`"source" = ${query.source}::"UsageSource"`);
  return conditions.length === 0 ? Prisma.raw('TRUE') : Prisma.join(conditions, ' AND ');
}

export function rollupFilter(query: TResolvedCostQuery): Prisma.Sql {
  return Prisma.sql`${scopeFilter(query)} AND ${dimensionFilter(query)}`;
}

// Rows are grouped on the raw columns (cheap to hash) and only the groups are formatted as text.
const periodDates = {
  day: Prisma.raw(`"day"`),
  week: Prisma.raw(`date_trunc('week', "day")::date`),
  month: Prisma.raw(`date_trunc('month', "day")::date`),
} as const;

/** The first day of a row's period, as a date (group on this, format the groups with `periodText`). */
export function periodDate(interval: TResolvedCostQuery['interval']): Prisma.Sql {
  return periodDates[interval];
}

export const periodText = (column: string) => Prisma.raw(`to_char(${column}, 'YYYY-MM-DD')`);

const groupings = {
  model: { columns: `, "provider", "model"`, key: `"provider"::text || '/' || "model"` },
  provider: { columns: `, "provider"`, key: `"provider"::text` },
  project: { columns: `, "projectId"`, key: `"projectId"` },
  source: { columns: `, "source"`, key: `"source"::text` },
} as const;

/**
 * The columns a breakdown groups on (after the period) and the text key of a group; one constant group when
 * grouping by time (the series is the table then).
 */
export function grouping(groupBy: TResolvedCostQuery['groupBy']): { columns: Prisma.Sql; key: Prisma.Sql } {
  const found = groupings[groupBy as keyof typeof groupings];
  return found
    ? { columns: Prisma.raw(found.columns), key: Prisma.raw(found.key) }
    : { columns: Prisma.empty, key: Prisma.raw(`'total'`) };
}

/** The first day of every period from `from` to `to`, so charts show quiet periods as zero, not as gaps. */
export function periodsBetween(from: string, to: string, interval: TResolvedCostQuery['interval']): string[] {
  const start = new Date(`${from}T00:00:00Z`);
  if (interval === 'week') start.setUTCDate(start.getUTCDate() - ((start.getUTCDay() + 6) % 7));
  if (interval === 'month') start.setUTCDate(1);
  const end = Date.parse(`${to}T00:00:00Z`);
  const periods: string[] = [];
  for (const cursor = start; cursor.getTime() <= end; ) {
    periods.push(cursor.toISOString().slice(0, 10));
    if (interval === 'day') cursor.setUTCDate(cursor.getUTCDate() + 1);
    else if (interval === 'week') cursor.setUTCDate(cursor.getUTCDate() + 7);
    else cursor.setUTCMonth(cursor.getUTCMonth() + 1);
  }
  return periods;
}
