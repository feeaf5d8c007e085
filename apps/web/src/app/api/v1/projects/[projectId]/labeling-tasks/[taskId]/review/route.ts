import { reviewLabelingTask } from '@yardstick/core/server';
import { ZLabelingTaskParams } from '@/server/labeling-params';
import { route } from '@/server/route';

export const GET = route({
  auth: 'required',
  params: ZLabelingTaskParams,
  handler: async ({ services, actor, params }) =>
    reviewLabelingTask(services.database, actor, params.projectId, params.taskId),
});
