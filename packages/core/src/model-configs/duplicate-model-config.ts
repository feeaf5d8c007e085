import type { TDatabase } from '@yardstick/db';
import { z } from 'zod';
import type { TActor } from '../access/actor';
import { requireProjectRole } from '../access/project-access';
import { findCatalogPrice } from '../catalog/find-price';
import { withUniqueName } from '../errors/unique-name';
import { findModelConfig } from './find-model-config';
import { ZModelConfigName } from './model-config-fields';
import { type TModelConfigView, toModelConfigView } from './model-config-view';

export const ZDuplicateModelConfig = z.strictObject({ name: ZModelConfigName.optional() });
export type TDuplicateModelConfig = z.infer<typeof ZDuplicateModelConfig>;

/** The first free "<name> (copy)", "<name> (copy 2)", … in the project. */
async function copyName(database: TDatabase, projectId: string, name: string): Promise<string> {
  const base = `${name} (copy`.slice(0, 72);
  const taken = new Set(
    (
      await database.modelConfig.findMany({
        where: { projectId, name: { startsWith: base } },
        select: { name: true },
      })
    ).map((config) => config.name),
  );
  for (let index = 1; ; index += 1) {
    const candidate = index === 1 ? `${base})` : `${base} ${index})`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** Copies a model config (to try one parameter change side by side with the original). */
export async function duplicateModelConfig(
  database: TDatabase,
  actor: TActor,
  projectId: string,
  modelConfigId: string,
  input: TDuplicateModelConfig,
): Promise<TModelConfigView> {
  await requireProjectRole(database, actor, projectId, 'member');
  const source = await findModelConfig(database, projectId, modelConfigId);
  const name = ZDuplicateModelConfig.parse(input).name ?? (await copyName(database, projectId, source.name));
  const config = await withUniqueName('model config', name, () =>
    database.modelConfig.create({
      data: {
        projectId,
        name,
        connectionId: source.connectionId,
        model: source.model,
        systemPrompt: source.systemPrompt,
        temperature: source.temperature,
        topP: source.topP,
        maxOutputTokens: source.maxOutputTokens,
        stopSequences: source.stopSequences,
        seed: source.seed,
      },
      include: { connection: true },
    }),
  );
  return toModelConfigView(
    config,
    await findCatalogPrice(database, config.connection.kind, config.model, new Date()),
  );
}
