// Prices as entered by admins: decimal USD per million tokens, exact (never floats), zero allowed.
import { z } from 'zod';

const decimalMessage =
  'must be a decimal number of USD per million tokens with at most 6 decimals, e.g. "2.5" or "0"';

/** Numbers are accepted for convenience and turned into the exact decimal string stored. */
export const ZUsdPerMTok = z
  .union([z.number().nonnegative(decimalMessage).transform(String), z.string().trim()], {
    error: decimalMessage,
  })
  .pipe(z.string().regex(/^\d{1,12}(\.\d{1,6})?$/, decimalMessage));

const ZOptionalUsdPerMTok = z.preprocess(
  (value) => (value === '' || value === null ? undefined : value),
  ZUsdPerMTok.optional(),
);

const ZRates = z.strictObject({
  inputPerMTok: ZUsdPerMTok,
  outputPerMTok: ZUsdPerMTok,
  /** Absent: cached reads cost the input price. */
  cachedInputPerMTok: ZOptionalUsdPerMTok,
  /** Absent: cache writes cost the input price. */
  cacheWritePerMTok: ZOptionalUsdPerMTok,
});

export const ZModelPrices = ZRates.extend({
  /** Absent: one price at any prompt size. */
  longContext: z
    .strictObject({
      aboveInputTokens: z.coerce
        .number({ error: 'must be a whole number of input tokens' })
        .int('must be a whole number of input tokens')
        .positive('must be a positive number of input tokens'),
      rates: ZRates,
    })
    .optional(),
});
export type TModelPrices = z.infer<typeof ZModelPrices>;

/** The ModelPrice columns for prices as the catalog file or an admin gives them. */
export function priceColumns(prices: TModelPrices) {
  const { longContext } = prices;
  return {
    inputPerMTok: prices.inputPerMTok,
    outputPerMTok: prices.outputPerMTok,
    cachedInputPerMTok: prices.cachedInputPerMTok ?? null,
    cacheWritePerMTok: prices.cacheWritePerMTok ?? null,
    longContextAboveInputTokens: longContext?.aboveInputTokens ?? null,
    longContextInputPerMTok: longContext?.rates.inputPerMTok ?? null,
    longContextOutputPerMTok: longContext?.rates.outputPerMTok ?? null,
    longContextCachedInputPerMTok: longContext?.rates.cachedInputPerMTok ?? null,
    longContextCacheWritePerMTok: longContext?.rates.cacheWritePerMTok ?? null,
  };
}
