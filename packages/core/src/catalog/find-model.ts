import type { TDatabase } from '@yardstick/db';
import { NotFoundError } from '../errors/app-error';

export async function findModel(database: TDatabase, modelId: string) {
  const model = await database.model.findUnique({ where: { id: modelId } });
  if (!model) throw new NotFoundError('Model');
  return model;
}
