// What GET /api/v1/costs answers. Browser-safe: types only. Money is strings (exact); counts are numbers
// (sums of calls and tokens stay far below 2^53).

export interface TMoney {
  /** Exact integer nano-USD (10^-9 USD). */
  nanoUsd: string;
  /** Exact decimal USD, e.g. "624000" or "0.000123". */
  usd: string;
  /** For people: formatUsd, e.g. "$624,000.00". */
  display: string;
}

export interface TCostMetrics {
  cost: TMoney;
  calls: number;
  errors: number;
  /** errors / calls, 0 when there were no calls. */
  errorRate: number;
  /** Calls whose model had no price: their cost is unknown and not in `cost`. */
  unpricedCalls: number;
  inputTokens: number;
  outputTokens: number;
  cachedInputTokens: number;
  averageLatencyMs: number | null;
}

export interface TCostRow extends TCostMetrics {
  key: string;
  label: string;
}

export interface TCostSeriesPoint extends TCostMetrics {
  /** First day of the period (YYYY-MM-DD, UTC). */
  period: string;
  medianLatencyMs: number | null;
  /** Cost per group (the top groups, the rest summed as "Other"), for the stacked spend chart. */
  stacks: { key: string; cost: TMoney }[];
}

export interface TCostDriver {
  kind: 'model' | 'reference';
  key: string;
  label: string;
  projectId: string | null;
  referenceType: string | null;
  referenceId: string | null;
  cost: TMoney;
  calls: number;
  unpricedCalls: number;
  /** Cost of one unit of work: per comparison, per dataset item generated, per call. */
  unitCost: TMoney | null;
  unitLabel: string;
}

export interface TUnitCost {
  referenceType: string;
  label: string;
  units: number;
  unitLabel: string;
  cost: TMoney;
  unitCost: TMoney | null;
  unpricedCalls: number;
}

export type TCostGroupBy = 'model' | 'provider' | 'project' | 'source' | 'day' | 'week' | 'month';
export type TCostInterval = 'day' | 'week' | 'month';

export interface TCostReport {
  scope: { kind: 'project' | 'organization'; projects: { id: string; name: string }[] };
  period: { from: string; to: string; interval: TCostInterval; groupBy: TCostGroupBy };
  filters: { provider: string | null; model: string | null; source: string | null; projectIds: string[] };
  totals: TCostMetrics & { medianLatencyMs: number | null };
  series: TCostSeriesPoint[];
  /** The table: one row per group (or per period when grouped by time), costliest first. */
  rows: TCostRow[];
  stackKeys: { key: string; label: string }[];
  /** Models follow every filter; references are whole units of work: filtered by scope and period only. */
  drivers: { models: TCostDriver[]; references: TCostDriver[] };
  /** Cost per unit of work for each kind of reference (comparisons, dataset items generated, runs). */
  unitCosts: TUnitCost[];
  /** Some calls are recorded but not in the rollups yet (the worker folds them in every few seconds). */
  hasPendingEvents: boolean;
  /** Options for the filters: what exists in the scope and period. */
  options: { providers: string[]; models: { provider: string; model: string }[]; sources: string[] };
}
