import type { TDatabase } from '@yardstick/db';
import { findCatalogPrice } from '../catalog/find-price';
import { ValidationError } from '../errors/app-error';

/**
 * The connection and catalog entry a model config points at. The connection must be the project's own; the model
 * must be in the catalog for that provider, except on OpenAI-compatible servers, which serve local models the
 * catalog cannot know (their calls are recorded as unpriced).
 */
export async function checkModelChoice(
  database: TDatabase,
  projectId: string,
  connectionId: string,
  model: string,
) {
  const connection = await database.providerConnection.findFirst({ where: { id: connectionId, projectId } });
  if (!connection) {
    throw new ValidationError('body.connectionId is not a connection of this project.', [
      { field: 'body.connectionId', message: 'is not a connection of this project' },
    ]);
  }
  const catalog = await findCatalogPrice(database, connection.kind, model, new Date());
  if (!catalog && connection.kind !== 'openai_compatible') {
    const message = `"${model}" is not in the model catalog for ${connection.kind}; pick a listed model, or ask an admin to add it to the catalog`;
    throw new ValidationError(`body.model ${message}.`, [{ field: 'body.model', message }]);
  }
  return { connection, catalog };
}
