'use client';
import type { TComparisonSummary, TComparisonView } from '@yardstick/core';
import { duration, usd } from '@/lib/money';

function predictionError(summary: TComparisonSummary): string | null {
  if (summary.predictedCostNanoUsd === null || summary.finishedCells < summary.cellCount) return null;
  const predicted = Number(summary.predictedCostNanoUsd);
  if (predicted === 0) return null;
  const percent = ((Number(summary.costNanoUsd) - predicted) / predicted) * 100;
  return `${percent >= 0 ? '+' : ''}${percent.toFixed(0)}% against the prediction`;
}

/** Actual against predicted cost, the cell counts, and the fastest and slowest answers. */
export function ComparisonTotals(props: { view: TComparisonView; summary: TComparisonSummary }) {
  const { summary, view } = props;
  const describe = (cell: TComparisonSummary['fastest']) =>
    cell
      ? `${view.columns[cell.columnIndex]?.name}, prompt ${cell.rowIndex + 1}: ${duration(cell.latencyMs)}`
      : '—';
  const error = predictionError(summary);
  return (
    <dl className="totals" aria-label="Totals">
      <div>
        <dt>Actual cost</dt>
        <dd>
          <strong data-testid="actual-total" data-cost-nano-usd={summary.costNanoUsd}>
            {usd(summary.costNanoUsd)}
          </strong>{' '}
          <span className="muted small">
            of predicted {usd(summary.predictedCostNanoUsd, { isEstimate: true })}
            {error ? ` (${error})` : ''}
          </span>
        </dd>
      </div>
      <div>
        <dt>Per cell</dt>
        <dd data-testid="cost-per-cell" data-cost-nano-usd={summary.costPerCellNanoUsd ?? undefined}>
          {summary.costPerCellNanoUsd === null ? '—' : usd(summary.costPerCellNanoUsd)}
          {summary.hasUnpricedCells ? <span className="muted small"> (priced cells only)</span> : null}
        </dd>
      </div>
      <div>
        <dt>Cells</dt>
        <dd data-testid="cell-counts">
          {summary.succeededCells} succeeded · {summary.failedCells} failed · {summary.cancelledCells}{' '}
          cancelled of {summary.cellCount}
        </dd>
      </div>
      <div>
        <dt>Fastest</dt>
        <dd>{describe(summary.fastest)}</dd>
      </div>
      <div>
        <dt>Slowest</dt>
        <dd>{describe(summary.slowest)}</dd>
      </div>
    </dl>
  );
}
