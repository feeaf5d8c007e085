import { acceptInvitation, ZAcceptInvitation } from '@yardstick/core/server';
import { z } from 'zod';
import { route } from '@/server/route';

export const POST = route({
  auth: 'optional',
  params: z.object({ token: z.string().min(1) }),
  body: ZAcceptInvitation,
  handler: async ({ services, actor, params, body, request }) => {
    const accepted = await acceptInvitation(services, actor, params.token, body, request.headers);
    const response = Response.json({ projectId: accepted.projectId });
    for (const cookie of accepted.setCookies) response.headers.append('set-cookie', cookie);
    return response;
  },
});
