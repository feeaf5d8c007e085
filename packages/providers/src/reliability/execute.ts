// Runs one provider call with the package's single reliability policy: a concurrency slot per attempt, a
// per-attempt timeout joined with the caller's signal, and retries with backoff for retryable errors only.
//
// A stream that breaks after text reached the caller is NOT retried: a retry would replay deltas the caller
// already consumed. It rejects with its mapped class (network or provider_error) and `partialText` set, and
// the caller decides whether to start over.
import { ProviderError } from '../errors';
import { computeBackoffDelayMs } from './backoff';
import type { TReliabilityPolicy } from './policy';
import { createAttemptSignal, raceWithSignal, sleep } from './signals';

export interface TAttemptContext {
  /** Aborts on caller abort or on this attempt's timeout; hand it to the SDK so the HTTP request is cancelled. */
  signal: AbortSignal;
  /** Passes a text delta on to the caller and records the time to first token. */
  emitText: (delta: string) => void;
}

export interface TCallerOptions {
  signal?: AbortSignal;
  onTextDelta?: (delta: string) => void;
}

export interface TReliableOutcome<T> {
  value: T;
  attempts: number;
  /** Wall time of the successful attempt, from sending it (after its concurrency slot was granted). */
  latencyMs: number;
  timeToFirstTokenMs?: number;
}

export async function executeReliably<T>(
  policy: TReliabilityPolicy,
  caller: TCallerOptions,
  attempt: (context: TAttemptContext) => Promise<T>,
): Promise<TReliableOutcome<T>> {
  const now = policy.now ?? (() => performance.now());
  const wait = policy.sleep ?? sleep;
  for (let attemptNumber = 1; ; attemptNumber += 1) {
    const release = await policy.semaphore
      .acquire(caller.signal)
      .catch(() => Promise.reject(abortedError(policy, caller.signal)));
    const attemptSignal = createAttemptSignal(caller.signal, policy.timeoutMs);
    const startedAt = now();
    let firstTextAt: number | undefined;
    let emittedText = '';
    // An exception from the caller's own onTextDelta is rethrown untouched and never retried, whatever the
    // adapter wrapped it in on the way out.
    let callbackFailure: { error: unknown } | undefined;
    const context: TAttemptContext = {
      signal: attemptSignal.signal,
      emitText: (delta) => {
        if (delta.length === 0) {
          return;
        }
        firstTextAt ??= now();
        emittedText += delta;
        try {
          caller.onTextDelta?.(delta);
        } catch (error) {
          callbackFailure = { error };
          throw error;
        }
      },
    };
    let failure: ProviderError;
    try {
      const value = await raceWithSignal(attempt(context), attemptSignal.signal);
      // Some SDK streams end quietly instead of throwing when their signal aborts.
      attemptSignal.signal.throwIfAborted();
      return {
        value,
        attempts: attemptNumber,
        latencyMs: now() - startedAt,
        timeToFirstTokenMs: firstTextAt === undefined ? undefined : firstTextAt - startedAt,
      };
    } catch (error) {
      if (callbackFailure) {
        throw callbackFailure.error;
      }
      failure = classifyFailure(policy, caller.signal, attemptSignal.timedOut(), error);
      if (emittedText.length > 0) {
        failure = failure.with({ partialText: emittedText });
      }
    } finally {
      release();
    }
    const retriesUsed = attemptNumber - 1;
    if (!failure.isRetryable || failure.partialText !== undefined || retriesUsed >= policy.maxRetries) {
      throw failure;
    }
    const delay = computeBackoffDelayMs({
      retryIndex: retriesUsed,
      baseDelayMs: policy.retryBaseDelayMs,
      maxDelayMs: policy.retryMaxDelayMs,
      retryAfterMs: failure.retryAfterMs,
      random: policy.random,
    });
    await wait(delay, caller.signal).catch(() => Promise.reject(abortedError(policy, caller.signal)));
  }
}

function classifyFailure(
  policy: TReliabilityPolicy,
  callerSignal: AbortSignal | undefined,
  timedOut: boolean,
  error: unknown,
): ProviderError {
  // The signals are checked first: an SDK reports either abort as its own "user abort" error.
  if (callerSignal?.aborted) {
    return abortedError(policy, callerSignal);
  }
  if (timedOut) {
    return new ProviderError({
      errorClass: 'timeout',
      message: `The request timed out after ${policy.timeoutMs} ms`,
      provider: policy.provider,
      raw: error,
    });
  }
  return error instanceof ProviderError ? error : policy.mapError(error);
}

function abortedError(policy: TReliabilityPolicy, callerSignal: AbortSignal | undefined): ProviderError {
  return new ProviderError({
    errorClass: 'aborted',
    message: 'The request was aborted by the caller',
    provider: policy.provider,
    raw: callerSignal?.reason,
  });
}
