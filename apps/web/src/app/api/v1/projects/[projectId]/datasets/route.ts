import { createDataset, listDatasets, ZCreateDataset } from '@yardstick/core/server';
import { ZProjectParams } from '@/server/params';
import { route } from '@/server/route';

export const GET = route({
  auth: 'required',
  params: ZProjectParams,
  handler: async ({ services, actor, params }) => ({
    datasets: await listDatasets(services.database, actor, params.projectId),
  }),
});

export const POST = route({
  auth: 'required',
  params: ZProjectParams,
  body: ZCreateDataset,
  status: 201,
  handler: async ({ services, actor, params, body }) =>
    createDataset(services.database, actor, params.projectId, body),
});
