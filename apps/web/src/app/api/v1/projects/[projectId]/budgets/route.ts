import { deleteBudget, listBudgets, setBudget, ZSetBudget } from '@yardstick/core/server';
import { z } from 'zod';
import { ZProjectParams } from '@/server/params';
import { route } from '@/server/route';

export const GET = route({
  auth: 'required',
  params: ZProjectParams,
  handler: async ({ services, actor, params }) => listBudgets(services.database, actor, params.projectId),
});

export const PUT = route({
  auth: 'required',
  params: ZProjectParams,
  body: ZSetBudget,
  handler: async ({ services, actor, params, body }) => setBudget(services, actor, params.projectId, body),
});

export const DELETE = route({
  auth: 'required',
  params: ZProjectParams,
  query: z.object({ scope: z.enum(['project', 'organization']).default('project') }).strict(),
  handler: async ({ services, actor, params, query }) => {
    await deleteBudget(services.database, actor, params.projectId, query.scope);
  },
});
