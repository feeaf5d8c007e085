import type { TDatabase } from '@yardstick/db';
import type { TActor } from '../access/actor';
import { requireProjectRole } from '../access/project-access';
import { ConflictError } from '../errors/app-error';
import { isForeignKeyViolation } from '../errors/database-errors';
import { assertNotBuiltIn, findProjectConnection } from './project-connection';

function inUseError(configs: { name: string; archivedAt: Date | null }[]): ConflictError {
  const names = configs.map((config) => `"${config.name}"${config.archivedAt ? ' (archived)' : ''}`);
  const users =
    names.length === 0
      ? 'a model config'
      : `${names.length === 1 ? 'the model config' : 'the model configs'} ${names.join(', ')}`;
  return new ConflictError(
    `This connection is used by ${users}. Delete them or move them to another connection first.`,
  );
}

/** Deletes a connection no model config uses. Its recorded usage stays, detached from it. */
export async function deleteConnection(
  database: TDatabase,
  actor: TActor,
  projectId: string,
  connectionId: string,
) {
  await requireProjectRole(database, actor, projectId, 'admin');
  const connection = await findProjectConnection(database, projectId, connectionId);
  assertNotBuiltIn(connection, 'deleted');
  const users = await database.modelConfig.findMany({
    where: { connectionId },
    select: { name: true, archivedAt: true },
    take: 20,
  });
  // Archived configs keep their connection too: their history still points at it.
  if (users.length > 0) throw inUseError(users);
  try {
    await database.providerConnection.delete({ where: { id: connection.id } });
  } catch (error) {
    // A model config created between the check and the delete.
    if (isForeignKeyViolation(error)) throw inUseError([]);
    throw error;
  }
}
