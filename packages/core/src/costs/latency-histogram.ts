// Latency histograms: UsageDaily keeps the number of calls per latency bucket, because a median cannot be
// computed from sums. Buckets are roughly logarithmic, so the estimate stays within a few percent where most
// calls fall (100 ms – 10 s) and within one bucket everywhere.

/** Lower bounds in milliseconds; bucket i holds latencies in [bounds[i], bounds[i + 1]). */
export const latencyBucketLowerBoundsMs = [
  0, 25, 50, 75, 100, 150, 200, 300, 400, 500, 750, 1000, 1500, 2000, 3000, 4000, 5000, 7500, 10_000, 15_000,
  20_000, 30_000, 60_000, 120_000,
] as const;

export const latencyBucketCount = latencyBucketLowerBoundsMs.length;

/** The SQL array literal of the bounds, for width_bucket() in the rollup (a constant, never user input). */
export const latencyBoundsSql = `ARRAY[${latencyBucketLowerBoundsMs.join(',')}]::int[]`;

/** An empty histogram, or the element-wise sum of several. */
export function sumHistograms(histograms: readonly (readonly number[])[]): number[] {
  const total = new Array<number>(latencyBucketCount).fill(0);
  for (const histogram of histograms) {
    for (let index = 0; index < latencyBucketCount; index++) total[index]! += histogram[index] ?? 0;
  }
  return total;
}

/**
 * The estimated quantile (0.5 = median) in ms, interpolated linearly inside its bucket; undefined when the
 * histogram is empty. The open last bucket reports its lower bound.
 */
export function histogramQuantileMs(histogram: readonly number[], quantile = 0.5): number | undefined {
  const count = histogram.reduce((sum, value) => sum + value, 0);
  if (count === 0) return undefined;
  const rank = quantile * count;
  let seen = 0;
  for (let index = 0; index < latencyBucketCount; index++) {
    const inBucket = histogram[index] ?? 0;
    if (inBucket > 0 && seen + inBucket >= rank) {
      const lower = latencyBucketLowerBoundsMs[index]!;
      const upper = latencyBucketLowerBoundsMs[index + 1];
      if (upper === undefined) return lower;
      return Math.round(lower + ((rank - seen) / inBucket) * (upper - lower));
    }
    seen += inBucket;
  }
  return latencyBucketLowerBoundsMs[latencyBucketCount - 1];
}
