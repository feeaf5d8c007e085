import type { TDatabase } from '@yardstick/db';
import type { TActor } from '../access/actor';
import { requireProjectRole } from '../access/project-access';
import { type TConnectionView, toConnectionView } from './connection-view';

/** The project's connections, the built-in emulated one first. */
export async function listConnections(
  database: TDatabase,
  actor: TActor,
  projectId: string,
): Promise<TConnectionView[]> {
  await requireProjectRole(database, actor, projectId, 'viewer');
  const connections = await database.providerConnection.findMany({
    where: { projectId },
    orderBy: [{ isBuiltIn: 'desc' }, { name: 'asc' }],
  });
  return connections.map(toConnectionView);
}
