import { createOwner, isSetUp, ZCreateOwner } from '@yardstick/core/server';
import { route } from '@/server/route';

export const GET = route({
  auth: 'public',
  handler: async ({ services }) => ({ isSetUp: await isSetUp(services.database) }),
});

/** First run: the first visitor creates the owner account and the organization. */
export const POST = route({
  auth: 'public',
  body: ZCreateOwner,
  status: 201,
  handler: async ({ services, body, request }) => {
    const created = await createOwner(services, body, request.headers);
    const response = Response.json(
      { organizationId: created.organizationId, userId: created.userId },
      { status: 201 },
    );
    for (const cookie of created.setCookies) response.headers.append('set-cookie', cookie);
    return response;
  },
});
