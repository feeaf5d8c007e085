// The provider contract, checked through each adapter's real SDK against the Yardstick emulator. Every
// adapter kind runs the same suite from its own test file, each with an emulator of its own.
import { type RunningEmulator, startEmulator } from '@yardstick/emulator';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createProviderAdapter } from '../../src/adapters';
import { ProviderError } from '../../src/errors';
import { getConnectionConcurrencyStats } from '../../src/reliability/connection-limits';
import type { TCallOptions, TChatRequest, TConnectionConfig, TProviderAdapter } from '../../src/types';
import { emulatorConnection, emulatorProviderOf, type TContractKind } from './emulator-connections';
import { startTcpProxy } from './tcp-proxy';

export interface TContractOptions {
  /** Whether the emulator reports hidden reasoning tokens for this wire format. */
  reportsReasoningTokens: boolean;
  embeddingModel?: string;
}

const NO_LATENCY = { timeToFirstTokenMs: 0, tokensPerSecond: 0 };
/** Above the emulator's 1024-character minimum, so a repeat is a cache read. */
const LONG_SYSTEM_PROMPT = `You are a careful assistant. ${'Answer precisely and cite the evidence. '.repeat(40)}`;

let uniqueModelCounter = 0;
/** Faults and the prompt cache are keyed by model, so each test gets a model name nobody else uses. */
function uniqueModel(label: string): string {
  uniqueModelCounter += 1;
  return `contract-${label}-${uniqueModelCounter}`;
}

function question(model: string, overrides: Partial<TChatRequest> = {}): TChatRequest {
  return {
    model,
    messages: [{ role: 'user', content: 'Summarise the evidence on sleep and memory in two sentences.' }],
    maxOutputTokens: 256,
    ...overrides,
  };
}

async function failureOf(promise: Promise<unknown>): Promise<ProviderError> {
  const outcome = await promise.then(
    () => undefined,
    (error: unknown) => error,
  );
  if (!(outcome instanceof ProviderError)) {
    throw new Error(`Expected a ProviderError, got ${outcome === undefined ? 'a result' : String(outcome)}`);
  }
  return outcome;
}

function collectDeltas(): TCallOptions & { deltas: string[] } {
  const deltas: string[] = [];
  return { deltas, onTextDelta: (delta) => deltas.push(delta) };
}

export function defineProviderContract(kind: TContractKind, options: TContractOptions): void {
  const provider = emulatorProviderOf(kind);
  let emulator: RunningEmulator;
  let adapter: TProviderAdapter;

  function connect(overrides: Partial<TConnectionConfig> = {}, credential?: string): TProviderAdapter {
    return createProviderAdapter(emulatorConnection(kind, emulator.url, overrides, credential));
  }

  describe(`${kind} adapter against the emulator`, () => {
    beforeAll(async () => {
      emulator = await startEmulator({ latency: NO_LATENCY });
      adapter = connect();
    });

    afterAll(async () => {
      await emulator.close();
    });

    afterEach(() => {
      emulator.clearFaults();
      emulator.setLatency(NO_LATENCY);
    });

    describe('completion', () => {
      it('answers without streaming, with normalized usage and a request id', async () => {
        const result = await adapter.complete(question('emulated-strong'));
        expect(result.text.length).toBeGreaterThan(0);
        expect(result.finishReason).toBe('stop');
        expect(result.usage.inputTokens).toBeGreaterThan(0);
        expect(result.usage.outputTokens).toBeGreaterThan(0);
        expect(result.requestId).toMatch(/\S/);
        expect(result.model).toBe('emulated-strong');
        expect(result.attempts).toBe(1);
        expect(result.latencyMs).toBeGreaterThan(0);
        expect(result.timeToFirstTokenMs).toBeUndefined();
        expect(result.warnings).toEqual([]);
      });

      it('streams the same answer and usage as it returns without streaming', async () => {
        const request = question('emulated-cheap');
        const whole = await adapter.complete(request);
        const streaming = collectDeltas();
        const streamed = await adapter.complete(request, streaming);
        expect(streaming.deltas.length).toBeGreaterThan(1);
        expect(streaming.deltas.join('')).toBe(streamed.text);
        expect(streamed.text).toBe(whole.text);
        expect(streamed.usage).toEqual(whole.usage);
        expect(streamed.finishReason).toBe('stop');
        expect(streamed.requestId).toMatch(/\S/);
      });

      it('measures time to first token from sending to the first delta', async () => {
        const timeToFirstTokenMs = 120;
        emulator.setLatency({ timeToFirstTokenMs, tokensPerSecond: 400 });
        const streamed = await adapter.complete(question(uniqueModel('ttft')), collectDeltas());
        expect(streamed.timeToFirstTokenMs).toBeGreaterThanOrEqual(timeToFirstTokenMs - 2);
        expect(streamed.timeToFirstTokenMs).toBeLessThanOrEqual(streamed.latencyMs);
        expect(streamed.latencyMs).toBeGreaterThan(timeToFirstTokenMs);
      });

      it('reports a length finish when maxOutputTokens cuts the answer', async () => {
        const result = await adapter.complete(question('emulated-strong', { maxOutputTokens: 3 }));
        expect(result.finishReason).toBe('length');
        expect(result.usage.outputTokens).toBe(3);
      });

      it('counts a prompt-cache read inside the input tokens', async () => {
        const request = question(uniqueModel('cache'), { system: LONG_SYSTEM_PROMPT });
        const first = await adapter.complete(request);
        const second = await adapter.complete(request);
        expect(first.usage.cachedInputTokens ?? 0).toBe(0);
        expect(second.usage.cachedInputTokens).toBeGreaterThan(0);
        // Normalized semantics: the total prompt is the same whether or not part of it came from the cache.
        expect(second.usage.inputTokens).toBe(first.usage.inputTokens);
        expect(second.usage.cachedInputTokens).toBeLessThan(second.usage.inputTokens ?? 0);
      });

      it('streams cache reads with the same normalization', async () => {
        const request = question(uniqueModel('cache-stream'), { system: LONG_SYSTEM_PROMPT });
        const first = await adapter.complete(request, collectDeltas());
        const second = await adapter.complete(request, collectDeltas());
        expect(second.usage.cachedInputTokens).toBeGreaterThan(0);
        expect(second.usage.inputTokens).toBe(first.usage.inputTokens);
      });

      if (options.reportsReasoningTokens) {
        it('includes reasoning tokens in the output tokens', async () => {
          const plain = await adapter.complete(question('emulated-strong'));
          const reasoning = await adapter.complete(question('emulated-reasoner-contract'), collectDeltas());
          expect(plain.usage.reasoningTokens ?? 0).toBe(0);
          expect(reasoning.usage.reasoningTokens).toBeGreaterThan(0);
          const visibleTokens = (reasoning.usage.outputTokens ?? 0) - (reasoning.usage.reasoningTokens ?? 0);
          expect(visibleTokens).toBeGreaterThan(0);
          const whole = await adapter.complete(question('emulated-reasoner-contract'));
          expect(whole.usage).toEqual(reasoning.usage);
        });
      }

      it('rethrows an exception from onTextDelta as is, without retrying', async () => {
        const model = uniqueModel('callback-throws');
        const bug = new Error('bug in the caller');
        const outcome = await connect({ maxRetries: 3 })
          .complete(question(model), {
            onTextDelta: () => {
              throw bug;
            },
          })
          .catch((error: unknown) => error);
        expect(outcome).toBe(bug);
        expect(emulator.requestCount({ provider, model })).toBe(1);
      });

      it('returns a filtered answer as a result with finish reason content_filter', async () => {
        for (const streaming of [false, true]) {
          const model = uniqueModel('filtered');
          emulator.injectFault({ kind: 'content_filtered', provider, model });
          const result = await adapter.complete(question(model), streaming ? collectDeltas() : {});
          expect(result.finishReason).toBe('content_filter');
          expect(result.text).toBe('');
        }
      });
    });

    describe('error classes from injected faults', () => {
      const cases = [
        { fault: 'rate_limited', errorClass: 'rate_limited' },
        { fault: 'server_error', errorClass: 'provider_error' },
        { fault: 'overloaded', errorClass: 'overloaded' },
        { fault: 'context_length_exceeded', errorClass: 'context_length_exceeded' },
        { fault: 'invalid_request', errorClass: 'invalid_request' },
        { fault: 'authentication', errorClass: 'authentication' },
        { fault: 'malformed', errorClass: 'provider_error' },
      ] as const;

      for (const { fault, errorClass } of cases) {
        for (const streaming of [false, true]) {
          it(`${fault} (${streaming ? 'streaming' : 'whole'}) → ${errorClass}`, async () => {
            const model = uniqueModel(fault);
            emulator.injectFault({ kind: fault, provider, model });
            const failure = await failureOf(
              connect({ maxRetries: 0 }).complete(question(model), streaming ? collectDeltas() : {}),
            );
            expect(failure.errorClass).toBe(errorClass);
            expect(failure.provider).toBe(kind);
            expect(failure.isRetryable).toBe(
              ['rate_limited', 'provider_error', 'overloaded'].includes(errorClass),
            );
          });
        }
      }

      it('maps a bad API key to authentication', async () => {
        const failure = await failureOf(connect({}, 'bad-key').complete(question('emulated-strong')));
        expect(failure).toMatchObject({ errorClass: 'authentication', isRetryable: false });
      });

      it('maps a context overflow the emulator detects itself', async () => {
        // About 40 000 emulator tokens, beyond emulated-weak's 32 000-token window.
        const huge = 'evidence '.repeat(20_000);
        const failure = await failureOf(
          adapter.complete(question('emulated-weak', { messages: [{ role: 'user', content: huge }] })),
        );
        expect(failure.errorClass).toBe('context_length_exceeded');
      });

      it('times out a request the provider never answers', async () => {
        for (const streaming of [false, true]) {
          const model = uniqueModel('timeout');
          emulator.injectFault({ kind: 'timeout', provider, model });
          const started = performance.now();
          const failure = await failureOf(
            connect({ maxRetries: 0, timeoutMs: 300 }).complete(
              question(model),
              streaming ? collectDeltas() : {},
            ),
          );
          expect(failure).toMatchObject({ errorClass: 'timeout', isRetryable: true });
          expect(performance.now() - started).toBeLessThan(2_000);
        }
      });

      it('reports a connection cut before the answer as network, and retries it', async () => {
        const model = uniqueModel('cut-whole');
        emulator.injectFault({ kind: 'stream_cut', provider, model });
        const failure = await failureOf(connect({ maxRetries: 0 }).complete(question(model)));
        expect(failure.errorClass).toBe('network');
        emulator.injectFault({ kind: 'stream_cut', provider, model });
        const recovered = await connect({ maxRetries: 1 }).complete(question(model));
        expect(recovered.attempts).toBe(2);
      });

      it('never retries a stream cut after text was emitted: network, with the partial text', async () => {
        // Paced chunks reach the client before the cut; the chunk written just before it may be lost with it.
        emulator.setLatency({ timeToFirstTokenMs: 0, tokensPerSecond: 50 });
        const model = uniqueModel('cut-stream');
        emulator.injectFault({ kind: 'stream_cut', provider, model, afterChunks: 3 });
        const streaming = collectDeltas();
        const failure = await failureOf(connect({ maxRetries: 3 }).complete(question(model), streaming));
        expect(failure.errorClass).toBe('network');
        expect(streaming.deltas.length).toBeGreaterThanOrEqual(1);
        expect(streaming.deltas.length).toBeLessThanOrEqual(3);
        expect(failure.partialText).toBe(streaming.deltas.join(''));
        expect(emulator.requestCount({ provider, model })).toBe(1);
      });

      it('never retries an error event in the middle of a stream', async () => {
        emulator.setLatency({ timeToFirstTokenMs: 0, tokensPerSecond: 50 });
        const model = uniqueModel('mid-stream-error');
        emulator.injectFault({ kind: 'overloaded', provider, model, afterChunks: 2 });
        const streaming = collectDeltas();
        const failure = await failureOf(connect({ maxRetries: 3 }).complete(question(model), streaming));
        expect(failure.errorClass).toBe('overloaded');
        expect(failure.partialText).toBe(streaming.deltas.join(''));
        expect(streaming.deltas.length).toBe(2);
        expect(emulator.requestCount({ provider, model })).toBe(1);
      });
    });

    describe('retries', () => {
      it('waits for retry-after on a 429, then succeeds on the second attempt', async () => {
        const model = uniqueModel('retry-after');
        emulator.injectFault({ kind: 'rate_limited', provider, model, retryAfterSeconds: 1 });
        const started = performance.now();
        const result = await connect({ maxRetries: 3 }).complete(question(model));
        const elapsed = performance.now() - started;
        expect(result.attempts).toBe(2);
        expect(elapsed).toBeGreaterThanOrEqual(950);
        expect(elapsed).toBeLessThan(5_000);
        expect(emulator.requestCount({ provider, model })).toBe(2);
      });

      it('retries overloaded and server errors with backoff until maxRetries', async () => {
        const model = uniqueModel('backoff');
        emulator.injectFault({ kind: 'overloaded', provider, model, count: 2 });
        const streaming = collectDeltas();
        const result = await connect({ maxRetries: 2 }).complete(question(model), streaming);
        expect(result.attempts).toBe(3);
        expect(streaming.deltas.join('')).toBe(result.text);

        const exhausted = uniqueModel('backoff-exhausted');
        emulator.injectFault({ kind: 'server_error', provider, model: exhausted, count: 5 });
        const failure = await failureOf(connect({ maxRetries: 2 }).complete(question(exhausted)));
        expect(failure.errorClass).toBe('provider_error');
        expect(emulator.requestCount({ provider, model: exhausted })).toBe(3);
      });

      it('does not retry errors that would fail again', async () => {
        const model = uniqueModel('no-retry');
        emulator.injectFault({ kind: 'invalid_request', provider, model, count: 5 });
        await failureOf(connect({ maxRetries: 3 }).complete(question(model)));
        expect(emulator.requestCount({ provider, model })).toBe(1);
      });
    });

    describe('abort', () => {
      it('cancels an in-flight stream: the promise rejects promptly and the connection closes', async () => {
        emulator.setLatency({ timeToFirstTokenMs: 0, tokensPerSecond: 5 });
        const proxy = await startTcpProxy(emulator.port);
        try {
          const viaProxy = createProviderAdapter(emulatorConnection(kind, proxy.url));
          const controller = new AbortController();
          let abortedAt = 0;
          const pending = viaProxy.complete(question(uniqueModel('abort-stream')), {
            signal: controller.signal,
            onTextDelta: () => {
              if (abortedAt === 0) {
                abortedAt = performance.now();
                controller.abort();
              }
            },
          });
          const failure = await failureOf(pending);
          expect(failure).toMatchObject({ errorClass: 'aborted', isRetryable: false });
          expect(performance.now() - abortedAt).toBeLessThan(500);
          await proxy.waitUntilIdle(1_000);
          expect(proxy.acceptedConnections()).toBeGreaterThan(0);
        } finally {
          await proxy.close();
        }
      });

      it('cancels a request still waiting for its answer', async () => {
        const proxy = await startTcpProxy(emulator.port);
        try {
          const viaProxy = createProviderAdapter(emulatorConnection(kind, proxy.url));
          const model = uniqueModel('abort-wait');
          emulator.injectFault({ kind: 'timeout', provider, model });
          const controller = new AbortController();
          const pending = viaProxy.complete(question(model), { signal: controller.signal });
          await expect.poll(() => emulator.requestCount({ provider, model }), { timeout: 2_000 }).toBe(1);
          const abortedAt = performance.now();
          controller.abort();
          const failure = await failureOf(pending);
          expect(failure.errorClass).toBe('aborted');
          expect(performance.now() - abortedAt).toBeLessThan(500);
          await proxy.waitUntilIdle(1_000);
        } finally {
          await proxy.close();
        }
      });

      it('does not send a request whose signal is already aborted', async () => {
        const model = uniqueModel('pre-aborted');
        const failure = await failureOf(adapter.complete(question(model), { signal: AbortSignal.abort() }));
        expect(failure.errorClass).toBe('aborted');
        expect(emulator.requestCount({ provider, model })).toBe(0);
      });
    });

    describe('concurrency', () => {
      it('keeps at most maxConcurrency calls in flight under 50 parallel calls', async () => {
        emulator.setLatency({ timeToFirstTokenMs: 25, tokensPerSecond: 2_000 });
        const maxConcurrency = 4;
        const connection = emulatorConnection(kind, emulator.url, { maxConcurrency }, `concurrency-${kind}`);
        const limited = createProviderAdapter(connection);
        let streaming = 0;
        let maxStreaming = 0;
        const calls = Array.from({ length: 50 }, async (_, index) => {
          let started = false;
          const result = await limited.complete(
            question('emulated-cheap', { maxOutputTokens: 8 + (index % 5) }),
            {
              onTextDelta: () => {
                if (!started) {
                  started = true;
                  streaming += 1;
                  maxStreaming = Math.max(maxStreaming, streaming);
                }
              },
            },
          );
          if (started) {
            streaming -= 1;
          }
          return result;
        });
        const results = await Promise.all(calls);
        expect(results).toHaveLength(50);
        expect(results.every((result) => result.text.length > 0)).toBe(true);
        expect(maxStreaming).toBeLessThanOrEqual(maxConcurrency);
        const stats = getConnectionConcurrencyStats(connection);
        expect(stats.maxInFlight).toBe(maxConcurrency);
        expect(stats).toMatchObject({ inFlight: 0, waiting: 0, limit: maxConcurrency });
      });
    });

    if (options.embeddingModel !== undefined) {
      const embeddingModel = options.embeddingModel;
      describe('embeddings', () => {
        it('embeds each text, deterministically', async () => {
          const embed = adapter.embed?.bind(adapter);
          expect(embed).toBeTypeOf('function');
          if (!embed) {
            return;
          }
          const first = await embed(['the cat sat', 'on the mat'], { model: embeddingModel });
          const again = await embed(['on the mat'], { model: embeddingModel });
          expect(first.embeddings).toHaveLength(2);
          expect(first.embeddings[0]?.length).toBeGreaterThan(0);
          expect(first.embeddings[1]).toEqual(again.embeddings[0]);
          expect(first.embeddings[0]).not.toEqual(first.embeddings[1]);
          expect(first.latencyMs).toBeGreaterThan(0);
        });

        it('maps embedding errors like completion errors', async () => {
          const failure = await failureOf(
            connect({}, 'bad-key').embed?.(['x'], { model: embeddingModel }) ?? Promise.resolve(),
          );
          expect(failure.errorClass).toBe('authentication');
        });
      });
    }
  });
}
