import { averageWorkload, ZAverageWorkload } from '@yardstick/core/server';
import { route } from '@/server/route';

export const GET = route({
  auth: 'required',
  query: ZAverageWorkload,
  handler: async ({ services, actor, query }) => averageWorkload(services.database, actor, query),
});
