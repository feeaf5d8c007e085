import type { TComparisonListItem } from '@yardstick/core';
import Link from 'next/link';
import { usd } from '@/lib/money';

export function ComparisonHistory(props: {
  projectId: string;
  comparisons: TComparisonListItem[];
  currentId: string | null;
}) {
  return (
    <section className="card stack">
      <h2>Comparison history</h2>
      {props.comparisons.length === 0 ? (
        <p className="muted">No comparisons yet. Each run is saved here, with what it cost.</p>
      ) : (
        <table aria-label="Comparison history">
          <thead>
            <tr>
              <th>Comparison</th>
              <th>Model configs</th>
              <th>Date</th>
              <th>Status</th>
              <th className="number">Cells</th>
              <th className="number">Predicted</th>
              <th className="number">Cost</th>
            </tr>
          </thead>
          <tbody>
            {props.comparisons.map((comparison) => (
              <tr key={comparison.id} aria-current={comparison.id === props.currentId ? 'true' : undefined}>
                <td>
                  <Link href={`/projects/${props.projectId}/playground?comparison=${comparison.id}`}>
                    {comparison.title}
                  </Link>
                  {comparison.createdByName ? (
                    <div className="muted small">by {comparison.createdByName}</div>
                  ) : null}
                </td>
                <td className="small">{comparison.columnNames.join(', ')}</td>
                <td className="small">{new Date(comparison.createdAt).toLocaleString()}</td>
                <td>
                  <span className={`badge status-${comparison.status}`}>{comparison.status}</span>
                </td>
                <td className="number">{comparison.cellCount}</td>
                <td className="number">{usd(comparison.predictedCostNanoUsd)}</td>
                <td className="number">{usd(comparison.costNanoUsd)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
