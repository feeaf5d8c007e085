import type { Model, ModelPrice, ProviderKind } from '@yardstick/db';
import type { TPrice } from '@yardstick/providers';
import { priceFromRow } from './price-from-row';

export interface TModelPriceView {
  id: string;
  effectiveFrom: string;
  /** Decimal strings, USD per million tokens. */
  inputPerMTok: string;
  outputPerMTok: string;
  /** Null: cached reads cost the input price. */
  cachedInputPerMTok: string | null;
  /** Null: cache writes cost the input price. */
  cacheWritePerMTok: string | null;
  /** Null: one price at any prompt size. Otherwise the rates a request above the threshold is billed at. */
  longContext: TPrice['longContext'] | null;
  source: string;
  createdAt: string;
}

export interface TModelView {
  id: string;
  provider: ProviderKind;
  modelId: string;
  displayName: string;
  contextWindow: number | null;
  maxOutputTokens: number | null;
  mode: string;
  isCustom: boolean;
  isEditedByAdmin: boolean;
  source: string;
  /** Whether a price is in force now; a call on an unpriced model is recorded as unpriced, never as $0. */
  isPriced: boolean;
  price: TModelPriceView | null;
}

export function toModelPriceView(price: ModelPrice): TModelPriceView {
  return {
    id: price.id,
    effectiveFrom: price.effectiveFrom.toISOString(),
    inputPerMTok: price.inputPerMTok.toString(),
    outputPerMTok: price.outputPerMTok.toString(),
    cachedInputPerMTok: price.cachedInputPerMTok?.toString() ?? null,
    cacheWritePerMTok: price.cacheWritePerMTok?.toString() ?? null,
    longContext: priceFromRow(price).longContext ?? null,
    source: price.source,
    createdAt: price.createdAt.toISOString(),
  };
}

/** `currentPrice` is the price in force now (the latest one not in the future), if any. */
export function toModelView(model: Model, currentPrice: ModelPrice | undefined): TModelView {
  return {
    id: model.id,
    provider: model.provider,
    modelId: model.modelId,
    displayName: model.displayName,
    contextWindow: model.contextWindow,
    maxOutputTokens: model.maxOutputTokens,
    mode: model.mode,
    isCustom: model.isCustom,
    isEditedByAdmin: model.isEditedByAdmin,
    source: model.source,
    isPriced: currentPrice !== undefined,
    price: currentPrice ? toModelPriceView(currentPrice) : null,
  };
}

/** The query part that loads only the price in force now with each model. */
export function currentPriceInclude(now: Date) {
  return {
    prices: { where: { effectiveFrom: { lte: now } }, orderBy: { effectiveFrom: 'desc' as const }, take: 1 },
  };
}
