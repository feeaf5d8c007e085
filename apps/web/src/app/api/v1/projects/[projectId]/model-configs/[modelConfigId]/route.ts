import { getModelConfig, updateModelConfig, ZUpdateModelConfig } from '@yardstick/core/server';
import { ZModelConfigParams } from '@/server/playground-params';
import { route } from '@/server/route';

export const GET = route({
  auth: 'required',
  params: ZModelConfigParams,
  handler: async ({ services, actor, params }) =>
    getModelConfig(services.database, actor, params.projectId, params.modelConfigId),
});

export const PATCH = route({
  auth: 'required',
  params: ZModelConfigParams,
  body: ZUpdateModelConfig,
  handler: async ({ services, actor, params, body }) =>
    updateModelConfig(services.database, actor, params.projectId, params.modelConfigId, body),
});
