import { duplicateModelConfig, ZDuplicateModelConfig } from '@yardstick/core/server';
import { ZModelConfigParams } from '@/server/playground-params';
import { route } from '@/server/route';

export const POST = route({
  auth: 'required',
  params: ZModelConfigParams,
  body: ZDuplicateModelConfig,
  status: 201,
  handler: async ({ services, actor, params, body }) =>
    duplicateModelConfig(services.database, actor, params.projectId, params.modelConfigId, body),
});
