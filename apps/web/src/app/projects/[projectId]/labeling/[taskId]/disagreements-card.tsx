import type { TDisagreement, TFlaggedItem } from '@yardstick/core';

export function DisagreementsCard({
  disagreements,
  flagged,
}: {
  disagreements: TDisagreement[];
  flagged: TFlaggedItem[];
}) {
  return (
    <section className="card stack">
      <h2>Where labelers disagree most</h2>
      {disagreements.length === 0 ? (
        <p className="muted">No disagreement so far.</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>Item</th>
              <th>Prompt</th>
              <th>Completion</th>
              <th>Ratings</th>
            </tr>
          </thead>
          <tbody>
            {disagreements.map((entry) => (
              <tr key={entry.itemId}>
                <td>
                  {entry.datasetItemKey}
                  <div className="muted">{entry.modelName}</div>
                </td>
                <td className="excerpt">{entry.prompt}</td>
                <td className="excerpt">{entry.completion}</td>
                <td>
                  {entry.ratings.map((rating) => (
                    <div key={rating.labeler}>
                      {rating.labeler}: {'★'.repeat(rating.stars)}
                      {rating.comment ? <div className="muted">“{rating.comment}”</div> : null}
                    </div>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {flagged.length > 0 ? (
        <>
          <h2>Flagged</h2>
          <ul>
            {flagged.map((entry) => (
              <li key={`${entry.itemId}-${entry.labeler}`}>
                Item {entry.datasetItemKey}: {entry.labeler}
                {entry.note ? ` – “${entry.note}”` : ''}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
