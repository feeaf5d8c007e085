// Cost per unit of work from the usage records, for features whose own rows do not hold what their calls cost
// (a labeling task's cost per labeled item: the generation run behind it). Comparisons and generation runs sum
// their own cells and completions instead. Exact and current: the rolled-up total plus the calls not rolled up
// yet, read in one statement (one snapshot), so a call being rolled up meanwhile is counted once. Callers
// check access to the project first.
import type { TDatabase } from '@yardstick/db';
import type { TMoney } from './cost-report-view';
import { divideNanoUsd, toMoney } from './money';

export interface TReferenceCost {
  cost: TMoney;
  calls: number;
  successfulCalls: number;
  /** Calls without a price: not in `cost`, so the figures are a lower bound when this is not 0. */
  unpricedCalls: number;
}

export interface TUnitCostResult extends TReferenceCost {
  units: number;
  unitCost: TMoney | null;
}

export async function summarizeReferenceCost(
  database: TDatabase,
  reference: { projectId: string; referenceType: string; referenceId: string },
): Promise<TReferenceCost & { costNanoUsd: bigint }> {
  const { projectId, referenceType, referenceId } = reference;
  const [row] = await database.$queryRaw<{ calls: bigint; errors: bigint; unpriced: bigint; cost: bigint }[]>`
    SELECT COALESCE(sum("calls"), 0)::bigint AS "calls", COALESCE(sum("errors"), 0)::bigint AS "errors",
      COALESCE(sum("unpriced"), 0)::bigint AS "unpriced", COALESCE(sum("cost"), 0)::bigint AS "cost"
    FROM (
      SELECT sum("calls") AS "calls", sum("errors") AS "errors", sum("unpricedCalls") AS "unpriced",
        sum("costNanoUsd") AS "cost"
      FROM "UsageReferenceDaily"
      WHERE "projectId" = ${projectId} AND "referenceType" = ${referenceType} AND "referenceId" = ${referenceId}
      UNION ALL
      SELECT count(*), count(*) FILTER (WHERE NOT "isSuccess"), count(*) FILTER (WHERE NOT "isPriced"),
        sum("costNanoUsd")
      FROM "UsageEvent"
      WHERE "rolledUpAt" IS NULL AND "projectId" = ${projectId} AND "referenceType" = ${referenceType}
        AND "referenceId" = ${referenceId}
    ) AS parts`;
  const calls = Number(row?.calls ?? 0n);
  const costNanoUsd = row?.cost ?? 0n;
  return {
    costNanoUsd,
    cost: toMoney(costNanoUsd),
    calls,
    successfulCalls: calls - Number(row?.errors ?? 0n),
    unpricedCalls: Number(row?.unpriced ?? 0n),
  };
}

function perUnit(summary: TReferenceCost & { costNanoUsd: bigint }, units: number): TUnitCostResult {
  const { costNanoUsd, ...rest } = summary;
  const unitCost = divideNanoUsd(costNanoUsd, units);
  return { ...rest, units, unitCost: unitCost === undefined ? null : toMoney(unitCost) };
}

/**
 * What the completions generated for labeling cost per item people labeled; the caller passes how many items
 * were labeled (the labeling feature knows it), so generations nobody labeled raise the cost of the rest.
 */
export async function costPerLabeledItem(
  database: TDatabase,
  projectId: string,
  generationRunId: string,
  labeledItems: number,
) {
  const summary = await summarizeReferenceCost(database, {
    projectId,
    referenceType: 'generation_run',
    referenceId: generationRunId,
  });
  return perUnit(summary, labeledItems);
}
