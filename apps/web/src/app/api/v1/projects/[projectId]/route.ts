import { getProject, renameProject, ZRenameProject } from '@yardstick/core/server';
import { ZProjectParams } from '@/server/params';
import { route } from '@/server/route';

export const GET = route({
  auth: 'required',
  params: ZProjectParams,
  handler: async ({ services, actor, params }) => getProject(services.database, actor, params.projectId),
});

export const PATCH = route({
  auth: 'required',
  params: ZProjectParams,
  body: ZRenameProject,
  handler: async ({ services, actor, params, body }) =>
    renameProject(services.database, actor, params.projectId, body),
});
