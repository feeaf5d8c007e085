// The catalog entry and the price in force for a call, read from the database (where admins edit prices).
import type { ProviderKind, TDatabase } from '@yardstick/db';
import { matchCatalogModel, selectPriceAt, type TCatalogModel, type TPrice } from '@yardstick/providers';
import { priceFromRow } from './price-from-row';

interface TCachedCatalog {
  loadedAt: number;
  entries: (TCatalogModel & {
    catalogModelId: string;
    datedPrices: { effectiveFrom: Date; price: TPrice }[];
  })[];
}

// Prices change rarely; a short cache keeps every call from re-reading the catalog.
const cacheMs = 30_000;
let cache: TCachedCatalog | undefined;

export function invalidateCatalogCache(): void {
  cache = undefined;
}

async function catalogEntries(database: TDatabase): Promise<TCachedCatalog['entries']> {
  if (cache && Date.now() - cache.loadedAt < cacheMs) return cache.entries;
  const models = await database.model.findMany({ include: { prices: true } });
  const entries = models.map((model) => ({
    provider: model.provider === 'openai_compatible' ? 'openai' : model.provider,
    id: model.modelId,
    displayName: model.displayName,
    mode: model.mode === 'embedding' ? ('embedding' as const) : ('chat' as const),
    contextWindow: model.contextWindow ?? 0,
    maxOutputTokens: model.maxOutputTokens ?? 0,
    prices: { inputPerMTok: '0', outputPerMTok: '0' },
    effectiveFrom: model.createdAt.toISOString().slice(0, 10),
    source: model.source,
    catalogModelId: model.id,
    datedPrices: model.prices.map((row) => ({
      effectiveFrom: row.effectiveFrom,
      price: priceFromRow(row),
    })),
  })) as TCachedCatalog['entries'];
  cache = { loadedAt: Date.now(), entries };
  return entries;
}

export interface TCatalogPrice {
  catalogModelId: string;
  displayName: string;
  contextWindow: number | undefined;
  price: TPrice | undefined;
}

/** The catalog entry a call's model resolves to and its price at `at`; undefined when the model is unknown. */
export async function findCatalogPrice(
  database: TDatabase,
  provider: ProviderKind,
  model: string,
  at: Date,
): Promise<TCatalogPrice | undefined> {
  const entries = await catalogEntries(database);
  const match = matchCatalogModel(provider, model, entries) as TCachedCatalog['entries'][number] | undefined;
  if (!match) return undefined;
  return {
    catalogModelId: match.catalogModelId,
    displayName: match.displayName,
    contextWindow: match.contextWindow || undefined,
    price: selectPriceAt(match.datedPrices, at),
  };
}
