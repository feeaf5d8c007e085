import { createPrompt, listPrompts, ZCreatePrompt } from '@yardstick/core/server';
import { ZProjectParams } from '@/server/params';
import { route } from '@/server/route';

export const GET = route({
  auth: 'required',
  params: ZProjectParams,
  handler: async ({ services, actor, params }) => ({
    prompts: await listPrompts(services.database, actor, params.projectId),
  }),
});

export const POST = route({
  auth: 'required',
  params: ZProjectParams,
  body: ZCreatePrompt,
  status: 201,
  handler: async ({ services, actor, params, body }) =>
    createPrompt(services.database, actor, params.projectId, body),
});
