import type { TDatabase } from '@yardstick/db';
import { NotFoundError } from '../errors/app-error';

/** A model config of the project; one of another project is not found, so its existence does not leak. */
export async function findModelConfig(database: TDatabase, projectId: string, modelConfigId: string) {
  const config = await database.modelConfig.findFirst({
    where: { id: modelConfigId, projectId },
    include: { connection: true },
  });
  if (!config) throw new NotFoundError('Model config');
  return config;
}
