import { getGenerationRun } from '@yardstick/core/server';
import { ZGenerationRunParams } from '@/server/labeling-params';
import { route } from '@/server/route';

export const GET = route({
  auth: 'required',
  params: ZGenerationRunParams,
  handler: async ({ services, actor, params }) =>
    getGenerationRun(services.database, actor, params.projectId, params.generationRunId),
});
