// Spend from the rollups, for budgets and alerts: a month's total, and daily totals over a few days.
import type { TDatabase } from '@yardstick/db';

export function monthOf(day: string): string {
  return day.slice(0, 7);
}

function nextMonthStart(month: string): string {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, monthNumber, 1)).toISOString().slice(0, 10);
}

export async function spendInMonth(
  database: TDatabase,
  projectIds: string[],
  month: string,
): Promise<bigint> {
  const [row] = await database.$queryRaw<{ cost: bigint }[]>`
    SELECT COALESCE(sum("costNanoUsd"), 0)::bigint AS "cost" FROM "UsageDaily"
    WHERE "projectId" = ANY(${projectIds}) AND "day" >= ${`${month}-01`}::date AND "day" < ${nextMonthStart(month)}::date`;
  return row?.cost ?? 0n;
}

/** Spend per day from `from` to `to` (inclusive, YYYY-MM-DD); days without calls are absent. */
export async function spendByDay(
  database: TDatabase,
  projectIds: string[],
  from: string,
  to: string,
): Promise<Map<string, bigint>> {
  const rows = await database.$queryRaw<{ day: string; cost: bigint }[]>`
    SELECT to_char("day", 'YYYY-MM-DD') AS "day", sum("costNanoUsd")::bigint AS "cost" FROM "UsageDaily"
    WHERE "projectId" = ANY(${projectIds}) AND "day" BETWEEN ${from}::date AND ${to}::date GROUP BY 1`;
  return new Map(rows.map((row) => [row.day, row.cost]));
}

export function percentOf(spent: bigint, limit: bigint): number {
  return limit <= 0n ? 0 : Number((spent * 100n) / limit);
}

/** The first day the scope spent anything, or undefined. */
export async function firstSpendDay(database: TDatabase, projectIds: string[]): Promise<string | undefined> {
  const [row] = await database.$queryRaw<{ day: string | null }[]>`
    SELECT to_char(min("day"), 'YYYY-MM-DD') AS "day" FROM "UsageDaily"
    WHERE "projectId" = ANY(${projectIds}) AND "costNanoUsd" > 0`;
  return row?.day ?? undefined;
}
