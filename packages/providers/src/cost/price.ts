// Prices are decimal strings in USD per million tokens. USD/MTok × 10^6 = pico-USD per token, so any price with
// at most 6 decimals becomes an exact integer and no floating point touches money.

/** Decimal strings, USD per million tokens. Missing cache prices fall back to the input price. */
export interface TPriceRates {
  inputPerMTok: string;
  outputPerMTok: string;
  cachedInputPerMTok?: string;
  cacheWritePerMTok?: string;
}

/**
 * A model's price. Some models bill the whole request at higher rates once the prompt exceeds a size (Gemini
 * Pro above 200k, GPT-5.4 above 272k input tokens): `longContext` holds that tier.
 */
export interface TPrice extends TPriceRates {
  longContext?: { aboveInputTokens: number; rates: TPriceRates };
}

/** The rates a request with this many input tokens is billed at. */
export function ratesFor(price: TPrice, inputTokens: number | bigint): TPriceRates {
  const { longContext } = price;
  return longContext !== undefined && BigInt(inputTokens) > BigInt(longContext.aboveInputTokens)
    ? longContext.rates
    : price;
}

const PRICE_DECIMALS = 6;
const DECIMAL_PATTERN = /^(\d+)(?:\.(\d+))?$/;

/** Parses a USD-per-million-tokens decimal string into exact pico-USD per token. */
export function parseUsdPerMTok(value: string): bigint {
  const trimmed = value.trim();
  if (trimmed.startsWith('-')) {
    throw new RangeError(`Price must not be negative: "${value}"`);
  }
  const match = DECIMAL_PATTERN.exec(trimmed);
  if (!match) {
    throw new RangeError(`Price must be a plain decimal string in USD per million tokens, got "${value}"`);
  }
  const whole = match[1]!;
  const fraction = match[2] ?? '';
  if (fraction.length > PRICE_DECIMALS) {
    throw new RangeError(
      `Price "${value}" has ${fraction.length} decimals; at most ${PRICE_DECIMALS} (1 pico-USD per token) are supported`,
    );
  }
  return BigInt(whole + fraction.padEnd(PRICE_DECIMALS, '0'));
}

/** A price in force from an instant on; used to keep historical costs stable when prices change. */
export interface TDatedPrice<TValue = TPrice> {
  effectiveFrom: Date;
  price: TValue;
}

/**
 * The price in force at `at`: the one with the latest `effectiveFrom` not after `at`. On equal dates the later
 * array element wins, so an override appended after a catalog price takes precedence.
 */
export function selectPriceAt<TValue = TPrice>(
  prices: readonly TDatedPrice<TValue>[],
  at: Date,
): TValue | undefined {
  const atMs = at.getTime();
  let best: TDatedPrice<TValue> | undefined;
  for (const candidate of prices) {
    const fromMs = candidate.effectiveFrom.getTime();
    if (fromMs <= atMs && (best === undefined || fromMs >= best.effectiveFrom.getTime())) {
      best = candidate;
    }
  }
  return best?.price;
}
