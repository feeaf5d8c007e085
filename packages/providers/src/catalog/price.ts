import type { TPrice } from '../cost/price';
import type { TCatalogModel } from './schema';

/** A catalog model's price, with its long-context tier when it has one. */
export function catalogPrice(model: TCatalogModel): TPrice {
  const { longContext } = model;
  return longContext === undefined
    ? model.prices
    : {
        ...model.prices,
        longContext: { aboveInputTokens: longContext.aboveInputTokens, rates: longContext.prices },
      };
}
