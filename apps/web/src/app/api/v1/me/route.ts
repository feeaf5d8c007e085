import { listProjects } from '@yardstick/core/server';
import { route } from '@/server/route';

export const GET = route({
  auth: 'required',
  handler: async ({ services, actor }) => ({
    actor:
      actor.kind === 'user'
        ? { kind: 'user', id: actor.userId, name: actor.name, email: actor.email }
        : { kind: 'apiKey', id: actor.apiKeyId, projectId: actor.projectId, role: actor.role },
    projects: await listProjects(services.database, actor),
  }),
});
