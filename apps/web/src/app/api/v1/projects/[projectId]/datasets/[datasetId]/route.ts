import { getDataset } from '@yardstick/core/server';
import { ZDatasetParams } from '@/server/labeling-params';
import { route } from '@/server/route';

export const GET = route({
  auth: 'required',
  params: ZDatasetParams,
  handler: async ({ services, actor, params }) =>
    getDataset(services.database, actor, params.projectId, params.datasetId),
});
