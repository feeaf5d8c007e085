import { createDemoPlayground } from '@yardstick/core/server';
import { ZProjectParams } from '@/server/params';
import { route } from '@/server/route';

/** "Try it with demo data": emulated model configs, example prompts and one comparison of them. */
export const POST = route({
  auth: 'required',
  params: ZProjectParams,
  status: 201,
  handler: async ({ services, actor, params }) => createDemoPlayground(services, actor, params.projectId),
});
