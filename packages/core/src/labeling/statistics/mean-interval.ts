import { studentTQuantile } from './student-t';

export interface TMeanInterval {
  mean: number | null;
  /** The 95% confidence interval of the mean (t distribution); null with fewer than two values. */
  low: number | null;
  high: number | null;
  count: number;
}

/** Mean and its 95% confidence interval, mean ± t(0.975, n - 1) · s / √n. */
export function meanWithInterval(values: readonly number[]): TMeanInterval {
  const count = values.length;
  if (count === 0) return { mean: null, low: null, high: null, count };
  const mean = values.reduce((sum, value) => sum + value, 0) / count;
  if (count < 2) return { mean, low: null, high: null, count };
  const variance = values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (count - 1);
  const margin = studentTQuantile(0.975, count - 1) * Math.sqrt(variance / count);
  return { mean, low: mean - margin, high: mean + margin, count };
}
