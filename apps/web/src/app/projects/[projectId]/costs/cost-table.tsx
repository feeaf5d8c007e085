'use client';
import type { TCostReport } from '@yardstick/core';

const integer = new Intl.NumberFormat('en-US');
const percent = new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 1 });

export function CostTable({ report }: { report: TCostReport }) {
  const heading = {
    model: 'Model',
    provider: 'Provider',
    project: 'Project',
    source: 'Source',
    day: 'Day',
    week: 'Week of',
    month: 'Month',
  }[report.period.groupBy];
  return (
    <section className="card stack" aria-label="Breakdown">
      <h2>Breakdown by {heading.toLowerCase()}</h2>
      <div className="table-scroll">
        <table data-testid="cost-table">
          <thead>
            <tr>
              <th>{heading}</th>
              <th className="number">Cost</th>
              <th className="number">Calls</th>
              <th className="number">Input tokens</th>
              <th className="number">Output tokens</th>
              <th className="number">Error rate</th>
              <th className="number">Avg latency</th>
              <th className="number">Unpriced</th>
            </tr>
          </thead>
          <tbody>
            {report.rows.length === 0 ? (
              <tr>
                <td colSpan={8} className="muted">
                  No calls in this period.
                </td>
              </tr>
            ) : null}
            {report.rows.map((row) => (
              <tr key={row.key}>
                <td>{row.label}</td>
                <td className="number" title={`${row.cost.usd} USD`}>
                  {row.cost.display}
                </td>
                <td className="number">{integer.format(row.calls)}</td>
                <td className="number">{integer.format(row.inputTokens)}</td>
                <td className="number">{integer.format(row.outputTokens)}</td>
                <td className="number">{row.calls === 0 ? '—' : percent.format(row.errorRate)}</td>
                <td className="number">
                  {row.averageLatencyMs === null ? '—' : `${integer.format(row.averageLatencyMs)} ms`}
                </td>
                <td className="number">
                  {row.unpricedCalls > 0 ? (
                    <span className="badge warning" title="No catalog price: cost unknown, not in the total">
                      {integer.format(row.unpricedCalls)} unpriced
                    </span>
                  ) : (
                    '0'
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
