import { createApiKey, listApiKeys, ZCreateApiKey } from '@yardstick/core/server';
import { ZProjectParams } from '@/server/params';
import { route } from '@/server/route';

export const GET = route({
  auth: 'required',
  params: ZProjectParams,
  handler: async ({ services, actor, params }) => ({
    apiKeys: await listApiKeys(services.database, actor, params.projectId),
  }),
});

export const POST = route({
  auth: 'required',
  params: ZProjectParams,
  body: ZCreateApiKey,
  status: 201,
  handler: async ({ services, actor, params, body }) =>
    createApiKey(services.database, actor, params.projectId, body),
});
