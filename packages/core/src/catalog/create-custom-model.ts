import type { TDatabase } from '@yardstick/db';
import { z } from 'zod';
import type { TActor } from '../access/actor';
import { ConflictError } from '../errors/app-error';
import { isUniqueViolation } from '../errors/database-errors';
import { requireCatalogManager } from './catalog-access';
import { invalidateCatalogCache } from './find-price';
import { currentPriceInclude, type TModelView, toModelView } from './model-view';
import { priceColumns, ZModelPrices } from './price-fields';

// The emulated models are the emulator's own; every real kind, self-hosted servers included, can have more.
const customModelProviders = ['openai', 'openai_compatible', 'anthropic', 'bedrock', 'gemini'] as const;

export const ZCreateCustomModel = z.strictObject({
  provider: z.enum(customModelProviders, {
    message: 'must be openai, openai_compatible, anthropic, bedrock or gemini',
  }),
  /** The id sent to the provider's API, e.g. "llama3.2:3b" on Ollama. */
  modelId: z.string().trim().min(1, 'is required').max(200, 'must be at most 200 characters'),
  displayName: z.string().trim().max(120, 'must be at most 120 characters').optional(),
  contextWindow: z
    .number()
    .int('must be a whole number')
    .positive('must be positive')
    .max(100_000_000)
    .optional(),
  maxOutputTokens: z
    .number()
    .int('must be a whole number')
    .min(0, 'must not be negative')
    .max(100_000_000)
    .optional(),
  mode: z.enum(['chat', 'embedding'], { message: 'must be chat or embedding' }).default('chat'),
  /** May be zero (a self-hosted model), which is priced at $0, unlike an unknown model, which is unpriced. */
  prices: ZModelPrices,
});
export type TCreateCustomModel = z.input<typeof ZCreateCustomModel>;

/** Adds a model the catalog file does not know, priced from now on. */
export async function createCustomModel(
  database: TDatabase,
  actor: TActor,
  input: z.infer<typeof ZCreateCustomModel>,
): Promise<TModelView> {
  const manager = await requireCatalogManager(database, actor);
  const now = new Date();
  try {
    const model = await database.model.create({
      data: {
        provider: input.provider,
        modelId: input.modelId,
        displayName: input.displayName || input.modelId,
        contextWindow: input.contextWindow ?? null,
        maxOutputTokens: input.maxOutputTokens ?? null,
        mode: input.mode,
        isCustom: true,
        // The catalog file must never reprice a model an admin defined.
        isEditedByAdmin: true,
        source: `Added by ${manager.name}`,
        prices: {
          create: {
            effectiveFrom: now,
            ...priceColumns(input.prices),
            source: `Set by ${manager.name}`,
            createdById: manager.userId,
          },
        },
      },
      include: currentPriceInclude(now),
    });
    invalidateCatalogCache();
    return toModelView(model, model.prices[0]);
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new ConflictError(
        `The catalog already has ${input.provider} model "${input.modelId}"; edit its price instead.`,
      );
    }
    throw error;
  }
}
