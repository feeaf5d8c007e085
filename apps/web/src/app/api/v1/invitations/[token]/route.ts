import { previewInvitation } from '@yardstick/core/server';
import { z } from 'zod';
import { route } from '@/server/route';

export const GET = route({
  auth: 'public',
  params: z.object({ token: z.string().min(1) }),
  handler: async ({ services, params }) => previewInvitation(services.database, params.token),
});
