import type { TDatabase } from '@yardstick/db';
import { ConflictError, NotFoundError } from '../errors/app-error';
import { emulatedConnectionName } from './built-in-connection';

/** A connection of the project; one of another project is not found, so its existence does not leak. */
export async function findProjectConnection(database: TDatabase, projectId: string, connectionId: string) {
  const connection = await database.providerConnection.findFirst({ where: { id: connectionId, projectId } });
  if (!connection) throw new NotFoundError('Connection');
  return connection;
}

export function assertNotBuiltIn(connection: { isBuiltIn: boolean }, action: 'edited' | 'deleted'): void {
  if (connection.isBuiltIn) {
    throw new ConflictError(`The built-in "${emulatedConnectionName}" connection cannot be ${action}.`);
  }
}
