// The first rows of a file and a suggested mapping; the browser sends the file's beginning only.

import { importLimits } from '@yardstick/core';
import { getDataset, previewImport, ZPreviewImport } from '@yardstick/core/server';
import { ZDatasetParams } from '@/server/labeling-params';
import { route } from '@/server/route';
import { readHead } from '@/server/upload';

export const POST = route({
  auth: 'required',
  params: ZDatasetParams,
  query: ZPreviewImport,
  handler: async ({ request, services, actor, params, query }) => {
    await getDataset(services.database, actor, params.projectId, params.datasetId);
    const head = await readHead(request, importLimits.previewBytes);
    return previewImport(services.database, actor, params.projectId, query, head);
  },
});
