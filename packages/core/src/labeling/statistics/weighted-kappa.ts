// Cohen's weighted kappa with quadratic weights, for exactly two raters on an ordered scale:
// kappa = 1 - sum(w_ij * O_ij) / sum(w_ij * E_ij) with w_ij = (i - j)^2, O the observed joint counts and E the
// counts expected from the two raters' marginals. (Normalizing w by (k - 1)^2 cancels out of the ratio.)

export interface TKappaResult {
  /** Null when undefined: no pairs, or both raters used one and the same value throughout. */
  kappa: number | null;
  /** Items both raters rated. */
  pairs: number;
}

export function quadraticWeightedKappa(pairs: readonly (readonly [number, number])[]): TKappaResult {
  const values = [...new Set(pairs.flat())].sort((left, right) => left - right);
  const index = new Map(values.map((value, position) => [value, position]));
  const size = values.length;
  const observed = Array.from({ length: size }, () => new Array<number>(size).fill(0));
  const rowTotals = new Array<number>(size).fill(0);
  const columnTotals = new Array<number>(size).fill(0);
  for (const [first, second] of pairs) {
    const row = index.get(first)!;
    const column = index.get(second)!;
    observed[row]![column]! += 1;
    rowTotals[row]! += 1;
    columnTotals[column]! += 1;
  }
  let weightedObserved = 0;
  let weightedExpected = 0;
  for (let i = 0; i < size; i++) {
    for (let j = 0; j < size; j++) {
      const weight = (values[i]! - values[j]!) ** 2;
      weightedObserved += weight * observed[i]![j]!;
      weightedExpected += (weight * rowTotals[i]! * columnTotals[j]!) / pairs.length;
    }
  }
  if (pairs.length === 0 || weightedExpected === 0) return { kappa: null, pairs: pairs.length };
  return { kappa: 1 - weightedObserved / weightedExpected, pairs: pairs.length };
}
