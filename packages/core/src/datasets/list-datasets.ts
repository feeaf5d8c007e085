import type { TDatabase } from '@yardstick/db';
import type { TActor } from '../access/actor';
import { requireProjectRole } from '../access/project-access';
import { type TDatasetView, toDatasetView } from './dataset-view';

export async function listDatasets(
  database: TDatabase,
  actor: TActor,
  projectId: string,
): Promise<TDatasetView[]> {
  await requireProjectRole(database, actor, projectId, 'viewer');
  const datasets = await database.dataset.findMany({ where: { projectId }, orderBy: { updatedAt: 'desc' } });
  const latest = await database.datasetVersion.findMany({
    where: { OR: datasets.map((dataset) => ({ datasetId: dataset.id, number: dataset.latestVersion })) },
    select: { datasetId: true, itemCount: true },
  });
  const counts = new Map(latest.map((version) => [version.datasetId, version.itemCount]));
  return datasets.map((dataset) => toDatasetView(dataset, counts.get(dataset.id) ?? 0));
}
