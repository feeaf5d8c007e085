import { removeRating } from '@yardstick/core/server';
import { z } from 'zod';
import { ZComparisonParams } from '@/server/playground-params';
import { route } from '@/server/route';

export const DELETE = route({
  auth: 'required',
  params: ZComparisonParams.extend({ ratingId: z.string().min(1).max(64) }),
  handler: async ({ services, actor, params }) =>
    removeRating(services.database, actor, params.projectId, params.comparisonId, params.ratingId),
});
