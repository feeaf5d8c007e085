export { computeBackoffDelayMs, type TBackoffInput } from './backoff';
export {
  DEFAULT_MAX_CONCURRENCY,
  getConnectionConcurrencyStats,
  resetConnectionConcurrencyHighWaterMark,
  semaphoreForConnection,
} from './connection-limits';
export { executeReliably, type TAttemptContext, type TCallerOptions, type TReliableOutcome } from './execute';
export {
  DEFAULT_MAX_RETRIES,
  DEFAULT_RETRY_BASE_DELAY_MS,
  DEFAULT_RETRY_MAX_DELAY_MS,
  DEFAULT_TIMEOUT_MS,
  resolveReliabilityPolicy,
  type TReliabilityPolicy,
} from './policy';
export { headerLookup, parseDurationMs, parseRetryAfterMs, type THeaderLookup } from './retry-after';
export { Semaphore, type TRelease, type TSemaphoreStats } from './semaphore';
export { createAttemptSignal, raceWithSignal, sleep, type TAttemptSignal } from './signals';
