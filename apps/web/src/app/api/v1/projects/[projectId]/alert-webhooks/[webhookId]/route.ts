import { removeAlertWebhook } from '@yardstick/core/server';
import { z } from 'zod';
import { ZProjectParams } from '@/server/params';
import { route } from '@/server/route';

export const DELETE = route({
  auth: 'required',
  params: ZProjectParams.extend({ webhookId: z.string().min(1).max(64) }),
  handler: async ({ services, actor, params }) => {
    await removeAlertWebhook(services.database, actor, params.projectId, params.webhookId);
  },
});
