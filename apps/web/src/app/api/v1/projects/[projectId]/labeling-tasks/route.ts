import { createLabelingTask, listLabelingTasks, ZCreateLabelingTask } from '@yardstick/core/server';
import { ZProjectParams } from '@/server/params';
import { route } from '@/server/route';

export const GET = route({
  auth: 'required',
  params: ZProjectParams,
  handler: async ({ services, actor, params }) => ({
    labelingTasks: await listLabelingTasks(services.database, actor, params.projectId),
  }),
});

export const POST = route({
  auth: 'required',
  params: ZProjectParams,
  body: ZCreateLabelingTask,
  status: 201,
  handler: async ({ services, actor, params, body }) =>
    createLabelingTask(services.database, actor, params.projectId, body),
});
