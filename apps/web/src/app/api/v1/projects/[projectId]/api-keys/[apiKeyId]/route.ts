import { revokeApiKey } from '@yardstick/core/server';
import { z } from 'zod';
import { ZProjectParams } from '@/server/params';
import { route } from '@/server/route';

export const DELETE = route({
  auth: 'required',
  params: ZProjectParams.extend({ apiKeyId: z.string().min(1) }),
  handler: async ({ services, actor, params }) =>
    revokeApiKey(services.database, actor, params.projectId, params.apiKeyId),
});
