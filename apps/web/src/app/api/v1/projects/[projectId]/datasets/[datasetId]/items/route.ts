import { addDatasetItem, listDatasetItems, ZAddDatasetItem, ZListDatasetItems } from '@yardstick/core/server';
import { ZDatasetParams } from '@/server/labeling-params';
import { route } from '@/server/route';

export const GET = route({
  auth: 'required',
  params: ZDatasetParams,
  query: ZListDatasetItems,
  handler: async ({ services, actor, params, query }) =>
    listDatasetItems(services.database, actor, params.projectId, params.datasetId, query),
});

export const POST = route({
  auth: 'required',
  params: ZDatasetParams,
  body: ZAddDatasetItem,
  status: 201,
  handler: async ({ services, actor, params, body }) =>
    addDatasetItem(services.database, actor, params.projectId, params.datasetId, body),
});
