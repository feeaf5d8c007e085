import {
  ConverseCommand,
  type ConverseCommandInput,
  ConverseStreamCommand,
  type ConverseStreamOutput,
} from '@aws-sdk/client-bedrock-runtime';
import { describe, expect, it } from 'vitest';
import { bedrock, LONG_SYSTEM, useEmulator } from './helpers';

const emu = useEmulator();
const MODEL = 'us.anthropic.claude-3-5-haiku-20241022-v1:0';
const ask = (text: string): ConverseCommandInput['messages'] => [{ role: 'user', content: [{ text }] }];

async function collect(stream: AsyncIterable<ConverseStreamOutput> | undefined) {
  const events: ConverseStreamOutput[] = [];
  for await (const event of stream ?? []) events.push(event);
  return events;
}

describe('Bedrock Converse', () => {
  it('answers with usage, metrics and the decoded model id', async () => {
    const res = await bedrock(emu.current).send(
      new ConverseCommand({ modelId: 'emulated-strong', messages: ask('What is the capital of Australia?') }),
    );
    expect(res.output?.message?.content?.[0]?.text).toBe('Canberra.');
    expect(res.stopReason).toBe('end_turn');
    expect(res.usage?.inputTokens).toBeGreaterThan(0);
    expect(res.usage?.totalTokens).toBe((res.usage?.inputTokens ?? 0) + (res.usage?.outputTokens ?? 0));
    expect(res.metrics?.latencyMs).toBeGreaterThanOrEqual(0);
    expect(res.$metadata.requestId).toMatch(/^[0-9a-f-]{36}$/);
    await bedrock(emu.current).send(new ConverseCommand({ modelId: MODEL, messages: ask('hello') }));
    expect(emu.current.requestCount({ provider: 'bedrock', model: MODEL })).toBe(1);
  });

  it('streams event-stream frames (the SDK speaks h2c on http:// endpoints)', async () => {
    const res = await bedrock(emu.current).send(
      new ConverseStreamCommand({ modelId: MODEL, messages: ask('Summarize why evaluation matters.') }),
    );
    const events = await collect(res.stream);
    expect(events[0]?.messageStart?.role).toBe('assistant');
    const text = events.map((e) => e.contentBlockDelta?.delta?.text ?? '').join('');
    expect(text.length).toBeGreaterThan(10);
    const stop = events.find((e) => e.messageStop)?.messageStop;
    expect(stop?.stopReason).toBe('end_turn');
    const metadata = events.at(-1)?.metadata;
    expect(metadata?.usage?.outputTokens).toBe(events.filter((e) => e.contentBlockDelta).length);
    expect(metadata?.metrics?.latencyMs).toBeGreaterThanOrEqual(0);
    expect(events.some((e) => e.contentBlockStop)).toBe(true);
  });

  it('serves the same port over HTTP/1.1 too', async () => {
    const res = await fetch(`${emu.current.url}/model/emulated-strong/converse`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ messages: ask('What is the capital of France?') }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-amzn-requestid')).toBeTruthy();
    const body = (await res.json()) as { output: { message: { content: { text: string }[] } } };
    expect(body.output.message.content[0]?.text).toBe('Paris.');
  });

  it('is deterministic for the same input', async () => {
    const client = bedrock(emu.current);
    const run = async () =>
      (
        await client.send(
          new ConverseCommand({ modelId: MODEL, messages: ask('Describe a baseline metric.') }),
        )
      ).output?.message?.content?.[0]?.text;
    expect(await run()).toBe(await run());
  });

  it('maps maxTokens and stopSequences to stopReason', async () => {
    const client = bedrock(emu.current);
    const question = ask('Open-source vs proprietary LLM: which should a startup choose?');
    const long = await client.send(
      new ConverseCommand({
        modelId: 'emulated-strong',
        messages: question,
        inferenceConfig: { maxTokens: 4 },
      }),
    );
    expect(long.stopReason).toBe('max_tokens');
    expect(long.usage?.outputTokens).toBe(4);
    const stopped = await client.send(
      new ConverseStreamCommand({
        modelId: 'emulated-strong',
        messages: question,
        inferenceConfig: { stopSequences: ['three'] },
      }),
    );
    const events = await collect(stopped.stream);
    expect(events.find((e) => e.messageStop)?.messageStop?.stopReason).toBe('stop_sequence');
  });

  it('simulates prompt caching with cachePoint: writes, then reads excluded from inputTokens', async () => {
    const client = bedrock(emu.current);
    const input: ConverseCommandInput = {
      modelId: MODEL,
      system: [{ text: LONG_SYSTEM }, { cachePoint: { type: 'default' } }],
      messages: ask('What is the capital of Japan?'),
    };
    const first = await client.send(new ConverseCommand(input));
    const second = await client.send(new ConverseCommand(input));
    const written = first.usage?.cacheWriteInputTokens ?? 0;
    expect(written).toBeGreaterThan(100);
    expect(second.usage?.cacheReadInputTokens).toBe(written);
    expect(second.usage?.inputTokens).toBe(first.usage?.inputTokens);
    expect(second.usage?.inputTokens).toBeLessThan(written);
    expect(second.usage?.totalTokens).toBe(
      (second.usage?.inputTokens ?? 0) + (second.usage?.outputTokens ?? 0) + written,
    );
  });

  it('rejects a bad Bedrock API key (bearer token) with AccessDeniedException', async () => {
    const res = await fetch(`${emu.current.url}/model/${encodeURIComponent(MODEL)}/converse`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer bad-key' },
      body: JSON.stringify({ messages: ask('hi') }),
    });
    expect(res.status).toBe(403);
    expect(res.headers.get('x-amzn-errortype')).toMatch(/^AccessDeniedException:/);
    expect(await res.json()).toEqual({ message: expect.any(String) });
  });

  it('rejects bad credentials with UnrecognizedClientException (403)', async () => {
    const error = await bedrock(emu.current, 'bad-key')
      .send(new ConverseCommand({ modelId: MODEL, messages: ask('hi') }))
      .catch((e: unknown) => e);
    expect((error as Error).name).toBe('UnrecognizedClientException');
    expect((error as { $metadata: { httpStatusCode: number } }).$metadata.httpStatusCode).toBe(403);
  });
});
