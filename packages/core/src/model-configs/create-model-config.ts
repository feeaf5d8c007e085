import type { TDatabase } from '@yardstick/db';
import { z } from 'zod';
import type { TActor } from '../access/actor';
import { requireProjectRole } from '../access/project-access';
import { withUniqueName } from '../errors/unique-name';
import { checkModelChoice } from './check-model-choice';
import { ZModelConfigChoice, ZModelConfigParameters } from './model-config-fields';
import { type TModelConfigView, toModelConfigView } from './model-config-view';

export const ZCreateModelConfig = z.strictObject({
  ...ZModelConfigChoice.shape,
  systemPrompt: ZModelConfigParameters.shape.systemPrompt.optional(),
  temperature: ZModelConfigParameters.shape.temperature.optional(),
  topP: ZModelConfigParameters.shape.topP.optional(),
  maxOutputTokens: ZModelConfigParameters.shape.maxOutputTokens.optional(),
  stopSequences: ZModelConfigParameters.shape.stopSequences.default([]),
  seed: ZModelConfigParameters.shape.seed.optional(),
});
export type TCreateModelConfig = z.input<typeof ZCreateModelConfig>;

/** Saves a model config (an "application"): a connection, a catalog model and the parameters sent with it. */
export async function createModelConfig(
  database: TDatabase,
  actor: TActor,
  projectId: string,
  input: TCreateModelConfig,
): Promise<TModelConfigView> {
  await requireProjectRole(database, actor, projectId, 'member');
  const parsed = ZCreateModelConfig.parse(input);
  const { catalog } = await checkModelChoice(database, projectId, parsed.connectionId, parsed.model);
  const config = await withUniqueName('model config', parsed.name, () =>
    database.modelConfig.create({
      data: {
        projectId,
        name: parsed.name,
        connectionId: parsed.connectionId,
        model: parsed.model,
        systemPrompt: parsed.systemPrompt || null,
        temperature: parsed.temperature ?? null,
        topP: parsed.topP ?? null,
        maxOutputTokens: parsed.maxOutputTokens ?? null,
        stopSequences: parsed.stopSequences,
        seed: parsed.seed ?? null,
      },
      include: { connection: true },
    }),
  );
  return toModelConfigView(config, catalog);
}
