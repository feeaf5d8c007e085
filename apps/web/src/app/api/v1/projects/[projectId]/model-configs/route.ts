import {
  createModelConfig,
  listModelConfigs,
  ZCreateModelConfig,
  ZListModelConfigs,
} from '@yardstick/core/server';
import { ZProjectParams } from '@/server/params';
import { route } from '@/server/route';

export const GET = route({
  auth: 'required',
  params: ZProjectParams,
  query: ZListModelConfigs,
  handler: async ({ services, actor, params, query }) => ({
    modelConfigs: await listModelConfigs(services.database, actor, params.projectId, {
      includeArchived: query.includeArchived === 'true',
    }),
  }),
});

export const POST = route({
  auth: 'required',
  params: ZProjectParams,
  body: ZCreateModelConfig,
  status: 201,
  handler: async ({ services, actor, params, body }) =>
    createModelConfig(services.database, actor, params.projectId, body),
});
