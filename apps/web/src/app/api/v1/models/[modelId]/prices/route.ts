import { priceHistory, updateModelPrice, ZUpdateModelPrice } from '@yardstick/core/server';
import { z } from 'zod';
import { route } from '@/server/route';

const ZModelParams = z.object({ modelId: z.string().min(1).max(64) });

export const GET = route({
  auth: 'required',
  params: ZModelParams,
  handler: async ({ services, params }) => priceHistory(services.database, params.modelId),
});

export const POST = route({
  auth: 'required',
  params: ZModelParams,
  body: ZUpdateModelPrice,
  status: 201,
  handler: async ({ services, actor, params, body }) =>
    updateModelPrice(services.database, actor, params.modelId, body),
});
