import { ApiError, FinishReason } from '@google/genai';
import { describe, expect, it } from 'vitest';
import { gemini, LONG_SYSTEM, useEmulator } from './helpers';

const emu = useEmulator();

describe('Gemini generateContent', () => {
  it('answers with usageMetadata', async () => {
    const res = await gemini(emu.current).models.generateContent({
      model: 'emulated-strong',
      contents: 'What is the capital of Australia?',
    });
    expect(res.text).toBe('Canberra.');
    expect(res.candidates?.[0]?.finishReason).toBe(FinishReason.STOP);
    const usage = res.usageMetadata;
    expect(usage?.promptTokenCount).toBeGreaterThan(0);
    expect(usage?.candidatesTokenCount).toBe(3);
    expect(usage?.totalTokenCount).toBe((usage?.promptTokenCount ?? 0) + (usage?.candidatesTokenCount ?? 0));
    expect(res.modelVersion).toBe('emulated-strong');
  });

  it('streams SSE chunks with usage on the last one', async () => {
    const stream = await gemini(emu.current).models.generateContentStream({
      model: 'emulated-weak',
      contents: 'Does aspirin reduce the risk of heart attack? Answer yes or no.',
    });
    let text = '';
    let chunks = 0;
    let last: Awaited<ReturnType<typeof stream.next>>['value'];
    for await (const chunk of stream) {
      chunks += 1;
      text += chunk.text ?? '';
      last = chunk;
    }
    expect(text).toMatch(/no\.$/);
    expect(last?.candidates?.[0]?.finishReason).toBe(FinishReason.STOP);
    expect(last?.usageMetadata?.candidatesTokenCount).toBe(chunks);
  });

  it('serves a JSON array without alt=sse', async () => {
    const res = await fetch(`${emu.current.url}/v1beta/models/emulated-cheap:streamGenerateContent`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-goog-api-key': 'k' },
      body: JSON.stringify({
        contents: [{ role: 'user', parts: [{ text: 'What is the capital of Japan?' }] }],
      }),
    });
    const chunks = (await res.json()) as { candidates: { content: { parts: { text: string }[] } }[] }[];
    expect(chunks.map((c) => c.candidates[0]?.content.parts[0]?.text).join('')).toBe('Tokyo');
  });

  it('honours maxOutputTokens, stop sequences and a system instruction', async () => {
    const client = gemini(emu.current);
    const contents = 'Open-source vs proprietary LLM: which should a startup choose?';
    const long = await client.models.generateContent({
      model: 'emulated-strong',
      contents,
      config: { maxOutputTokens: 2 },
    });
    expect(long.candidates?.[0]?.finishReason).toBe(FinishReason.MAX_TOKENS);
    expect(long.text).toBe('It depend');
    const stopped = await client.models.generateContent({
      model: 'emulated-strong',
      contents,
      config: { stopSequences: [' on'], systemInstruction: 'Be brief.' },
    });
    expect(stopped.candidates?.[0]?.finishReason).toBe(FinishReason.STOP);
    expect(stopped.text).toBe('It depends');
  });

  it('counts cached tokens inside promptTokenCount and thoughts outside candidatesTokenCount', async () => {
    const client = gemini(emu.current);
    const request = {
      model: 'gemini-reasoning-pro',
      contents: 'What is the capital of Japan?',
      config: { systemInstruction: LONG_SYSTEM },
    };
    const first = await client.models.generateContent(request);
    const second = await client.models.generateContent(request);
    expect(first.usageMetadata?.cachedContentTokenCount).toBeUndefined();
    const usage = second.usageMetadata;
    expect(usage?.cachedContentTokenCount).toBeGreaterThan(100);
    expect(usage?.promptTokenCount).toBe(first.usageMetadata?.promptTokenCount);
    expect(usage?.cachedContentTokenCount).toBeLessThan(usage?.promptTokenCount ?? 0);
    const thoughts = usage?.thoughtsTokenCount ?? 0;
    expect(thoughts).toBeGreaterThan(0);
    expect(usage?.totalTokenCount).toBe(
      (usage?.promptTokenCount ?? 0) + (usage?.candidatesTokenCount ?? 0) + thoughts,
    );
  });

  it('embeds one and many texts deterministically', async () => {
    const client = gemini(emu.current);
    const one = await client.models.embedContent({ model: 'text-embedding-004', contents: 'hello world' });
    const many = await client.models.embedContent({
      model: 'text-embedding-004',
      contents: ['hello world', 'something else'],
      config: { outputDimensionality: 64 },
    });
    expect(one.embeddings?.[0]?.values).toHaveLength(256);
    expect(many.embeddings).toHaveLength(2);
    expect(many.embeddings?.[0]?.values).toHaveLength(64);
    const raw = await fetch(`${emu.current.url}/v1beta/models/text-embedding-004:embedContent`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ content: { parts: [{ text: 'hello world' }] } }),
    });
    const single = (await raw.json()) as { embedding: { values: number[] } };
    expect(single.embedding.values).toEqual(one.embeddings?.[0]?.values);
  });

  it('counts tokens and lists models', async () => {
    const client = gemini(emu.current);
    const counted = await client.models.countTokens({ model: 'emulated-cheap', contents: 'one two three' });
    expect(counted.totalTokens).toBe(3);
    const pager = await client.models.list();
    const names: string[] = [];
    for await (const model of pager) names.push(model.name ?? '');
    expect(names).toContain('models/emulated-strong');
  });

  it('rejects bad-key with 401 UNAUTHENTICATED', async () => {
    const error = await gemini(emu.current, 'bad-key')
      .models.generateContent({ model: 'emulated-cheap', contents: 'hi' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(401);
    expect((error as ApiError).message).toContain('UNAUTHENTICATED');
  });
});
