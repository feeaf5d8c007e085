// A stored price row as the price costs are computed with, long-context tier included.
import type { ModelPrice } from '@yardstick/db';
import type { TPrice, TPriceRates } from '@yardstick/providers';

type TDecimal = { toString(): string } | null;

function rates(
  inputPerMTok: TDecimal,
  outputPerMTok: TDecimal,
  cachedInputPerMTok: TDecimal,
  cacheWritePerMTok: TDecimal,
): TPriceRates {
  return {
    inputPerMTok: String(inputPerMTok),
    outputPerMTok: String(outputPerMTok),
    ...(cachedInputPerMTok ? { cachedInputPerMTok: cachedInputPerMTok.toString() } : {}),
    ...(cacheWritePerMTok ? { cacheWritePerMTok: cacheWritePerMTok.toString() } : {}),
  };
}

export function priceFromRow(row: ModelPrice): TPrice {
  const base = rates(row.inputPerMTok, row.outputPerMTok, row.cachedInputPerMTok, row.cacheWritePerMTok);
  if (
    row.longContextAboveInputTokens === null ||
    row.longContextInputPerMTok === null ||
    row.longContextOutputPerMTok === null
  ) {
    return base;
  }
  return {
    ...base,
    longContext: {
      aboveInputTokens: row.longContextAboveInputTokens,
      rates: rates(
        row.longContextInputPerMTok,
        row.longContextOutputPerMTok,
        row.longContextCachedInputPerMTok,
        row.longContextCacheWritePerMTok,
      ),
    },
  };
}
