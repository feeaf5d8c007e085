import { describe, expect, it } from 'vitest';
import { loadCatalog, matchCatalogModel } from '../src/catalog/index';
import {
  computeCost,
  formatUsd,
  nanoUsdToDecimalString,
  parseUsdPerMTok,
  projectCost,
  selectPriceAt,
  type TPrice,
} from '../src/cost/index';

// Prices as in the catalog (USD per million tokens).
const GPT_4O: TPrice = { inputPerMTok: '2.5', outputPerMTok: '10', cachedInputPerMTok: '1.25' };
const CLAUDE_SONNET: TPrice = {
  inputPerMTok: '3',
  outputPerMTok: '15',
  cachedInputPerMTok: '0.3',
  cacheWritePerMTok: '3.75',
};
const O3: TPrice = { inputPerMTok: '2', outputPerMTok: '8', cachedInputPerMTok: '0.5' };

describe('parseUsdPerMTok', () => {
  it('turns USD per million tokens into pico-USD per token', () => {
    expect(parseUsdPerMTok('2.5')).toBe(2_500_000n); // 2.5 × 10^6
    expect(parseUsdPerMTok('30')).toBe(30_000_000n);
    expect(parseUsdPerMTok('0.000001')).toBe(1n);
    expect(parseUsdPerMTok('0.546875')).toBe(546_875n);
    expect(parseUsdPerMTok('0')).toBe(0n);
  });

  it('rejects negative, over-precise and non-decimal prices', () => {
    expect(() => parseUsdPerMTok('-1')).toThrow(/negative/);
    expect(() => parseUsdPerMTok('0.0000001')).toThrow(/7 decimals; at most 6/);
    expect(() => parseUsdPerMTok('2.5e-6')).toThrow(/plain decimal/);
    expect(() => parseUsdPerMTok('')).toThrow(/plain decimal/);
    expect(() => parseUsdPerMTok('abc')).toThrow(/plain decimal/);
  });
});

describe('computeCost', () => {
  it('prices plain input and output', () => {
    const cost = computeCost({ inputTokens: 1_000, outputTokens: 500 }, GPT_4O);
    // 1,000 × $2.5/M = $0.0025 = 2,500,000 nano; 500 × $10/M = $0.005 = 5,000,000 nano
    expect(cost.costNanoUsd).toBe(7_500_000n);
    expect(cost.breakdown).toEqual({
      inputNanoUsd: 2_500_000n,
      cachedInputNanoUsd: 0n,
      cacheWriteNanoUsd: 0n,
      outputNanoUsd: 5_000_000n,
    });
  });

  it('prices OpenAI-style cached input at the cached price, without double counting', () => {
    const cost = computeCost({ inputTokens: 10_000, cachedInputTokens: 8_000, outputTokens: 200 }, GPT_4O);
    // uncached 2,000 × $2.5/M = $0.005; cached 8,000 × $1.25/M = $0.01; output 200 × $10/M = $0.002
    // total $0.017 = 17,000,000 nano
    expect(cost.costNanoUsd).toBe(17_000_000n);
    expect(cost.breakdown).toEqual({
      inputNanoUsd: 5_000_000n,
      cachedInputNanoUsd: 10_000_000n,
      cacheWriteNanoUsd: 0n,
      outputNanoUsd: 2_000_000n,
    });
  });

  it('prices Anthropic-style cache writes and reads', () => {
    const cost = computeCost(
      { inputTokens: 12_000, cachedInputTokens: 10_000, cacheWriteTokens: 1_500, outputTokens: 400 },
      CLAUDE_SONNET,
    );
    // uncached 12,000 − 10,000 − 1,500 = 500 × $3/M = $0.0015; read 10,000 × $0.3/M = $0.003;
    // write 1,500 × $3.75/M = $0.005625; output 400 × $15/M = $0.006; total $0.016125
    expect(cost.costNanoUsd).toBe(16_125_000n);
    expect(cost.breakdown).toEqual({
      inputNanoUsd: 1_500_000n,
      cachedInputNanoUsd: 3_000_000n,
      cacheWriteNanoUsd: 5_625_000n,
      outputNanoUsd: 6_000_000n,
    });
  });

  it('does not bill reasoning tokens on top of the output that contains them', () => {
    const cost = computeCost({ inputTokens: 1_000, outputTokens: 3_000, reasoningTokens: 2_500 }, O3);
    // 1,000 × $2/M = $0.002; 3,000 (2,500 of them reasoning) × $8/M = $0.024; total $0.026
    expect(cost.costNanoUsd).toBe(26_000_000n);
  });

  it('falls back to the input price when no cache price is known', () => {
    const plain: TPrice = { inputPerMTok: '1', outputPerMTok: '2' };
    const cost = computeCost({ inputTokens: 1_000, cachedInputTokens: 600, cacheWriteTokens: 100 }, plain);
    // 300 uncached + 600 cached + 100 written, all at $1/M = 1,000 × $1/M = $0.001
    expect(cost.costNanoUsd).toBe(1_000_000n);
    expect(cost.breakdown?.cachedInputNanoUsd).toBe(600_000n); // 600 × $1/M
    expect(cost.breakdown?.cacheWriteNanoUsd).toBe(100_000n); // 100 × $1/M
  });

  it('clamps uncached input at zero when reported cache counts exceed the input', () => {
    const cost = computeCost(
      { inputTokens: 100, cachedInputTokens: 80, cacheWriteTokens: 50 },
      CLAUDE_SONNET,
    );
    // uncached max(100 − 80 − 50, 0) = 0; read 80 × $0.3/M = 24,000 nano; write 50 × $3.75/M = 187,500 nano
    expect(cost.breakdown?.inputNanoUsd).toBe(0n);
    expect(cost.costNanoUsd).toBe(211_500n);
  });

  it('reports an unknown price as unpriced, never as $0', () => {
    const cost = computeCost({ inputTokens: 1_000, outputTokens: 1_000 }, undefined);
    expect(cost).toEqual({ isPriced: false, costNanoUsd: null, breakdown: null });
  });

  it('prices a self-hosted model with a zero price at exactly 0', () => {
    const cost = computeCost(
      { inputTokens: 1_000, outputTokens: 1_000 },
      { inputPerMTok: '0', outputPerMTok: '0' },
    );
    expect(cost.isPriced).toBe(true);
    expect(cost.costNanoUsd).toBe(0n);
  });

  it('treats missing counts as zero and rejects invalid ones', () => {
    expect(computeCost({}, GPT_4O).costNanoUsd).toBe(0n);
    expect(() => computeCost({ inputTokens: -1 }, GPT_4O)).toThrow(
      /inputTokens must be a non-negative integer/,
    );
    expect(() => computeCost({ outputTokens: 1.5 }, GPT_4O)).toThrow(/outputTokens/);
  });

  it('rounds half-up once, at nano-USD precision', () => {
    const onePicoPerToken: TPrice = { inputPerMTok: '0.000001', outputPerMTok: '0.000001' };
    // 499 × 1 pico = 0.499 nano → 0; 500 pico = 0.5 nano → 1; 1,500 pico = 1.5 nano → 2
    expect(computeCost({ inputTokens: 499 }, onePicoPerToken).costNanoUsd).toBe(0n);
    expect(computeCost({ inputTokens: 500 }, onePicoPerToken).costNanoUsd).toBe(1n);
    expect(computeCost({ inputTokens: 1_500 }, onePicoPerToken).costNanoUsd).toBe(2n);
    // 3 × 123,457 pico = 370,371 pico = 370.371 nano → 370
    expect(
      computeCost({ inputTokens: 3 }, { inputPerMTok: '0.123457', outputPerMTok: '0' }).costNanoUsd,
    ).toBe(370n);
  });

  it('rounds the exact sum, not each part, and keeps the breakdown adding up to the total', () => {
    const onePicoPerToken: TPrice = { inputPerMTok: '0.000001', outputPerMTok: '0.000001' };
    const cost = computeCost({ inputTokens: 400, outputTokens: 400 }, onePicoPerToken);
    // 400 + 400 = 800 pico = 0.8 nano → 1 (rounding each 0.4 nano part would give 0)
    expect(cost.costNanoUsd).toBe(1n);
    const { inputNanoUsd, cachedInputNanoUsd, cacheWriteNanoUsd, outputNanoUsd } = cost.breakdown!;
    expect(inputNanoUsd + cachedInputNanoUsd + cacheWriteNanoUsd + outputNanoUsd).toBe(1n);
  });
});

describe('selectPriceAt', () => {
  const history = [
    { effectiveFrom: new Date('2026-01-01T00:00:00Z'), price: GPT_4O },
    { effectiveFrom: new Date('2026-06-01T00:00:00Z'), price: { inputPerMTok: '1.25', outputPerMTok: '5' } },
  ];
  const usage = { inputTokens: 1_000, outputTokens: 1_000 };

  it('gives each call the price in force when it was made', () => {
    const before = computeCost(usage, selectPriceAt(history, new Date('2026-03-15T12:00:00Z')));
    const after = computeCost(usage, selectPriceAt(history, new Date('2026-07-01T12:00:00Z')));
    // before: 1,000 × $2.5/M + 1,000 × $10/M = $0.0125; after: 1,000 × $1.25/M + 1,000 × $5/M = $0.00625
    expect(before.costNanoUsd).toBe(12_500_000n);
    expect(after.costNanoUsd).toBe(6_250_000n);
  });

  it('applies a new price from its effective instant and has none before the first', () => {
    expect(selectPriceAt(history, new Date('2026-06-01T00:00:00Z'))?.inputPerMTok).toBe('1.25');
    expect(selectPriceAt(history, new Date('2026-05-31T23:59:59.999Z'))?.inputPerMTok).toBe('2.5');
    expect(selectPriceAt(history, new Date('2025-12-31T00:00:00Z'))).toBeUndefined();
  });

  it('lets a later entry with the same date override an earlier one', () => {
    const override = {
      effectiveFrom: new Date('2026-06-01T00:00:00Z'),
      price: { inputPerMTok: '1', outputPerMTok: '4' },
    };
    expect(selectPriceAt([...history, override], new Date('2026-08-01T00:00:00Z'))?.inputPerMTok).toBe('1');
  });
});

describe('projectCost', () => {
  const catalog = loadCatalog();
  const gpt4 = matchCatalogModel('openai', 'gpt-4', catalog)!.prices;
  const gpt35 = matchCatalogModel('openai', 'gpt-3.5-turbo', catalog)!.prices;

  it('projects a $0.624-per-call GPT-4 workload at a million calls a day to $624,000 a day', () => {
    const projection = projectCost(
      { requestsPerDay: 1_000_000, inputTokens: 16_800, outputTokens: 2_000 },
      gpt4,
    );
    // 16,800 × $30/M = $0.504; 2,000 × $60/M = $0.12; $0.624 per call
    expect(projection.perCallNanoUsd).toBe(624_000_000n);
    // $0.624 × 1,000,000 = $624,000 per day; × 30 = $18,720,000 per month
    expect(projection.perDayNanoUsd).toBe(624_000_000_000_000n);
    expect(projection.perMonthNanoUsd).toBe(18_720_000_000_000_000n);
    expect(formatUsd(projection.perDayNanoUsd)).toBe('$624,000.00');
  });

  it('projects a GPT-3.5 workload to $4,000 a day', () => {
    const projection = projectCost(
      { requestsPerDay: 1_000_000, inputTokens: 5_000, outputTokens: 1_000 },
      gpt35,
    );
    // 5,000 × $0.5/M = $0.0025; 1,000 × $1.5/M = $0.0015; $0.004 per call × 1,000,000 = $4,000 per day
    expect(projection.perCallNanoUsd).toBe(4_000_000n);
    expect(formatUsd(projection.perDayNanoUsd)).toBe('$4,000.00');
  });

  it('scales the exact amount, not the rounded per-call amount', () => {
    const projection = projectCost(
      { requestsPerDay: 1_000_000, inputTokens: 1 },
      { inputPerMTok: '0.000001', outputPerMTok: '0' },
    );
    // 1 pico per call rounds to 0 nano, but 1,000,000 pico per day = 1,000 nano
    expect(projection.perCallNanoUsd).toBe(0n);
    expect(projection.perDayNanoUsd).toBe(1_000n);
    expect(projection.perMonthNanoUsd).toBe(30_000n);
  });

  it('rejects a negative or fractional request rate', () => {
    expect(() => projectCost({ requestsPerDay: -1 }, gpt4)).toThrow(/requestsPerDay/);
    expect(() => projectCost({ requestsPerDay: 0.5 }, gpt4)).toThrow(/requestsPerDay/);
  });
});

describe('formatting', () => {
  it('shows cents from $1 and three significant digits below', () => {
    expect(formatUsd(0n)).toBe('$0.00');
    expect(formatUsd(123n)).toBe('$0.000000123');
    expect(formatUsd(123_456n)).toBe('$0.000123');
    expect(formatUsd(624_000_000n)).toBe('$0.624');
    expect(formatUsd(500_000_000n)).toBe('$0.50');
    expect(formatUsd(999_600_000n)).toBe('$1.00');
    expect(formatUsd(1_234_567_890n)).toBe('$1.23');
    expect(formatUsd(-500_000_000n)).toBe('-$0.50');
  });

  it('honours maximumFractionDigits', () => {
    expect(formatUsd(123_456n, { maximumFractionDigits: 2 })).toBe('$0.00');
    expect(formatUsd(624_000_000n, { maximumFractionDigits: 2 })).toBe('$0.62');
    expect(formatUsd(624_000_000_000_000n, { maximumFractionDigits: 0 })).toBe('$624,000');
    expect(() => formatUsd(1n, { maximumFractionDigits: 10 })).toThrow(/0 to 9/);
  });

  it('writes exact decimal strings', () => {
    expect(nanoUsdToDecimalString(624_000_000_000_000n)).toBe('624000');
    expect(nanoUsdToDecimalString(123n)).toBe('0.000000123');
    expect(nanoUsdToDecimalString(1_500_000_000n)).toBe('1.5');
    expect(nanoUsdToDecimalString(-1n)).toBe('-0.000000001');
    expect(nanoUsdToDecimalString(0n)).toBe('0');
  });
});
