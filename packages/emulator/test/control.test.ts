import { describe, expect, it } from 'vitest';
import { startEmulator } from '../src/index';
import { ADAPTERS } from './adapters';
import { NO_LATENCY, openai, useEmulator } from './helpers';

const emu = useEmulator();
const [openaiAdapter] = ADAPTERS;

async function control(method: string, path: string, body?: unknown) {
  const res = await fetch(`${emu.current.url}/__emulator${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

const ask = (model = 'emulated-cheap') =>
  openai(emu.current).chat.completions.create({ model, messages: [{ role: 'user', content: 'hi' }] });

describe('control API', () => {
  it('answers health', async () => {
    expect(await control('GET', '/health')).toEqual({ status: 200, body: { ok: true } });
  });

  it('validates fault bodies with a clear 400', async () => {
    const bad = await control('POST', '/faults', { kind: 'explode' });
    expect(bad.status).toBe(400);
    expect(String(bad.body.error)).toContain('kind');
    const notJson = await control('POST', '/faults', '{nope');
    expect(notJson.status).toBe(400);
    const extra = await control('POST', '/faults', { kind: 'timeout', colour: 'red' });
    expect(extra.status).toBe(400);
  });

  it('queues faults that matching requests consume in order, count times', async () => {
    const queued = await control('POST', '/faults', {
      kind: 'server_error',
      model: 'emulated-weak',
      count: 2,
    });
    expect(queued.status).toBe(201);
    await expect(ask('emulated-cheap')).resolves.toBeDefined();
    await expect(ask('emulated-weak')).rejects.toMatchObject({ status: 500 });
    await expect(ask('emulated-weak')).rejects.toMatchObject({ status: 500 });
    await expect(ask('emulated-weak')).resolves.toBeDefined();
  });

  it('scopes faults by provider', async () => {
    emu.current.injectFault({ kind: 'overloaded', provider: 'gemini' });
    await expect(ask()).resolves.toBeDefined();
    expect((await control('GET', '/faults')).body.pending).toEqual([
      { kind: 'overloaded', provider: 'gemini', count: 1 },
    ]);
  });

  it('clears faults with DELETE', async () => {
    await control('POST', '/faults', { kind: 'server_error' });
    await control('DELETE', '/faults');
    await expect(ask()).resolves.toBeDefined();
  });

  it('counts requests per provider and model', async () => {
    await control('DELETE', '/requests');
    await ask('emulated-strong');
    await ask('emulated-strong');
    await ask('emulated-weak');
    expect(emu.current.requestCount()).toBe(3);
    expect(emu.current.requestCount({ provider: 'openai', model: 'emulated-strong' })).toBe(2);
    expect(emu.current.requestCount({ provider: 'anthropic' })).toBe(0);
    const { body } = await control('GET', '/requests');
    expect(body.total).toBe(3);
    expect(body.byProvider).toEqual({ openai: 3 });
    expect(body.byModel).toEqual({ openai: { 'emulated-strong': 2, 'emulated-weak': 1 } });
    expect(body.recent).toHaveLength(3);
  });

  it('rejects an unparseable fault header in the provider error shape', async () => {
    const error = await openai(emu.current)
      .chat.completions.create(
        { model: 'm', messages: [{ role: 'user', content: 'hi' }] },
        { headers: { 'x-emulator-fault': 'kaboom' } },
      )
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 400, type: 'invalid_request_error' });
    expect(String((error as Error).message)).toContain('unknown kind');
  });

  it('answers unknown routes with 404', async () => {
    expect((await control('GET', '/nope')).status).toBe(404);
    expect((await fetch(`${emu.current.url}/v2/whatever`)).status).toBe(404);
  });
});

describe('latency', () => {
  it('paces streams by time to first token and tokens per second', async () => {
    await control('PUT', '/latency', { timeToFirstTokenMs: 150, tokensPerSecond: 200 });
    const arrivals: number[] = [];
    const started = Date.now();
    await openaiAdapter?.call(emu.current, {
      stream: true,
      prompt: 'Does aspirin reduce the risk of heart attack? Answer yes or no.',
      onText: () => arrivals.push(Date.now() - started),
    });
    const tokens = arrivals.length;
    expect(tokens).toBeGreaterThan(30);
    expect(arrivals[0]).toBeGreaterThanOrEqual(140);
    // (tokens - 1) gaps of 5 ms after the first token.
    expect(arrivals.at(-1)! - arrivals[0]!).toBeGreaterThanOrEqual((tokens - 1) * 5 - 20);
  });

  it('sends stream headers at once and the first token after the TTFT', async () => {
    emu.current.setLatency({ timeToFirstTokenMs: 300, tokensPerSecond: 0 });
    const started = Date.now();
    const res = await fetch(`${emu.current.url}/v1/chat/completions`, {
      method: 'POST',
      body: JSON.stringify({ model: 'm', stream: true, messages: [{ role: 'user', content: 'hi' }] }),
    });
    expect(Date.now() - started).toBeLessThan(250);
    const reader = res.body!.getReader();
    await reader.read();
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
    await reader.cancel();
  });

  it('delays a non-streaming answer by the whole generation time', async () => {
    emu.current.setLatency({ timeToFirstTokenMs: 100, tokensPerSecond: 1000 });
    const started = Date.now();
    const res = await ask('emulated-strong');
    expect(Date.now() - started).toBeGreaterThanOrEqual(100 + (res.usage?.completion_tokens ?? 0) - 10);
  });

  it('uses the fixture profile when no global latency is set', async () => {
    const local = await startEmulator();
    try {
      const started = Date.now();
      await openaiAdapter?.call(local, {
        stream: false,
        model: 'emulated-cheap',
        prompt: 'What is 144 / 12?',
      });
      // emulated-cheap: 150 ms to the first token.
      expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    } finally {
      await local.close();
    }
  });

  it('resets to fixture profiles with PUT null', async () => {
    expect((await control('PUT', '/latency', null)).body).toEqual({ ok: true, latency: null });
    expect((await control('GET', '/latency')).body.latency).toBeNull();
    emu.current.setLatency(NO_LATENCY);
  });
});
