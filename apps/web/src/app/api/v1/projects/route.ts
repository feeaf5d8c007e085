import { createProject, listProjects, ZCreateProject } from '@yardstick/core/server';
import { route } from '@/server/route';

export const GET = route({
  auth: 'required',
  handler: async ({ services, actor }) => ({ projects: await listProjects(services.database, actor) }),
});

export const POST = route({
  auth: 'required',
  body: ZCreateProject,
  status: 201,
  handler: async ({ services, actor, body }) => createProject(services.database, actor, body),
});
