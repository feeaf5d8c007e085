// The totals under a comparison: actual against predicted cost, fastest and slowest cell, per-column averages.
// Browser-safe: the page recomputes them as cells stream in.
import { divideNanoUsd } from '@yardstick/providers/cost';
import type { TCellView, TComparisonView } from './comparison-types';

export interface TColumnSummary {
  columnIndex: number;
  finishedCells: number;
  averageLatencyMs: number | null;
  averageTimeToFirstTokenMs: number | null;
  averageOutputTokens: number | null;
  /** Sum of the column's priced cells. */
  costNanoUsd: string;
  averageCostNanoUsd: string | null;
  errors: number;
}

export interface TComparisonSummary {
  cellCount: number;
  finishedCells: number;
  succeededCells: number;
  failedCells: number;
  cancelledCells: number;
  /** Sum of the cells' actual costs (priced cells only). */
  costNanoUsd: string;
  /** The comparison's cost per successful cell (its unit of work), null before any cell succeeded. */
  costPerCellNanoUsd: string | null;
  predictedCostNanoUsd: string | null;
  hasUnpricedCells: boolean;
  fastest: TCellView | null;
  slowest: TCellView | null;
  columns: TColumnSummary[];
}

function average(values: number[]): number | null {
  return values.length === 0
    ? null
    : Math.round(values.reduce((sum, value) => sum + value, 0) / values.length);
}

function sumNano(cells: TCellView[]): bigint {
  return cells.reduce((sum, cell) => sum + (cell.costNanoUsd === null ? 0n : BigInt(cell.costNanoUsd)), 0n);
}

export function summarizeComparison(view: TComparisonView): TComparisonSummary {
  const succeeded = view.cells.filter((cell) => cell.status === 'succeeded' && cell.latencyMs !== null);
  const byLatency = [...succeeded].sort((left, right) => left.latencyMs! - right.latencyMs!);
  const succeededCells = view.cells.filter((cell) => cell.status === 'succeeded').length;
  const costNanoUsd = sumNano(view.cells);
  return {
    cellCount: view.cells.length,
    finishedCells: view.cells.filter((cell) => cell.finishedAt !== null).length,
    succeededCells,
    failedCells: view.cells.filter((cell) => cell.status === 'failed').length,
    cancelledCells: view.cells.filter((cell) => cell.status === 'cancelled').length,
    costNanoUsd: costNanoUsd.toString(),
    costPerCellNanoUsd: divideNanoUsd(costNanoUsd, succeededCells)?.toString() ?? null,
    predictedCostNanoUsd: view.predictedCostNanoUsd,
    hasUnpricedCells: view.cells.some((cell) => cell.status === 'succeeded' && !cell.isPriced),
    fastest: byLatency[0] ?? null,
    slowest: byLatency.at(-1) ?? null,
    columns: view.columns.map((_, columnIndex) => {
      const cells = view.cells.filter((cell) => cell.columnIndex === columnIndex);
      const done = cells.filter((cell) => cell.status === 'succeeded');
      const priced = done.filter((cell) => cell.costNanoUsd !== null);
      const pick = (field: 'latencyMs' | 'timeToFirstTokenMs' | 'outputTokens') =>
        average(done.map((cell) => cell[field]).filter((value): value is number => value !== null));
      return {
        columnIndex,
        finishedCells: done.length,
        averageLatencyMs: pick('latencyMs'),
        averageTimeToFirstTokenMs: pick('timeToFirstTokenMs'),
        averageOutputTokens: pick('outputTokens'),
        costNanoUsd: sumNano(cells).toString(),
        averageCostNanoUsd: priced.length === 0 ? null : (sumNano(priced) / BigInt(priced.length)).toString(),
        errors: cells.filter((cell) => cell.status === 'failed').length,
      };
    }),
  };
}
