import type { TDatabase } from '@yardstick/db';
import { z } from 'zod';
import type { TActor } from '../access/actor';
import { requireProjectRole } from '../access/project-access';
import { findCatalogPrice } from '../catalog/find-price';
import { type TModelConfigView, toModelConfigView } from './model-config-view';

export const ZListModelConfigs = z.strictObject({
  /** "true" lists archived model configs too (query strings carry text). */
  includeArchived: z.enum(['true', 'false'], { message: 'must be true or false' }).optional(),
});

export async function listModelConfigs(
  database: TDatabase,
  actor: TActor,
  projectId: string,
  options: { includeArchived?: boolean } = {},
): Promise<TModelConfigView[]> {
  await requireProjectRole(database, actor, projectId, 'viewer');
  const configs = await database.modelConfig.findMany({
    where: { projectId, ...(options.includeArchived ? {} : { archivedAt: null }) },
    include: { connection: true },
    orderBy: [{ archivedAt: { sort: 'asc', nulls: 'first' } }, { name: 'asc' }],
  });
  const now = new Date();
  return Promise.all(
    configs.map(async (config) =>
      toModelConfigView(config, await findCatalogPrice(database, config.connection.kind, config.model, now)),
    ),
  );
}
