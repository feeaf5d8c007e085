import type { TAgreementReview } from '@yardstick/core';

const format = (value: number | null) => (value === null ? '–' : value.toFixed(3));

/** Krippendorff's own rule of thumb: rely on alpha ≥ 0.8, draw tentative conclusions from 0.667 up. */
function reading(alpha: number | null): string {
  if (alpha === null) return 'Needs items rated by two or more labelers, with some variation in the stars.';
  if (alpha >= 0.8) return 'Good agreement: the ratings can be relied on.';
  if (alpha >= 0.667) return 'Moderate agreement: use the ratings for tentative conclusions.';
  return 'Low agreement: the guidelines may be unclear, or the labelers read them differently.';
}

export function AgreementCard({ agreement }: { agreement: TAgreementReview }) {
  return (
    <section className="card stack" data-testid="agreement">
      <h2>Agreement between labelers</h2>
      <div>
        <span className="stat" data-testid="alpha">
          α = {format(agreement.alpha)}
        </span>{' '}
        <span className="muted">Krippendorff&apos;s alpha, ordinal</span>
      </div>
      <p className="muted">
        On {agreement.pairableItems} items with two or more ratings ({agreement.pairableRatings} ratings,{' '}
        {agreement.labelerCount} labelers). {reading(agreement.alpha)}
      </p>
      {agreement.labelerCount === 2 ? (
        <p data-testid="kappa">
          Quadratic-weighted kappa: <strong>{format(agreement.kappa)}</strong>{' '}
          <span className="muted">on the {agreement.kappaPairs} items both labelers rated</span>
        </p>
      ) : null}
    </section>
  );
}
