import { rateCompletion, ZRateCompletion } from '@yardstick/core/server';
import { ZComparisonParams } from '@/server/playground-params';
import { route } from '@/server/route';

export const POST = route({
  auth: 'required',
  params: ZComparisonParams,
  body: ZRateCompletion,
  status: 201,
  handler: async ({ services, actor, params, body }) => ({
    ratings: await rateCompletion(services.database, actor, params.projectId, params.comparisonId, body),
  }),
});
