// Agreement and interval statistics checked against published worked examples and values computed by hand.
import { describe, expect, it } from 'vitest';
import { krippendorffAlpha } from '../../src/labeling/statistics/krippendorff-alpha';
import { meanWithInterval } from '../../src/labeling/statistics/mean-interval';
import { studentTQuantile } from '../../src/labeling/statistics/student-t';
import { quadraticWeightedKappa } from '../../src/labeling/statistics/weighted-kappa';
import { seededRandom } from '../support/fixtures';

/** Reliability data as coders × units with null for a missing value, turned into the values of each unit. */
function unitsOf(coders: readonly (readonly (number | null)[])[]): number[][] {
  return coders[0]!.map((_, unit) =>
    coders
      .map((coder) => coder[unit])
      .filter((value): value is number => value !== null && value !== undefined),
  );
}

// Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", the example with four observers, twelve
// units and missing values; the paper gives alpha = 0.743 (nominal), 0.815 (ordinal) and 0.849 (interval).
const krippendorffExample = unitsOf([
  [1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null],
  [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3],
  [null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null],
  [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null],
]);

// Wikipedia's "A computational example" (three coders, fifteen units): 0.691 nominal, 0.811 interval.
const wikipediaExample = unitsOf([
  [null, null, null, null, null, 3, 4, 1, 2, 1, 1, 3, 3, null, 3],
  [1, null, 2, 1, 3, 3, 4, 3, null, null, null, null, null, null, null],
  [null, null, 2, 1, 3, 4, 4, null, 2, 1, 1, 3, 3, null, 4],
]);

describe("Krippendorff's alpha", () => {
  it('reproduces the worked example in Krippendorff (2011)', () => {
    const ordinal = krippendorffAlpha(krippendorffExample, 'ordinal');
    expect(ordinal.alpha).toBeCloseTo(0.815, 3);
    // Unit 12 has one value only: it is not pairable.
    expect(ordinal.pairableUnits).toBe(11);
    expect(ordinal.pairableValues).toBe(40);
    expect(krippendorffAlpha(krippendorffExample, 'nominal').alpha).toBeCloseTo(0.743, 3);
    expect(krippendorffAlpha(krippendorffExample, 'interval').alpha).toBeCloseTo(0.849, 3);
  });

  it("reproduces Wikipedia's computational example", () => {
    expect(krippendorffAlpha(wikipediaExample, 'nominal').alpha).toBeCloseTo(0.691358, 6);
    expect(krippendorffAlpha(wikipediaExample, 'interval').alpha).toBeCloseTo(0.810845, 6);
  });

  it('is 1 for perfect agreement', () => {
    const units = [
      [1, 1],
      [2, 2, 2],
      [5, 5],
      [3, 3],
    ];
    expect(krippendorffAlpha(units, 'ordinal').alpha).toBe(1);
    expect(krippendorffAlpha(units, 'nominal').alpha).toBe(1);
  });

  it('is about 0 when two coders rate independently at random', () => {
    const random = seededRandom(42);
    const star = () => 1 + Math.floor(random() * 5);
    const units = Array.from({ length: 4000 }, () => [star(), star()]);
    const { alpha, pairableUnits } = krippendorffAlpha(units, 'ordinal');
    expect(pairableUnits).toBe(4000);
    expect(Math.abs(alpha!)).toBeLessThan(0.05);
  });

  it('is undefined without pairable units or without any variation', () => {
    expect(krippendorffAlpha([[3], [4]], 'ordinal')).toEqual({
      alpha: null,
      pairableUnits: 0,
      pairableValues: 0,
    });
    expect(
      krippendorffAlpha(
        [
          [4, 4],
          [4, 4],
        ],
        'ordinal',
      ).alpha,
    ).toBeNull();
  });
});

describe('quadratic-weighted kappa', () => {
  it('matches a small example computed by hand', () => {
    // Observed: (1,1) (1,2) (2,2) (3,3). Rater A's marginals 2/1/1, rater B's 1/2/1, N = 4.
    // Weighted observed disagreement: one (1,2) pair × (1-2)² = 1.
    // Expected E_ij = a_i·b_j/4, weighted by (i-j)²: 1·1 + 0.5·4 + 0.25·1 + 0.25·1 + 0.25·4 + 0.5·1 = 5.
    // kappa = 1 - 1/5 = 0.8.
    const result = quadraticWeightedKappa([
      [1, 1],
      [1, 2],
      [2, 2],
      [3, 3],
    ]);
    expect(result.pairs).toBe(4);
    expect(result.kappa).toBeCloseTo(0.8, 12);
  });

  it('is 0 when agreement is exactly what the marginals predict, and 1 when the raters always agree', () => {
    // Every cell of the 2×2 table holds one pair: observed equals expected.
    expect(
      quadraticWeightedKappa([
        [1, 1],
        [1, 2],
        [2, 1],
        [2, 2],
      ]).kappa,
    ).toBeCloseTo(0, 12);
    expect(
      quadraticWeightedKappa([
        [1, 1],
        [4, 4],
        [5, 5],
      ]).kappa,
    ).toBe(1);
  });

  it('is undefined without pairs', () => {
    expect(quadraticWeightedKappa([])).toEqual({ kappa: null, pairs: 0 });
  });
});

describe('confidence interval of a mean', () => {
  it("uses Student's t quantiles", () => {
    // Reference values from any t table.
    expect(studentTQuantile(0.975, 1)).toBeCloseTo(12.7062, 3);
    expect(studentTQuantile(0.975, 2)).toBeCloseTo(4.3027, 4);
    expect(studentTQuantile(0.975, 10)).toBeCloseTo(2.2281, 4);
    expect(studentTQuantile(0.975, 30)).toBeCloseTo(2.0423, 4);
    expect(studentTQuantile(0.975, 100_000)).toBeCloseTo(1.96, 3);
  });

  it('computes mean ± t · s/√n', () => {
    // 1..5: mean 3, s = √2.5, s/√5 = 0.70711, t(0.975, 4) = 2.77645 → ± 1.96324.
    const interval = meanWithInterval([1, 2, 3, 4, 5]);
    expect(interval.mean).toBe(3);
    expect(interval.low).toBeCloseTo(1.03676, 4);
    expect(interval.high).toBeCloseTo(4.96324, 4);
    expect(meanWithInterval([4])).toEqual({ mean: 4, low: null, high: null, count: 1 });
    expect(meanWithInterval([])).toEqual({ mean: null, low: null, high: null, count: 0 });
  });
});
