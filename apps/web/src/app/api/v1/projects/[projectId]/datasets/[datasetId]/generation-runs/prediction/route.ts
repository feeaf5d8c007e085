import { predictGenerationCost, ZGenerationDraft } from '@yardstick/core/server';
import { ZDatasetParams } from '@/server/labeling-params';
import { route } from '@/server/route';

export const POST = route({
  auth: 'required',
  params: ZDatasetParams,
  body: ZGenerationDraft,
  handler: async ({ services, actor, params, body }) =>
    predictGenerationCost(services.database, actor, params.projectId, params.datasetId, body),
});
