import { previewPromotion, ZPromotionChoice } from '@yardstick/core/server';
import { ZLabelingTaskParams } from '@/server/labeling-params';
import { route } from '@/server/route';

export const POST = route({
  auth: 'required',
  params: ZLabelingTaskParams,
  body: ZPromotionChoice,
  handler: async ({ services, actor, params, body }) =>
    previewPromotion(services.database, actor, params.projectId, params.taskId, body),
});
