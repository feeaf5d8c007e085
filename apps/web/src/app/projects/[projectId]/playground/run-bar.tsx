'use client';
import type { TCostPrediction } from '@yardstick/core';
import { FormError } from '@/components/forms/field-errors';
import type { ApiError } from '@/lib/api';
import { usd } from '@/lib/money';

/** "Run all (N prompt runs) — Total predicted cost $X", with whatever keeps the draft from running. */
export function RunBar(props: {
  cellCount: number;
  prediction: TCostPrediction | undefined;
  predictionError: ApiError | Error | undefined;
  isPredicting: boolean;
  canWrite: boolean;
  isRunning: boolean;
  runError: Error | undefined;
  onRun: () => void;
}) {
  const { prediction } = props;
  const total = prediction ? usd(prediction.totalNanoUsd, { isEstimate: prediction.isEstimate }) : '…';
  const canRun = props.canWrite && prediction !== undefined && !props.predictionError && !props.isRunning;
  return (
    <section className="card stack run-bar" aria-label="Run">
      <div className="row spread">
        <div>
          <div>
            <strong data-testid="call-count">{props.cellCount}</strong> prompt runs ·{' '}
            <span>
              Total predicted cost{' '}
              <strong data-testid="predicted-total" data-cost-nano-usd={prediction?.totalNanoUsd ?? ''}>
                {total}
              </strong>
            </span>
            {props.isPredicting ? <span className="muted small"> updating…</span> : null}
          </div>
          {prediction?.isEstimate ? (
            <p className="muted small">
              ~ marks an estimate: token counts for this provider are approximate, and the output length is
              predicted (each model config&apos;s recent average, else 256 tokens, capped at its max output
              tokens).
            </p>
          ) : null}
          {prediction?.hasUnpricedCells ? (
            <p className="muted small">
              Some models have no price in the catalog; their cells are not in the total.
            </p>
          ) : null}
        </div>
        <button type="button" onClick={props.onRun} disabled={!canRun}>
          {props.isRunning
            ? 'Starting…'
            : `Run all (${props.cellCount} prompt runs) — Total predicted cost ${total}`}
        </button>
      </div>
      {props.canWrite ? null : <p className="muted">Viewers can look; members run comparisons.</p>}
      <FormError error={props.predictionError ?? props.runError} />
    </section>
  );
}
