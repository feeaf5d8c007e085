import type { TDatabase } from '@yardstick/db';
import { z } from 'zod';
import type { TActor } from '../access/actor';
import { requireProjectRole } from '../access/project-access';
import { findCatalogPrice } from '../catalog/find-price';
import { withUniqueName } from '../errors/unique-name';
import { checkModelChoice } from './check-model-choice';
import { findModelConfig } from './find-model-config';
import { ZModelConfigChoice, ZModelConfigParameters } from './model-config-fields';
import { type TModelConfigView, toModelConfigView } from './model-config-view';

export const ZUpdateModelConfig = z
  .strictObject({
    ...ZModelConfigChoice.partial().shape,
    ...ZModelConfigParameters.partial().shape,
    /** Archived configs leave the playground's pickers; comparisons that used them keep their snapshot. */
    isArchived: z.boolean().optional(),
  })
  .refine((input) => Object.keys(input).length > 0, { message: 'needs at least one field to change' });
export type TUpdateModelConfig = z.infer<typeof ZUpdateModelConfig>;

/**
 * Edits a model config. Comparisons keep a snapshot of the config as it ran, so an edit never rewrites the
 * history of what was compared.
 */
export async function updateModelConfig(
  database: TDatabase,
  actor: TActor,
  projectId: string,
  modelConfigId: string,
  input: TUpdateModelConfig,
): Promise<TModelConfigView> {
  await requireProjectRole(database, actor, projectId, 'member');
  const current = await findModelConfig(database, projectId, modelConfigId);
  const { isArchived, ...fields } = ZUpdateModelConfig.parse(input);
  if (fields.connectionId !== undefined || fields.model !== undefined) {
    await checkModelChoice(
      database,
      projectId,
      fields.connectionId ?? current.connectionId,
      fields.model ?? current.model,
    );
  }
  const config = await withUniqueName('model config', fields.name ?? current.name, () =>
    database.modelConfig.update({
      where: { id: current.id },
      data: {
        ...fields,
        ...(fields.systemPrompt === '' ? { systemPrompt: null } : {}),
        ...(isArchived === undefined
          ? {}
          : { archivedAt: isArchived ? (current.archivedAt ?? new Date()) : null }),
      },
      include: { connection: true },
    }),
  );
  return toModelConfigView(
    config,
    await findCatalogPrice(database, config.connection.kind, config.model, new Date()),
  );
}
