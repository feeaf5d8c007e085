import { createInvitation, listInvitations, ZCreateInvitation } from '@yardstick/core/server';
import { ZProjectParams } from '@/server/params';
import { route } from '@/server/route';

export const GET = route({
  auth: 'required',
  params: ZProjectParams,
  handler: async ({ services, actor, params }) => ({
    invitations: await listInvitations(services.database, actor, params.projectId),
  }),
});

export const POST = route({
  auth: 'required',
  params: ZProjectParams,
  body: ZCreateInvitation,
  status: 201,
  handler: async ({ services, actor, params, body }) =>
    createInvitation(
      { database: services.database, baseUrl: services.environment.YARDSTICK_URL },
      actor,
      params.projectId,
      body,
    ),
});
