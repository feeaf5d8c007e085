import { listAlerts, ZListAlerts } from '@yardstick/core/server';
import { route } from '@/server/route';

export const GET = route({
  auth: 'required',
  query: ZListAlerts,
  handler: async ({ services, actor, query }) => ({
    alerts: await listAlerts(services.database, actor, query),
  }),
});
