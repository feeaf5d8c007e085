import { describe, expect, it } from 'vitest';
import { startEmulator } from '../src/index';
import { ADAPTERS } from './adapters';
import { NO_LATENCY, useEmulator } from './helpers';

const emu = useEmulator();

/** Per provider: [status, provider's error name] for each error fault. */
const EXPECTED: Record<string, Record<string, [number, string]>> = {
  openai: {
    rate_limited: [429, 'rate_limit_exceeded'],
    server_error: [500, 'server_error'],
    overloaded: [503, 'server_error'],
    context_length_exceeded: [400, 'context_length_exceeded'],
    invalid_request: [400, 'invalid_request_error'],
    authentication: [401, 'invalid_api_key'],
  },
  anthropic: {
    rate_limited: [429, 'rate_limit_error'],
    server_error: [500, 'api_error'],
    overloaded: [529, 'overloaded_error'],
    context_length_exceeded: [400, 'invalid_request_error'],
    invalid_request: [400, 'invalid_request_error'],
    authentication: [401, 'authentication_error'],
  },
  bedrock: {
    rate_limited: [429, 'ThrottlingException'],
    server_error: [500, 'InternalServerException'],
    overloaded: [503, 'ServiceUnavailableException'],
    context_length_exceeded: [400, 'ValidationException'],
    invalid_request: [400, 'ValidationException'],
    authentication: [403, 'UnrecognizedClientException'],
  },
  gemini: {
    rate_limited: [429, 'RESOURCE_EXHAUSTED'],
    server_error: [500, 'INTERNAL'],
    overloaded: [503, 'UNAVAILABLE'],
    context_length_exceeded: [400, 'INVALID_ARGUMENT'],
    invalid_request: [400, 'INVALID_ARGUMENT'],
    authentication: [401, 'UNAUTHENTICATED'],
  },
};

const ERROR_KINDS = Object.keys(EXPECTED.openai ?? {}) as (keyof (typeof EXPECTED)['openai'])[];

describe.each(ADAPTERS)('faults through the $provider SDK', (adapter) => {
  const { provider } = adapter;

  it.each(ERROR_KINDS)('%s surfaces as the provider error, streaming or not', async (kind) => {
    const [status, name] = EXPECTED[provider]?.[kind] ?? [0, ''];
    for (const stream of [false, true]) {
      emu.current.injectFault({ kind: kind as never, provider, retryAfterSeconds: 3 });
      const error = await adapter.call(emu.current, { stream }).catch((e: unknown) => e);
      expect(adapter.status(error), `${kind} stream=${stream}`).toBe(status);
      expect(adapter.errorName(error)).toBe(name);
      if (kind === 'rate_limited') expect(adapter.retryAfter(error)).toBe('3');
    }
  });

  it('content_filtered answers 200 with the content-filter finish reason', async () => {
    for (const stream of [false, true]) {
      emu.current.injectFault({ kind: 'content_filtered', provider });
      const result = await adapter.call(emu.current, { stream });
      expect(result.finish).toBe(adapter.contentFilterFinish);
      expect(result.text).toBe('');
    }
  });

  it('stream_cut delivers afterChunks chunks, then the SDK fails mid-stream', async () => {
    emu.current.injectFault({ kind: 'stream_cut', provider, afterChunks: 3 });
    const seen: string[] = [];
    const error = await adapter
      .call(emu.current, { stream: true, onText: (t) => seen.push(t) })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(seen).toHaveLength(3);
  });

  it('stream_cut on a non-streaming call drops the connection', async () => {
    emu.current.injectFault({ kind: 'stream_cut', provider });
    await expect(adapter.call(emu.current, { stream: false })).rejects.toThrow();
  });

  it('malformed bodies make the SDK fail to parse, streaming or not', async () => {
    for (const stream of [false, true]) {
      emu.current.injectFault({ kind: 'malformed', provider });
      await expect(adapter.call(emu.current, { stream }), `stream=${stream}`).rejects.toThrow();
    }
  });

  it('timeout holds the request until the client gives up', async () => {
    emu.current.injectFault({ kind: 'timeout', provider });
    const started = Date.now();
    const error = await adapter
      .call(emu.current, { stream: false, signal: AbortSignal.timeout(300) })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
    // The emulator is still fine afterwards.
    await expect(adapter.call(emu.current, { stream: false })).resolves.toMatchObject({
      finish: expect.any(String),
    });
  });

  it('a mid-stream error (afterChunks on an error fault) fails after the chunks', async () => {
    emu.current.injectFault({ kind: 'rate_limited', provider, afterChunks: 2 });
    const seen: string[] = [];
    const error = await adapter
      .call(emu.current, { stream: true, onText: (t) => seen.push(t) })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(seen).toHaveLength(2);
  });

  it('a prompt beyond the model context window is rejected as context_length_exceeded', async () => {
    // emulated-weak has a 32k window; every "word " is one emulated token.
    const error = await adapter
      .call(emu.current, { stream: false, model: 'emulated-weak', prompt: 'word '.repeat(33_000) })
      .catch((e: unknown) => e);
    const [status, name] = EXPECTED[provider]?.context_length_exceeded ?? [0, ''];
    expect(adapter.status(error)).toBe(status);
    expect(adapter.errorName(error)).toBe(name);
  });

  it('aborting a slow stream closes cleanly and frees the emulator', async () => {
    emu.current.setLatency({ timeToFirstTokenMs: 0, tokensPerSecond: 20 });
    const controller = new AbortController();
    const seen: string[] = [];
    const outcome = await adapter
      .call(emu.current, {
        stream: true,
        signal: controller.signal,
        onText: (t) => {
          seen.push(t);
          if (seen.length === 2) controller.abort();
        },
      })
      .catch((e: unknown) => e);
    // Some SDKs end the iteration quietly on abort, others throw an abort error.
    if (outcome instanceof Error) expect(outcome.name + outcome.message).toMatch(/abort/i);
    expect(seen.length).toBeLessThan(5);
    emu.current.setLatency(NO_LATENCY);
    await expect(adapter.call(emu.current, { stream: true })).resolves.toMatchObject({
      finish: expect.any(String),
    });
  });
});

describe('fault release on close', () => {
  it('close() releases requests held by the timeout fault', async () => {
    const local = await startEmulator({ latency: NO_LATENCY });
    const adapter = ADAPTERS[0]!;
    local.injectFault({ kind: 'timeout' });
    const pending = adapter.call(local, { stream: false }).catch((e: unknown) => e);
    await new Promise((resolve) => setTimeout(resolve, 100));
    await local.close();
    expect(await pending).toBeInstanceOf(Error);
  });
});
