import type { TDatabase } from '@yardstick/db';
import type { TActor } from '../access/actor';
import { requireProjectRole } from '../access/project-access';
import { type TApiKeyView, toApiKeyView } from './api-key-view';

export async function listApiKeys(
  database: TDatabase,
  actor: TActor,
  projectId: string,
): Promise<TApiKeyView[]> {
  await requireProjectRole(database, actor, projectId, 'admin');
  const apiKeys = await database.apiKey.findMany({ where: { projectId }, orderBy: { createdAt: 'desc' } });
  return apiKeys.map(toApiKeyView);
}
