import {
  createComparison,
  listComparisons,
  ZComparisonDraft,
  ZListComparisons,
} from '@yardstick/core/server';
import { ZProjectParams } from '@/server/params';
import { route } from '@/server/route';

export const GET = route({
  auth: 'required',
  params: ZProjectParams,
  query: ZListComparisons,
  handler: async ({ services, actor, params, query }) =>
    listComparisons(services.database, actor, params.projectId, query),
});

export const POST = route({
  auth: 'required',
  params: ZProjectParams,
  body: ZComparisonDraft,
  status: 201,
  handler: async ({ services, actor, params, body }) =>
    createComparison(services, actor, params.projectId, body),
});
