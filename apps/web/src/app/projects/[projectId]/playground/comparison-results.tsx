'use client';
import {
  applyComparisonView,
  renderMessages,
  summarizeComparison,
  type TCellView,
  type TComparisonView,
  type TRatingView,
} from '@yardstick/core';
import { Fragment } from 'react';
import { FormError } from '@/components/forms/field-errors';
import { useSubmit } from '@/components/forms/use-submit';
import { api } from '@/lib/api';
import { duration, usd } from '@/lib/money';
import { CellCard } from './cell-card';
import { ComparisonTotals } from './comparison-totals';
import { PairwiseBar } from './pairwise-bar';
import { useComparisonFeed } from './use-comparison-feed';

const letter = (index: number) => String.fromCharCode(65 + index);

/** A comparison's grid (prompts × model configs), live while it runs, with totals, feedback and export. */
export function ComparisonResults(props: {
  projectId: string;
  initial: TComparisonView;
  userId: string;
  canWrite: boolean;
  /** Called when a run this page watched has finished (to refresh the history and its costs). */
  onSettled: () => void;
}) {
  const { view, isLive, setView, reopen } = useComparisonFeed(
    props.projectId,
    props.initial,
    props.onSettled,
  );
  const base = `/api/v1/projects/${props.projectId}/comparisons/${view.id}`;
  const summary = summarizeComparison(view);
  const isRunning = view.status === 'pending' || view.status === 'running';
  const stop = useSubmit(async () => {
    const stopped = await api<TComparisonView>(`${base}/cancel`, { body: {} });
    setView((current) => applyComparisonView(current, stopped));
  });
  const rerun = useSubmit(async (cell: TCellView) => {
    const replacement = await api<TCellView>(`${base}/cells/${cell.id}/rerun`, { body: {} });
    setView((current) => ({
      ...current,
      status: 'running',
      finishedAt: null,
      cells: current.cells.map((candidate) => (candidate.id === cell.id ? replacement : candidate)),
    }));
    reopen();
  });
  const rate = useSubmit(async (body: Record<string, unknown>) => {
    const { ratings } = await api<{ ratings: TRatingView[] }>(`${base}/ratings`, { body });
    setView((current) => ({ ...current, ratings }));
  });
  const unrate = useSubmit(async (ratingId: string) => {
    await api(`${base}/ratings/${ratingId}`, { method: 'DELETE' });
    setView((current) => ({
      ...current,
      ratings: current.ratings.filter((rating) => rating.id !== ratingId),
    }));
  });
  return (
    <section
      className="card stack"
      aria-label="Comparison results"
      data-testid="comparison"
      data-status={view.status}
    >
      <div className="row spread">
        <div>
          <h2>{view.title}</h2>
          <p className="muted small">
            <span className={`badge status-${view.status}`} data-testid="comparison-status">
              {view.status}
            </span>{' '}
            {new Date(view.createdAt).toLocaleString()}
            {view.createdBy ? ` by ${view.createdBy.name}` : ''}
            {isLive ? ' · live' : ''}
          </p>
        </div>
        <div className="row">
          {isRunning && props.canWrite ? (
            <button
              type="button"
              className="danger"
              onClick={() => void stop.submit()}
              disabled={stop.isPending}
            >
              Stop
            </button>
          ) : null}
          <a className="button secondary-link" href={`${base}/export?format=csv`}>
            Export CSV
          </a>
          <a className="button secondary-link" href={`${base}/export?format=json`}>
            Export JSON
          </a>
        </div>
      </div>
      <FormError error={stop.error ?? rerun.error ?? rate.error ?? unrate.error} />
      <div className="comparison-scroll">
        <div
          className="comparison-grid"
          style={{
            gridTemplateColumns: `minmax(11rem, 14rem) repeat(${view.columns.length}, minmax(17rem, 1fr))`,
          }}
        >
          <div className="grid-corner" />
          {view.columns.map((column, index) => (
            <div key={column.modelConfigId} className="column-head">
              <strong>
                {letter(index)}. {column.name}
              </strong>
              <span className="muted small">
                {column.provider === 'emulated' ? (
                  <span className="badge offline">emulated</span>
                ) : (
                  column.provider
                )}{' '}
                {column.model}
              </span>
            </div>
          ))}
          {view.rows.map((row, rowIndex) => {
            const cells = view.cells.filter((cell) => cell.rowIndex === rowIndex);
            const prompt = renderMessages(row.messages, row.variables)
              .filter((message) => message.role === 'user')
              .map((message) => message.content)
              .join('\n');
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: a saved comparison's rows never move.
              <Fragment key={rowIndex}>
                <div className="row-head">
                  <strong>Prompt {rowIndex + 1}</strong>
                  {row.promptName ? (
                    <span className="muted small">{` ${row.promptName} v${row.promptVersion}`}</span>
                  ) : null}
                  <p className="small prompt-preview">{prompt}</p>
                </div>
                {view.columns.map((column, columnIndex) => {
                  const cell = cells.find((candidate) => candidate.columnIndex === columnIndex);
                  return cell ? (
                    <CellCard
                      key={cell.id}
                      cell={cell}
                      column={column}
                      columnLetter={letter(columnIndex)}
                      prediction={row.predictions[columnIndex]}
                      ratings={view.ratings}
                      userId={props.userId}
                      canWrite={props.canWrite}
                      onThumb={(value) => void rate.submit({ kind: 'thumbs', completionId: cell.id, value })}
                      onRemoveRating={(ratingId) => void unrate.submit(ratingId)}
                      onRerun={() => void rerun.submit(cell)}
                    />
                  ) : (
                    <div key={column.modelConfigId} />
                  );
                })}
                <div className="grid-full">
                  <PairwiseBar
                    rowIndex={rowIndex}
                    columns={view.columns}
                    cells={cells}
                    ratings={view.ratings}
                    onRate={(better, other, isTie) =>
                      void rate.submit({
                        kind: 'pairwise',
                        completionId: better.id,
                        otherCompletionId: other.id,
                        value: isTie ? 0 : 1,
                      })
                    }
                  />
                </div>
              </Fragment>
            );
          })}
          <div className="row-head">
            <strong>Per model config</strong>
            <span className="muted small">averages of succeeded cells</span>
          </div>
          {summary.columns.map((column) => (
            <dl
              key={column.columnIndex}
              className="column-summary"
              data-testid={`column-summary-${column.columnIndex}`}
            >
              <div>
                <dt>Latency</dt>
                <dd>{duration(column.averageLatencyMs)}</dd>
              </div>
              <div>
                <dt>TTFT</dt>
                <dd>{duration(column.averageTimeToFirstTokenMs)}</dd>
              </div>
              <div>
                <dt>Output</dt>
                <dd>{column.averageOutputTokens ?? '—'} tokens</dd>
              </div>
              <div>
                <dt>Cost</dt>
                <dd>
                  {usd(column.costNanoUsd)}
                  {column.averageCostNanoUsd ? (
                    <span className="muted small"> ({usd(column.averageCostNanoUsd)} per cell)</span>
                  ) : null}
                </dd>
              </div>
              {column.errors > 0 ? (
                <div>
                  <dt>Errors</dt>
                  <dd className="error">{column.errors}</dd>
                </div>
              ) : null}
            </dl>
          ))}
        </div>
      </div>
      <ComparisonTotals view={view} summary={summary} />
    </section>
  );
}
