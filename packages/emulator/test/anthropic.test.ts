import Anthropic from '@anthropic-ai/sdk';
import { describe, expect, it } from 'vitest';
import { anthropic, LONG_SYSTEM, useEmulator } from './helpers';

const emu = useEmulator();
const ask = (content: string) => [{ role: 'user' as const, content }];

describe('Anthropic messages', () => {
  it('answers with usage and a request-id header', async () => {
    const { data, response } = await anthropic(emu.current)
      .messages.create({
        model: 'emulated-strong',
        max_tokens: 200,
        messages: ask('Does aspirin reduce the risk of heart attack? Answer yes or no.'),
      })
      .withResponse();
    expect(data.type).toBe('message');
    expect(data.id).toMatch(/^msg_/);
    expect(data.role).toBe('assistant');
    expect(data.stop_reason).toBe('end_turn');
    const block = data.content[0];
    expect(block?.type === 'text' && block.text).toMatch(/^Yes\./);
    expect(data.usage.input_tokens).toBeGreaterThan(0);
    expect(data.usage.output_tokens).toBeGreaterThan(10);
    expect(data.usage.cache_read_input_tokens).toBe(0);
    expect(response.headers.get('request-id')).toMatch(/^req_/);
  });

  it('streams the full event sequence and the SDK assembles the final message', async () => {
    const client = anthropic(emu.current);
    const stream = await client.messages.create({
      model: 'emulated-cheap',
      max_tokens: 100,
      messages: ask('What is the capital of France?'),
      stream: true,
    });
    const types: string[] = [];
    for await (const event of stream) types.push(event.type);
    expect(types[0]).toBe('message_start');
    expect(types[1]).toBe('content_block_start');
    expect(types.filter((t) => t === 'content_block_delta')).toHaveLength(1);
    expect(types.slice(-3)).toEqual(['content_block_stop', 'message_delta', 'message_stop']);

    const helper = client.messages.stream({
      model: 'emulated-strong',
      max_tokens: 1000,
      messages: ask('Open-source vs proprietary LLM: which should a startup choose?'),
    });
    const final = await helper.finalMessage();
    expect(final.stop_reason).toBe('end_turn');
    expect(final.usage.output_tokens).toBeGreaterThan(100);
    const text = final.content[0]?.type === 'text' ? final.content[0].text : '';
    expect(text).toMatch(/^It depends on three things/);
  });

  it('maps limits to max_tokens and stop_sequence', async () => {
    const client = anthropic(emu.current);
    const prompt = ask('Open-source vs proprietary LLM: which should a startup choose?');
    const long = await client.messages.create({ model: 'emulated-strong', max_tokens: 3, messages: prompt });
    expect(long.stop_reason).toBe('max_tokens');
    expect(long.usage.output_tokens).toBe(3);
    const stopped = await client.messages.create({
      model: 'emulated-strong',
      max_tokens: 500,
      messages: prompt,
      stop_sequences: ['three'],
    });
    expect(stopped.stop_reason).toBe('stop_sequence');
    expect(stopped.stop_sequence).toBe('three');
    expect(stopped.content[0]?.type === 'text' && stopped.content[0].text).toBe('It depends on ');
  });

  it('simulates prompt caching: creation when marked, then reads excluded from input_tokens', async () => {
    const client = anthropic(emu.current);
    const request = {
      model: 'emulated-strong',
      max_tokens: 50,
      system: [{ type: 'text' as const, text: LONG_SYSTEM, cache_control: { type: 'ephemeral' as const } }],
      messages: ask('What is the capital of Japan?'),
    };
    const first = await client.messages.create(request);
    const second = await client.messages.create(request);
    const written = first.usage.cache_creation_input_tokens ?? 0;
    expect(written).toBeGreaterThan(100);
    expect(first.usage.cache_read_input_tokens).toBe(0);
    expect(second.usage.cache_read_input_tokens).toBe(written);
    expect(second.usage.cache_creation_input_tokens).toBe(0);
    // input_tokens excludes the cached part on both sides.
    expect(second.usage.input_tokens).toBe(first.usage.input_tokens);
    expect(second.usage.input_tokens).toBeLessThan(written);
  });

  it('reports cache usage in the streamed message_delta too', async () => {
    const client = anthropic(emu.current);
    const request = {
      model: 'emulated-cheap',
      max_tokens: 50,
      system: [{ type: 'text' as const, text: LONG_SYSTEM, cache_control: { type: 'ephemeral' as const } }],
      messages: ask('What is 15% of 80?'),
    };
    await client.messages.create(request);
    const final = await client.messages.stream(request).finalMessage();
    expect(final.usage.cache_read_input_tokens).toBeGreaterThan(100);
  });

  it('counts tokens and lists models', async () => {
    const client = anthropic(emu.current);
    const counted = await client.messages.countTokens({ model: 'x', messages: ask('one two three') });
    expect(counted.input_tokens).toBe(3);
    const models = await client.models.list();
    expect(models.data.map((m) => m.id)).toContain('emulated-strong');
    expect(models.data[0]?.type).toBe('model');
  });

  it('rejects bad-key with authentication_error', async () => {
    const error = await anthropic(emu.current, 'bad-key')
      .messages.create({ model: 'emulated-cheap', max_tokens: 10, messages: ask('hi') })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Anthropic.AuthenticationError);
    expect((error as InstanceType<typeof Anthropic.APIError>).type).toBe('authentication_error');
  });

  it('sends an in-stream error event for an error fault with afterChunks', async () => {
    const stream = await anthropic(emu.current).messages.create(
      {
        model: 'emulated-strong',
        max_tokens: 200,
        messages: ask('Open-source vs proprietary LLM: which should a startup choose?'),
        stream: true,
      },
      { headers: { 'x-emulator-fault': 'overloaded;after-chunks=3' } },
    );
    let deltas = 0;
    const error = await (async () => {
      for await (const event of stream) if (event.type === 'content_block_delta') deltas += 1;
    })().catch((e: unknown) => e);
    expect(deltas).toBe(3);
    expect(error).toBeInstanceOf(Anthropic.APIError);
    expect((error as InstanceType<typeof Anthropic.APIError>).type).toBe('overloaded_error');
  });
});
