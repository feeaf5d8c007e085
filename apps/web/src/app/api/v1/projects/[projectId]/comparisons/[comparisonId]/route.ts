import { getComparison } from '@yardstick/core/server';
import { ZComparisonParams } from '@/server/playground-params';
import { route } from '@/server/route';

export const GET = route({
  auth: 'required',
  params: ZComparisonParams,
  handler: async ({ services, actor, params }) =>
    getComparison(services.database, actor, params.projectId, params.comparisonId),
});
