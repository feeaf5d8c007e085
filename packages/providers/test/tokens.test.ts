import { afterAll, describe, expect, it } from 'vitest';
import {
  closeTokenCounters,
  countChatTokens,
  countChatTokensAsync,
  countTokens,
  countTokensAsync,
} from '../src/tokens/index';

afterAll(async () => {
  await closeTokenCounters();
});

/** About 1 MiB of varied English-like text (a fixed pseudo-random word sequence). */
function megabytePrompt(): string {
  const words = [
    'cost',
    'model',
    'latency',
    'the',
    'evaluation',
    'of',
    'tokens',
    'prompt',
    '42',
    'régression',
  ];
  const parts: string[] = [];
  let seed = 7;
  let length = 0;
  while (length < 1024 * 1024) {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    const word = words[seed % words.length]!;
    parts.push(word);
    length += word.length + 1;
  }
  return parts.join(' ');
}

describe('countTokens', () => {
  it('counts OpenAI models exactly with their tiktoken encoding', () => {
    expect(countTokens('hello world', { provider: 'openai', model: 'gpt-4' })).toEqual({
      tokens: 2,
      isEstimate: false,
      method: 'tiktoken:cl100k_base',
    });
    expect(countTokens('hello world', { provider: 'openai', model: 'gpt-4o' })).toEqual({
      tokens: 2,
      isEstimate: false,
      method: 'tiktoken:o200k_base',
    });
  });

  it('picks cl100k_base for GPT-4, GPT-3.5 and embeddings and o200k_base for newer or unknown models', () => {
    // "こんにちは世界" is 4 tokens in cl100k_base and 2 in o200k_base.
    const method = (model: string) => countTokens('こんにちは世界', { provider: 'openai', model });
    expect(method('gpt-3.5-turbo-0125')).toMatchObject({ tokens: 4, method: 'tiktoken:cl100k_base' });
    expect(method('gpt-4-turbo')).toMatchObject({ tokens: 4, method: 'tiktoken:cl100k_base' });
    expect(method('text-embedding-3-small')).toMatchObject({ tokens: 4, method: 'tiktoken:cl100k_base' });
    expect(method('gpt-4.1-mini')).toMatchObject({ tokens: 2, method: 'tiktoken:o200k_base' });
    expect(method('gpt-4o-2024-08-06')).toMatchObject({ tokens: 2, method: 'tiktoken:o200k_base' });
    expect(method('o4-mini')).toMatchObject({ tokens: 2, method: 'tiktoken:o200k_base' });
    expect(method('gpt-5.6')).toMatchObject({ tokens: 2, method: 'tiktoken:o200k_base' });
    expect(method('gpt-7-preview')).toMatchObject({ tokens: 2, method: 'tiktoken:o200k_base' });
  });

  it('marks other providers as estimates scaled from a tiktoken count', () => {
    const hello = (provider: Parameters<typeof countTokens>[1]['provider'], model: string) =>
      countTokens('hello world', { provider, model });
    // o200k gives 2; Claude ×1.2 → ⌈2.4⌉ = 3; Gemini ×1.1 → ⌈2.2⌉ = 3; generic ×1.15 → ⌈2.3⌉ = 3
    expect(hello('anthropic', 'claude-sonnet-4-5')).toEqual({
      tokens: 3,
      isEstimate: true,
      method: 'estimate:o200k_base*1.2',
    });
    expect(hello('gemini', 'gemini-2.5-flash')).toEqual({
      tokens: 3,
      isEstimate: true,
      method: 'estimate:o200k_base*1.1',
    });
    expect(hello('bedrock', 'us.anthropic.claude-sonnet-4-5-20250929-v1:0').method).toBe(
      'estimate:o200k_base*1.2',
    );
    expect(hello('bedrock', 'meta.llama3-1-8b-instruct-v1:0')).toEqual({
      tokens: 2,
      isEstimate: true,
      method: 'estimate:cl100k_base',
    });
    expect(hello('bedrock', 'amazon.nova-pro-v1:0').method).toBe('estimate:o200k_base*1.15');
    expect(hello('openai_compatible', 'llama3.1:8b')).toEqual({
      tokens: 3,
      isEstimate: true,
      method: 'estimate:o200k_base*1.15',
    });
    expect(hello('openai_compatible', 'gpt-4o-mini')).toEqual({
      tokens: 2,
      isEstimate: true,
      method: 'estimate:o200k_base',
    });
    expect(hello('emulated', 'emulated-strong')).toEqual({
      tokens: 2,
      isEstimate: true,
      method: 'estimate:o200k_base',
    });
  });

  it('counts special-token strings in user text as ordinary text', () => {
    expect(countTokens('<|endoftext|>', { provider: 'openai', model: 'gpt-4o' }).tokens).toBe(7);
  });
});

describe('countChatTokens', () => {
  it('adds OpenAI’s per-message and reply overhead', () => {
    const count = countChatTokens(
      [{ role: 'user', content: 'hello world' }],
      'You are a helpful assistant.',
      {
        provider: 'openai',
        model: 'gpt-4o',
      },
    );
    // system: 3 + "system" 1 + "You are a helpful assistant." 6 = 10; user: 3 + "user" 1 + "hello world" 2 = 6;
    // reply primer 3; total 19
    expect(count).toEqual({ tokens: 19, isEstimate: false, method: 'tiktoken:o200k_base' });
  });

  it('scales the whole framed count for estimated providers', () => {
    const count = countChatTokens([{ role: 'user', content: 'hello world' }], undefined, {
      provider: 'anthropic',
      model: 'claude-haiku-4-5',
    });
    // 3 + 1 + 2 + 3 = 9 in o200k; × 1.2 = 10.8 → 11
    expect(count).toEqual({ tokens: 11, isEstimate: true, method: 'estimate:o200k_base*1.2' });
  });
});

describe('countTokensAsync', () => {
  const options = { provider: 'openai', model: 'gpt-4o' } as const;

  it('gives the same result as countTokens for small texts', async () => {
    await expect(countTokensAsync('hello world', options)).resolves.toEqual(
      countTokens('hello world', options),
    );
  });

  it('counts a 1 MB prompt without stalling the event loop', async () => {
    const prompt = megabytePrompt();
    let last = performance.now();
    let largestGapMs = 0;
    let ticks = 0;
    const timer = setInterval(() => {
      const now = performance.now();
      largestGapMs = Math.max(largestGapMs, now - last);
      last = now;
      ticks++;
    }, 10);
    try {
      const result = await countTokensAsync(prompt, options);
      expect(result.isEstimate).toBe(false);
      expect(result.tokens).toBeGreaterThan(100_000);
      // Counted inline, the whole count would run before the first tick.
      expect(ticks).toBeGreaterThan(0);
      expect(largestGapMs).toBeLessThan(200);
      // Counted inline only now that the measurement is over.
      expect(result.tokens).toBe(countTokens(prompt, options).tokens);
    } finally {
      clearInterval(timer);
    }
  });

  it('counts chat messages with large contents like countChatTokens', async () => {
    const messages = [
      { role: 'user', content: megabytePrompt() },
      { role: 'assistant', content: 'Noted.' },
    ];
    const anthropic = { provider: 'anthropic', model: 'claude-sonnet-4-5' } as const;
    const expected = countChatTokens(messages, 'Be brief.', anthropic);
    await expect(countChatTokensAsync(messages, 'Be brief.', anthropic)).resolves.toEqual(expected);
  });

  it('rejects counts in flight when the pool closes, and restarts on the next count', async () => {
    const inFlight = countTokensAsync(megabytePrompt(), { provider: 'openai', model: 'gpt-4' });
    await closeTokenCounters();
    await expect(inFlight).rejects.toThrow(/worker stopped/);
    const big = 'hello world '.repeat(10_000);
    await expect(countTokensAsync(big, options)).resolves.toEqual(countTokens(big, options));
  });
});
