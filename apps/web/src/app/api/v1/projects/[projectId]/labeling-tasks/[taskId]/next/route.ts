// POST, not GET: asking for the next item may deal one (it changes who holds what).
import { dealNextItem } from '@yardstick/core/server';
import { ZLabelingTaskParams } from '@/server/labeling-params';
import { route } from '@/server/route';

export const POST = route({
  auth: 'required',
  params: ZLabelingTaskParams,
  handler: async ({ services, actor, params }) =>
    dealNextItem(services.database, actor, params.projectId, params.taskId),
});
