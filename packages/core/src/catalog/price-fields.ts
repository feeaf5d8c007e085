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

export const ZModelPrices = z.strictObject({
  inputPerMTok: ZUsdPerMTok,
  outputPerMTok: ZUsdPerMTok,
  /** Absent: cached reads cost the input price. */
  cachedInputPerMTok: ZOptionalUsdPerMTok,
  /** Absent: cache writes cost the input price. */
  cacheWritePerMTok: ZOptionalUsdPerMTok,
});
export type TModelPrices = z.infer<typeof ZModelPrices>;

export function priceColumns(prices: TModelPrices) {
  return {
    inputPerMTok: prices.inputPerMTok,
    outputPerMTok: prices.outputPerMTok,
    cachedInputPerMTok: prices.cachedInputPerMTok ?? null,
    cacheWritePerMTok: prices.cacheWritePerMTok ?? null,
  };
}
