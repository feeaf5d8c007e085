// Loads the reviewed catalog file (packages/providers/catalog/models.json) into the database at start.
// Entries an admin edited are left alone; a price that changed in the file becomes a new dated price row,
// so costs already recorded keep the price they were computed with.
import type { TDatabase } from '@yardstick/db';
import { loadCatalog, type TCatalogModel } from '@yardstick/providers';
import { priceColumns } from './price-fields';

type TPriceColumns = ReturnType<typeof priceColumns>;

/** Whether a stored price row says what the catalog file says (decimals compared by value: 2.50 = 2.5). */
function samePrice(row: Record<keyof TPriceColumns, unknown>, file: TPriceColumns) {
  const value = (field: unknown) =>
    field === null || field === undefined ? undefined : Number(String(field)).toString();
  return (Object.keys(file) as (keyof TPriceColumns)[]).every((key) => value(row[key]) === value(file[key]));
}

/** The catalog file's price for a model as ModelPrice columns. */
function filePrice(entry: TCatalogModel): TPriceColumns {
  const { longContext } = entry;
  return priceColumns({
    ...entry.prices,
    ...(longContext
      ? { longContext: { aboveInputTokens: longContext.aboveInputTokens, rates: longContext.prices } }
      : {}),
  });
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
    const columns = filePrice(entry);
    const price = { ...columns, source: entry.source };
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
    } else if (!current.isEditedByAdmin && (!current.prices[0] || !samePrice(current.prices[0], columns))) {
      // A price newer than the one on record takes effect now, not retroactively.
      const effectiveFrom = new Date(Math.max(Date.parse(`${entry.effectiveFrom}T00:00:00Z`), Date.now()));
      await database.modelPrice.create({ data: { ...price, catalogModelId: current.id, effectiveFrom } });
      repriced += 1;
    }
  }
  return { created, repriced };
}
