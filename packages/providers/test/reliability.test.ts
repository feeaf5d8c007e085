import { describe, expect, it } from 'vitest';
import { isRetryableErrorClass, ProviderError, type TProviderErrorClass } from '../src/errors';
import { computeBackoffDelayMs } from '../src/reliability/backoff';
import { executeReliably } from '../src/reliability/execute';
import type { TReliabilityPolicy } from '../src/reliability/policy';
import { headerLookup, parseDurationMs, parseRetryAfterMs } from '../src/reliability/retry-after';
import { Semaphore } from '../src/reliability/semaphore';
import { raceWithSignal, sleep } from '../src/reliability/signals';

function providerError(errorClass: TProviderErrorClass, retryAfterMs?: number): ProviderError {
  return new ProviderError({ errorClass, message: errorClass, provider: 'openai', retryAfterMs });
}

function testPolicy(overrides: Partial<TReliabilityPolicy> = {}): TReliabilityPolicy & { waits: number[] } {
  const waits: number[] = [];
  return {
    provider: 'openai',
    timeoutMs: 5_000,
    maxRetries: 3,
    retryBaseDelayMs: 100,
    retryMaxDelayMs: 1_000,
    semaphore: new Semaphore(2),
    mapError: (error) => (error instanceof ProviderError ? error : providerError('provider_error')),
    sleep: async (milliseconds) => {
      waits.push(milliseconds);
    },
    random: () => 0.5,
    waits,
    ...overrides,
  };
}

describe('error classes', () => {
  it('marks exactly the transient classes retryable', () => {
    const retryable: TProviderErrorClass[] = [
      'rate_limited',
      'overloaded',
      'timeout',
      'network',
      'provider_error',
    ];
    const fatal: TProviderErrorClass[] = [
      'authentication',
      'invalid_request',
      'context_length_exceeded',
      'content_filtered',
      'aborted',
    ];
    for (const errorClass of retryable) {
      expect(isRetryableErrorClass(errorClass)).toBe(true);
      expect(providerError(errorClass).isRetryable).toBe(true);
    }
    for (const errorClass of fatal) {
      expect(isRetryableErrorClass(errorClass)).toBe(false);
    }
  });

  it('copies an error with extra facts', () => {
    const original = providerError('network');
    const copy = original.with({ requestId: 'req_1', partialText: 'Hel' });
    expect(copy).toBeInstanceOf(ProviderError);
    expect(copy).toMatchObject({
      errorClass: 'network',
      requestId: 'req_1',
      partialText: 'Hel',
      isRetryable: true,
    });
  });
});

describe('computeBackoffDelayMs', () => {
  it('draws a full-jitter delay below base * 2^retry', () => {
    expect(
      computeBackoffDelayMs({ retryIndex: 0, baseDelayMs: 100, maxDelayMs: 10_000, random: () => 0.999 }),
    ).toBe(99);
    expect(
      computeBackoffDelayMs({ retryIndex: 3, baseDelayMs: 100, maxDelayMs: 10_000, random: () => 0.5 }),
    ).toBe(400);
    expect(
      computeBackoffDelayMs({ retryIndex: 3, baseDelayMs: 100, maxDelayMs: 10_000, random: () => 0 }),
    ).toBe(0);
  });

  it('caps the exponential ceiling and a server retry-after', () => {
    expect(
      computeBackoffDelayMs({ retryIndex: 20, baseDelayMs: 100, maxDelayMs: 1_000, random: () => 0.999 }),
    ).toBe(999);
    expect(
      computeBackoffDelayMs({ retryIndex: 0, baseDelayMs: 100, maxDelayMs: 60_000, retryAfterMs: 120_000 }),
    ).toBe(60_000);
    expect(
      computeBackoffDelayMs({ retryIndex: 0, baseDelayMs: 100, maxDelayMs: 60_000, retryAfterMs: 1_000 }),
    ).toBe(1_000);
  });
});

describe('parseRetryAfterMs', () => {
  it('prefers retry-after-ms, then seconds, then an HTTP date', () => {
    const headers = new Headers({ 'retry-after-ms': '250', 'retry-after': '3' });
    expect(parseRetryAfterMs(headerLookup(headers))).toBe(250);
    expect(parseRetryAfterMs(headerLookup({ 'Retry-After': '2' }))).toBe(2_000);
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(parseRetryAfterMs(headerLookup({ 'retry-after': 'Thu, 01 Jan 2026 00:00:05 GMT' }), now)).toBe(
      5_000,
    );
    expect(parseRetryAfterMs(headerLookup({}))).toBeUndefined();
    expect(parseRetryAfterMs(headerLookup({ 'retry-after': 'soon' }))).toBeUndefined();
  });

  it('reads protobuf durations', () => {
    expect(parseDurationMs('1s')).toBe(1_000);
    expect(parseDurationMs('0.5s')).toBe(500);
    expect(parseDurationMs('later')).toBeUndefined();
    expect(parseDurationMs(undefined)).toBeUndefined();
  });
});

describe('Semaphore', () => {
  it('admits up to the limit and queues the rest in order', async () => {
    const semaphore = new Semaphore(2);
    const first = await semaphore.acquire();
    const second = await semaphore.acquire();
    const order: number[] = [];
    const third = semaphore.acquire().then((release) => {
      order.push(3);
      return release;
    });
    const fourth = semaphore.acquire().then((release) => {
      order.push(4);
      return release;
    });
    expect(semaphore.stats).toMatchObject({ inFlight: 2, waiting: 2, maxInFlight: 2 });
    first();
    first();
    (await third)();
    second();
    (await fourth)();
    expect(order).toEqual([3, 4]);
    expect(semaphore.stats).toMatchObject({ inFlight: 0, waiting: 0, maxInFlight: 2 });
  });

  it('drops an aborted waiter from the queue', async () => {
    const semaphore = new Semaphore(1);
    const held = await semaphore.acquire();
    const controller = new AbortController();
    const waiting = semaphore.acquire(controller.signal);
    controller.abort(new Error('gave up'));
    await expect(waiting).rejects.toThrow('gave up');
    expect(semaphore.stats.waiting).toBe(0);
    held();
    expect(semaphore.stats.inFlight).toBe(0);
  });

  it('lets queued callers in when the limit grows', async () => {
    const semaphore = new Semaphore(1);
    await semaphore.acquire();
    const waiting = semaphore.acquire();
    semaphore.setLimit(2);
    await expect(waiting).resolves.toBeTypeOf('function');
    expect(semaphore.stats).toMatchObject({ limit: 2, inFlight: 2 });
  });
});

describe('signals', () => {
  it('raceWithSignal rejects as soon as the signal aborts', async () => {
    const controller = new AbortController();
    const never = new Promise<never>(() => undefined);
    const raced = raceWithSignal(never, controller.signal);
    controller.abort(new Error('stop'));
    await expect(raced).rejects.toThrow('stop');
  });

  it('sleep resolves after the delay and rejects on abort', async () => {
    await expect(sleep(1)).resolves.toBeUndefined();
    const controller = new AbortController();
    const sleeping = sleep(10_000, controller.signal);
    controller.abort(new Error('woken'));
    await expect(sleeping).rejects.toThrow('woken');
  });
});

describe('executeReliably', () => {
  it('retries retryable errors with backoff and counts attempts', async () => {
    const policy = testPolicy();
    let calls = 0;
    const outcome = await executeReliably(policy, {}, async () => {
      calls += 1;
      if (calls < 3) {
        throw providerError('overloaded');
      }
      return 'ok';
    });
    expect(outcome.value).toBe('ok');
    expect(outcome.attempts).toBe(3);
    // Full jitter with random() = 0.5: half of 100 * 2^0, then half of 100 * 2^1.
    expect(policy.waits).toEqual([50, 100]);
  });

  it('waits exactly the retry-after a server asked for', async () => {
    const policy = testPolicy();
    let calls = 0;
    await executeReliably(policy, {}, async () => {
      calls += 1;
      if (calls === 1) {
        throw providerError('rate_limited', 700);
      }
      return 'ok';
    });
    expect(policy.waits).toEqual([700]);
  });

  it('gives up after maxRetries', async () => {
    const policy = testPolicy({ maxRetries: 2 });
    let calls = 0;
    await expect(
      executeReliably(policy, {}, async () => {
        calls += 1;
        throw providerError('provider_error');
      }),
    ).rejects.toMatchObject({ errorClass: 'provider_error' });
    expect(calls).toBe(3);
  });

  it('never retries a fatal error', async () => {
    const policy = testPolicy();
    let calls = 0;
    await expect(
      executeReliably(policy, {}, async () => {
        calls += 1;
        throw providerError('invalid_request');
      }),
    ).rejects.toMatchObject({ errorClass: 'invalid_request' });
    expect(calls).toBe(1);
  });

  it('does not retry a stream that already emitted text, and reports what was emitted', async () => {
    const policy = testPolicy();
    const deltas: string[] = [];
    let calls = 0;
    const failure = await executeReliably(
      policy,
      { onTextDelta: (delta) => deltas.push(delta) },
      async (context) => {
        calls += 1;
        context.emitText('Hel');
        context.emitText('lo');
        throw providerError('network');
      },
    ).catch((error: unknown) => error);
    expect(calls).toBe(1);
    expect(deltas).toEqual(['Hel', 'lo']);
    expect(failure).toMatchObject({ errorClass: 'network', partialText: 'Hello' });
  });

  it('measures time to first token and latency from the start of the successful attempt', async () => {
    let clock = 1_000;
    const policy = testPolicy({ now: () => clock });
    const outcome = await executeReliably(policy, { onTextDelta: () => undefined }, async (context) => {
      clock += 40;
      context.emitText('a');
      clock += 60;
      context.emitText('b');
      return 'done';
    });
    expect(outcome.timeToFirstTokenMs).toBe(40);
    expect(outcome.latencyMs).toBe(100);
  });

  it('classifies its own timeout as timeout, and retries it', async () => {
    const policy = testPolicy({ timeoutMs: 20, maxRetries: 1, sleep: undefined, retryBaseDelayMs: 0 });
    let calls = 0;
    const failure = await executeReliably(
      policy,
      {},
      (context) =>
        new Promise((_, reject) => {
          calls += 1;
          context.signal.addEventListener('abort', () => reject(new Error('SDK: request aborted')));
        }),
    ).catch((error: unknown) => error);
    expect(failure).toMatchObject({ errorClass: 'timeout' });
    expect(calls).toBe(2);
  });

  it('classifies a caller abort as aborted, promptly, even if the attempt ignores the signal', async () => {
    const policy = testPolicy();
    const controller = new AbortController();
    const started = performance.now();
    const pending = executeReliably(
      policy,
      { signal: controller.signal },
      () => new Promise(() => undefined),
    );
    setTimeout(() => controller.abort(), 10);
    await expect(pending).rejects.toMatchObject({ errorClass: 'aborted', isRetryable: false });
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(policy.semaphore.stats.inFlight).toBe(0);
  });

  it('stops waiting for a retry when the caller aborts', async () => {
    const policy = testPolicy({ sleep: undefined, retryBaseDelayMs: 60_000, random: () => 1 });
    const controller = new AbortController();
    const pending = executeReliably(policy, { signal: controller.signal }, async () => {
      throw providerError('overloaded');
    });
    setTimeout(() => controller.abort(), 10);
    await expect(pending).rejects.toMatchObject({ errorClass: 'aborted' });
  });

  it('holds at most the semaphore limit in flight and releases slots during backoff', async () => {
    const policy = testPolicy({ semaphore: new Semaphore(3), sleep: (milliseconds) => sleep(milliseconds) });
    let inFlight = 0;
    let maxInFlight = 0;
    const failedOnce = new Set<number>();
    const calls = Array.from({ length: 20 }, (_, index) =>
      executeReliably(policy, {}, async () => {
        inFlight += 1;
        maxInFlight = Math.max(maxInFlight, inFlight);
        await sleep(2);
        inFlight -= 1;
        if (index % 4 === 0 && !failedOnce.has(index)) {
          failedOnce.add(index);
          throw providerError('overloaded');
        }
        return index;
      }),
    );
    const results = await Promise.all(calls);
    expect(results.map((result) => result.value)).toEqual(Array.from({ length: 20 }, (_, index) => index));
    expect(maxInFlight).toBeLessThanOrEqual(3);
    expect(policy.semaphore.stats).toMatchObject({ inFlight: 0, maxInFlight: 3 });
  });

  it('rethrows an exception from the caller’s onTextDelta untouched', async () => {
    const policy = testPolicy();
    const boom = new Error('caller bug');
    await expect(
      executeReliably(
        policy,
        {
          onTextDelta: () => {
            throw boom;
          },
        },
        async (context) => {
          context.emitText('x');
          return 'unreachable';
        },
      ),
    ).rejects.toBe(boom);
  });
});
