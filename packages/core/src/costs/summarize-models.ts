// The costliest models in a cost query's scope and period (following every filter), and the providers,
// models and sources found there (ignoring the filters), from the dimension rows the report already read.

import type { TResolvedCostQuery } from './cost-query';
import type { TCostDriver, TCostReport } from './cost-report-view';
import { divideNanoUsd, toMoney } from './money';

/** Spend per provider, model and source in the scope and period, before the provider/model/source filters. */
export interface TDimensionRow {
  provider: string;
  model: string;
  source: string;
  calls: bigint;
  unpricedCalls: bigint;
  costNanoUsd: bigint;
}

const topDrivers = 10;

export function summarizeModels(
  query: TResolvedCostQuery,
  dimensions: TDimensionRow[],
): { models: TCostDriver[]; options: TCostReport['options'] } {
  const models = new Map<string, TDimensionRow>();
  for (const row of dimensions) {
    if (query.provider && row.provider !== query.provider) continue;
    if (query.model && row.model !== query.model) continue;
    if (query.source && row.source !== query.source) continue;
    const key = `${row.provider}/${row.model}`;
    const entry = models.get(key) ?? { ...row, calls: 0n, unpricedCalls: 0n, costNanoUsd: 0n };
    entry.calls += row.calls;
    entry.unpricedCalls += row.unpricedCalls;
    entry.costNanoUsd += row.costNanoUsd;
    models.set(key, entry);
  }
  const modelDrivers: TCostDriver[] = [...models.entries()]
    .sort((a, b) =>
      a[1].costNanoUsd === b[1].costNanoUsd ? 0 : a[1].costNanoUsd > b[1].costNanoUsd ? -1 : 1,
    )
    .slice(0, topDrivers)
    .map(([key, row]) => {
      const unitCost = divideNanoUsd(row.costNanoUsd, row.calls - row.unpricedCalls);
      return {
        kind: 'model',
        key,
        label: `${row.model} (${row.provider})`,
        projectId: null,
        referenceType: null,
        referenceId: null,
        cost: toMoney(row.costNanoUsd),
        calls: Number(row.calls),
        unpricedCalls: Number(row.unpricedCalls),
        unitCost: unitCost === undefined ? null : toMoney(unitCost),
        unitLabel: 'per priced call',
      };
    });

  const distinct = <T>(values: T[]) => [...new Set(values)].sort();
  return {
    models: modelDrivers,
    options: {
      providers: distinct(dimensions.map((row) => row.provider)),
      models: [
        ...new Map(
          dimensions.map((row) => [
            `${row.provider}/${row.model}`,
            { provider: row.provider, model: row.model },
          ]),
        ).values(),
      ].sort((a, b) => a.model.localeCompare(b.model)),
      sources: distinct(dimensions.map((row) => row.source)),
    },
  };
}
