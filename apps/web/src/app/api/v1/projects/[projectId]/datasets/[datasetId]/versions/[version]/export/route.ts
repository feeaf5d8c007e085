import { exportDatasetVersion, ZExportDatasetVersion } from '@yardstick/core/server';
import { fileResponse } from '@/server/file-response';
import { ZDatasetVersionParams } from '@/server/labeling-params';
import { route } from '@/server/route';

export const GET = route({
  auth: 'required',
  params: ZDatasetVersionParams,
  query: ZExportDatasetVersion,
  handler: async ({ services, actor, params, query }) =>
    fileResponse(
      await exportDatasetVersion(
        services.database,
        actor,
        params.projectId,
        params.datasetId,
        params.version,
        query.format,
      ),
    ),
});
