// Budget alerts, evaluated after each rollup batch for the projects and days it touched: 80% and 100% of a
// monthly budget, and a day's spend above k× the trailing 7-day average. An alert is stored once per
// (scope, kind, period) — the unique key on Alert — so evaluating again never raises it twice.
import type { Alert, Budget, TDatabase } from '@yardstick/db';
import { formatUsd } from '@yardstick/providers';
import { firstSpendDay, monthOf, percentOf, spendByDay, spendInMonth } from '../budgets/month-spend';
import { addDays } from '../costs/cost-query';
import type { TTouchedDay } from '../costs/roll-up-usage';

const thresholds = [
  { percent: 80, kind: 'budget_80' },
  { percent: 100, kind: 'budget_100' },
] as const;

const trailingDays = 7;

type TAlertDraft = Pick<
  Alert,
  'organizationId' | 'projectId' | 'scopeKey' | 'kind' | 'period' | 'message'
> & {
  details: Record<string, string | number>;
};

function scopeName(budget: Budget, names: Map<string, string>): string {
  return budget.projectId
    ? `Project "${names.get(budget.projectId) ?? budget.projectId}"`
    : `The organization "${names.get(budget.organizationId) ?? budget.organizationId}"`;
}

async function budgetAlerts(
  database: TDatabase,
  budget: Budget,
  projectIds: string[],
  days: string[],
  name: string,
) {
  const drafts: TAlertDraft[] = [];
  const base = {
    organizationId: budget.organizationId,
    projectId: budget.projectId,
    scopeKey: budget.scopeKey,
  };
  for (const month of new Set(days.map(monthOf))) {
    const spent = await spendInMonth(database, projectIds, month);
    const percent = percentOf(spent, budget.monthlyLimitNanoUsd);
    for (const threshold of thresholds) {
      if (spent * 100n < budget.monthlyLimitNanoUsd * BigInt(threshold.percent)) continue;
      const limit = formatUsd(budget.monthlyLimitNanoUsd);
      drafts.push({
        ...base,
        kind: threshold.kind,
        period: month,
        message:
          threshold.percent >= 100
            ? `${name} is over its ${limit} budget for ${month}: ${formatUsd(spent)} spent (${percent}%).`
            : `${name} has spent ${formatUsd(spent)} of its ${limit} budget for ${month} (${percent}%).`,
        details: {
          spentNanoUsd: spent.toString(),
          limitNanoUsd: budget.monthlyLimitNanoUsd.toString(),
          percent,
        },
      });
    }
  }
  if (budget.spikeMultiplier === null) return drafts;
  // Per-mille precision is plenty for a multiplier and keeps the comparison in exact integers.
  const multiplierPerMille = BigInt(Math.round(budget.spikeMultiplier * 1000));
  const firstDay = await firstSpendDay(database, projectIds);
  for (const day of new Set(days)) {
    // A full week of history or no average to compare with: the first days of use are not spikes.
    if (!firstDay || firstDay > addDays(day, -trailingDays)) continue;
    const byDay = await spendByDay(database, projectIds, addDays(day, -trailingDays), day);
    const spent = byDay.get(day) ?? 0n;
    let trailing = 0n;
    for (let offset = 1; offset <= trailingDays; offset++) trailing += byDay.get(addDays(day, -offset)) ?? 0n;
    if (trailing === 0n) continue;
    if (spent * BigInt(trailingDays) * 1000n <= multiplierPerMille * trailing) continue;
    const average = trailing / BigInt(trailingDays);
    const ratio = Number((spent * 10n * BigInt(trailingDays)) / trailing) / 10;
    drafts.push({
      ...base,
      kind: 'daily_spike',
      period: day,
      message: `${name} spent ${formatUsd(spent)} on ${day}, ${ratio}× its trailing 7-day average of ${formatUsd(average)} (alert above ${budget.spikeMultiplier}×).`,
      details: {
        spentNanoUsd: spent.toString(),
        averageNanoUsd: average.toString(),
        multiplier: budget.spikeMultiplier,
      },
    });
  }
  return drafts;
}

export async function evaluateAlerts(
  database: TDatabase,
  touched: readonly TTouchedDay[],
  options: { onlyScopeKeys?: string[] } = {},
): Promise<Alert[]> {
  if (touched.length === 0) return [];
  const projectIds = [...new Set(touched.map((entry) => entry.projectId))];
  const projects = await database.project.findMany({
    where: { id: { in: projectIds } },
    select: { id: true, name: true, organizationId: true, organization: { select: { name: true } } },
  });
  const organizationIds = [...new Set(projects.map((project) => project.organizationId))];
  const scopeKeys = [...projectIds, 'organization'].filter(
    (key) => !options.onlyScopeKeys || options.onlyScopeKeys.includes(key),
  );
  const budgets = await database.budget.findMany({
    where: { organizationId: { in: organizationIds }, scopeKey: { in: scopeKeys } },
  });
  if (budgets.length === 0) return [];
  const names = new Map<string, string>();
  for (const project of projects) {
    names.set(project.id, project.name);
    names.set(project.organizationId, project.organization.name);
  }

  const drafts: TAlertDraft[] = [];
  for (const budget of budgets) {
    const scopeProjectIds = budget.projectId
      ? [budget.projectId]
      : (
          await database.project.findMany({
            where: { organizationId: budget.organizationId },
            select: { id: true },
          })
        ).map((project) => project.id);
    const days = touched
      .filter((entry) => scopeProjectIds.includes(entry.projectId))
      .map((entry) => entry.day);
    if (days.length === 0) continue;
    drafts.push(...(await budgetAlerts(database, budget, scopeProjectIds, days, scopeName(budget, names))));
  }
  if (drafts.length === 0) return [];
  // skipDuplicates is INSERT … ON CONFLICT DO NOTHING: only alerts raised for the first time come back.
  return database.alert.createManyAndReturn({ data: drafts, skipDuplicates: true });
}
