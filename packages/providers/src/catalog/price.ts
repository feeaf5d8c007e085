import type { TPrice } from '../cost/price';
import type { TCatalogModel } from './schema';

/**
 * The catalog price that applies to a request with this many input tokens: the long-context price when the
 * model has one and the prompt exceeds its threshold (the provider then bills the whole request at it).
 */
export function resolveCatalogPrice(model: TCatalogModel, inputTokens = 0): TPrice {
  const { longContext } = model;
  return longContext !== undefined && inputTokens > longContext.aboveInputTokens
    ? longContext.prices
    : model.prices;
}
