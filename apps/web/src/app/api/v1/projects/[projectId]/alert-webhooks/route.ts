import { addAlertWebhook, listAlertWebhooks, ZAddAlertWebhook } from '@yardstick/core/server';
import { ZProjectParams } from '@/server/params';
import { route } from '@/server/route';

export const GET = route({
  auth: 'required',
  params: ZProjectParams,
  handler: async ({ services, actor, params }) => ({
    webhooks: await listAlertWebhooks(services.database, actor, params.projectId),
  }),
});

export const POST = route({
  auth: 'required',
  params: ZProjectParams,
  body: ZAddAlertWebhook,
  status: 201,
  handler: async ({ services, actor, params, body }) =>
    addAlertWebhook(services.database, actor, params.projectId, body),
});
