import { listGenerationRuns, startGenerationRun, ZGenerationDraft } from '@yardstick/core/server';
import { ZDatasetParams } from '@/server/labeling-params';
import { route } from '@/server/route';

export const GET = route({
  auth: 'required',
  params: ZDatasetParams,
  handler: async ({ services, actor, params }) => ({
    generationRuns: await listGenerationRuns(services.database, actor, params.projectId, params.datasetId),
  }),
});

export const POST = route({
  auth: 'required',
  params: ZDatasetParams,
  body: ZGenerationDraft,
  status: 201,
  handler: async ({ services, actor, params, body }) =>
    startGenerationRun(services, actor, params.projectId, params.datasetId, body),
});
