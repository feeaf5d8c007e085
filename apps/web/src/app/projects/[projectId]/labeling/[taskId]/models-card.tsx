import type { TModelReview } from '@yardstick/core';

export function ModelsCard({ models }: { models: TModelReview[] }) {
  return (
    <section className="card stack" data-testid="model-stars">
      <h2>Stars per model config</h2>
      {models.map((model) => {
        const most = Math.max(1, ...model.distribution);
        return (
          <div key={model.modelConfigId ?? 'expected'} className="stack" data-testid={`model-${model.name}`}>
            <div>
              <strong>{model.name}</strong>{' '}
              {model.mean === null ? (
                <span className="muted">no ratings yet</span>
              ) : (
                <span>
                  mean <strong data-testid="mean-stars">{model.mean.toFixed(2)}</strong>
                  {model.low !== null && model.high !== null ? (
                    <span className="muted">
                      {' '}
                      (95% CI {model.low.toFixed(2)}–{model.high.toFixed(2)})
                    </span>
                  ) : null}{' '}
                  <span className="muted">
                    · {model.ratingCount} ratings on {model.itemCount} items
                  </span>
                </span>
              )}
            </div>
            <div className="distribution">
              {[5, 4, 3, 2, 1].map((stars) => (
                <div key={stars} className="distribution-row">
                  <span>{stars} ★</span>
                  <div className="bar">
                    <span style={{ width: `${(model.distribution[stars - 1]! / most) * 100}%` }} />
                  </div>
                  <span data-testid={`count-${stars}`}>{model.distribution[stars - 1]}</span>
                </div>
              ))}
            </div>
          </div>
        );
      })}
      <p className="muted">
        The interval is over item means, since the ratings of one item are not independent.
      </p>
    </section>
  );
}
