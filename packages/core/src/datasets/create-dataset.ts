import type { TDatabase } from '@yardstick/db';
import { z } from 'zod';
import { actingUserId } from '../access/acting-user';
import type { TActor } from '../access/actor';
import { requireProjectRole } from '../access/project-access';
import { withUniqueName } from '../errors/unique-name';
import { type TDatasetView, toDatasetView } from './dataset-view';
import { ZDatasetName } from './item-fields';

export const ZCreateDataset = z.object({
  name: ZDatasetName,
  description: z.string().trim().max(2000, 'must be at most 2,000 characters').optional(),
});
export type TCreateDataset = z.input<typeof ZCreateDataset>;

/** An empty dataset (version 0): its first import or item makes version 1. */
export async function createDataset(
  database: TDatabase,
  actor: TActor,
  projectId: string,
  input: TCreateDataset,
): Promise<TDatasetView> {
  await requireProjectRole(database, actor, projectId, 'member');
  const parsed = ZCreateDataset.parse(input);
  const dataset = await withUniqueName('dataset', parsed.name, () =>
    database.dataset.create({
      data: {
        projectId,
        name: parsed.name,
        description: parsed.description || null,
        createdById: actingUserId(actor),
      },
    }),
  );
  return toDatasetView(dataset, 0);
}
