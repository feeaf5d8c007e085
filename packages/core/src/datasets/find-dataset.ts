import type { TDatabase } from '@yardstick/db';
import { NotFoundError } from '../errors/app-error';

/** A dataset of the project, or 404 (a dataset of another project is not found either). */
export async function findProjectDataset(database: TDatabase, projectId: string, datasetId: string) {
  const dataset = await database.dataset.findFirst({ where: { id: datasetId, projectId } });
  if (!dataset) throw new NotFoundError('Dataset');
  return dataset;
}

/** A version of the dataset by number, or 404. */
export async function findDatasetVersion(database: TDatabase, datasetId: string, number: number) {
  const version = await database.datasetVersion.findUnique({
    where: { datasetId_number: { datasetId, number } },
  });
  if (!version) throw new NotFoundError(`Version ${number} of the dataset`);
  return version;
}
