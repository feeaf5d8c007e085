import { testConnection, ZTestConnection } from '@yardstick/core/server';
import { adapterDependencies } from '@/server/connection-dependencies';
import { ZConnectionParams } from '@/server/params';
import { route } from '@/server/route';

// A failed test is a result (200 with ok: false and the error class), not a failed request.
export const POST = route({
  auth: 'required',
  params: ZConnectionParams,
  body: ZTestConnection,
  handler: async ({ services, actor, params, body }) =>
    testConnection(adapterDependencies(services), actor, params.projectId, params.connectionId, body),
});
