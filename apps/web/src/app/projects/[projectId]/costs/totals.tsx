'use client';
import type { TCostReport } from '@yardstick/core';

const integer = new Intl.NumberFormat('en-US');
const percent = new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 1 });

export function Totals({ report }: { report: TCostReport }) {
  const { totals } = report;
  const scopeLabel =
    report.scope.kind === 'organization'
      ? `${report.scope.projects.length} project(s)`
      : (report.scope.projects[0]?.name ?? '');
  return (
    <section className="card stack" aria-label="Totals">
      <p className="muted">
        {scopeLabel} · {report.period.from} to {report.period.to} (UTC)
      </p>
      <div className="metrics">
        <div className="metric">
          <span className="muted">Total spend</span>
          <strong data-testid="total-spend" title={`${totals.cost.usd} USD exactly`}>
            {totals.cost.display}
          </strong>
        </div>
        <div className="metric">
          <span className="muted">Calls</span>
          <strong data-testid="total-calls">{integer.format(totals.calls)}</strong>
        </div>
        <div className="metric">
          <span className="muted">Input / output tokens</span>
          <strong>
            {integer.format(totals.inputTokens)} / {integer.format(totals.outputTokens)}
          </strong>
        </div>
        <div className="metric">
          <span className="muted">Error rate</span>
          <strong>{percent.format(totals.errorRate)}</strong>
        </div>
        <div className="metric">
          <span className="muted">Median latency</span>
          <strong>
            {totals.medianLatencyMs === null ? '—' : `${integer.format(totals.medianLatencyMs)} ms`}
          </strong>
        </div>
        <div className={totals.unpricedCalls > 0 ? 'metric warning' : 'metric'}>
          <span className="muted">Unpriced calls</span>
          <strong data-testid="unpriced-calls">{integer.format(totals.unpricedCalls)}</strong>
        </div>
      </div>
      {totals.unpricedCalls > 0 ? (
        <p className="warning-text" role="note">
          {integer.format(totals.unpricedCalls)} call(s) used a model without a price in the catalog: their
          cost is unknown and not included in the total. Add a price in Settings → Catalog to count them.
        </p>
      ) : null}
    </section>
  );
}
