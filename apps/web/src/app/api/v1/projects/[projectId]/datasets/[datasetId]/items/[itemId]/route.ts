import { deleteDatasetItem, updateDatasetItem, ZUpdateDatasetItem } from '@yardstick/core/server';
import { ZDatasetItemParams } from '@/server/labeling-params';
import { route } from '@/server/route';

export const PATCH = route({
  auth: 'required',
  params: ZDatasetItemParams,
  body: ZUpdateDatasetItem,
  handler: async ({ services, actor, params, body }) =>
    updateDatasetItem(services.database, actor, params.projectId, params.datasetId, params.itemId, body),
});

export const DELETE = route({
  auth: 'required',
  params: ZDatasetItemParams,
  handler: async ({ services, actor, params }) =>
    deleteDatasetItem(services.database, actor, params.projectId, params.datasetId, params.itemId),
});
