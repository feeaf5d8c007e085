import { describe, expect, it } from 'vitest';
import { answerFor } from '../src/answers';
import { embed } from '../src/embeddings';
import { parseFaultHeader } from '../src/faults';
import { DEMO_DATASET, EMULATED_MODELS } from '../src/index';
import { countTokens, tokenize } from '../src/tokens';
import type { ChatRequest } from '../src/types';

const request = (model: string, text: string): ChatRequest => ({
  model,
  system: '',
  messages: [{ role: 'user', text }],
  maxTokens: undefined,
  stopSequences: [],
  stream: false,
  cacheMarked: false,
});

describe('tokens', () => {
  it('splits into pieces that concatenate back to the text', () => {
    const text = '  Hello, world!\nInternationalization costs 3.5 units…  ';
    expect(tokenize(text).join('')).toBe(text);
    expect(tokenize('Hello, world!')).toEqual(['Hello', ',', ' world', '!']);
    expect(countTokens('internationalization')).toBe(4);
    expect(countTokens('')).toBe(0);
  });
});

describe('answers', () => {
  it('exposes the fixture models', () => {
    expect(EMULATED_MODELS.map((m) => m.id)).toEqual(['emulated-strong', 'emulated-cheap', 'emulated-weak']);
    expect(EMULATED_MODELS.every((m) => m.contextWindow > 0)).toBe(true);
  });

  it('has a demo dataset where strong is always right, cheap mostly and weak often wrong', () => {
    expect(DEMO_DATASET.length).toBeGreaterThanOrEqual(10);
    const correct = (model: string) =>
      DEMO_DATASET.filter(({ question, expected }) => answerFor(request(model, question)).includes(expected))
        .length;
    expect(correct('emulated-strong')).toBe(DEMO_DATASET.length);
    expect(correct('emulated-cheap')).toBeGreaterThanOrEqual(DEMO_DATASET.length - 2);
    expect(correct('emulated-weak')).toBeLessThanOrEqual(DEMO_DATASET.length - 3);
  });

  it('matches scripted prompts loosely and generates the rest deterministically', () => {
    const essay =
      'Please score this essay from 1 to 5.\n\nEssay: Cities should invest in bike lanes because…';
    expect(answerFor(request('emulated-strong', essay))).toMatch(/^Score: [1-5]/);
    expect(answerFor(request('emulated-weak', essay))).toMatch(/^Score: 5/);
    expect(answerFor(request('emulated-strong', 'WHAT IS THE   CAPITAL OF FRANCE'))).toBe('Paris.');
    const generated = answerFor(request('gpt-4o', 'Write a haiku about rain.'));
    expect(generated).toBe(answerFor(request('gpt-4o', 'Write a haiku about rain.')));
    expect(generated).not.toBe(answerFor(request('gpt-4o', 'Write a haiku about snow.')));
    expect(generated).toMatch(/^[A-Z].*\.$/);
  });
});

describe('embeddings', () => {
  it('are unit vectors, closer for texts that share words', () => {
    const dot = (a: number[], b: number[]) => a.reduce((sum, v, i) => sum + v * (b[i] ?? 0), 0);
    const cat = embed('the cat sat on the mat');
    expect(Math.hypot(...cat)).toBeCloseTo(1, 6);
    expect(dot(cat, embed('a cat sat on a mat'))).toBeGreaterThan(dot(cat, embed('quarterly revenue grew')));
    expect(embed('x', 32)).toHaveLength(32);
  });
});

describe('fault header', () => {
  it('parses kind and parameters', () => {
    expect(parseFaultHeader('stream_cut; after-chunks=4')).toEqual({
      ok: true,
      fault: { kind: 'stream_cut', retryAfterSeconds: 1, afterChunks: 4 },
    });
    expect(parseFaultHeader('rate_limited;retry-after=9')).toMatchObject({
      ok: true,
      fault: { retryAfterSeconds: 9 },
    });
    expect(parseFaultHeader('rate_limited;retry-after=soon')).toMatchObject({ ok: false });
    expect(parseFaultHeader('rate_limited;colour=red')).toMatchObject({ ok: false });
  });
});
