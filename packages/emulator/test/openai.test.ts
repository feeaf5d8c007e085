import { APIConnectionError, APIError } from 'openai';
import { describe, expect, it } from 'vitest';
import { LONG_SYSTEM, openai, useEmulator } from './helpers';

const emu = useEmulator();
const ask = (content: string) => [{ role: 'user' as const, content }];

describe('OpenAI chat completions', () => {
  it('answers a scripted question with usage', async () => {
    const res = await openai(emu.current).chat.completions.create({
      model: 'emulated-strong',
      messages: ask('What is the capital of Australia?'),
    });
    expect(res.object).toBe('chat.completion');
    expect(res.id).toMatch(/^chatcmpl-/);
    expect(res.model).toBe('emulated-strong');
    expect(res.choices[0]?.message.content).toBe('Canberra.');
    expect(res.choices[0]?.finish_reason).toBe('stop');
    expect(res.usage?.prompt_tokens).toBeGreaterThan(0);
    expect(res.usage?.total_tokens).toBe(
      (res.usage?.prompt_tokens ?? 0) + (res.usage?.completion_tokens ?? 0),
    );
    expect(res.usage?.prompt_tokens_details?.cached_tokens).toBe(0);
    expect(res._request_id).toMatch(/^req_/);
  });

  it('streams chunks, the final usage chunk, and [DONE]', async () => {
    const stream = await openai(emu.current).chat.completions.create({
      model: 'emulated-weak',
      messages: ask('Does aspirin reduce the risk of heart attack? Answer yes or no.'),
      stream: true,
      stream_options: { include_usage: true },
    });
    let text = '';
    let finish: string | null = null;
    let usage: { completion_tokens: number } | null | undefined;
    let chunks = 0;
    for await (const chunk of stream) {
      chunks += 1;
      text += chunk.choices[0]?.delta.content ?? '';
      finish = chunk.choices[0]?.finish_reason ?? finish;
      if (chunk.usage) usage = chunk.usage;
    }
    expect(text).toMatch(/no\.$/);
    expect(finish).toBe('stop');
    expect(usage?.completion_tokens).toBeGreaterThan(10);
    // role chunk + one chunk per token + finish chunk + usage chunk
    expect(chunks).toBe((usage?.completion_tokens ?? 0) + 3);
  });

  it('accumulates a stream with the SDK helper', async () => {
    const runner = openai(emu.current).chat.completions.stream({
      model: 'emulated-cheap',
      messages: ask('What is 17 x 23?'),
      stream_options: { include_usage: true },
    });
    const final = await runner.finalChatCompletion();
    expect(final.choices[0]?.message.content).toBe('391');
    expect(final.usage?.completion_tokens).toBe(1);
  });

  it('is deterministic, and strong and weak disagree on demo questions', async () => {
    const client = openai(emu.current);
    const run = async (model: string, content: string) =>
      (await client.chat.completions.create({ model, messages: ask(content) })).choices[0]?.message.content;
    const prompt = 'Tell me something about evaluation datasets.';
    expect(await run('some-unknown-model', prompt)).toBe(await run('some-unknown-model', prompt));
    expect(await run('some-unknown-model', prompt)).not.toBe(await run('another-model', prompt));
    expect(await run('emulated-strong', 'What is the capital of Canada?')).toBe('Ottawa.');
    expect(await run('emulated-weak', 'What is the capital of Canada?')).toBe('Toronto');
  });

  it('honours max_tokens and stop sequences', async () => {
    const client = openai(emu.current);
    const long = await client.chat.completions.create({
      model: 'emulated-strong',
      messages: ask('Open-source vs proprietary LLM: which should a startup choose?'),
      max_tokens: 5,
    });
    expect(long.choices[0]?.finish_reason).toBe('length');
    expect(long.usage?.completion_tokens).toBe(5);
    // "depends" is two emulated tokens (letter runs are capped at six).
    expect(long.choices[0]?.message.content).toBe('It depends on three');
    const stopped = await client.chat.completions.create({
      model: 'emulated-strong',
      messages: ask('Open-source vs proprietary LLM: which should a startup choose?'),
      stop: [':'],
    });
    expect(stopped.choices[0]?.finish_reason).toBe('stop');
    expect(stopped.choices[0]?.message.content).toBe('It depends on three things');
  });

  it('reports cached prompt tokens inside prompt_tokens on a repeated long system prompt', async () => {
    const client = openai(emu.current);
    const request = {
      model: 'emulated-cheap',
      messages: [{ role: 'system' as const, content: LONG_SYSTEM }, ...ask('What is the capital of Japan?')],
    };
    const first = await client.chat.completions.create(request);
    const second = await client.chat.completions.create(request);
    expect(first.usage?.prompt_tokens_details?.cached_tokens).toBe(0);
    const cached = second.usage?.prompt_tokens_details?.cached_tokens ?? 0;
    expect(cached).toBeGreaterThan(100);
    expect(second.usage?.prompt_tokens).toBe(first.usage?.prompt_tokens);
    expect(cached).toBeLessThan(second.usage?.prompt_tokens ?? 0);
  });

  it('reports reasoning tokens inside completion_tokens for reasoning models', async () => {
    const res = await openai(emu.current).chat.completions.create({
      model: 'o4-mini',
      messages: ask('What is 144 / 12?'),
    });
    const reasoning = res.usage?.completion_tokens_details?.reasoning_tokens ?? 0;
    expect(reasoning).toBeGreaterThan(0);
    expect(res.usage?.completion_tokens).toBeGreaterThan(reasoning);
  });

  it('embeds deterministically, as floats or as the SDK default base64', async () => {
    const client = openai(emu.current);
    const a = await client.embeddings.create({
      model: 'text-embedding-3-small',
      input: ['hello world', 'hello'],
    });
    const b = await client.embeddings.create({
      model: 'text-embedding-3-small',
      input: 'hello world',
      encoding_format: 'float',
    });
    expect(a.data).toHaveLength(2);
    expect(a.data[0]?.embedding).toHaveLength(256);
    const va = a.data[0]?.embedding ?? [];
    const vb = b.data[0]?.embedding ?? [];
    for (const [i, v] of va.entries()) expect(v).toBeCloseTo(vb[i] ?? Number.NaN, 5);
    expect(Math.hypot(...vb)).toBeCloseTo(1, 5);
    expect(a.usage.prompt_tokens).toBe(3);
    const small = await client.embeddings.create({
      model: 'm',
      input: 'x',
      dimensions: 8,
      encoding_format: 'float',
    });
    expect(small.data[0]?.embedding).toHaveLength(8);
  });

  it('lists the emulated models', async () => {
    const page = await openai(emu.current).models.list();
    expect(page.data.map((m) => m.id)).toEqual(['emulated-strong', 'emulated-cheap', 'emulated-weak']);
  });

  it('rejects bad-key with 401 invalid_api_key, on models.list too', async () => {
    const client = openai(emu.current, 'bad-key');
    const error = await client.models.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIError);
    expect((error as APIError).status).toBe(401);
    expect((error as APIError).code).toBe('invalid_api_key');
  });

  it('answers the per-request fault header', async () => {
    const error = await openai(emu.current)
      .chat.completions.create(
        { model: 'emulated-cheap', messages: ask('hi') },
        { headers: { 'x-emulator-fault': 'rate_limited;retry-after=7' } },
      )
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIError);
    expect((error as APIError).status).toBe(429);
    expect((error as APIError).headers?.get('retry-after')).toBe('7');
    expect((error as APIError).headers?.get('retry-after-ms')).toBe('7000');
    expect((error as APIError).code).toBe('rate_limit_exceeded');
  });

  it('validates the request like the API (400 invalid_request_error)', async () => {
    const error = await openai(emu.current)
      .chat.completions.create({ model: 'emulated-cheap', messages: [] })
      .catch((e: unknown) => e);
    expect((error as APIError).status).toBe(400);
    expect((error as APIError).type).toBe('invalid_request_error');
  });

  it('fails a connection-level cut as a connection error', async () => {
    emu.current.injectFault({ kind: 'stream_cut', provider: 'openai' });
    const error = await openai(emu.current)
      .chat.completions.create({ model: 'emulated-cheap', messages: ask('hi') })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIConnectionError);
  });
});
