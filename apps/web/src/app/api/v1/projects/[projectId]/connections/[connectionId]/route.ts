import { deleteConnection, updateConnection, ZUpdateConnection } from '@yardstick/core/server';
import { connectionDependencies } from '@/server/connection-dependencies';
import { ZConnectionParams } from '@/server/params';
import { route } from '@/server/route';

export const PATCH = route({
  auth: 'required',
  params: ZConnectionParams,
  body: ZUpdateConnection,
  handler: async ({ services, actor, params, body }) =>
    updateConnection(connectionDependencies(services), actor, params.projectId, params.connectionId, body),
});

export const DELETE = route({
  auth: 'required',
  params: ZConnectionParams,
  handler: async ({ services, actor, params }) =>
    deleteConnection(services.database, actor, params.projectId, params.connectionId),
});
