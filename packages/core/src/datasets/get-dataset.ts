import type { TDatabase } from '@yardstick/db';
import type { TActor } from '../access/actor';
import { requireProjectRole } from '../access/project-access';
import {
  type TDatasetVersionView,
  type TDatasetView,
  toDatasetVersionView,
  toDatasetView,
} from './dataset-view';
import { findProjectDataset } from './find-dataset';

/** A dataset with its versions, newest first. */
export async function getDataset(
  database: TDatabase,
  actor: TActor,
  projectId: string,
  datasetId: string,
): Promise<TDatasetView & { versions: TDatasetVersionView[] }> {
  await requireProjectRole(database, actor, projectId, 'viewer');
  const dataset = await findProjectDataset(database, projectId, datasetId);
  const versions = await database.datasetVersion.findMany({
    where: { datasetId },
    orderBy: { number: 'desc' },
  });
  return {
    ...toDatasetView(dataset, versions[0]?.itemCount ?? 0),
    versions: versions.map(toDatasetVersionView),
  };
}
