import type { TDatabase } from '@yardstick/db';
import { z } from 'zod';
import type { TActor } from '../access/actor';
import { requireProjectRole } from '../access/project-access';
import { ForbiddenError } from '../errors/app-error';
import { createSecretToken, hashSecretToken } from '../tokens/secret-token';
import { type TApiKeyView, toApiKeyView } from './api-key-view';

export const ZCreateApiKey = z.object({
  name: z.string().trim().min(1, 'is required').max(80),
  role: z.enum(['member', 'viewer'], { message: 'must be member or viewer' }).default('member'),
});
export type TCreateApiKey = z.input<typeof ZCreateApiKey>;

/** Creates a project API key. The returned `key` is the only time it exists in plain text. */
export async function createApiKey(
  database: TDatabase,
  actor: TActor,
  projectId: string,
  input: TCreateApiKey,
): Promise<TApiKeyView & { key: string }> {
  if (actor.kind !== 'user') throw new ForbiddenError('API keys are created by people, not by other keys.');
  await requireProjectRole(database, actor, projectId, 'admin');
  const parsed = ZCreateApiKey.parse(input);
  const key = createSecretToken('ys_');
  const apiKey = await database.apiKey.create({
    data: {
      projectId,
      name: parsed.name,
      role: parsed.role,
      prefix: key.slice(0, 10),
      keyHash: hashSecretToken(key),
      createdById: actor.userId,
    },
  });
  return { ...toApiKeyView(apiKey), key };
}
