import type { TDatabase } from '@yardstick/db';
import type { TActor } from '../access/actor';
import { UnauthenticatedError } from '../errors/app-error';
import { hashSecretToken } from '../tokens/secret-token';

// Recording every use would write on every request; a minute's precision is plenty for "last used".
const lastUsedPrecisionMs = 60_000;

/** The actor behind `Authorization: Bearer ys_…`; a revoked or unknown key is a 401. */
export async function authenticateApiKey(database: TDatabase, key: string): Promise<TActor> {
  const apiKey = await database.apiKey.findUnique({ where: { keyHash: hashSecretToken(key) } });
  if (!apiKey || apiKey.revokedAt)
    throw new UnauthenticatedError('This API key is not valid or has been revoked.');
  if (!apiKey.lastUsedAt || Date.now() - apiKey.lastUsedAt.getTime() > lastUsedPrecisionMs) {
    await database.apiKey.update({ where: { id: apiKey.id }, data: { lastUsedAt: new Date() } });
  }
  return {
    kind: 'apiKey',
    apiKeyId: apiKey.id,
    projectId: apiKey.projectId,
    role: apiKey.role,
    createdById: apiKey.createdById,
  };
}
