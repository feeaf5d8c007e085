import type { TDatabase } from '@yardstick/db';
import type { TActor } from '../access/actor';
import { requireProjectRole } from '../access/project-access';
import { findCatalogPrice } from '../catalog/find-price';
import { findModelConfig } from './find-model-config';
import { type TModelConfigView, toModelConfigView } from './model-config-view';

export async function getModelConfig(
  database: TDatabase,
  actor: TActor,
  projectId: string,
  modelConfigId: string,
): Promise<TModelConfigView> {
  await requireProjectRole(database, actor, projectId, 'viewer');
  const config = await findModelConfig(database, projectId, modelConfigId);
  return toModelConfigView(
    config,
    await findCatalogPrice(database, config.connection.kind, config.model, new Date()),
  );
}
