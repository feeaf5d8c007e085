import { exportRatings, ZExportRatings } from '@yardstick/core/server';
import { fileResponse } from '@/server/file-response';
import { ZLabelingTaskParams } from '@/server/labeling-params';
import { route } from '@/server/route';

export const GET = route({
  auth: 'required',
  params: ZLabelingTaskParams,
  query: ZExportRatings,
  handler: async ({ services, actor, params, query }) =>
    fileResponse(
      await exportRatings(services.database, actor, params.projectId, params.taskId, query.format),
    ),
});
