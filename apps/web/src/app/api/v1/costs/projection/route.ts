import { projectWorkloadCost, ZProjectWorkloadCost } from '@yardstick/core/server';
import { route } from '@/server/route';

export const GET = route({
  auth: 'required',
  query: ZProjectWorkloadCost,
  handler: async ({ services, actor, query }) => projectWorkloadCost(services.database, actor, query),
});
