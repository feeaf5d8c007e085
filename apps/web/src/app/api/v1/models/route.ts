import { createCustomModel, listModels, ZCreateCustomModel, ZListModels } from '@yardstick/core/server';
import { route } from '@/server/route';

export const GET = route({
  auth: 'required',
  query: ZListModels,
  handler: async ({ services, query }) => ({ models: await listModels(services.database, query) }),
});

export const POST = route({
  auth: 'required',
  body: ZCreateCustomModel,
  status: 201,
  handler: async ({ services, actor, body }) => createCustomModel(services.database, actor, body),
});
