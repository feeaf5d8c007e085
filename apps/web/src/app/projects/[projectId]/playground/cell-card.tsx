'use client';
import type { TCellPrediction, TCellView, TComparisonColumn, TRatingView } from '@yardstick/core';
import { duration, usd } from '@/lib/money';

export function CellCard(props: {
  cell: TCellView;
  column: TComparisonColumn;
  columnLetter: string;
  prediction: TCellPrediction | undefined;
  ratings: TRatingView[];
  userId: string;
  canWrite: boolean;
  onThumb: (value: 1 | -1) => void;
  onRemoveRating: (ratingId: string) => void;
  onRerun: () => void;
}) {
  const { cell } = props;
  const thumbs = props.ratings.filter(
    (rating) => rating.kind === 'thumbs' && rating.completionId === cell.id,
  );
  const mine = thumbs.find((rating) => rating.userId === props.userId);
  const ups = thumbs.filter((rating) => rating.value > 0).length;
  const downs = thumbs.filter((rating) => rating.value < 0).length;
  const isRunning = cell.status === 'running' || cell.status === 'pending';
  const thumb = (value: 1 | -1) =>
    mine?.value === value ? props.onRemoveRating(mine.id) : props.onThumb(value);
  return (
    <article
      className={`cell status-${cell.status}`}
      data-testid={`cell-${cell.rowIndex}-${cell.columnIndex}`}
      data-status={cell.status}
      aria-label={`Prompt ${cell.rowIndex + 1}, ${props.column.name}`}
      aria-busy={isRunning}
    >
      <header className="cell-head">
        <span className="muted small">
          {props.columnLetter}. {props.column.name}
        </span>
        <span className={`badge status-${cell.status}`}>{cell.status}</span>
      </header>
      <div className="cell-text" data-testid="cell-text">
        {cell.text}
        {cell.status === 'running' ? <span className="cursor" aria-hidden="true" /> : null}
        {cell.status === 'pending' ? <span className="muted">Waiting for a worker…</span> : null}
      </div>
      {cell.errorClass && cell.status !== 'succeeded' ? (
        <p className="error small" data-testid="cell-error">
          <strong>{cell.errorClass}</strong>: {cell.errorMessage}
        </p>
      ) : null}
      <dl className="cell-metrics">
        <div>
          <dt>TTFT</dt>
          <dd data-testid="ttft">{duration(cell.timeToFirstTokenMs)}</dd>
        </div>
        <div>
          <dt>Latency</dt>
          <dd data-testid="latency">{duration(cell.latencyMs)}</dd>
        </div>
        <div>
          <dt>Tokens</dt>
          <dd data-testid="tokens">
            {cell.inputTokens ?? '—'} in · {cell.outputTokens ?? '—'} out
          </dd>
        </div>
        <div>
          <dt>Cost</dt>
          <dd data-testid="cost" data-cost-nano-usd={cell.costNanoUsd ?? ''}>
            {cell.costNanoUsd !== null || cell.status === 'succeeded' ? usd(cell.costNanoUsd) : '—'}
            <span className="muted small">
              {' '}
              (predicted{' '}
              {usd(cell.predictedCostNanoUsd, { isEstimate: props.prediction?.isInputEstimate ?? true })})
            </span>
          </dd>
        </div>
        <div>
          <dt>Finish</dt>
          <dd data-testid="finish-reason">{cell.finishReason ?? '—'}</dd>
        </div>
      </dl>
      <footer className="row">
        <button
          type="button"
          className={`secondary small${mine?.value === 1 ? ' chosen' : ''}`}
          aria-label="Thumbs up"
          aria-pressed={mine?.value === 1}
          disabled={!cell.finishedAt}
          onClick={() => thumb(1)}
        >
          👍 {ups}
        </button>
        <button
          type="button"
          className={`secondary small${mine?.value === -1 ? ' chosen' : ''}`}
          aria-label="Thumbs down"
          aria-pressed={mine?.value === -1}
          disabled={!cell.finishedAt}
          onClick={() => thumb(-1)}
        >
          👎 {downs}
        </button>
        {props.canWrite ? (
          <button type="button" className="secondary small" disabled={isRunning} onClick={props.onRerun}>
            Re-run
          </button>
        ) : null}
      </footer>
    </article>
  );
}
