import type { TDatabase } from '@yardstick/db';
import { z } from 'zod';
import type { TActor } from '../access/actor';
import { ConflictError } from '../errors/app-error';
import { isUniqueViolation } from '../errors/database-errors';
import { requireCatalogManager } from './catalog-access';
import { findModel } from './find-model';
import { invalidateCatalogCache } from './find-price';
import {
  currentPriceInclude,
  type TModelPriceView,
  type TModelView,
  toModelPriceView,
  toModelView,
} from './model-view';
import { priceColumns, ZModelPrices } from './price-fields';

const effectiveFromMessage =
  'must be an ISO date (2026-12-01, meaning 00:00 UTC) or date-time (2026-12-01T09:00:00Z)';

export const ZUpdateModelPrice = ZModelPrices.extend({
  /** When the price takes effect; now unless given. Calls already recorded keep the cost they were given. */
  effectiveFrom: z
    .union([z.iso.datetime({ offset: true }), z.iso.date()], { error: effectiveFromMessage })
    .transform((value) => new Date(value.length === 10 ? `${value}T00:00:00Z` : value))
    .optional(),
});
export type TUpdateModelPrice = z.infer<typeof ZUpdateModelPrice>;

/**
 * A new price for a model: a new dated row, never a change to an old one, so costs computed before keep
 * their price. The model is marked edited, and the catalog file no longer reprices it.
 */
export async function updateModelPrice(
  database: TDatabase,
  actor: TActor,
  modelId: string,
  input: TUpdateModelPrice,
): Promise<{ price: TModelPriceView; model: TModelView }> {
  const manager = await requireCatalogManager(database, actor);
  const model = await findModel(database, modelId);
  const effectiveFrom = input.effectiveFrom ?? new Date();
  try {
    const [price, updated] = await database.$transaction([
      database.modelPrice.create({
        data: {
          catalogModelId: model.id,
          effectiveFrom,
          ...priceColumns(input),
          source: `Set by ${manager.name}`,
          createdById: manager.userId,
        },
      }),
      database.model.update({
        where: { id: model.id },
        data: { isEditedByAdmin: true },
        include: currentPriceInclude(new Date()),
      }),
    ]);
    // Other processes (workers) see the new price when their short-lived cache expires.
    invalidateCatalogCache();
    return { price: toModelPriceView(price), model: toModelView(updated, updated.prices[0]) };
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new ConflictError(
        `This model already has a price effective from ${effectiveFrom.toISOString()}; pick another time.`,
      );
    }
    throw error;
  }
}
