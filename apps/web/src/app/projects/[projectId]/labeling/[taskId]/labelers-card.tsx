import type { TLabelerReview } from '@yardstick/core';

export function LabelersCard({ labelers }: { labelers: TLabelerReview[] }) {
  return (
    <section className="card stack">
      <h2>Labelers</h2>
      {labelers.length === 0 ? (
        <p className="muted">Nobody has started yet.</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>Labeler</th>
              <th>Rated</th>
              <th>Skipped</th>
              <th>Flagged</th>
              <th>Open</th>
              <th>Median time per item</th>
            </tr>
          </thead>
          <tbody>
            {labelers.map((labeler) => (
              <tr key={labeler.userId}>
                <td>
                  {labeler.name} <span className="muted">{labeler.email}</span>
                </td>
                <td>{labeler.rated}</td>
                <td>{labeler.skipped}</td>
                <td>{labeler.flagged}</td>
                <td>{labeler.open}</td>
                <td>{labeler.medianSeconds === null ? '–' : `${labeler.medianSeconds.toFixed(1)} s`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
