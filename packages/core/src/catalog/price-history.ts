import type { TDatabase } from '@yardstick/db';
import { findModel } from './find-model';
import { type TModelPriceView, toModelPriceView } from './model-view';

/** Every price a model has had or will have, newest first: the record behind its historical costs. */
export async function priceHistory(
  database: TDatabase,
  modelId: string,
): Promise<{ prices: TModelPriceView[] }> {
  const model = await findModel(database, modelId);
  const prices = await database.modelPrice.findMany({
    where: { catalogModelId: model.id },
    orderBy: { effectiveFrom: 'desc' },
  });
  return { prices: prices.map(toModelPriceView) };
}
