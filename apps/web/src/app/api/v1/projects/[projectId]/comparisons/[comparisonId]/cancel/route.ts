import { cancelComparison } from '@yardstick/core/server';
import { ZComparisonParams } from '@/server/playground-params';
import { route } from '@/server/route';

export const POST = route({
  auth: 'required',
  params: ZComparisonParams,
  handler: async ({ services, actor, params }) =>
    cancelComparison(services, actor, params.projectId, params.comparisonId),
});
