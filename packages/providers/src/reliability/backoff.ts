// Exponential backoff with "full jitter" (a uniformly random wait in [0, base * 2^retry]), which spreads
// retries of many concurrent callers instead of synchronising them. A server's retry-after wins when given.

export interface TBackoffInput {
  /** 0 for the first retry. */
  retryIndex: number;
  baseDelayMs: number;
  maxDelayMs: number;
  retryAfterMs?: number;
  random?: () => number;
}

export function computeBackoffDelayMs(input: TBackoffInput): number {
  if (input.retryAfterMs !== undefined) {
    return Math.min(Math.max(0, input.retryAfterMs), input.maxDelayMs);
  }
  const ceiling = Math.min(input.maxDelayMs, input.baseDelayMs * 2 ** input.retryIndex);
  const random = input.random ?? Math.random;
  return Math.floor(random() * ceiling);
}
