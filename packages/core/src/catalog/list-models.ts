import type { TDatabase } from '@yardstick/db';
import { z } from 'zod';
import { currentPriceInclude, type TModelView, toModelView } from './model-view';

const catalogProviders = [
  'openai',
  'openai_compatible',
  'anthropic',
  'bedrock',
  'gemini',
  'emulated',
] as const;

// A search form sends its empty fields as "": that means no filter.
export const ZListModels = z.object({
  provider: z.preprocess(
    (value) => (value === '' ? undefined : value),
    z
      .enum(catalogProviders, {
        message: 'must be openai, openai_compatible, anthropic, bedrock, gemini or emulated',
      })
      .optional(),
  ),
  search: z.string().trim().max(100, 'must be at most 100 characters').optional(),
});
export type TListModels = z.infer<typeof ZListModels>;

/**
 * The model catalog with the price in force now, optionally one provider's or matching a search. Anyone
 * signed in may read it: prices are not secret, and every project's cost figures come from them.
 */
export async function listModels(database: TDatabase, input: TListModels): Promise<TModelView[]> {
  const search = input.search || undefined;
  const models = await database.model.findMany({
    where: {
      ...(input.provider ? { provider: input.provider } : {}),
      ...(search
        ? {
            OR: [
              { modelId: { contains: search, mode: 'insensitive' as const } },
              { displayName: { contains: search, mode: 'insensitive' as const } },
            ],
          }
        : {}),
    },
    include: currentPriceInclude(new Date()),
    orderBy: [{ provider: 'asc' }, { modelId: 'asc' }],
  });
  return models.map((model) => toModelView(model, model.prices[0]));
}
