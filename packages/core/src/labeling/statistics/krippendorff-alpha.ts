// Krippendorff's alpha, computed from the coincidence matrix as in Krippendorff, "Computing Krippendorff's
// Alpha-Reliability" (2011): alpha = 1 - (n - 1) * sum(o_ck * d_ck) / sum(n_c * n_k * d_ck).
// Units with fewer than two values are not pairable and are left out, so missing ratings are allowed.

export type TLevelOfMeasurement = 'nominal' | 'ordinal' | 'interval';

export interface TAlphaResult {
  /** Null when it is undefined: fewer than two pairable values, or no variation at all in the data. */
  alpha: number | null;
  /** Units (items) with at least two values: the ones the coefficient rests on. */
  pairableUnits: number;
  /** Values inside pairable units (n in the formula). */
  pairableValues: number;
}

/** Squared distance between two values under each level of measurement, given the value frequencies. */
function distanceFunction(
  level: TLevelOfMeasurement,
  values: readonly number[],
  frequencies: readonly number[],
): (c: number, k: number) => number {
  if (level === 'nominal') return (c, k) => (c === k ? 0 : 1);
  if (level === 'interval') return (c, k) => (values[c]! - values[k]!) ** 2;
  // Ordinal: the distance between two ranks grows with how many values lie between them.
  const cumulative = [0];
  for (const frequency of frequencies) cumulative.push(cumulative.at(-1)! + frequency);
  return (c, k) => {
    const low = Math.min(c, k);
    const high = Math.max(c, k);
    const between = cumulative[high + 1]! - cumulative[low]!;
    return (between - (frequencies[c]! + frequencies[k]!) / 2) ** 2;
  };
}

/**
 * Alpha for units given as the list of values each unit received (one per coder who rated it; missing
 * ratings are simply absent).
 */
export function krippendorffAlpha(
  units: readonly (readonly number[])[],
  level: TLevelOfMeasurement,
): TAlphaResult {
  const pairable = units.filter((unit) => unit.length >= 2);
  const values = [...new Set(pairable.flat())].sort((left, right) => left - right);
  const index = new Map(values.map((value, position) => [value, position]));
  const size = values.length;
  const coincidences = Array.from({ length: size }, () => new Array<number>(size).fill(0));
  for (const unit of pairable) {
    const weight = 1 / (unit.length - 1);
    for (let i = 0; i < unit.length; i++) {
      for (let j = 0; j < unit.length; j++) {
        if (i === j) continue;
        coincidences[index.get(unit[i]!)!]![index.get(unit[j]!)!]! += weight;
      }
    }
  }
  const frequencies = coincidences.map((row) => row.reduce((sum, cell) => sum + cell, 0));
  const total = frequencies.reduce((sum, frequency) => sum + frequency, 0);
  const result = { pairableUnits: pairable.length, pairableValues: Math.round(total) };
  if (total < 2 || size < 2) return { alpha: null, ...result };
  const distance = distanceFunction(level, values, frequencies);
  let observed = 0;
  let expected = 0;
  for (let c = 0; c < size; c++) {
    for (let k = 0; k < size; k++) {
      const squared = distance(c, k);
      observed += coincidences[c]![k]! * squared;
      expected += frequencies[c]! * frequencies[k]! * squared;
    }
  }
  return { alpha: 1 - ((total - 1) * observed) / expected, ...result };
}
