import { describe, expect, it } from 'vitest';
import { perTokenToPerMTok } from '../scripts/per-mtok';
import {
  catalogPrice,
  loadCatalog,
  matchCatalogModel,
  parseCatalog,
  type TCatalogModel,
} from '../src/catalog/index';
import { computeCost, projectCost } from '../src/cost/index';

const catalog = loadCatalog();

function find(provider: TCatalogModel['provider'], id: string): TCatalogModel {
  const model = catalog.find((entry) => entry.provider === provider && entry.id === id);
  if (!model) {
    throw new Error(`${provider} ${id} missing from the catalog`);
  }
  return model;
}

describe('catalog data file', () => {
  it('validates and covers every provider', () => {
    const providers = new Set(catalog.map((model) => model.provider));
    expect([...providers].sort()).toEqual(['anthropic', 'bedrock', 'emulated', 'gemini', 'openai']);
    expect(catalog.length).toBeGreaterThan(100);
    expect(catalog.length).toBeLessThan(400);
  });

  it('is sorted by provider, then id', () => {
    const keys = catalog.map((model) => `${model.provider}\u0000${model.id}`);
    expect(keys).toEqual([...keys].sort());
  });

  it('carries exact per-million-token prices converted from the per-token map', () => {
    expect(find('openai', 'gpt-4o').prices).toEqual({
      inputPerMTok: '2.5',
      outputPerMTok: '10',
      cachedInputPerMTok: '1.25',
    });
    expect(find('openai', 'gpt-4').prices).toEqual({ inputPerMTok: '30', outputPerMTok: '60' });
    expect(find('openai', 'gpt-3.5-turbo').prices).toEqual({ inputPerMTok: '0.5', outputPerMTok: '1.5' });
    expect(find('anthropic', 'claude-sonnet-4-5').prices).toEqual({
      inputPerMTok: '3',
      outputPerMTok: '15',
      cachedInputPerMTok: '0.3',
      cacheWritePerMTok: '3.75',
    });
    expect(find('bedrock', 'amazon.nova-2-pro-preview-20251202-v1:0').prices.cachedInputPerMTok).toBe(
      '0.546875',
    );
  });

  it('includes embedding models and the emulated models', () => {
    const embedding = find('openai', 'text-embedding-3-small');
    expect(embedding.mode).toBe('embedding');
    expect(embedding.maxOutputTokens).toBe(0);
    expect(find('gemini', 'gemini-embedding-001').mode).toBe('embedding');
    const emulated = catalog.filter((model) => model.provider === 'emulated').map((model) => model.id);
    expect(emulated.sort()).toEqual(['emulated-cheap', 'emulated-strong', 'emulated-weak']);
    expect(find('emulated', 'emulated-strong').source).toBe('Yardstick emulator (fictional prices)');
  });

  it('records provenance on every entry', () => {
    for (const model of catalog) {
      expect(model.effectiveFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(model.source.length).toBeGreaterThan(0);
    }
  });

  it('rejects a bad entry naming its index', () => {
    const good = find('openai', 'gpt-4o');
    const bad = { ...good, id: 'gpt-bad', prices: { inputPerMTok: '2.4999999', outputPerMTok: '10' } };
    expect(() => parseCatalog([good, bad])).toThrow(/entry #1 \("gpt-bad"\)/);
    expect(() => parseCatalog([good, { ...good, id: 'GPT-4O' }])).toThrow(
      /#1: duplicate openai model "GPT-4O"/,
    );
    expect(() => parseCatalog({})).toThrow(/array/);
  });

  it('freezes the shared entries', () => {
    expect(Object.isFrozen(find('openai', 'gpt-4o').prices)).toBe(true);
  });
});

describe('perTokenToPerMTok', () => {
  it('shifts the decimal point of the literal without float noise', () => {
    expect(perTokenToPerMTok(2.5e-6, 'x')).toBe('2.5');
    expect(perTokenToPerMTok(0.0000025, 'x')).toBe('2.5');
    expect(perTokenToPerMTok(2.5e-7, 'x')).toBe('0.25');
    expect(perTokenToPerMTok(1.875e-8, 'x')).toBe('0.01875');
    expect(perTokenToPerMTok(5e-9, 'x')).toBe('0.005');
    expect(perTokenToPerMTok(0.0000021875, 'x')).toBe('2.1875');
    expect(perTokenToPerMTok(0.00015, 'x')).toBe('150');
    expect(perTokenToPerMTok(0, 'x')).toBe('0');
  });

  it('refuses values that would need more than 6 decimals per million tokens', () => {
    expect(() => perTokenToPerMTok(3.0000000000000004e-7, 'noisy')).toThrow(/more than 6 decimals/);
    expect(() => perTokenToPerMTok(1e-13, 'tiny')).toThrow(/more than 6 decimals/);
    expect(() => perTokenToPerMTok(-1e-6, 'negative')).toThrow(/non-negative/);
  });
});

describe('matchCatalogModel', () => {
  const id = (provider: Parameters<typeof matchCatalogModel>[0], name: string) =>
    matchCatalogModel(provider, name, catalog)?.id;

  it('resolves dated OpenAI snapshots to their model, preferring an exact snapshot entry', () => {
    expect(id('openai', 'gpt-4o-2024-08-06')).toBe('gpt-4o');
    expect(id('openai', 'gpt-4o-mini-2024-07-18')).toBe('gpt-4o-mini');
    expect(id('openai', 'gpt-4o-2024-05-13')).toBe('gpt-4o-2024-05-13');
    expect(id('openai', 'gpt-4.1-2025-04-14')).toBe('gpt-4.1');
    expect(id('openai', 'gpt-5.4-pro-2026-03-05')).toBe('gpt-5.4-pro');
    expect(id('openai', 'gpt-4-0613')).toBe('gpt-4');
  });

  it('ignores case and a LiteLLM-style openai/ prefix', () => {
    expect(id('openai', 'GPT-4o')).toBe('gpt-4o');
    expect(id('openai', 'openai/gpt-4o-mini')).toBe('gpt-4o-mini');
  });

  it('resolves Anthropic snapshots exactly when listed, else to the family alias or its newest snapshot', () => {
    expect(id('anthropic', 'claude-3-7-sonnet-20250219')).toBe('claude-3-7-sonnet-20250219');
    expect(id('anthropic', 'claude-sonnet-4-5-20250929')).toBe('claude-sonnet-4-5');
    expect(id('anthropic', 'claude-opus-4-1-20250805')).toBe('claude-opus-4-1');
    expect(id('anthropic', 'claude-3-7-sonnet-latest')).toBe('claude-3-7-sonnet-20250219');
    // Retired on Anthropic's API and absent from the price map: unpriced rather than guessed.
    expect(id('anthropic', 'claude-3-5-sonnet-20241022')).toBeUndefined();
  });

  it('resolves Bedrock ids with region prefixes, revisions and ARNs', () => {
    // The US profile of Claude 3.5 Haiku costs the same as in-region, so it resolves to the in-region entry.
    expect(id('bedrock', 'us.anthropic.claude-3-5-haiku-20241022-v1:0')).toBe(
      'anthropic.claude-3-5-haiku-20241022-v1:0',
    );
    expect(id('bedrock', 'anthropic.claude-3-5-haiku-20241022-v1:0')).toBe(
      'anthropic.claude-3-5-haiku-20241022-v1:0',
    );
    // Cross-region profiles with their own price resolve to their own entry.
    const usSonnet = matchCatalogModel('bedrock', 'us.anthropic.claude-sonnet-4-5-20250929-v1:0', catalog);
    expect(usSonnet?.prices.inputPerMTok).toBe('3.3');
    expect(id('bedrock', 'global.anthropic.claude-haiku-4-5-20251001-v1:0')).toBe(
      'anthropic.claude-haiku-4-5-20251001-v1:0',
    );
    expect(id('bedrock', 'apac.anthropic.claude-sonnet-4-20250514-v1:0')).toBe(
      'anthropic.claude-sonnet-4-20250514-v1:0',
    );
    expect(id('bedrock', 'anthropic.claude-opus-4-6-v1:0')).toBe('anthropic.claude-opus-4-6-v1');
    expect(id('bedrock', 'anthropic.claude-3-5-haiku-20241022-v1')).toBe(
      'anthropic.claude-3-5-haiku-20241022-v1:0',
    );
    expect(id('bedrock', 'us.anthropic.claude-opus-4-7-v1:0')).toBe('us.anthropic.claude-opus-4-7');
    expect(
      id('bedrock', 'arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-3-haiku-20240307-v1:0'),
    ).toBe('anthropic.claude-3-haiku-20240307-v1:0');
    expect(id('bedrock', 'meta.llama3-1-8b-instruct-v1:0')).toBe('meta.llama3-1-8b-instruct-v1:0');
  });

  it('strips the Gemini models/ prefix and resolves preview snapshots to their model', () => {
    expect(id('gemini', 'models/gemini-2.5-flash')).toBe('gemini-2.5-flash');
    expect(id('gemini', 'models/gemini-2.5-flash-lite-preview-06-17')).toBe('gemini-2.5-flash-lite');
    expect(id('gemini', 'gemini-2.5-pro-preview-05-06')).toBe('gemini-2.5-pro');
    expect(id('gemini', 'gemini-flash-latest')).toBe('gemini-flash-latest');
  });

  it('matches OpenAI-compatible servers against OpenAI models only, leaving local models unpriced', () => {
    expect(id('openai_compatible', 'gpt-4o-mini')).toBe('gpt-4o-mini');
    expect(id('openai_compatible', 'llama3.1:8b')).toBeUndefined();
    expect(id('openai_compatible', 'qwen2.5:7b-instruct')).toBeUndefined();
  });

  it('never matches across providers or guesses unknown models', () => {
    expect(id('anthropic', 'gpt-4o')).toBeUndefined();
    expect(id('bedrock', 'claude-sonnet-4-5')).toBeUndefined();
    expect(id('openai', 'claude-sonnet-4-5')).toBeUndefined();
    expect(id('openai', 'gpt-9')).toBeUndefined();
    expect(id('gemini', 'gemini-1.0-pro')).toBeUndefined();
    expect(id('emulated', 'emulated-strong')).toBe('emulated-strong');
  });
});

describe('catalogPrice', () => {
  it('bills the whole request at the long-context rates only above the threshold', () => {
    const pro = find('gemini', 'gemini-2.5-pro');
    const price = catalogPrice(pro);
    expect(price.longContext?.aboveInputTokens).toBe(200_000);
    // 200,000 × $1.25/MTok + 1,000 × $10/MTok = $0.26.
    expect(computeCost({ inputTokens: 200_000, outputTokens: 1_000 }, price).costNanoUsd).toBe(260_000_000n);
    // One token over: input at $2.5 and output at $15 → $0.5000025 + $0.015.
    expect(computeCost({ inputTokens: 200_001, outputTokens: 1_000 }, price).costNanoUsd).toBe(515_002_500n);
    // Cached reads count towards the threshold and take the tier's cached rate: 150k × $2.5 + 100k × $0.25.
    expect(
      computeCost({ inputTokens: 250_000, cachedInputTokens: 100_000, outputTokens: 0 }, price).costNanoUsd,
    ).toBe(400_000_000n);
  });

  it('leaves single-rate models on one price at any size', () => {
    const price = catalogPrice(find('openai', 'gpt-4o'));
    expect(price.longContext).toBeUndefined();
    expect(
      projectCost({ requestsPerDay: 1, inputTokens: 1_000_000, outputTokens: 0 }, price).perCallNanoUsd,
    ).toBe(2_500_000_000n);
  });
});
