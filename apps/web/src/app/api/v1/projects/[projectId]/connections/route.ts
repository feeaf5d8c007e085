import { createConnection, listConnections, ZCreateConnection } from '@yardstick/core/server';
import { connectionDependencies } from '@/server/connection-dependencies';
import { ZProjectParams } from '@/server/params';
import { route } from '@/server/route';

export const GET = route({
  auth: 'required',
  params: ZProjectParams,
  handler: async ({ services, actor, params }) => ({
    connections: await listConnections(services.database, actor, params.projectId),
  }),
});

export const POST = route({
  auth: 'required',
  params: ZProjectParams,
  body: ZCreateConnection,
  status: 201,
  handler: async ({ services, actor, params, body }) =>
    createConnection(connectionDependencies(services), actor, params.projectId, body),
});
