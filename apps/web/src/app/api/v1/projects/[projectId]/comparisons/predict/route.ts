import { predictComparisonCost, ZComparisonDraft } from '@yardstick/core/server';
import { ZProjectParams } from '@/server/params';
import { route } from '@/server/route';

// The playground calls this as the user types: the predicted cost per cell and in total; nothing is stored.
export const POST = route({
  auth: 'required',
  params: ZProjectParams,
  body: ZComparisonDraft,
  handler: async ({ services, actor, params, body }) =>
    predictComparisonCost(services.database, actor, params.projectId, body),
});
