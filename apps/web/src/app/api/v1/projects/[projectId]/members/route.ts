import { listMembers } from '@yardstick/core/server';
import { ZProjectParams } from '@/server/params';
import { route } from '@/server/route';

export const GET = route({
  auth: 'required',
  params: ZProjectParams,
  handler: async ({ services, actor, params }) => ({
    members: await listMembers(services.database, actor, params.projectId),
  }),
});
