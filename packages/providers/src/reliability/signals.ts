// Abort plumbing: each attempt gets its own timeout combined with the caller's signal, and waits (backoff,
// SDK calls) settle as soon as either fires, even if an SDK is slow to notice.

export interface TAttemptSignal {
  signal: AbortSignal;
  timedOut: () => boolean;
}

export function createAttemptSignal(
  callerSignal: AbortSignal | undefined,
  timeoutMs: number,
): TAttemptSignal {
  const timeoutSignal = AbortSignal.timeout(timeoutMs);
  const signal = callerSignal ? AbortSignal.any([callerSignal, timeoutSignal]) : timeoutSignal;
  return { signal, timedOut: () => timeoutSignal.aborted && !callerSignal?.aborted };
}

/** Settles with the promise, or rejects with the signal's reason the moment it aborts. */
export function raceWithSignal<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) {
    promise.catch(() => undefined);
    return Promise.reject(signal.reason);
  }
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => {
      // The SDK call is cancelled through the same signal; its late rejection has no one left to tell.
      promise.catch(() => undefined);
      reject(signal.reason);
    };
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

export function sleep(milliseconds: number, signal?: AbortSignal): Promise<void> {
  if (milliseconds <= 0) {
    return signal?.aborted ? Promise.reject(signal.reason) : Promise.resolve();
  }
  return raceWithSignal(
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, milliseconds);
      signal?.addEventListener('abort', () => clearTimeout(timer), { once: true });
    }),
    signal ?? new AbortController().signal,
  );
}
