import { revokeInvitation } from '@yardstick/core/server';
import { z } from 'zod';
import { ZProjectParams } from '@/server/params';
import { route } from '@/server/route';

export const DELETE = route({
  auth: 'required',
  params: ZProjectParams.extend({ invitationId: z.string().min(1) }),
  handler: async ({ services, actor, params }) =>
    revokeInvitation(services.database, actor, params.projectId, params.invitationId),
});
