import type { TDatabase } from '@yardstick/db';
import type { TActor } from '../access/actor';
import { requireProjectRole } from '../access/project-access';
import { NotFoundError } from '../errors/app-error';

export async function revokeApiKey(database: TDatabase, actor: TActor, projectId: string, apiKeyId: string) {
  await requireProjectRole(database, actor, projectId, 'admin');
  const { count } = await database.apiKey.updateMany({
    where: { id: apiKeyId, projectId, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  if (count === 0) throw new NotFoundError('Active API key');
}
