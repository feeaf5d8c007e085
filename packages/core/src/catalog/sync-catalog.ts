// Loads the reviewed catalog file (packages/providers/catalog/models.json) into the database at start.
// Entries an admin edited are left alone; a price that changed in the file becomes a new dated price row,
// so costs already recorded keep the price they were computed with.
import type { TDatabase } from '@yardstick/db';
import { loadCatalog, type TCatalogModel } from '@yardstick/providers';

function samePrice(
  row: {
    inputPerMTok: unknown;
    outputPerMTok: unknown;
    cachedInputPerMTok: unknown;
    cacheWritePerMTok: unknown;
  },
  model: TCatalogModel,
) {
  const text = (value: unknown) =>
    value === null || value === undefined ? undefined : Number(String(value)).toString();
  const file = (value: string | undefined) => (value === undefined ? undefined : Number(value).toString());
  return (
    text(row.inputPerMTok) === file(model.prices.inputPerMTok) &&
    text(row.outputPerMTok) === file(model.prices.outputPerMTok) &&
    text(row.cachedInputPerMTok) === file(model.prices.cachedInputPerMTok) &&
    text(row.cacheWritePerMTok) === file(model.prices.cacheWritePerMTok)
  );
}

// Several workers start at once; one of them syncs while the others wait on this lock, then find nothing to do.
const syncLockKey = 7_201_001;

export function syncCatalog(database: TDatabase): Promise<{ created: number; repriced: number }> {
  return database.$transaction(
    async (transaction) => {
      await transaction.$executeRaw`SELECT pg_advisory_xact_lock(${syncLockKey})`;
      return syncWithin(transaction as unknown as TDatabase);
    },
    { timeout: 120_000, maxWait: 120_000 },
  );
}

async function syncWithin(database: TDatabase): Promise<{ created: number; repriced: number }> {
  const existing = await database.model.findMany({
    include: { prices: { orderBy: { effectiveFrom: 'desc' }, take: 1 } },
  });
  const byKey = new Map(existing.map((model) => [`${model.provider}/${model.modelId}`, model]));
  let created = 0;
  let repriced = 0;
  for (const entry of loadCatalog()) {
    const current = byKey.get(`${entry.provider}/${entry.id}`);
    const price = {
      inputPerMTok: entry.prices.inputPerMTok,
      outputPerMTok: entry.prices.outputPerMTok,
      cachedInputPerMTok: entry.prices.cachedInputPerMTok ?? null,
      cacheWritePerMTok: entry.prices.cacheWritePerMTok ?? null,
      source: entry.source,
    };
    if (!current) {
      await database.model.create({
        data: {
          provider: entry.provider,
          modelId: entry.id,
          displayName: entry.displayName,
          contextWindow: entry.contextWindow,
          maxOutputTokens: entry.maxOutputTokens,
          mode: entry.mode,
          source: entry.source,
          prices: { create: { ...price, effectiveFrom: new Date(`${entry.effectiveFrom}T00:00:00Z`) } },
        },
      });
      created += 1;
    } else if (!current.isEditedByAdmin && (!current.prices[0] || !samePrice(current.prices[0], entry))) {
      // A price newer than the one on record takes effect now, not retroactively.
      const effectiveFrom = new Date(Math.max(Date.parse(`${entry.effectiveFrom}T00:00:00Z`), Date.now()));
      await database.modelPrice.create({ data: { ...price, catalogModelId: current.id, effectiveFrom } });
      repriced += 1;
    }
  }
  return { created, repriced };
}
