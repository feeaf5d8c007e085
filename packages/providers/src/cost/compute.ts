// Exact cost: token counts × pico-USD-per-token prices, summed as bigint, rounded once to nano-USD.
import type { TUsage } from '../types';
import { parseUsdPerMTok, ratesFor, type TPrice } from './price';

export interface TCostBreakdown {
  inputNanoUsd: bigint;
  cachedInputNanoUsd: bigint;
  cacheWriteNanoUsd: bigint;
  outputNanoUsd: bigint;
}

/** An unknown price is unpriced (null), never $0: a missing price must not look free. */
export type TCostResult =
  | { isPriced: true; costNanoUsd: bigint; breakdown: TCostBreakdown }
  | { isPriced: false; costNanoUsd: null; breakdown: null };

const PICO_PER_NANO = 1000n;

function tokenCount(usage: TUsage, field: keyof TUsage): bigint {
  const value = usage[field];
  if (value === undefined) {
    return 0n;
  }
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`usage.${field} must be a non-negative integer, got ${value}`);
  }
  return BigInt(value);
}

/** Half-up rounding of a non-negative pico-USD amount to nano-USD. */
function roundPicoToNanoUsd(picoUsd: bigint): bigint {
  return (picoUsd + PICO_PER_NANO / 2n) / PICO_PER_NANO;
}

type TComponent = 'input' | 'cachedInput' | 'cacheWrite' | 'output';
const COMPONENTS: readonly TComponent[] = ['input', 'cachedInput', 'cacheWrite', 'output'];

/** Exact per-component cost in pico-USD, following the TUsage subset semantics. */
function costPicoUsd(usage: TUsage, price: TPrice): Record<TComponent, bigint> {
  const input = tokenCount(usage, 'inputTokens');
  const cached = tokenCount(usage, 'cachedInputTokens');
  const cacheWrite = tokenCount(usage, 'cacheWriteTokens');
  // Reasoning tokens are already inside outputTokens; max() only guards against an adapter that reported them
  // separately, without billing them twice.
  const output = bigMax(tokenCount(usage, 'outputTokens'), tokenCount(usage, 'reasoningTokens'));
  // Cached reads and cache writes are subsets of inputTokens; clamp so inconsistent usage never bills negative.
  const uncached = bigMax(input - cached - cacheWrite, 0n);

  const rates = ratesFor(price, input);
  const inputPrice = parseUsdPerMTok(rates.inputPerMTok);
  const cachedPrice =
    rates.cachedInputPerMTok === undefined ? inputPrice : parseUsdPerMTok(rates.cachedInputPerMTok);
  const cacheWritePrice =
    rates.cacheWritePerMTok === undefined ? inputPrice : parseUsdPerMTok(rates.cacheWritePerMTok);
  const outputPrice = parseUsdPerMTok(rates.outputPerMTok);

  return {
    input: uncached * inputPrice,
    cachedInput: cached * cachedPrice,
    cacheWrite: cacheWrite * cacheWritePrice,
    output: output * outputPrice,
  };
}

function sumPico(pico: Record<TComponent, bigint>): bigint {
  return pico.input + pico.cachedInput + pico.cacheWrite + pico.output;
}

export function computeCost(usage: TUsage, price: TPrice | undefined): TCostResult {
  if (price === undefined) {
    return { isPriced: false, costNanoUsd: null, breakdown: null };
  }
  const pico = costPicoUsd(usage, price);
  const costNanoUsd = roundPicoToNanoUsd(sumPico(pico));
  return { isPriced: true, costNanoUsd, breakdown: apportion(pico, costNanoUsd) };
}

/**
 * Turns the exact pico components into nano components that add up to the rounded total (largest remainder),
 * so a displayed breakdown always sums to the displayed cost. Each component stays within 1 nano-USD of exact.
 */
function apportion(pico: Record<TComponent, bigint>, totalNano: bigint): TCostBreakdown {
  const nano = { input: 0n, cachedInput: 0n, cacheWrite: 0n, output: 0n };
  let assigned = 0n;
  for (const key of COMPONENTS) {
    nano[key] = pico[key] / PICO_PER_NANO;
    assigned += nano[key];
  }
  // The rounded total exceeds the floored parts by at most one unit per component.
  const byRemainder = [...COMPONENTS].sort((a, b) => {
    const diff = (pico[b] % PICO_PER_NANO) - (pico[a] % PICO_PER_NANO);
    return diff > 0n ? 1 : diff < 0n ? -1 : 0;
  });
  for (let i = 0; assigned < totalNano; i++) {
    nano[byRemainder[i]!] += 1n;
    assigned += 1n;
  }
  return {
    inputNanoUsd: nano.input,
    cachedInputNanoUsd: nano.cachedInput,
    cacheWriteNanoUsd: nano.cacheWrite,
    outputNanoUsd: nano.output,
  };
}

function bigMax(a: bigint, b: bigint): bigint {
  return a > b ? a : b;
}

export interface TCostProjectionInput extends TUsage {
  requestsPerDay: number;
}

export interface TCostProjection {
  perCallNanoUsd: bigint;
  perDayNanoUsd: bigint;
  /** 30 days. */
  perMonthNanoUsd: bigint;
}

const DAYS_PER_MONTH = 30n;

/**
 * What a workload costs per call, per day and per 30-day month. Day and month are scaled from the exact pico
 * amount and rounded once, so per-call rounding is not multiplied by a million calls.
 */
export function projectCost(input: TCostProjectionInput, price: TPrice): TCostProjection {
  const { requestsPerDay, ...usage } = input;
  if (!Number.isSafeInteger(requestsPerDay) || requestsPerDay < 0) {
    throw new RangeError(`requestsPerDay must be a non-negative integer, got ${requestsPerDay}`);
  }
  const perCallPico = sumPico(costPicoUsd(usage, price));
  const perDayPico = perCallPico * BigInt(requestsPerDay);
  return {
    perCallNanoUsd: roundPicoToNanoUsd(perCallPico),
    perDayNanoUsd: roundPicoToNanoUsd(perDayPico),
    perMonthNanoUsd: roundPicoToNanoUsd(perDayPico * DAYS_PER_MONTH),
  };
}

/** Exact division of a nano-USD amount into `units`, rounded half up; undefined for no units. */
export function divideNanoUsd(nanoUsd: bigint, units: number | bigint): bigint | undefined {
  const divisor = BigInt(units);
  if (divisor <= 0n) return undefined;
  return (nanoUsd * 2n + divisor) / (divisor * 2n);
}
