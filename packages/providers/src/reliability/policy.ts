// The retry, timeout and concurrency settings of one connection, with the package defaults filled in.
import type { ProviderError } from '../errors';
import type { TConnectionConfig, TProviderKind } from '../types';
import { semaphoreForConnection } from './connection-limits';
import type { Semaphore } from './semaphore';

export const DEFAULT_TIMEOUT_MS = 60_000;
export const DEFAULT_MAX_RETRIES = 3;
export const DEFAULT_RETRY_BASE_DELAY_MS = 500;
export const DEFAULT_RETRY_MAX_DELAY_MS = 60_000;

export interface TReliabilityPolicy {
  provider: TProviderKind;
  timeoutMs: number;
  maxRetries: number;
  retryBaseDelayMs: number;
  retryMaxDelayMs: number;
  semaphore: Semaphore;
  /** Turns whatever the SDK threw into a classified error. */
  mapError: (error: unknown) => ProviderError;
  /** Injectable for tests with a fake clock. */
  now?: () => number;
  sleep?: (milliseconds: number, signal: AbortSignal | undefined) => Promise<void>;
  random?: () => number;
}

export function resolveReliabilityPolicy(
  connection: TConnectionConfig,
  mapError: (error: unknown) => ProviderError,
): TReliabilityPolicy {
  return {
    provider: connection.kind,
    timeoutMs: connection.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    maxRetries: connection.maxRetries ?? DEFAULT_MAX_RETRIES,
    retryBaseDelayMs: connection.retryBaseDelayMs ?? DEFAULT_RETRY_BASE_DELAY_MS,
    retryMaxDelayMs: connection.retryMaxDelayMs ?? DEFAULT_RETRY_MAX_DELAY_MS,
    semaphore: semaphoreForConnection(connection),
    mapError,
  };
}
