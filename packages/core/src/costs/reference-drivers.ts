// The costliest comparisons, generation runs and suite runs in a cost query's scope and period (from
// UsageReferenceDaily, one row per reference and day), with the cost of one unit of work for each kind of
// reference. References are whole units of work, so they are filtered by scope and period only, not by
// provider, model or source.
import { Prisma, type TDatabase } from '@yardstick/db';
import type { TResolvedCostQuery } from './cost-query';
import type { TCostDriver, TUnitCost } from './cost-report-view';
import { scopeFilter } from './cost-sql';
import { divideNanoUsd, toMoney } from './money';
import { unitOfWork } from './units-of-work';

const topDrivers = 10;

interface TReferenceRow {
  projectId: string;
  referenceType: string;
  referenceId: string;
  calls: bigint;
  errors: bigint;
  unpricedCalls: bigint;
  costNanoUsd: bigint;
}

interface TReferenceKindRow {
  referenceType: string;
  references: bigint;
  calls: bigint;
  errors: bigint;
  unpricedCalls: bigint;
  costNanoUsd: bigint;
}

const byCostDescending = (a: { costNanoUsd: bigint }, b: { costNanoUsd: bigint }) =>
  a.costNanoUsd === b.costNanoUsd ? 0 : a.costNanoUsd > b.costNanoUsd ? -1 : 1;

async function referenceLabels(database: TDatabase, rows: TReferenceRow[]): Promise<Map<string, string>> {
  const idsOf = (type: string) =>
    rows.filter((row) => row.referenceType === type).map((row) => row.referenceId);
  const [comparisons, runs] = await Promise.all([
    idsOf('comparison').length === 0
      ? []
      : database.comparison.findMany({
          where: { id: { in: idsOf('comparison') } },
          select: { id: true, title: true },
        }),
    idsOf('generation_run').length === 0
      ? []
      : database.generationRun.findMany({
          where: { id: { in: idsOf('generation_run') } },
          select: {
            id: true,
            datasetVersion: { select: { number: true, dataset: { select: { name: true } } } },
          },
        }),
  ]);
  return new Map([
    ...comparisons.map((comparison) => [`comparison/${comparison.id}`, comparison.title] as const),
    ...runs.map(
      (run) =>
        [
          `generation_run/${run.id}`,
          `Generation for ${run.datasetVersion.dataset.name} v${run.datasetVersion.number}`,
        ] as const,
    ),
  ]);
}

export async function listReferenceDrivers(
  database: TDatabase,
  query: TResolvedCostQuery,
): Promise<{ references: TCostDriver[]; unitCosts: TUnitCost[] }> {
  const where = scopeFilter(query);
  const referenceRows =
    await // One pass over the period's reference rollups: grouped per reference once, then both the top references
    // and the per-kind totals come from that grouping (a hash aggregate, not a sort for count(DISTINCT)).
    database.$queryRaw<(TReferenceRow & { row: 'top' | 'kind'; references: bigint })[]>`
      WITH per_reference AS MATERIALIZED (
        SELECT "projectId", "referenceType", "referenceId", sum("calls")::bigint AS "calls",
          sum("errors")::bigint AS "errors", sum("unpricedCalls")::bigint AS "unpricedCalls",
          sum("costNanoUsd")::bigint AS "costNanoUsd"
        FROM "UsageReferenceDaily" WHERE ${where} GROUP BY 1, 2, 3
      ), top AS (
        SELECT * FROM per_reference ORDER BY "costNanoUsd" DESC, "calls" DESC LIMIT ${Prisma.raw(String(topDrivers))}
      )
      SELECT 'top' AS "row", "projectId", "referenceType", "referenceId", "calls", "errors", "unpricedCalls",
        "costNanoUsd", 1::bigint AS "references"
      FROM top
      UNION ALL
      SELECT 'kind', NULL, "referenceType", NULL, sum("calls")::bigint, sum("errors")::bigint,
        sum("unpricedCalls")::bigint, sum("costNanoUsd")::bigint, count(*)::bigint
      FROM per_reference GROUP BY "referenceType"`;

  const references = referenceRows.filter((row) => row.row === 'top').sort(byCostDescending);
  const kinds: TReferenceKindRow[] = referenceRows.filter((row) => row.row === 'kind');
  const labels = await referenceLabels(database, references);
  const referenceDrivers: TCostDriver[] = references.map((row) => {
    const unit = unitOfWork(row.referenceType);
    const unitCost = divideNanoUsd(row.costNanoUsd, row.calls - row.errors);
    const key = `${row.referenceType}/${row.referenceId}`;
    return {
      kind: 'reference',
      key,
      label: labels.get(key) ?? `${unit.label}: ${row.referenceId}`,
      projectId: row.projectId,
      referenceType: row.referenceType,
      referenceId: row.referenceId,
      cost: toMoney(row.costNanoUsd),
      calls: Number(row.calls),
      unpricedCalls: Number(row.unpricedCalls),
      unitCost: unitCost === undefined ? null : toMoney(unitCost),
      unitLabel: unit.callLabel,
    };
  });

  const unitCosts: TUnitCost[] = kinds.sort(byCostDescending).map((row) => {
    const unit = unitOfWork(row.referenceType);
    const units = Number(unit.unit === 'reference' ? row.references : row.calls - row.errors);
    const unitCost = divideNanoUsd(row.costNanoUsd, units);
    return {
      referenceType: row.referenceType,
      label: unit.label,
      units,
      unitLabel: unit.unitLabel,
      cost: toMoney(row.costNanoUsd),
      unitCost: unitCost === undefined ? null : toMoney(unitCost),
      unpricedCalls: Number(row.unpricedCalls),
    };
  });

  return { references: referenceDrivers, unitCosts };
}
